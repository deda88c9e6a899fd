// The emulated-compile advice, applied and built on the rig: for each fixture under
// test/fixtures/dockerfiles/advice/, the preflight's emulated-compile finding is turned into a fix
// (src/dockerfile/advice.ts), its diff is applied with `git apply`, and the patched Dockerfile is
// built for linux/amd64 and linux/arm64. Right by construction means every platform's output holds
// that platform's binaries (ELF e_machine per platform), never the build machine's.
import { spawn, spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlatform, parsePlatformList } from '../../src/core/platform.js';
import { type CompileFix, fixEmulatedCompile } from '../../src/dockerfile/advice.js';
import { type Finding, preflight } from '../../src/dockerfile/preflight.js';
import { ROOT, rigEnv } from './runner.js';

const FIXTURES = join(ROOT, 'test/fixtures/dockerfiles/advice');
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const MACHINE: Record<string, number> = { linux_amd64: EM_X86_64, linux_arm64: EM_AARCH64 };

let registry: string;
const temps: string[] = [];
/**
 * A docker-container builder of its own (the rig's BuildKit v0.13.2 image, the product's default
 * path): the docker driver's embedded BuildKit wedged here now and then on cold caches ("printed
 * nothing for 150 s"), and both clean-clone CI runs that hit it also tripped vitest's 60 s RPC timeout.
 */
const BUILDER = `genci-advice-${process.pid}`;

function run(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // a missing tool is a failure, never a skip
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  registry = rigEnv().GENCI_REGISTRY ?? '127.0.0.1:5000';
  const missing = ['base/gcc:bookworm', 'base/golang:bookworm', 'base/node:bookworm', 'base/busybox:latest'].filter(
    (image) => run('docker', ['buildx', 'imagetools', 'inspect', `${registry}/${image}`]).code !== 0,
  );
  if (missing.length) throw new Error(`toolchain images missing from ${registry}: ${missing.join(', ')}; run bash scripts/toolchains.sh (as root)`);
  expect(run('git', ['--version']).code).toBe(0);
  const env = rigEnv();
  const toml = join(mkdtempSync(join(tmpdir(), 'advice-builder-')), 'buildkitd.toml');
  temps.push(dirname(toml));
  writeFileSync(toml, `[registry."${registry}"]\n  http = true\n  insecure = true\n`);
  const image = `${env.GENCI_HELPER_REGISTRY ?? `${registry}/helpers`}/moby/buildkit:v0.27.0`;
  const created = run('docker', ['buildx', 'create', '--name', BUILDER, '--driver', 'docker-container', '--driver-opt', `image=${image}`, '--driver-opt', 'network=host', '--buildkitd-config', toml, '--bootstrap']);
  expect(created.code, created.all).toBe(0);
}, 300_000);

// the builds' outputs are whole root filesystems (toolchain images: GBs): removed asynchronously, so
// the worker's event loop never blocks long enough for vitest's 60 s RPC timeout
afterAll(async () => {
  run('docker', ['buildx', 'rm', '--force', BUILDER]);
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
}, 600_000);

async function emulatedCompile(dockerfile: string): Promise<Finding[]> {
  const r = await preflight({
    dockerfile,
    file: 'Dockerfile',
    platforms: parsePlatformList('linux/amd64,linux/arm64'),
    buildPlatform: parsePlatform('linux/amd64'),
    offline: true,
  });
  return r.findings.filter((f) => f.code === 'emulated-compile');
}

/** The fixture in a temp dir, its emulated-compile finding and the advice for it. */
async function advise(name: string): Promise<{ dir: string; original: string; finding: Finding; fix: CompileFix }> {
  const dir = mkdtempSync(join(tmpdir(), `advice-${name}-`));
  temps.push(dir);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const original = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  const findings = await emulatedCompile(original);
  expect(findings, `${name}: the preflight finds no emulated-compile`).toHaveLength(1);
  const finding = findings[0] as Finding;
  const fix = fixEmulatedCompile(original, finding);
  expect(fix, `${name}: no advice for ${JSON.stringify(finding)}`).toBeDefined();
  return { dir, original, finding, fix: fix as CompileFix };
}

/** Apply the diff with git apply (on the plain temp dir) and check it yields `patched`. */
function apply(dir: string, fix: CompileFix): string {
  expect(fix.diff, fix.message).toBeTruthy();
  writeFileSync(join(dir, 'advice.diff'), fix.diff as string);
  const r = run('git', ['apply', '--verbose', 'advice.diff'], { cwd: dir });
  expect(r.code, `git apply failed:\n${r.all}\n${fix.diff}`).toBe(0);
  rmSync(join(dir, 'advice.diff'));
  const patched = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  expect(patched).toBe(fix.patched);
  return patched;
}

/** No output from buildx for this long: the build is wedged (seen once with the docker driver's embedded BuildKit under parallel load). */
const STALL_MS = 150_000;

/** One buildx run; `stalled` when it printed nothing for STALL_MS and was killed. */
function buildOnce(dir: string, out: string, noCache = false): Promise<{ code: number | null; log: string; stalled: boolean }> {
  const args = ['buildx', 'build', '--builder', BUILDER, '--progress', 'plain', '--platform', 'linux/amd64,linux/arm64', '--provenance=false'];
  if (noCache) args.push('--no-cache');
  return new Promise((resolve, reject) => {
    const child = spawn('docker', [...args, '--output', `type=local,dest=${out}`, dir], { env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } });
    let log = '';
    let last = Date.now();
    let stalled = false;
    const add = (d: Buffer) => {
      log += d;
      last = Date.now();
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const watchdog = setInterval(() => {
      if (Date.now() - last < STALL_MS) return;
      stalled = true;
      child.kill('SIGKILL');
    }, 5000);
    child.on('error', (e) => {
      clearInterval(watchdog);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(watchdog);
      resolve({ code, log, stalled });
    });
  });
}

/**
 * Build both platforms into <dir>.out/linux_amd64 and linux_arm64 (local exporter); not blocking
 * the worker. A build that stalls (no output for 150 s) is killed and run once more, without the
 * cache (the killed build can leave cache records whose content is gone: "failed to solve: not
 * found"); a second stall, or any failure, fails the test.
 */
async function build(dir: string): Promise<{ out: string; log: string }> {
  const out = `${dir}.out`;
  temps.push(out);
  let r = await buildOnce(dir, out);
  if (r.stalled) {
    console.warn(`docker buildx build printed nothing for ${STALL_MS / 1000} s and was killed; running it once more:\n${r.log.slice(-2000)}`);
    r = await buildOnce(dir, out, true);
  }
  expect(r.stalled, `docker buildx build stalled twice (no output for ${STALL_MS / 1000} s):\n${r.log.slice(-4000)}`).toBe(false);
  expect(r.code, `docker buildx build failed:\n${r.log.slice(-6000)}\nDockerfile:\n${readFileSync(join(dir, 'Dockerfile'), 'utf8')}`).toBe(0);
  return { out, log: r.log };
}

/** The compile RUN ran on the build machine for the arm64 image (BuildKit labels it "linux/amd64->arm64"), never under emulation. */
function expectCrossCompiled(log: string, compiler: RegExp) {
  const runs = log.split('\n').filter((l) => /^#\d+ \[[^\]]*\] RUN /.test(l) && compiler.test(l));
  expect(
    runs.some((l) => l.includes('[linux/amd64->arm64 ')),
    runs.join('\n'),
  ).toBe(true);
  expect(
    runs.filter((l) => l.includes('[linux/arm64 ')),
    'a compile still runs under emulation',
  ).toEqual([]);
}

/** ELF e_machine (bytes 18-19, little-endian), after checking the magic. */
function elfMachine(file: string): number {
  expect(existsSync(file), `${file} is missing`).toBe(true);
  const b = readFileSync(file);
  expect(b.subarray(0, 4).toString('latin1'), `${file} is not an ELF file`).toBe('\x7fELF');
  expect(b[5], `${file} is not little-endian`).toBe(1);
  return b.readUInt16LE(18);
}

function expectNative(out: string, path: string) {
  for (const [platform, machine] of Object.entries(MACHINE)) {
    expect(elfMachine(join(out, platform, path)), `${platform}${path}: e_machine`).toBe(machine);
  }
}

describe('emulated-compile advice, applied and built for linux/amd64 + linux/arm64', { timeout: 900_000 }, () => {
  it('single-stage-c: the compile is in the shipped stage, so a new stage cross-compiles and the image copies it in', async () => {
    const { dir, fix } = await advise('single-stage-c');
    expect(fix.kind, fix.message).toBe('new-stage');
    const patched = apply(dir, fix);
    // the shipped stage is never pinned
    const shippedFrom = patched
      .split('\n')
      .filter((l) => /^FROM\b/i.test(l))
      .pop() as string;
    expect(shippedFrom).not.toMatch(/--platform/);
    expect(await emulatedCompile(patched)).toEqual([]);
    const { out, log } = await build(dir);
    expectNative(out, '/usr/local/bin/hello');
    expectCrossCompiled(log, /\bgcc\b|"\$CC"/);
  });

  it('ancestor-c: the compile is in an ancestor of the shipped stage, so a new stage cross-compiles', async () => {
    const { dir, fix } = await advise('ancestor-c');
    expect(fix.kind, fix.message).toBe('new-stage');
    const patched = apply(dir, fix);
    expect(patched).toMatch(/^FROM 127\.0\.0\.1:5000\/base\/gcc:bookworm AS base$/m);
    expect(await emulatedCompile(patched)).toEqual([]);
    const { out, log } = await build(dir);
    expectNative(out, '/usr/local/bin/hello');
    expectCrossCompiled(log, /\bgcc\b|"\$CC"/);
  });

  it("builder-c: a C builder stage that is not shipped is pinned, with the target's cross compiler", async () => {
    const { dir, fix } = await advise('builder-c');
    expect(fix.kind, fix.message).toBe('pin');
    const patched = apply(dir, fix);
    expect(await emulatedCompile(patched)).toEqual([]);
    const { out, log } = await build(dir);
    expectNative(out, '/usr/local/bin/hello');
    expectCrossCompiled(log, /"\$CC"/);
  });

  it('chain-c: the compile is in a stage built FROM another (sources copied there), shipped through a third', async () => {
    const { dir, fix } = await advise('chain-c');
    expect(fix.kind, fix.message).toBe('new-stage');
    const patched = apply(dir, fix);
    expect(await emulatedCompile(patched)).toEqual([]);
    const { out, log } = await build(dir);
    expectNative(out, '/usr/local/bin/hello');
    expectCrossCompiled(log, /"\$CC"/);
  });

  it('go: the builder stage is not shipped, so it is pinned to the build platform with GOOS/GOARCH', async () => {
    const { dir, fix } = await advise('go');
    expect(fix.kind, fix.message).toBe('pin');
    const patched = apply(dir, fix);
    expect(patched).toMatch(/^FROM --platform=\$BUILDPLATFORM \S+golang:bookworm AS build$/m);
    expect(await emulatedCompile(patched)).toEqual([]);
    const { out, log } = await build(dir);
    expectNative(out, '/app');
    expectCrossCompiled(log, /\bgo build\b/);
  });

  it('js: the bundle runs on every CPU, so moving the builder stage is all it takes (no cross-compile variables)', async () => {
    const { dir, fix } = await advise('js');
    expect(fix.kind, fix.message).toBe('pin');
    const patched = apply(dir, fix);
    expect(patched).toMatch(/^FROM --platform=\$BUILDPLATFORM \S+node:bookworm AS build$/m);
    expect(patched).not.toMatch(/TARGETARCH/);
    expect(await emulatedCompile(patched)).toEqual([]);
    const { out, log } = await build(dir);
    // one bundle, byte for byte the same in both images; each image keeps its own platform's node
    const bundle = readFileSync(join(out, 'linux_amd64/app/app.js'), 'utf8');
    expect(bundle).toContain('function greet(name)');
    expect(readFileSync(join(out, 'linux_arm64/app/app.js'), 'utf8')).toBe(bundle);
    expectNative(out, '/usr/bin/node');
    // the bundler ran on the build machine, never under emulation
    const runs = log.split('\n').filter((l) => /^#\d+ \[[^\]]*\] RUN node build\.mjs/.test(l));
    expect(runs.length, log.slice(-3000)).toBeGreaterThan(0);
    expect(runs.filter((l) => l.includes('[linux/arm64 ')), 'the bundler still runs under emulation').toEqual([]);
  });

  it('native-addon-stays: native modules installed into the image itself stay emulated (no patch)', async () => {
    // not built: the rig's containers cannot reach the npm registry (and the node image has no npm)
    const { fix } = await advise('native-addon-stays');
    expect(fix.kind).toBe('stay-emulated');
    expect(fix.diff).toBeUndefined();
    expect(fix.patched).toBeUndefined();
    expect(fix.message).toMatch(/must stay emulated/);
  });

  it('the checks have teeth: pinning the shipped stage (the wrong fix) ships amd64 binaries as linux/arm64', async () => {
    const { dir, original } = await advise('single-stage-c');
    writeFileSync(join(dir, 'Dockerfile'), original.replace(/^FROM /m, 'FROM --platform=$BUILDPLATFORM '));
    const { out } = await build(dir);
    expect(elfMachine(join(out, 'linux_arm64/usr/local/bin/hello'))).toBe(EM_X86_64);
  });
});
