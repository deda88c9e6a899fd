import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import * as actionsExec from '@actions/exec';

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  /** do not echo the command or its output (output is still captured) */
  silent?: boolean;
  /** each chunk of stdout and stderr as it comes (e.g. the CLI's progress); with silent, the only place output goes */
  onOutput?: (chunk: string) => void;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The thin edge that runs a command: an argument array, never a shell string. */
export async function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const env = opts.env ? cleanEnv({ ...process.env, ...opts.env }) : undefined;
  try {
    const res = await actionsExec.getExecOutput(cmd, args, {
      ignoreReturnCode: true,
      silent: opts.silent ?? false,
      env,
      input: opts.input === undefined ? undefined : Buffer.from(opts.input),
      listeners: opts.onOutput
        ? { stdout: (b: Buffer) => opts.onOutput?.(b.toString()), stderr: (b: Buffer) => opts.onOutput?.(b.toString()) }
        : undefined,
    });
    return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
  } catch (err) {
    // @actions/exec throws when the executable cannot be found
    return { exitCode: 127, stdout: '', stderr: err instanceof Error ? err.message : String(err) };
  }
}

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** Last meaningful line of a tool's error output, for one-line messages. */
export function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^-+$/.test(l));
  const err = [...lines].reverse().find((l) => /^(error|ERROR|fatal)[: ]/.test(l));
  return (err ?? lines[lines.length - 1] ?? '').replace(/^(ERROR|error):\s*/, '');
}

/** Whether an executable of this name is on PATH (no shell, no spawn). */
export function onPath(name: string, path = process.env.PATH ?? ''): boolean {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return true;
    } catch {
      // not here
    }
  }
  return false;
}
