/**
 * An error the user can act on. Its message is one line and is printed as is,
 * never with a stack trace. Anything else that reaches a front door is a bug
 * and is reported as such, still on one line.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** exit code for the CLI: 1 = the operation failed, 2 = bad usage */
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(oneLine(message));
    this.exitCode = exitCode;
  }
}

/** Bad input (a flag, an input, a platform string): exit code 2 in the CLI. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The one line a front door prints for any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.message;
  if (err instanceof Error) return oneLine(`unexpected error: ${err.message}`);
  return oneLine(`unexpected error: ${String(err)}`);
}
