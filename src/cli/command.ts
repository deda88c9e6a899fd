import { errorObject, UsageError } from '../core/errors.js';
import { nearest } from '../core/suggest.js';

/** Options after parsing: flags by long name (without --), positionals in order. */
export interface ParsedArgs {
  flags: Record<string, string | boolean | string[]>;
  positionals: string[];
}

export interface FlagSpec {
  name: string;
  /** 'boolean' flags take no value; 'string' take one; 'list' may repeat */
  type: 'boolean' | 'string' | 'list';
  short?: string;
  /** other long names accepted for this flag (e.g. platform for platforms); parsed under `name` */
  aliases?: string[];
  description: string;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** true when stderr is a terminal (progress may be drawn) */
  tty: boolean;
}

/** One CLI command: one file under src/cli/. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** longer help: what it does, examples */
  help: string;
  /** the members of its --json object besides `ok` (one line each, `name: what`), shown in --help */
  json: string[];
  flags: FlagSpec[];
  /** returns the exit code (0 ok, 1 failed); throw UsageError for bad usage (2) */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

export const COMMON_FLAGS: FlagSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', description: 'show help for this command' },
  { name: 'json', type: 'boolean', description: 'print one JSON object on stdout, also on failure (shape below)' },
];

/** What every command's --help says of exit codes and the --json failure object (README says the same). */
export const CONVENTIONS = [
  'Exit codes: 0 ok; 1 the operation failed; 2 bad usage, or an input file that is missing or unreadable.',
  'On failure --json prints {"ok": false, "error": {"code": "usage" | "not-found" | "unreadable" | "registry" |',
  '"timeout" | "failed" | …, "message": "the line printed on stderr"}} (a registry error adds "status").',
];

function allFlags(specs: FlagSpec[]): FlagSpec[] {
  return [...COMMON_FLAGS, ...specs.filter((s) => !COMMON_FLAGS.some((c) => c.name === s.name))];
}

/** A small strict argv parser: unknown flags are usage errors (with the nearest valid one), never ignored. */
export function parseArgs(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const all = allFlags(specs);
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const long = arg.startsWith('--');
    const key = long ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1, eq > 0 ? eq : undefined);
    const spec = long ? all.find((s) => s.name === key || s.aliases?.includes(key)) : all.find((s) => s.short === key);
    if (!spec) {
      const given = arg.slice(0, eq > 0 ? eq : undefined);
      // the nearest of every name and alias, suggested by its own name (--platfrom: --platforms)
      const near = long
        ? nearest(
            key,
            all.flatMap((s) => [s.name, ...(s.aliases ?? [])]),
          )
        : undefined;
      const canonical = near === undefined ? undefined : all.find((s) => s.name === near || s.aliases?.includes(near))?.name;
      throw new UsageError(`unknown option ${given}${canonical ? `; did you mean --${canonical}?` : ''}`);
    }
    if (spec.type === 'boolean') {
      if (eq > 0) {
        const v = arg.slice(eq + 1).toLowerCase();
        if (!['true', 'false'].includes(v)) throw new UsageError(`--${spec.name} takes true or false, not "${v}"`);
        flags[spec.name] = v === 'true';
      } else flags[spec.name] = true;
      continue;
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`--${spec.name} needs a value`);
      value = next;
      i++;
    }
    if (spec.type === 'list') {
      const prev = flags[spec.name];
      flags[spec.name] = [...(Array.isArray(prev) ? prev : []), value];
    } else flags[spec.name] = value;
  }
  return { flags, positionals };
}

/** Whether argv asks for --json (before any `--`), read without parsing: the door answers in JSON even when parsing fails. */
export function wantsJson(argv: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--json' || a.toLowerCase() === '--json=true') return true;
  }
  return false;
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}

export function flagList(args: ParsedArgs, name: string): string[] {
  const v = args.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** Print a command's --json result: one object, `ok` first. */
export function printJson(io: Io, fields: Record<string, unknown>, ok = true): void {
  io.out(JSON.stringify({ ok, ...fields }, null, 2));
}

/** A command's --json result when it failed but has something to show: `{"ok": false, …fields, "error": …}`. */
export function printJsonFailure(io: Io, fields: Record<string, unknown>, error: unknown): void {
  io.out(JSON.stringify({ ok: false, ...fields, error: errorObject(error) }, null, 2));
}

export function formatHelp(cmd: Command): string {
  const lines = [`gen-ci ${cmd.name} — ${cmd.summary}`, '', `Usage: ${cmd.usage}`, '', cmd.help.trim(), '', 'Options:'];
  const all = [...cmd.flags, ...COMMON_FLAGS.filter((c) => !cmd.flags.some((f) => f.name === c.name))];
  for (const f of all) {
    const name = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type === 'boolean' ? '' : ' VALUE'}`;
    const extra = [f.type === 'list' ? 'repeatable' : '', ...(f.aliases ?? []).map((a) => `alias --${a}`)].filter(Boolean);
    lines.push(`  ${name.padEnd(30)} ${f.description}${extra.length ? ` (${extra.join('; ')})` : ''}`);
  }
  lines.push('', 'JSON (--json): one object on stdout; on success {"ok": true, …} with:');
  for (const j of cmd.json) lines.push(`  ${j}`);
  lines.push(...CONVENTIONS);
  return lines.join('\n');
}
