import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Job, VariableValue } from '../../../src/gitlab/model.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const STUBS_ALL = join(ROOT, 'test/fixtures/gitlab/stubs-all');

export interface StubCall {
  tool: string;
  argv: string[];
  cwd: string;
  stdin?: string;
  spec?: string;
  dockerConfig?: { auths: Record<string, { auth: string }> };
}

export interface JobRun {
  code: number;
  stdout: string;
  stderr: string;
  calls: StubCall[];
  dir: string;
  canary: string;
}

/** The value a job variable has in the job's environment, as GitLab sets it. */
export function variableValue(v: VariableValue, ci: Record<string, string>): string {
  const raw = typeof v === 'string' ? v : v.value;
  const expand = typeof v === 'string' || v.expand !== false;
  if (!expand) return raw;
  return raw.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (m, a, b) => (m === '$$' ? '$' : (ci[a ?? b] ?? '')));
}

/**
 * Run a job's script items with `shell` (set -e, like the runner), every tool replaced by
 * a stub that records its argv. `canary` is a path a successful injection would create.
 */
export function runJob(job: Job, opts: { shell?: string; ci?: Record<string, string>; env?: Record<string, string> } = {}): JobRun {
  const dir = mkdtempSync(join(tmpdir(), 'genci-job-'));
  const project = join(dir, 'project');
  mkdirSync(project);
  const canary = join(dir, 'CANARY');
  const ci: Record<string, string> = {
    CI_PROJECT_DIR: project,
    CI_JOB_ID: '42',
    CI_PIPELINE_ID: '7',
    CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    CI_COMMIT_REF_SLUG: 'main',
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_REF_NAME: 'main',
    CI_DEFAULT_BRANCH: 'main',
    CI_PIPELINE_SOURCE: 'push',
    CI_REGISTRY: 'registry.example.com',
    CI_REGISTRY_IMAGE: 'registry.example.com/group/project',
    CI_REGISTRY_USER: 'gitlab-ci-token',
    CI_REGISTRY_PASSWORD: 'pa$$w"rd\'x',
    ...opts.ci,
  };
  const env: Record<string, string> = {
    PATH: `${STUBS_ALL}:${process.env.PATH}`,
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GENCI_STUB_LOG: join(dir, 'calls.jsonl'),
    CANARY: canary,
    ...ci,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(job.variables ?? {})) env[k] = variableValue(v, ci);
  const script = join(dir, 'job.sh');
  writeFileSync(script, ['set -e', ...job.script].join('\n'));
  const [cmd, ...args] = (opts.shell ?? 'sh').split(' ');
  const r = spawnSync(cmd as string, [...args, script], { cwd: project, env, encoding: 'utf8' });
  const log = join(dir, 'calls.jsonl');
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as StubCall)
    : [];
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, calls, dir, canary };
}
