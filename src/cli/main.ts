// The CLI door: argv -> the command, and every failure as one `gen-ci: …` line with its exit code.
import { describeError, UsageError, UserError } from '../core/errors.js';
import { type Command, formatHelp, type Io, parseArgs } from './command.js';
import { COMMANDS, type CommandEntry } from './commands.js';

declare const GENCI_VERSION: string | undefined;
const VERSION = typeof GENCI_VERSION === 'string' ? GENCI_VERSION : (process.env.npm_package_version ?? 'dev');

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
    'Exit codes: 0 ok, 1 the operation failed, 2 bad usage.',
  ].join('\n');
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
  if (first === 'help') {
    const entry = rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (rest[0] && !entry) throw new UsageError(`unknown command "${rest[0]}"; run gen-ci --help for the list`);
    io.out(entry ? formatHelp(await entry.load()) : topHelp());
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) throw new UsageError(`unknown command "${first}"; run gen-ci --help for the list`);
  const cmd: Command = await entry.load();
  const args = parseArgs(rest, cmd.flags);
  if (args.flags.help === true) {
    io.out(formatHelp(cmd));
    return 0;
  }
  return cmd.run(args, io);
}

/** main() with the door's error handling: the exit code, and any failure as one line on err. */
export async function runDoor(argv: string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    io.err(`gen-ci: ${describeError(err)}`);
    return err instanceof UserError ? err.exitCode : 1;
  }
}

