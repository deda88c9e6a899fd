import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const GCL = join(ROOT, 'scripts/gitlab-ci-local.sh');

export interface RunResult {
  code: number;
  output: string;
}

/** A temporary git repository holding the pipeline and a small Dockerfile. */
export function makeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'genci-gl-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  // on main, gitlab-ci-local's CI_DEFAULT_BRANCH without a remote: the generated rules: run branch pipelines for it
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'test');
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * What the local run changes in a generated pipeline, and nothing else: jobs run in
 * the shell executor, so `image:` and the Docker-in-Docker `services:` go; the
 * daemon is the rig's (passed as --variable, see runPipeline).
 */
export function forShellExecutor(yamlText: string): string {
  const doc = load(yamlText) as Record<string, Record<string, unknown>>;
  for (const [key, job] of Object.entries(doc)) {
    if (key === 'stages' || key === 'include' || key === 'spec' || typeof job !== 'object' || job === null || Array.isArray(job)) continue;
    delete job.image;
    delete job.services;
  }
  return dump(doc, { lineWidth: -1, noRefs: true });
}

/** Run gitlab-ci-local in `dir` with the shell executor; `variables` are passed with --variable. */
export function runPipeline(dir: string, variables: Record<string, string> = {}, extra: string[] = []): Promise<RunResult> {
  const args = ['--shell-executor-no-image', '--no-color', ...extra];
  for (const [k, v] of Object.entries(variables)) args.push('--variable', `${k}=${v}`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', [GCL, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/**
 * gitlab-ci-local's copy helper for docker-executor jobs (it needs sh, chown, chmod and /tmp): the rig's
 * busybox plus /tmp, since its default (docker.io/firecow/gitlab-ci-local-util) can't be pulled here.
 * Built into the local image store only.
 */
export const GCL_HELPER_IMAGE = 'gen-ci-test/gcl-util:local';

export function ensureGclHelperImage(): void {
  if (sh('docker', ['image', 'inspect', GCL_HELPER_IMAGE]).code === 0) return;
  const dockerfile = 'FROM 127.0.0.1:5000/base/busybox:latest\nRUN busybox mkdir -p /tmp && busybox chmod 1777 /tmp\n';
  const r = spawnSync('docker', ['build', '-q', '-t', GCL_HELPER_IMAGE, '-'], { input: dockerfile, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`docker build ${GCL_HELPER_IMAGE}: ${r.stderr}`);
}

/**
 * gitlab-ci-local flags that make its docker executor run a job as a GitLab Runner's Docker executor
 * does: in the job's image, as the image's user (--no-umask; gitlab-ci-local otherwise runs jobs as
 * root), with the security options GitLab documents for rootless BuildKit (fixtures/gitlab/docker-executor),
 * and on the host's network, because the rig's registries listen on the host's loopback only.
 */
export function dockerExecutorArgs(): string[] {
  ensureGclHelperImage();
  return [
    '--no-umask',
    '--network',
    'host',
    '--container-executable',
    join(ROOT, 'test/fixtures/gitlab/docker-executor/docker'),
    '--helper-image',
    GCL_HELPER_IMAGE,
  ];
}

/** Variables that point docker at the rig's engine instead of the dind service. */
export function rigDockerVariables(dockerConfig: string): Record<string, string> {
  mkdirSync(dockerConfig, { recursive: true });
  writeFileSync(join(dockerConfig, 'config.json'), '{"auths":{}}\n');
  return { DOCKER_HOST: 'unix:///var/run/docker.sock', DOCKER_TLS_VERIFY: '', DOCKER_CERT_PATH: '', DOCKER_CONFIG: dockerConfig };
}

export const DOCKERFILE = [
  'FROM 127.0.0.1:5000/base/busybox:latest',
  'ARG MSG=unset',
  'RUN echo "$MSG" > /msg && uname -m > /arch',
  'CMD ["cat", "/arch"]',
  '',
].join('\n');

export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function sh(cmd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The platforms of an index in a rig registry (skopeo, plain HTTP; `creds` user:password for the htpasswd one). */
export function indexPlatforms(ref: string, creds?: string): string[] {
  const r = sh('skopeo', ['inspect', '--tls-verify=false', ...(creds ? ['--creds', creds] : []), '--raw', `docker://${ref}`]);
  if (r.code !== 0) throw new Error(`skopeo inspect ${ref}: ${r.stderr}`);
  const index = JSON.parse(r.stdout) as { manifests?: { platform?: { os: string; architecture: string; variant?: string } }[] };
  return (index.manifests ?? [])
    .map((m) => m.platform)
    .filter((p): p is { os: string; architecture: string; variant?: string } => !!p && p.os !== 'unknown')
    .map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/'))
    .sort();
}
