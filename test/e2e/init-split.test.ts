import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlatformList } from '../../src/core/platform.js';
import { renderWorkflow } from '../../src/github/workflow.js';
import { parseFileCommands, ROOT, rigEnv, runAction, sh, uniqueName } from './runner.js';

/**
 * The workflow `gen-ci init` writes (native strategy), run for real on the rig: each matrix leg's
 * steps, then the merge job's, interpreted step by step the way a runner would for a push to the
 * default branch. `uses: gen-ci/gen-ci@v1` runs the bundled action (dist/, as a runner does), the
 * artifact steps copy files, `run:` steps run in bash. Expressions are the few the generator writes.
 * One input is added to every gen-ci step: `driver: docker`, because the rig cannot pull the
 * BuildKit image the default docker-container driver needs (the action's own e2e tests do the same).
 */
type Step = { name?: string; id?: string; if?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Job = { steps: Step[]; strategy?: { matrix: { include: Record<string, string>[] } }; needs?: string };

// the bundled action must know split/merge (the lead rebuilds dist/)

let rig: Record<string, string>;
let work: string;
const dockerConfig = mkdtempSync(join(tmpdir(), 'genci-split-docker-'));

beforeAll(() => {
  expect(sh('bash', [join(ROOT, 'scripts/rig.sh'), 'up']).code).toBe(0);
  rig = rigEnv();
  work = mkdtempSync(join(tmpdir(), 'genci-split-'));
  const login = spawnSync('docker', ['login', rig.GENCI_AUTH_REGISTRY as string, '-u', rig.GENCI_RIG_USER as string, '--password-stdin'], {
    input: rig.GENCI_RIG_PASSWORD,
    env: { ...process.env, DOCKER_CONFIG: dockerConfig },
    encoding: 'utf8',
  });
  expect(login.status, login.stderr).toBe(0);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  rmSync(dockerConfig, { recursive: true, force: true });
});

interface Ctx {
  matrix: Record<string, string>;
  env: Record<string, string>;
  runnerTemp: string;
  secrets: Record<string, string>;
  github: Record<string, string>;
  steps: Record<string, Record<string, string>>;
  /** the GITHUB_* variables (and GITHUB_EVENT_PATH) a runner gives every step: the action makes the tags from them */
  runnerEnv: Record<string, string>;
}

function expr(e: string, c: Ctx): string {
  const [scope, ...rest] = e.trim().split('.');
  const key = rest.join('.');
  switch (scope) {
    case 'matrix':
      return c.matrix[key] ?? '';
    case 'env':
      return c.env[key] ?? '';
    case 'runner':
      if (key === 'temp') return c.runnerTemp;
      break;
    case 'secrets':
      return c.secrets[key] ?? '';
    case 'github':
      return c.github[key] ?? '';
    case 'steps': {
      const [id, outputs, name] = rest;
      if (outputs === 'outputs' && id && name) return c.steps[id]?.[name] ?? '';
      break;
    }
  }
  throw new Error(`expression the test runner does not know: ${e}`);
}

const subst = (v: unknown, c: Ctx): string => String(v).replace(/\$\{\{(.*?)\}\}/g, (_m, e: string) => expr(e, c));

function condition(cond: string | undefined, c: Ctx): boolean {
  if (!cond) return true;
  const m = /^github\.event_name (==|!=) '(\w+)'$/.exec(cond.trim());
  if (!m) throw new Error(`condition the test runner does not know: ${cond}`);
  return m[1] === '==' ? c.github.event_name === m[2] : c.github.event_name !== m[2];
}

/** Run one job's steps; artifacts live in `artifacts/<name>/`. */
function runJob(job: Job, c: Ctx, cwd: string, artifacts: string, log: string[]): void {
  for (const step of job.steps) {
    if (!condition(step.if, c)) continue;
    const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, subst(v, c)]));
    if (step.uses === 'actions/checkout@v4') continue;
    if (step.uses === 'gen-ci/gen-ci@v1') {
      const r = runAction({ ...w, driver: 'docker' }, { cwd, env: { ...c.runnerEnv, RUNNER_TEMP: c.runnerTemp } });
      log.push(
        `${step.name}: ${r.main.stdout
          .split('\n')
          .filter((l) => l.startsWith('::error') || /digest|index/i.test(l))
          .slice(-5)
          .join(' | ')}`,
      );
      expect(r.main.code, `${step.name}\n${r.main.stdout}\n${r.main.stderr}`).toBe(0);
      expect(r.post.code, r.post.stderr).toBe(0);
      if (step.id) c.steps[step.id] = r.outputs;
    } else if (step.uses === 'actions/upload-artifact@v4') {
      // the generator writes DIR/* (fs.globSync needs Node 22)
      const path = w.path as string;
      expect(path.endsWith('/*')).toBe(true);
      const dir = path.slice(0, -2);
      const files = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
      expect(files.length, `no files for ${w.path}`).toBeGreaterThan(0);
      mkdirSync(join(artifacts, w.name as string), { recursive: true });
      for (const f of files) cpSync(f, join(artifacts, w.name as string, basename(f)));
    } else if (step.uses === 'actions/download-artifact@v4') {
      expect(w['merge-multiple']).toBe('true');
      const re = new RegExp(`^${(w.pattern as string).replace(/\*/g, '.*')}$`);
      mkdirSync(w.path as string, { recursive: true });
      for (const name of readdirSync(artifacts).filter((n) => re.test(n))) cpSync(join(artifacts, name), w.path as string, { recursive: true });
    } else if (step.run) {
      const out = join(c.runnerTemp, `output-${step.id ?? 'run'}`);
      writeFileSync(out, '');
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, subst(v, c)]));
      const r = spawnSync(step.run.includes('[[') || step.env ? 'bash' : 'sh', ['-e', '-c', step.run], {
        env: { ...process.env, ...env, GITHUB_OUTPUT: out },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      if (step.id) c.steps[step.id] = parseFileCommands(readFileSync(out, 'utf8'));
    } else throw new Error(`step the test runner does not know: ${JSON.stringify(step)}`);
  }
}

describe('the generated native workflow, run on the rig', () => {
  it('split legs push by digest, the merge job tags one index with both platforms, and each platform runs', () => {
    const repo = `${rig.GENCI_AUTH_REGISTRY}/init-split/${uniqueName('app')}`;
    const yaml = renderWorkflow({
      image: repo,
      platforms: parsePlatformList('linux/amd64,linux/arm64'),
      strategy: 'native',
      context: '.',
      defaultBranch: 'main',
    });
    const wf = load(yaml) as { env: Record<string, string>; jobs: { build: Job; merge: Job } };
    const app = join(work, 'app');
    cpSync(join(ROOT, 'examples/hello'), app, { recursive: true });
    const artifacts = join(work, 'artifacts');
    const base = {
      env: wf.env,
      secrets: { REGISTRY_USERNAME: rig.GENCI_RIG_USER as string, REGISTRY_PASSWORD: rig.GENCI_RIG_PASSWORD as string },
      github: { event_name: 'push', ref_type: 'branch', ref_name: 'main', sha: 'c0ffee1234567890c0ffee1234567890c0ffee12', actor: 'octocat' },
    };
    // a push to main, the repository's default branch (the event payload says which it is)
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { name: 'app', default_branch: 'main', html_url: 'https://github.com/acme/app' } }));
    const runnerEnv = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: base.github.sha,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_EVENT_PATH: event,
    };
    const log: string[] = [];
    const legs = wf.jobs.build.strategy?.matrix.include ?? [];
    expect(legs.map((l) => l.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    for (const matrix of legs) {
      const runnerTemp = join(work, `temp-${matrix.slug}`);
      mkdirSync(runnerTemp, { recursive: true });
      runJob(wf.jobs.build, { ...base, matrix, runnerTemp, steps: {}, runnerEnv }, app, artifacts, log);
    }
    expect(readdirSync(artifacts).sort()).toEqual(['digests-linux-amd64', 'digests-linux-arm64']);
    // each leg leaves one file named by the hex of the digest it pushed
    for (const a of readdirSync(artifacts)) expect(readdirSync(join(artifacts, a))).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    const mergeTemp = join(work, 'temp-merge');
    mkdirSync(mergeTemp, { recursive: true });
    const mergeCtx: Ctx = { ...base, matrix: {}, runnerTemp: mergeTemp, steps: {}, runnerEnv };
    // no tag step any more: the merge job's action makes the tags (images:) from the push to the default branch
    expect(wf.jobs.merge.steps.filter((s) => s.run)).toEqual([]);
    runJob(wf.jobs.merge, mergeCtx, app, artifacts, log);

    const env = { DOCKER_CONFIG: dockerConfig };
    const inspect = sh('docker', ['buildx', 'imagetools', 'inspect', '--raw', `${repo}:latest`], env);
    expect(inspect.code, inspect.stderr).toBe(0);
    const index = JSON.parse(inspect.stdout) as { manifests: { platform: { architecture: string } }[] };
    expect(index.manifests.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    const sha = sh('docker', ['buildx', 'imagetools', 'inspect', '--raw', `${repo}:sha-c0ffee1`], env);
    expect(sha.stdout).toBe(inspect.stdout);
    const runs: [string, string][] = [
      ['linux/amd64', 'x86_64'],
      ['linux/arm64', 'aarch64'],
    ];
    for (const [platform, machine] of runs) {
      const run = sh('docker', ['run', '--rm', '--pull', 'always', '--platform', platform, `${repo}:latest`], env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(machine);
    }
  });
});
