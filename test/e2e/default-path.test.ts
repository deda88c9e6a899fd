// The action's default path, for real: the bundled action (Node 24, runner protocol) with
// driver docker-container and the pinned helper images — here the rig's real BuildKit v0.13.2 and
// binfmt images (scripts/engines.sh), pulled from the rig's registry through helper-registry —
// plus driver remote against the rig's buildkitd with no Docker daemon reachable, and the lifecycle:
// post removes exactly what the run created, also when it failed halfway.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, node24, ROOT, rigEnv, runAction, sh, uniqueName } from './runner.js';

let rig: Record<string, string>;
let node: string;
const hello = join(ROOT, 'examples/hello');

const buildxNames = () =>
  sh('docker', ['buildx', 'ls', '--format', '{{.Name}}'])
    .stdout.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
/** Builders named as this harness's runs name theirs (GITHUB_RUN_ID 4242, job build). */
const runBuilders = () => buildxNames().filter((n) => n.startsWith('gen-ci-4242-1-build-'));
const currentBuilder = () => sh('docker', ['buildx', 'inspect']).stdout.match(/^Name:\s*(\S+)/m)?.[1];
const ourContainers = () => sh('docker', ['ps', '-a', '--format', '{{.Names}}']).stdout.split('\n').filter((n) => n.includes('gen-ci-4242'));
// the runner harness's own gen-ci-runner-* directories are not the action's
const tmpEntries = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('gen-ci') && !n.startsWith('gen-ci-runner-')));

function rawIndex(ref: string): { manifests: { platform: { os: string; architecture: string; variant?: string } }[] } {
  const r = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}
const platformsOf = (ref: string) => rawIndex(ref).manifests.map((m) => [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));

function runsOn(image: string, platform: string, machine: string): void {
  const run = sh('docker', ['run', '--rm', '--pull', 'always', '--platform', platform, image]);
  expect(run.stdout, run.stderr).toContain(`running on ${machine}`);
  expect(run.stdout).toContain(`built for ${platform}`);
}

/** The inputs of the default path: only network=host added (the rig's registries listen on the host loopback). */
const defaults = () => ({
  context: hello,
  'driver-opts': 'network=host',
  'helper-registry': rig.GENCI_HELPER_REGISTRY as string,
  'helper-cache': 'false',
});

beforeAll(() => {
  rig = rigEnv();
  for (const k of ['GENCI_HELPER_REGISTRY', 'GENCI_BUILDKIT_ADDR']) if (!rig[k]) throw new Error(`the rig has no ${k}: run bash scripts/rig.sh up (npm test does)`);
  node = node24();
});

describe('driver docker-container with the pinned BuildKit image (real BuildKit v0.13.2)', () => {
  const image = () => `${rig.GENCI_REGISTRY}/e2e/${uniqueName('dc')}`;
  let repo: string;

  it('pulls the BuildKit image through helper-registry, builds 3 platforms with registry cache, pushes, verifies; post removes exactly its builder', () => {
    repo = image();
    // the real pull path: the helper image is not in the local store before the run
    sh('docker', ['image', 'rm', '--force', `${rig.GENCI_HELPER_REGISTRY}/moby/buildkit:v0.27.0`]);
    const users = uniqueName('users-builder');
    expect(sh('docker', ['buildx', 'create', '--name', users, '--driver', 'docker-container', '--driver-opt', `image=${rig.GENCI_HELPER_REGISTRY}/moby/buildkit:v0.27.0`]).code).toBe(0);
    const before = currentBuilder();
    try {
      const r = runAction({ ...defaults(), platforms: 'linux/amd64,linux/arm64,linux/arm/v7', tags: `${repo}:1`, push: 'true', cache: 'registry' }, { node });
      expect(r.main.code, r.main.stdout + r.main.stderr).toBe(0);
      expect(r.main.stdout).toContain(`${rig.GENCI_HELPER_REGISTRY}/moby/buildkit:v0.27.0: pulled`);
      expect(r.main.stdout).toMatch(/builder gen-ci-4242-1-build-\w+ \(docker-container, BuildKit v0\.13\.2\) supports: linux\/amd64/);
      expect(platformsOf(`${repo}:1`)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
      expect(Object.keys(JSON.parse(r.outputs.platforms as string))).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
      expect(r.outputs.image).toBe(`${repo}@${r.outputs.digest}`);
      const created = r.outputs.builder as string;
      expect(created).toMatch(/^gen-ci-4242-1-build-/);
      // no --use: the user's current builder is still current
      expect(currentBuilder()).toBe(before);
      expect(r.post.code).toBe(0);
      expect(r.post.stdout).toContain(`removed builder ${created}`);
      const names = buildxNames();
      expect(names).not.toContain(created);
      expect(names).toContain(users);
      expect(readdirSync(r.runnerTemp)).toEqual([]);
      runsOn(`${repo}:1`, 'linux/arm64', 'aarch64');
      runsOn(`${repo}:1`, 'linux/arm/v7', 'armv7l');
    } finally {
      sh('docker', ['buildx', 'rm', '--force', users]);
    }
  });

  it('a second run in a fresh builder is served from the registry cache: no RUN executes', () => {
    const r = runAction({ ...defaults(), platforms: 'linux/amd64,linux/arm64,linux/arm/v7', tags: `${repo}:2`, push: 'true', cache: 'registry' }, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.main.stdout).toContain(`importing cache manifest from ${repo}:buildcache`);
    expect(r.main.stdout).not.toMatch(/^#\d+ \d+\.\d+ built for/m);
    expect(r.summary).toContain('6/6 steps from cache');
  });

  it('a split leg uses the real push-by-digest exporter, and a merge job tags it', () => {
    const leg = image();
    const digests = mkdtempSync(join(tmpdir(), 'digests-'));
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const r = runAction({ ...defaults(), platforms: platform, image: leg, 'push-by-digest': 'true', 'digests-dir': digests }, { node });
      expect(r.main.code, r.main.stdout).toBe(0);
      expect(r.main.stdout).toContain(`--output type=image,name=${leg},push-by-digest=true,name-canonical=true,push=true`);
    }
    expect(readdirSync(digests)).toHaveLength(2);
    const m = runAction({ merge: 'true', platforms: 'linux/amd64,linux/arm64', tags: `${leg}:merged`, 'digests-dir': digests }, { node });
    expect(m.main.code, m.main.stdout).toBe(0);
    expect(platformsOf(`${leg}:merged`)).toEqual(['linux/amd64', 'linux/arm64']);
    runsOn(`${leg}:merged`, 'linux/arm64', 'aarch64');
  });

  it('load: true on one platform puts the image in the local store', () => {
    const tag = `gen-ci-e2e/${uniqueName('load')}:1`;
    const r = runAction({ ...defaults(), platforms: 'linux/arm64', tags: tag, load: 'true' }, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    const run = sh('docker', ['run', '--rm', '--platform', 'linux/arm64', tag]);
    expect(run.stdout, run.stderr).toContain('running on aarch64');
    sh('docker', ['image', 'rm', '--force', tag]);
  });

  it('a bootstrap that fails (unpullable BuildKit image) leaves no builder, no container and no file of the run after post', () => {
    const tmpBefore = tmpEntries();
    const buildersBefore = runBuilders();
    const r = runAction(
      { ...defaults(), platforms: 'linux/amd64', 'buildkit-image': `${rig.GENCI_REGISTRY}/nope/${uniqueName('buildkit')}:1`, retries: '0' },
      { node },
    );
    expect(r.main.code).toBe(1);
    expect(errorLines(r.main.stdout)).toEqual([expect.stringMatching(/^::error::could not pull 127\.0\.0\.1:5000\/nope\/buildkit-/)]);
    expect(r.post.code).toBe(0);
    expect(runBuilders()).toEqual(buildersBefore);
    expect(ourContainers()).toEqual([]);
    expect(readdirSync(r.runnerTemp)).toEqual([]);
    expect([...tmpEntries()].filter((n) => !tmpBefore.has(n))).toEqual([]);
  });

  it('a bootstrap that fails inside buildx create (image present, buildkitd cannot start) is removed by post all the same', () => {
    // an image that exists but is no BuildKit: buildx creates the builder, then its bootstrap fails
    const notBuildkit = `${rig.GENCI_REGISTRY}/base/busybox:latest`;
    const buildersBefore = runBuilders();
    const r = runAction({ ...defaults(), platforms: 'linux/amd64', 'driver-opts': `image=${notBuildkit}\nnetwork=host` }, { node });
    expect(r.main.code).toBe(1);
    expect(errorLines(r.main.stdout)).toEqual([expect.stringMatching(/^::error::could not create the docker-container builder: /)]);
    const recorded = JSON.parse(r.state.resources as string) as { kind: string; name?: string }[];
    const name = recorded.find((x) => x.kind === 'builder')?.name as string;
    expect(name).toMatch(/^gen-ci-4242-1-build-/);
    expect(r.post.code).toBe(0);
    expect(runBuilders()).toEqual(buildersBefore);
    expect(buildxNames()).not.toContain(name);
    expect(ourContainers()).toEqual([]);
    expect(readdirSync(r.runnerTemp)).toEqual([]);
  });
});

describe('driver remote against the rig\'s buildkitd, with no Docker daemon reachable', () => {
  it('builds 3 platforms, pushes and verifies with the buildx client alone; installs no QEMU; post removes the builder', () => {
    const repo = `${rig.GENCI_REGISTRY}/e2e/${uniqueName('remote')}`;
    const noDaemon = { DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
    const r = runAction(
      { context: hello, driver: 'remote', endpoint: rig.GENCI_BUILDKIT_ADDR as string, platforms: 'linux/amd64,linux/arm64,linux/riscv64', tags: `${repo}:1`, push: 'true', cache: 'registry' },
      { node, env: noDaemon },
    );
    expect(r.main.code, r.main.stdout + r.main.stderr).toBe(0);
    expect(r.main.stdout).toContain('remote builder: QEMU is up to the BuildKit host, nothing installed here');
    expect(r.main.stdout).not.toContain('docker run --privileged');
    expect(r.main.stdout).not.toContain('Docker 26');
    expect(platformsOf(`${repo}:1`)).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64']);
    expect(Object.keys(JSON.parse(r.outputs.platforms as string))).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64']);
    expect(r.post.code).toBe(0);
    expect(buildxNames()).not.toContain(r.outputs.builder);
    runsOn(`${repo}:1`, 'linux/riscv64', 'riscv64');
  });
});

describe('QEMU from the real binfmt helper image (scripts/images/binfmt, Debian qemu-user-static, tonistiigi/binfmt command line)', () => {
  afterAll(() => {
    // give the rig back its own registrations (Debian's handlers)
    sh('bash', [join(ROOT, 'scripts/rig.sh'), 'binfmt-restore']);
  });

  // The RUN is in exec form: Debian's busybox-static shell re-executes itself for applets, which under
  // QEMU needs the binfmt P flag, and tonistiigi/binfmt (like this image) sets P only with QEMU_PRESERVE_ARGV0.
  it('an unregistered emulator is installed by qemu: auto, and an emulated RUN works', () => {
    const entry = '/proc/sys/fs/binfmt_misc/qemu-riscv64';
    if (existsSync(entry)) writeFileSync(entry, '-1');
    expect(existsSync(entry)).toBe(false);
    sh('docker', ['image', 'rm', '--force', `${rig.GENCI_HELPER_REGISTRY}/tonistiigi/binfmt:qemu-v8.1.5`]);
    const ctx = mkdtempSync(join(tmpdir(), 'qemu-ctx-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${rig.GENCI_BASE_IMAGE}\nRUN ["/bin/uname", "-m"]\n`);
    const repo = `${rig.GENCI_REGISTRY}/e2e/${uniqueName('qemu')}`;
    const r = runAction({ ...defaults(), context: ctx, platforms: 'linux/amd64,linux/riscv64', tags: `${repo}:1`, push: 'true' }, { node });
    expect(r.main.code, r.main.stdout + r.main.stderr).toBe(0);
    expect(r.main.stdout).toContain(`QEMU: installing riscv64 from ${rig.GENCI_HELPER_REGISTRY}/tonistiigi/binfmt:qemu-v8.1.5`);
    expect(readFileSync(entry, 'utf8')).toMatch(/^enabled/);
    // the RUN executed under the emulator the action installed, and saw riscv64
    expect(r.main.stdout).toMatch(/^#\d+ \[linux\/riscv64 2\/2\] RUN \["\/bin\/uname", "-m"\]\n(#\d+ .*\n)*?#\d+ \d+\.\d+ riscv64$/m);
    expect(platformsOf(`${repo}:1`)).toEqual(['linux/amd64', 'linux/riscv64']);
  });
});

describe('inputs and secrets', () => {
  it('bad tags and build args fail before any docker command runs', () => {
    const bin = mkdtempSync(join(tmpdir(), 'docker-spy-'));
    const log = join(bin, 'calls');
    writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "$@" >> ${log}\nexit 1\n`);
    chmodSync(join(bin, 'docker'), 0o755);
    const bads: Record<string, string>[] = [{ tags: 'Bad Tag:1' }, { tags: 'r/a:1', 'build-args': '1NOPE=x' }];
    for (const bad of bads) {
      const r = runAction({ ...defaults(), platforms: 'linux/amd64', ...bad }, { node, env: { PATH: `${bin}:${process.env.PATH}` } });
      expect(r.main.code).toBe(1);
      expect(errorLines(r.main.stdout)).toHaveLength(1);
      expect(existsSync(log), existsSync(log) ? readFileSync(log, 'utf8') : '').toBe(false);
      // nothing was created: not even the run's temp directory
      expect(existsSync(r.runnerTemp) ? readdirSync(r.runnerTemp) : []).toEqual([]);
    }
  });

  it('a 2-line PEM-style secret arrives byte-exact in RUN --mount=type=secret and never in any log', () => {
    const ctx = mkdtempSync(join(tmpdir(), 'secret-ctx-'));
    writeFileSync(
      join(ctx, 'Dockerfile'),
      `FROM ${rig.GENCI_BASE_IMAGE} AS s\nRUN --mount=type=secret,id=key mkdir /out && cat /run/secrets/key > /out/key\nFROM scratch\nCOPY --from=s /out/ /\n`,
    );
    const pem = '-----BEGIN TEST KEY-----\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8 secret-line-Qx7\n-----END TEST KEY-----\n';
    const out = mkdtempSync(join(tmpdir(), 'secret-out-'));
    const r = runAction(
      { ...defaults(), context: ctx, platforms: 'linux/amd64', secrets: `"key=${pem}"`, outputs: `type=local,dest=${out}`, check: 'false' },
      { node },
    );
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(readFileSync(join(out, 'key'), 'utf8')).toBe(pem);
    const withoutMasks = r.all.replace(/^::add-mask::.*$/gm, '');
    for (const line of pem.split('\n').filter(Boolean)) expect(withoutMasks).not.toContain(line);
    expect(readdirSync(r.runnerTemp)).toEqual([]);
  });

  it('a push to a plain-HTTP registry named in insecure-registries by a host name is verified', () => {
    const host = `${rig.GENCI_REGISTRY_HOSTNAME}:${(rig.GENCI_REGISTRY as string).split(':')[1]}`;
    expect(rig.GENCI_REGISTRY_HOSTNAME).toMatch(/^[a-z][a-z0-9.-]+$/);
    const repo = `${host}/e2e/${uniqueName('insecure')}`;
    const r = runAction({ ...defaults(), platforms: 'linux/amd64,linux/arm64', tags: `${repo}:1`, push: 'true', 'insecure-registries': host }, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.main.stdout).toContain('registry has linux/amd64, linux/arm64');
    expect(Object.keys(JSON.parse(r.outputs.platforms as string))).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('an empty password while nothing is pushed skips login with a notice', () => {
    const r = runAction({ context: hello, driver: 'docker', platforms: 'linux/amd64', registry: rig.GENCI_AUTH_REGISTRY as string, username: 'someone', password: '' }, { node });
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.main.stdout).toContain(`::notice::password is empty (pull requests from forks get no secrets) and nothing is pushed: not logging in to ${rig.GENCI_AUTH_REGISTRY}`);
    expect(r.outputs.image).toBeUndefined();
    expect(r.outputs.platforms).toBe('{}');
  });

  it('an unknown DOCKER_CONTEXT is named as such', () => {
    const r = runAction({ context: hello, driver: 'docker', platforms: 'linux/amd64' }, { node, env: { DOCKER_CONTEXT: 'no-such-context' } });
    expect(errorLines(r.main.stdout)).toEqual([
      '::error::the Docker context "no-such-context" does not exist (docker context ls lists them); unset DOCKER_CONTEXT or create that context',
    ]);
  });
});
