/**
 * An error the user can act on. Its message is one line and is printed as is,
 * never with a stack trace. Anything else that reaches a front door is a bug
 * and is reported as such, still on one line.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** exit code for the CLI: 1 = the operation failed, 2 = bad usage or a missing/unreadable input file */
  readonly exitCode: 1 | 2;
  /**
   * What kind of failure, for machines: the `error.code` of the CLI's `--json` object (see
   * errorKind). Subclasses may fix it (`override readonly kind = 'timeout'`).
   */
  readonly kind: string | undefined;
  constructor(message: string, exitCode: 1 | 2 = 1, kind?: string) {
    super(oneLine(message));
    this.exitCode = exitCode;
    this.kind = kind;
  }
}

/** Bad input (a flag, an input, a platform string): exit code 2 in the CLI. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2, 'usage');
  }
}

/** An input file (or directory) the user named that is missing or cannot be read: exit code 2. */
export class InputFileError extends UserError {
  constructor(message: string, kind: 'not-found' | 'unreadable' = 'not-found') {
    super(message, 2, kind);
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The syscalls of reading a file: a failure of one of them is an input problem, not a bug. */
const READ_SYSCALLS = new Set(['open', 'read', 'stat', 'lstat', 'access', 'scandir', 'opendir', 'readlink', 'realpath']);
const FILE_WORDS: Record<string, string> = {
  ENOENT: 'not found',
  ENOTDIR: 'not found (a parent is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
};

/** A Node file-system error on a path (ENOENT, EACCES, EISDIR, …), or undefined. */
function fileError(err: unknown): { path: string; code: string } | undefined {
  const e = err as NodeJS.ErrnoException | undefined;
  if (!(err instanceof Error) || typeof e?.code !== 'string' || typeof e.path !== 'string' || !FILE_WORDS[e.code]) return undefined;
  if (e.syscall && !READ_SYSCALLS.has(e.syscall)) return undefined;
  return { path: e.path, code: e.code };
}

/** The one line a front door prints for any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const f = fileError(err);
  if (f) return `${f.path}: ${FILE_WORDS[f.code]}`;
  if (err instanceof Error) return oneLine(`unexpected error: ${err.message}`);
  return oneLine(`unexpected error: ${String(err)}`);
}

/** The CLI exit code of a thrown value: a UserError's own, 2 for an unreadable input file, else 1. */
export function exitCodeOf(err: unknown): 1 | 2 {
  if (err instanceof UserError) return err.exitCode;
  return fileError(err) ? 2 : 1;
}

/** Error classes of other layers known by name (so this module imports none of them). */
const KIND_BY_CLASS: Record<string, string> = { DeadlineError: 'timeout', DigestMismatchError: 'digest-mismatch', RegistryError: 'registry' };

/**
 * The `error.code` of the CLI's JSON for a thrown value: `usage` (exit 2), `not-found` /
 * `unreadable` (an input file, exit 2), `registry` (the registry answered with an error),
 * `timeout` (a deadline passed), `digest-mismatch`, a command's own code (`exists`,
 * `preflight`, `platform-missing`), `failed` (any other operation failure) or `internal` (a bug).
 */
export function errorKind(err: unknown): string {
  if (err instanceof UserError) {
    if (err.kind) return err.kind;
    for (let p = Object.getPrototypeOf(err); p && p !== UserError.prototype; p = Object.getPrototypeOf(p)) {
      const k = KIND_BY_CLASS[(p.constructor as { name?: string }).name ?? ''];
      if (k) return k;
    }
    if (typeof (err as { status?: unknown }).status === 'number') return 'registry';
    return 'failed';
  }
  const f = fileError(err);
  if (f) return f.code === 'ENOENT' || f.code === 'ENOTDIR' ? 'not-found' : 'unreadable';
  return 'internal';
}

/** The `error` member of the CLI's `{"ok": false, "error": …}` object. */
export function errorObject(err: unknown): { code: string; message: string; status?: number } {
  const status = (err as { status?: unknown } | undefined)?.status;
  return { code: errorKind(err), message: describeError(err), ...(err instanceof UserError && typeof status === 'number' ? { status } : {}) };
}
