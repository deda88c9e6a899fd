import { main } from '../../src/cli/index.js';
import { UserError } from '../../src/core/errors.js';

/** Run the CLI in-process as `gen-ci ARGV…` would, capturing its output and exit code. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } catch (e) {
    return { code: e instanceof UserError ? e.exitCode : 1, out: out.join('\n'), err: (e as Error).message };
  }
}
