// Runs the bundled action exactly as a GitHub runner does: INPUT_* environment,
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, then the
// post step with the saved state as STATE_* variables. Under Node 24, as action.yml says.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

export function node24(): string {
  const bin = spawnSync('bash', [join(ROOT, 'scripts/node24.sh')], { encoding: 'utf8' });
  if (bin.status !== 0) throw new Error(`could not install Node 24: ${bin.stderr}`);
  return join(bin.stdout.trim(), 'node');
}

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  main: StepRun;
  post: StepRun;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  runnerTemp: string;
  /** every byte the runner would have captured */
  all: string;
}

/** Parse the runner's file commands format: name=value or name<<DELIM ... DELIM */
import { parseFileCommands } from '../../scripts/file-commands.mjs';

export { parseFileCommands };

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

/** post: false runs the main step only (several steps of one job before the job's post steps) */
type RunOpts = { node?: string; env?: Record<string, string>; cwd?: string; post?: boolean };

export function runAction(inputs: Record<string, string>, opts: RunOpts = {}): ActionRun {
  const node = opts.node ?? node24();
  const step = (script: string, env: Record<string, string>): StepRun => {
    const r = spawnSync(node, [join(ROOT, script)], { cwd: opts.cwd ?? ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const ctx = prepare(opts);
  const main = step('dist/main/index.js', { ...ctx.base, ...inputEnv(inputs) });
  const post =
    opts.post === false ? { code: null, stdout: '', stderr: '' } : step('dist/post/index.js', { ...ctx.base, ...inputEnv(inputs), ...ctx.stateEnv() });
  return ctx.finish(main, post);
}

/** The post step alone, with the state a main step saved. */
export function runPost(run: ActionRun, opts: RunOpts = {}): StepRun {
  const r = spawnSync(opts.node ?? node24(), [join(ROOT, 'dist/post/index.js')], {
    cwd: opts.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
      RUNNER_TEMP: run.runnerTemp,
      ...opts.env,
      ...Object.fromEntries(Object.entries(run.state).map(([k, v]) => [`STATE_${k}`, v])),
    },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking the event loop: for tests that serve something to the action (proxies, cache service). */
export async function runActionAsync(inputs: Record<string, string>, opts: RunOpts = {}): Promise<ActionRun> {
  const node = opts.node ?? node24();
  const step = (script: string, env: Record<string, string>): Promise<StepRun> =>
    new Promise((resolve) => {
      const child = spawn(node, [join(ROOT, script)], { cwd: opts.cwd ?? ROOT, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  const ctx = prepare(opts);
  const main = await step('dist/main/index.js', { ...ctx.base, ...inputEnv(inputs) });
  const post = await step('dist/post/index.js', { ...ctx.base, ...inputEnv(inputs), ...ctx.stateEnv() });
  return ctx.finish(main, post);
}

function prepare(opts: RunOpts) {
  const dir = mkdtempSync(join(tmpdir(), 'gen-ci-runner-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const runnerTemp = join(dir, 'runner-temp');
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    // the rig's dockerd on a socket of its own, when it runs beside another (scripts/test.sh exports it)
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_WORKSPACE: opts.cwd ?? ROOT,
    ...files,
    ...opts.env,
  };
  const state = () => parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
  return {
    base,
    stateEnv: () => Object.fromEntries(Object.entries(state()).map(([k, v]) => [`STATE_${k}`, v])),
    finish: (main: StepRun, post: StepRun): ActionRun => {
      const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
      const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
      const all = [
        main.stdout,
        main.stderr,
        post.stdout,
        post.stderr,
        readFileSync(files.GITHUB_OUTPUT, 'utf8'),
        readFileSync(files.GITHUB_STATE, 'utf8'),
        summary,
      ].join('\n');
      return { main, post, outputs, state: state(), summary, runnerTemp, all };
    },
  };
}

/** The rig's environment (scripts/rig.sh env). */
export function rigEnv(): Record<string, string> {
  const r = spawnSync('bash', [join(ROOT, 'scripts/rig.sh'), 'env'], { encoding: 'utf8' });
  return parseFileCommands(r.stdout);
}

export function sh(cmd: string, args: string[], env?: Record<string, string>): StepRun {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: env ? { ...process.env, ...env } : process.env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Build the stand-in helper image (test/fixtures/binfmt-standin) locally under each name. */
export function standinImage(...names: string[]): void {
  const dir = join(ROOT, 'test/fixtures/binfmt-standin');
  const tags = names.flatMap((n) => ['--tag', n]);
  const r = sh('docker', ['buildx', 'build', '--builder', 'default', '--quiet', '--provenance=false', '--load', ...tags, dir]);
  if (r.code !== 0) throw new Error(`could not build the stand-in image: ${r.stderr}`);
}

export function removeImage(...names: string[]): void {
  for (const n of names) sh('docker', ['image', 'rm', '--force', n]);
}

/** The `::error::` workflow commands a step printed (the action reports a failure as exactly one). */
export const errorLines = (out: string): string[] => out.split('\n').filter((l) => l.startsWith('::error::'));

/** The `::warning::` workflow commands a step printed. */
export const warningLines = (out: string): string[] => out.split('\n').filter((l) => l.startsWith('::warning::'));
