import { UsageError } from '../core/errors.js';

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
  flags: FlagSpec[];
  /** returns the exit code (0 ok, 1 failed); throw UsageError for bad usage (2) */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

export const COMMON_FLAGS: FlagSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', description: 'show help for this command' },
  { name: 'json', type: 'boolean', description: 'print machine-readable JSON on stdout' },
];

/** A small strict argv parser: unknown flags are usage errors, never ignored. */
export function parseArgs(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const all = [...COMMON_FLAGS, ...specs.filter((s) => !COMMON_FLAGS.some((c) => c.name === s.name))];
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
    const key = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1, eq > 0 ? eq : undefined);
    const spec = arg.startsWith('--') ? all.find((s) => s.name === key) : all.find((s) => s.short === key);
    if (!spec) throw new UsageError(`unknown option ${arg.slice(0, eq > 0 ? eq : undefined)}`);
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

export function formatHelp(cmd: Command): string {
  const lines = [`gen-ci ${cmd.name} — ${cmd.summary}`, '', `Usage: ${cmd.usage}`, '', cmd.help.trim(), '', 'Options:'];
  const all = [...cmd.flags, ...COMMON_FLAGS.filter((c) => !cmd.flags.some((f) => f.name === c.name))];
  for (const f of all) {
    const name = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.type === 'boolean' ? '' : ' VALUE'}`;
    lines.push(`  ${name.padEnd(30)} ${f.description}${f.type === 'list' ? ' (repeatable)' : ''}`);
  }
  return lines.join('\n');
}
