// The bundled action (dist/), run as a GitHub runner runs it, against the real rig:
// Docker engine + buildx (docker driver), QEMU binfmt, registries on 127.0.0.1.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startSilentServer } from '../support/silent-server.js';
import { errorLines, node24, ROOT, rigEnv, runAction, runActionAsync, sh, standinImage, uniqueName } from './runner.js';

let rig: Record<string, string>;
let node: string;

beforeAll(() => {
  rig = rigEnv();
  const up = sh('curl', ['-fsS', `http://${rig.GENCI_REGISTRY}/v2/`]);
  if (up.code !== 0) throw new Error('the rig is not up: run `bash scripts/rig.sh up` (npm test does)');
  node = node24();
});

const hello = join(ROOT, 'examples/hello');

function rawIndex(ref: string): { manifests: { platform: { os: string; architecture: string; variant?: string } }[] } {
  const r = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}
const platformsOf = (ref: string) => rawIndex(ref).manifests.map((m) => [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));
const withoutMaskCommands = (out: string) => out.replace(/^::add-mask::.*$/gm, '');

describe('the action end to end (Node 24, runner protocol, docker driver)', () => {
  const repo = () => `${rig.GENCI_REGISTRY}/e2e/${uniqueName('hello')}`;
  let image: string;

  it('builds linux/amd64, arm64 and arm/v7, pushes, verifies, and writes outputs and the summary', () => {
    image = repo();
    const r = runAction(
      { platforms: 'linux/amd64,linux/arm64,linux/arm/v7', context: hello, tags: `${image}:1`, push: 'true', driver: 'docker', cache: 'registry' },
      { node },
    );
    expect(r.main.code, r.main.stdout + r.main.stderr).toBe(0);
    expect(platformsOf(`${image}:1`)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.outputs.image).toBe(`${image}@${r.outputs.digest}`);
    const platforms = JSON.parse(r.outputs.platforms as string) as Record<string, string>;
    expect(Object.keys(platforms)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(r.outputs.builder).toBe('default');
    expect(JSON.parse(r.outputs.metadata as string)['containerimage.digest']).toBe(r.outputs.digest);
    for (const [p, d] of Object.entries(platforms)) expect(r.summary).toContain(`| ${p} | \`${d}\` |`);
    const skopeoDigest = sh('skopeo', ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${image}:1`]);
    expect(skopeoDigest.stdout.trim()).toBe(r.outputs.digest);
    // each platform's image runs (arm under QEMU) and says where it runs
    for (const [p, machine] of [
      ['linux/arm64', 'aarch64'],
      ['linux/amd64', 'x86_64'],
      ['linux/arm/v7', 'armv7l'],
    ]) {
      const run = sh('docker', ['run', '--rm', '--pull', 'always', '--platform', p as string, `${image}:1`]);
      expect(run.stdout, run.stderr).toContain(`running on ${machine}`);
      expect(run.stdout).toContain(`built for ${p}`);
    }
    expect(r.post.code).toBe(0);
  });

  it('second run with cache: registry after wiping the local build cache: every step is CACHED', () => {
    if (!image) {
      // run alone (-t): fill the registry cache first
      image = repo();
      const first = runAction(
        { platforms: 'linux/amd64,linux/arm64,linux/arm/v7', context: hello, tags: `${image}:1`, push: 'true', driver: 'docker', cache: 'registry' },
        { node },
      );
      expect(first.main.code, first.main.stdout).toBe(0);
    }
    sh('docker', ['buildx', 'prune', '--all', '--force']);
    sh('docker', ['image', 'rm', '--force', `${image}:1`]);
    const r = runAction(
      { platforms: 'linux/amd64,linux/arm64,linux/arm/v7', context: hello, tags: `${image}:2`, push: 'true', driver: 'docker', cache: 'registry' },
      { node },
    );
    expect(r.main.code, r.main.stdout).toBe(0);
    const steps = [...new Set([...r.main.stdout.matchAll(/^#(\d+) \[linux\/[^\]]+\] (COPY|RUN) /gm)].map((m) => m[1]))];
    expect(steps.length).toBe(6);
    // each step is CACHED, or BuildKit fetched its cached layer from the registry cache instead of
    // running it; no RUN executed (an executed RUN of the example prints "built for …")
    for (const id of steps) expect(r.main.stdout).toMatch(new RegExp(`^#${id} (CACHED|sha256:[a-f0-9]{64} .*done)$`, 'm'));
    expect(r.main.stdout).not.toMatch(/^#\d+ \d+\.\d+ built for/m);
    expect(r.summary).toContain('6/6 steps from cache');
    expect(r.main.stdout).toContain(`importing cache manifest from ${image}:buildcache`);
  });

  it('provenance: true adds attestation entries, false (the default) leaves none', () => {
    const img = repo();
    const on = runAction(
      { platforms: 'linux/amd64,linux/arm64', context: hello, tags: `${img}:prov`, push: 'true', driver: 'docker', provenance: 'true' },
      { node },
    );
    expect(on.main.code, on.main.stdout).toBe(0);
    const onPlatforms = platformsOf(`${img}:prov`);
    expect(onPlatforms.filter((p) => p === 'unknown/unknown')).toHaveLength(2);
    expect(JSON.parse(on.outputs.platforms as string)).toHaveProperty('linux/arm64');
    expect(on.summary).toContain('| attestations | 2 manifest(s) |');
    const off = runAction({ platforms: 'linux/amd64,linux/arm64', context: hello, tags: `${img}:noprov`, push: 'true', driver: 'docker' }, { node });
    expect(off.main.code, off.main.stdout).toBe(0);
    expect(platformsOf(`${img}:noprov`)).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('logs in to the htpasswd registry without leaking the password, and post removes the login', () => {
    const userConfig = join(process.env.HOME ?? '/root', '.docker/config.json');
    const before = existsSync(userConfig) ? createHash('sha256').update(readFileSync(userConfig)).digest('hex') : 'absent';
    const img = `${rig.GENCI_AUTH_REGISTRY}/e2e/${uniqueName('auth')}:1`;
    const inputs = {
      platforms: 'linux/amd64,linux/arm64',
      context: hello,
      tags: img,
      push: 'true',
      driver: 'docker',
      registry: rig.GENCI_AUTH_REGISTRY as string,
      username: rig.GENCI_RIG_USER as string,
      password: rig.GENCI_RIG_PASSWORD as string,
    };
    const r = runAction(inputs, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    // the runner consumes ::add-mask:: (it is how it learns what to mask) and never shows it;
    // everywhere else — logs, outputs, state, summary — the password must not appear
    expect(r.main.stdout).toContain(`::add-mask::${rig.GENCI_RIG_PASSWORD}\n`);
    expect(withoutMaskCommands(r.all)).not.toContain(rig.GENCI_RIG_PASSWORD);
    // the temporary DOCKER_CONFIG lives in the run's temp dir, recorded before it was created
    const recorded = JSON.parse(r.state.resources as string) as { kind: string; path?: string }[];
    const tempDir = recorded.find((x) => x.kind === 'path')?.path as string;
    expect(r.main.stdout).toContain('Logged in to 127.0.0.1:5001 as genci');
    expect(tempDir.startsWith(r.runnerTemp)).toBe(true);
    expect(existsSync(join(tempDir, 'docker-config'))).toBe(false);
    expect(readdirSync(r.runnerTemp).filter((d) => d.startsWith('gen-ci-'))).toEqual([]);
    const after = existsSync(userConfig) ? createHash('sha256').update(readFileSync(userConfig)).digest('hex') : 'absent';
    expect(after).toBe(before);
    const auth = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', '--creds', `${rig.GENCI_RIG_USER}:${rig.GENCI_RIG_PASSWORD}`, `docker://${img}`]);
    expect(auth.code, auth.stderr).toBe(0);

    const wrong = runAction({ ...inputs, password: 'not-the-Password-9' }, { node });
    expect(wrong.main.code).toBe(1);
    expect(errorLines(wrong.main.stdout)).toEqual([expect.stringMatching(/^::error::login to 127\.0\.0\.1:5001 as genci failed: .*401|unauthorized/i)]);
    expect(withoutMaskCommands(wrong.all)).not.toContain('not-the-Password-9');
  });

  it('a base image without a requested platform fails before building, naming the image, the platform and what it has', () => {
    const r = runAction(
      {
        platforms: 'linux/amd64,linux/riscv64',
        context: hello,
        'build-args': `BASE_IMAGE=${rig.GENCI_BASE_IMAGE_NO_RISCV}`,
        tags: `${repo()}:x`,
        push: 'true',
        driver: 'docker',
      },
      { node },
    );
    expect(r.main.code).toBe(1);
    expect(errorLines(r.main.stdout)).toEqual([
      `::error::base image check: line 4: ${rig.GENCI_BASE_IMAGE_NO_RISCV} has no linux/riscv64; it has linux/amd64, linux/arm64 (set check: false to let buildx try anyway)`,
    ]);
    expect(r.main.stdout).not.toContain('docker buildx build');
    expect(r.main.stdout + r.main.stderr).not.toMatch(/\n\s+at /);
    // and GitHub shows it on the Dockerfile line
    expect(r.main.stdout).toContain(`::error file=examples/hello/Dockerfile,line=4,title=missing-platform::line 4: ${rig.GENCI_BASE_IMAGE_NO_RISCV} has no linux/riscv64`);
  });

  it('preflight findings are annotations on their Dockerfile line', () => {
    const ctx = mkdtempSync(join(ROOT, '.tmp', 'annotate-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${rig.GENCI_BASE_IMAGE}\nRUN echo "$TARGETARCH"\n`);
    const r = runAction({ platforms: 'linux/amd64', context: ctx, driver: 'docker' }, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    const file = ctx.slice(ROOT.length);
    expect(r.main.stdout).toContain(`::warning file=${file}/Dockerfile,line=2,title=undeclared-platform-arg::line 2: RUN uses $TARGETARCH`);
  });

  it('with check: false, buildx\'s own "no match for platform" becomes one line naming the image and the platform', () => {
    const r = runAction(
      {
        platforms: 'linux/amd64,linux/riscv64',
        context: hello,
        'build-args': `BASE_IMAGE=${rig.GENCI_BASE_IMAGE_NO_RISCV}`,
        tags: `${repo()}:x`,
        push: 'true',
        driver: 'docker',
        check: 'false',
      },
      { node },
    );
    expect(r.main.code).toBe(1);
    expect(errorLines(r.main.stdout)).toEqual([
      `::error::base image ${rig.GENCI_BASE_IMAGE_NO_RISCV} has no linux/riscv64 variant (buildx: no match for platform in manifest); drop linux/riscv64 from platforms, or use a base image that is published for it (check with: gen-ci inspect ${rig.GENCI_BASE_IMAGE_NO_RISCV})`,
    ]);
  });

  it('mirror: auto copies every FROM image, all platforms, into mirror-registry before building', () => {
    const prefix = `${rig.GENCI_MIRROR_REGISTRY}/${uniqueName('auto')}`;
    const r = runAction({ platforms: 'linux/amd64,linux/arm64', context: hello, driver: 'docker', mirror: 'auto', 'mirror-registry': prefix }, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    const src = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${rig.GENCI_BASE_IMAGE}`]).stdout;
    const copy = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${prefix}/base/busybox:latest`]).stdout;
    expect(copy).toBe(src);
    expect(r.main.stdout).toContain(`mirror 1/1: ${rig.GENCI_BASE_IMAGE} → ${prefix}/base/busybox:latest`);
  });

  it('mirror: SRC=DST lines, then the build uses the copy', () => {
    const dst = `${rig.GENCI_MIRROR_REGISTRY}/${uniqueName('pairs')}/busybox:1`;
    const r = runAction(
      { platforms: 'linux/arm64,linux/riscv64', context: hello, driver: 'docker', mirror: `${rig.GENCI_BASE_IMAGE}=${dst}`, 'build-args': `BASE_IMAGE=${dst}` },
      { node },
    );
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.main.stdout.indexOf('mirror 1/1')).toBeLessThan(r.main.stdout.indexOf('docker buildx build'));
    expect(r.main.stdout).toContain(`${dst}: has linux/amd64, linux/arm64, linux/arm/v7, linux/riscv64`);
  });

  it('a registry that rejects the push fails with one line saying so', async () => {
    // a real registry in read-only maintenance mode: it answers every upload with an error
    const dir = mkdtempSync(join(tmpdir(), 'ro-registry-'));
    const port = 5000 + 100 + Math.floor(Math.random() * 800);
    writeFileSync(
      join(dir, 'config.yml'),
      `version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: ${dir}/data}, maintenance: {readonly: {enabled: true}}}\nhttp: {addr: 127.0.0.1:${port}}\n`,
    );
    const reg = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 50 && sh('curl', ['-fsS', `http://127.0.0.1:${port}/v2/`]).code !== 0; i++) await new Promise((r) => setTimeout(r, 100));
      const r = runAction(
        { platforms: 'linux/amd64,linux/arm64', context: hello, tags: `127.0.0.1:${port}/ro/app:1`, push: 'true', driver: 'docker' },
        { node },
      );
      expect(r.main.code).toBe(1);
      const errs = errorLines(r.main.stdout);
      expect(errs).toHaveLength(1);
      expect(errs[0]).toMatch(/^::error::the registry rejected the push: .*127\.0\.0\.1:\d+\/ro\/app/);
    } finally {
      reg.kill();
    }
  });

  it.each([
    [{ platforms: 'linux/amd64,linux/sparc' }, /^::error::invalid platform "linux\/sparc": unknown architecture "sparc"; use os\/arch\[\/variant\]/],
    [{ push: 'yes please' }, /^::error::push: "yes please" is not true or false$/],
    [{ push: 'true' }, /^::error::push: true needs at least one tag$/],
  ])('bad input %j: one error line, no stack trace', (inputs, want) => {
    const r = runAction({ driver: 'docker', context: hello, ...inputs }, { node });
    expect(r.main.code).toBe(1);
    const errs = errorLines(r.main.stdout);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(want);
    expect(r.main.stdout + r.main.stderr).not.toMatch(/\n\s+at /);
  });

  // the versions we support: package.json's engines minimum (the CLI's users) and action.yml's runs.using
  const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  it.each([
    [`the engines minimum (${engines})`, () => process.execPath, Number(/\d+/.exec(engines)?.[0])],
    ['runs.using: node24', () => node, 24],
  ])('the bundle loads and reports errors under %s', (_name, bin, major) => {
    const v = sh(bin(), ['--version']).stdout.trim();
    expect(v, `the Node that runs this case must be ${major}.x: this machine's Node is the engines minimum, scripts/node24.sh installs 24`).toMatch(new RegExp(`^v${major}\\.`));
    const r = runAction({ platforms: 'linux/m68k', context: hello }, { node: bin() });
    expect(errorLines(r.main.stdout)).toEqual([expect.stringMatching(/^::error::invalid platform "linux\/m68k"/)]);
  });

  it('no Docker on PATH: one line', () => {
    const r = runAction({ context: hello, driver: 'docker' }, { node, env: { PATH: join(ROOT, '.tmp/empty-path') } });
    expect(errorLines(r.main.stdout)).toEqual([
      '::error::Docker is not installed: no docker command on PATH (install Docker Engine, or use a runner image that has it)',
    ]);
  });
});

describe('stand-in: a recording docker shim proves the exact binfmt argv and the error lines, not the effect (the real binfmt and docker-container paths are in default-path.test.ts)', () => {
  const shimEnv = (mode: string, log: string) => ({
    PATH: `${join(ROOT, 'test/fixtures/shim')}:${process.env.PATH}`,
    REAL_DOCKER: sh('bash', ['-c', 'command -v docker']).stdout.trim(),
    SHIM_LOG: log,
    SHIM_MODE: mode,
  });
  const calls = (log: string) =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as string[])
      : [];

  it('qemu: true runs the binfmt image for exactly the non-native platforms, then builds', () => {
    standinImage('mirror.local/tonistiigi/binfmt:qemu-v9');
    const log = join(ROOT, '.tmp', `${uniqueName('shim')}.log`);
    const r = runAction(
      { platforms: 'linux/amd64,linux/arm64,riscv64', context: hello, driver: 'docker', qemu: 'true', 'qemu-image': 'mirror.local/tonistiigi/binfmt:qemu-v9' },
      { node, env: shimEnv('ok', log) },
    );
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(calls(log)).toEqual([['run', '--privileged', '--rm', 'mirror.local/tonistiigi/binfmt:qemu-v9', '--install', 'arm64,riscv64']]);
  });

  it('qemu: auto installs nothing when the emulators are registered (as on the rig)', () => {
    const log = join(ROOT, '.tmp', `${uniqueName('shim')}.log`);
    const r = runAction({ platforms: 'linux/amd64,linux/arm64', context: hello, driver: 'docker' }, { node, env: shimEnv('ok', log) });
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.main.stdout).toContain('QEMU already registered for: linux/arm64');
    expect(calls(log)).toEqual([]);
  });

  it('a binfmt image that fails to run: one line naming the image', () => {
    standinImage('mirror.local/tonistiigi/binfmt:broken');
    const log = join(ROOT, '.tmp', `${uniqueName('shim')}.log`);
    const r = runAction(
      { platforms: 'linux/arm64', context: hello, driver: 'docker', qemu: 'true', 'qemu-image': 'mirror.local/tonistiigi/binfmt:broken' },
      { node, env: shimEnv('fail', log) },
    );
    expect(r.main.code).toBe(1);
    expect(errorLines(r.main.stdout)).toEqual([
      expect.stringMatching(
        /^::error::could not install QEMU emulators \(arm64\) with mirror\.local\/tonistiigi\/binfmt:broken: .*no such host.*; mirror the image \(gen-ci mirror\) and set helper-registry or qemu-image/,
      ),
    ]);
  });

  it('no buildx plugin: one line', () => {
    const log = join(ROOT, '.tmp', `${uniqueName('shim')}.log`);
    const r = runAction({ platforms: 'linux/amd64', context: hello, driver: 'docker' }, { node, env: shimEnv('nobuildx', log) });
    expect(r.main.code).toBe(1);
    expect(errorLines(r.main.stdout)).toEqual(['::error::docker buildx is not installed (install the buildx CLI plugin, e.g. the docker-buildx package)']);
  });
});

describe('post step', () => {
  it('removes the builder the main step created, and only that one', () => {
    const mine = uniqueName('gen-ci-post');
    const users = uniqueName('users-builder');
    for (const n of [mine, users]) expect(sh('docker', ['buildx', 'create', '--name', n, '--driver', 'docker-container']).code).toBe(0);
    const post = sh(node, [join(ROOT, 'dist/post/index.js')], { STATE_resources: JSON.stringify([{ kind: 'builder', name: mine }]) });
    expect(post.code, post.stderr).toBe(0);
    const ls = sh('docker', ['buildx', 'ls']).stdout;
    expect(ls).not.toContain(mine);
    expect(ls).toContain(users);
    sh('docker', ['buildx', 'rm', users]);
  });
});

describe('the check step is bounded and can run offline', () => {
  it('a registry that accepts and never answers costs at most check-timeout, then the job goes on (here to a missing daemon)', async () => {
    const silent = await startSilentServer();
    try {
      const ctx = mkdtempSync(join(ROOT, '.tmp', 'silent-'));
      writeFileSync(join(ctx, 'Dockerfile'), `FROM ${silent.host}/x/y:1\nRUN true\n`);
      const t0 = Date.now();
      // the Docker probe fails after the check, so the job ends there instead of in a build that pulls from it
      const r = await runActionAsync(
        { platforms: 'linux/amd64,linux/arm64', context: ctx, driver: 'docker', 'check-timeout': '2' },
        { node, env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' } },
      );
      const elapsed = Date.now() - t0;
      expect(r.main.stdout).toMatch(new RegExp(`::warning file=[^,]+,line=1,title=image-lookup::line 1: cannot look up ${silent.host.replace(/[.]/g, '\\.')}/x/y:1: .*did not answer within 2 s`));
      expect(errorLines(r.main.stdout)).toEqual([expect.stringMatching(/^::error::the Docker daemon is not reachable/)]);
      // a bounded wait, not a benchmark: well under the old 5 × 60 s
      expect(elapsed).toBeLessThan(12_000);
    } finally {
      await silent.close();
    }
  });

  it('check: offline contacts no registry and still reports the static findings', async () => {
    const silent = await startSilentServer();
    try {
      const ctx = mkdtempSync(join(ROOT, '.tmp', 'offline-'));
      writeFileSync(join(ctx, 'Dockerfile'), `FROM ${silent.host}/x/y:1\nRUN echo "$TARGETARCH"\n`);
      const r = await runActionAsync(
        { platforms: 'linux/amd64', context: ctx, driver: 'docker', check: 'offline' },
        { node, env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' } },
      );
      expect(silent.connections()).toBe(0);
      expect(r.main.stdout).toContain(`${silent.host}/x/y:1: not looked up`);
      expect(r.main.stdout).toMatch(/::warning file=[^,]+,line=2,title=undeclared-platform-arg::/);
    } finally {
      await silent.close();
    }
  });
});
