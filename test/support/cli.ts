import { runDoor } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run the CLI in-process as `gen-ci ARGV…` would, with the door's error line and exit code. */
export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), tty: false };
  const code = await runDoor(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
