// The CLI door: argv -> the command, and every failure as one `gen-ci: …` line with its exit code
// (and, with --json, as one {"ok": false, "error": …} object on stdout), the same for every command.
import { describeError, errorObject, exitCodeOf, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { COMMON_FLAGS, type Command, CONVENTIONS, formatHelp, type Io, parseArgs, wantsJson } from './command.js';
import { COMMANDS, type CommandEntry } from './commands.js';

declare const GENCI_VERSION: string | undefined;
const VERSION = typeof GENCI_VERSION === 'string' ? GENCI_VERSION : (process.env.npm_package_version ?? 'dev');

/** The options gen-ci takes before a command. */
const TOP_OPTIONS = ['--help', '-h', '--version', '-v'];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  return [
    'gen-ci — multi-architecture container images in CI',
    '',
    'Usage: gen-ci <command> [options]',
    '       gen-ci help <command>',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help, --version. Every command takes --help and --json.',
    ...CONVENTIONS,
  ].join('\n');
}

function findCommand(name: string): CommandEntry {
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const hint = didYouMean(
      name,
      COMMANDS.map((c) => c.name),
    );
    throw new UsageError(`unknown command "${name}"${hint}${hint ? ' ' : '; '}run gen-ci --help for the list`);
  }
  return entry;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v' || first === 'version') {
    io.out(VERSION);
    return 0;
  }
  if (first === undefined && process.stdin.isTTY && process.stdout.isTTY && COMMANDS.some((c) => c.name === 'init')) {
    // bare `npx gen-ci` in a terminal: scaffold this repository's pipeline
    const init = await (COMMANDS.find((c) => c.name === 'init') as CommandEntry).load();
    return init.run(parseArgs([], init.flags), io);
  }
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(topHelp());
    return 0;
  }
  if (first.startsWith('-') && first !== '-') {
    // an option before any command: say so (it is not an unknown command)
    const name = first.replace(/=.*$/, '');
    const perCommand = COMMON_FLAGS.some((f) => `--${f.name}` === name);
    throw new UsageError(
      perCommand
        ? `option ${name} goes after a command: gen-ci <command> ${name}`
        : `unknown option ${name}${didYouMean(
            name,
            TOP_OPTIONS.filter((o) => o.startsWith('--')),
          )}`,
    );
  }
  if (first === 'help') {
    const entry = rest[0] ? findCommand(rest[0]) : undefined;
    io.out(entry ? formatHelp(await entry.load()) : topHelp());
    return 0;
  }
  const cmd: Command = await findCommand(first).load();
  const args = parseArgs(rest, cmd.flags);
  if (args.flags.help === true) {
    io.out(formatHelp(cmd));
    return 0;
  }
  return cmd.run(args, io);
}

/**
 * main() with the door's handling, once for every command: the exit code (0 ok, 1 the operation
 * failed, 2 bad usage or a missing input file), any failure as one line on err and, with --json,
 * exactly one JSON object on out: the command's own, or {"ok": false, "error": {code, message}}.
 */
export async function runDoor(argv: string[], io: Io): Promise<number> {
  const json = wantsJson(argv);
  let printed = false;
  const door: Io = {
    ...io,
    out: (line) => {
      printed = true;
      io.out(line);
    },
  };
  let code: number;
  try {
    code = await main(argv, door);
  } catch (err) {
    io.err(`gen-ci: ${describeError(err)}`);
    if (json && !printed) io.out(JSON.stringify({ ok: false, error: errorObject(err) }, null, 2));
    return exitCodeOf(err);
  }
  // a command that printed nothing under --json still answers with one object
  if (json && !printed)
    io.out(JSON.stringify(code === 0 ? { ok: true } : { ok: false, error: { code: 'failed', message: `gen-ci ${argv[0]} failed (exit ${code})` } }, null, 2));
  return code;
}

/** A stream as the door writes to it: process.stdout / process.stderr, or a test's fake. */
export interface OutStream {
  write(chunk: string): unknown;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

/**
 * The door's Io on real streams. A reader that goes away (`gen-ci … | head -1`, `| true`: EPIPE)
 * ends the output quietly: later lines to that stream are dropped, no stack trace, and the command
 * ends with its own exit code. Any other stream error is still thrown.
 */
export function streamIo(stdout: OutStream, stderr: OutStream, tty: boolean): Io {
  const closed = { out: false, err: false };
  const writer = (stream: OutStream, which: 'out' | 'err') => {
    stream.on('error', (e) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed[which] = true;
      else throw e;
    });
    return (line: string) => {
      if (closed[which]) return;
      try {
        stream.write(`${line}\n`);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed[which] = true;
        else throw e;
      }
    };
  };
  return { out: writer(stdout, 'out'), err: writer(stderr, 'err'), tty };
}
