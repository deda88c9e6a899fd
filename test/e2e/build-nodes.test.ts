// Issue #14, multi-node "Done when": `gen-ci build --node PLATFORM=ENDPOINT` (the built CLI,
// dist/cli/index.js) against two buildkitd daemons on loopback, one per platform. Each daemon's
// own build records (history API) must show it built its platform and not the other's; the pushed
// index has both platforms and each image reports its architecture. Then the arm64 daemon is
// stopped: a warning naming it, its platform built on the local node under QEMU (fallback: true),
// still a complete verified index; with --no-fallback the build stops with one line naming it.
// After every run no gen-ci builder and no gen-ci container is left.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildkitNode, ENGINES_BIN, execPlatformsOn, platformsBuiltOn, requireBuildkit, startNode } from '../support/buildkit-nodes.js';
import { RIG, requireRig } from '../integration/registry/helpers.js';
import { ROOT, rigEnv, sh } from './runner.js';

const AMD64 = 'linux/amd64';
const ARM64 = 'linux/arm64';
const UNAME: Record<string, string> = { [AMD64]: 'x86_64', [ARM64]: 'aarch64' };
const CRANE = join(ENGINES_BIN, 'crane');

interface Run {
  code: number | null;
  out: string;
  err: string;
}

interface JsonNode {
  node: string;
  endpoint: string;
  platforms: string[];
  fallback: boolean;
}

interface BuildJson {
  ok: boolean;
  builder?: string;
  platforms?: Record<string, string>;
  nodes?: JsonNode[];
  warnings: string[];
  error?: { code: string; message: string };
}

/** `node dist/cli/index.js ARGS…` without blocking the event loop (the daemons are our children). */
function genci(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The gen-ci builders (`docker buildx ls`) and containers (`docker ps -a --filter name=gen-ci-`) on this engine. */
function genciLeftovers(): { builders: string[]; containers: string[] } {
  const ls = sh('docker', ['buildx', 'ls', '--format', '{{.Name}}']);
  if (ls.code !== 0) throw new Error(`docker buildx ls failed: ${ls.stderr}`);
  const ps = sh('docker', ['ps', '-a', '--filter', 'name=gen-ci-', '--format', '{{.Names}}']);
  if (ps.code !== 0) throw new Error(`docker ps failed: ${ps.stderr}`);
  const names = (s: string) => [...new Set(s.split('\n').map((l) => l.trim()).filter(Boolean))].sort();
  return { builders: names(ls.stdout).filter((n) => n.startsWith('gen-ci-')), containers: names(ps.stdout) };
}

/** Nothing of this run is left: no builder or container that was not there before it, none named after its builder. */
function expectNothingLeft(before: { builders: string[]; containers: string[] }, builder: string): void {
  const after = genciLeftovers();
  expect(after.builders.filter((b) => !before.builders.includes(b))).toEqual([]);
  expect(after.containers.filter((c) => !before.containers.includes(c))).toEqual([]);
  expect(after.builders.filter((b) => b.startsWith(builder))).toEqual([]);
  expect(after.containers.filter((c) => c.startsWith(builder))).toEqual([]);
}

/** The pushed tag is one image index with exactly both image platforms; each image's /arch (written by its RUN step) and `uname -m` say its arch. */
function expectVerifiedIndex(ref: string, digests: Record<string, string>): void {
  const raw = sh(CRANE, ['manifest', '--insecure', ref]);
  expect(raw.code, raw.stderr).toBe(0);
  const index = JSON.parse(raw.stdout) as { mediaType: string; manifests: { digest: string; platform?: { os: string; architecture: string } }[] };
  // an image index either way: OCI, or Docker's manifest list (buildx's default media types without attestations)
  expect(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']).toContain(index.mediaType);
  const images = index.manifests.filter((m) => m.platform && m.platform.os !== 'unknown');
  expect(images.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual([AMD64, ARM64]);
  for (const m of images) expect(digests[`${m.platform?.os}/${m.platform?.architecture}`]).toBe(m.digest);
  const dir = mkdtempSync(join(tmpdir(), 'genci-nodes-fs-'));
  try {
    for (const p of [AMD64, ARM64]) {
      const tar = join(dir, `${p.replace('/', '-')}.tar`);
      const exp = sh(CRANE, ['export', '--insecure', '--platform', p, ref, tar]);
      expect(exp.code, exp.stderr).toBe(0);
      expect(sh('tar', ['-xOf', tar, 'arch']).stdout.trim()).toBe(UNAME[p]);
      const run = sh('docker', ['run', '--rm', '--quiet', '--pull', 'always', '--platform', p, ref, 'uname', '-m']);
      expect(run.stdout.trim(), run.stderr).toBe(UNAME[p]);
    }
  } finally {
    sh('docker', ['image', 'rm', '--force', ref]);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('gen-ci build --node: two BuildKit daemons, one per platform', () => {
  const repo = `${RIG.open}/e2e/nodes-${randomBytes(5).toString('hex')}`;
  let amd: BuildkitNode;
  let arm: BuildkitNode;
  let ctx = '';
  let env: Record<string, string> = {};
  const daemons: BuildkitNode[] = [];

  beforeAll(async () => {
    requireBuildkit();
    await requireRig();
    env = rigEnv();
    if (!env.GENCI_HELPER_REGISTRY) throw new Error('scripts/rig.sh env gave no GENCI_HELPER_REGISTRY: run bash scripts/rig.sh up');
    amd = await startNode(AMD64, { name: 'e2e-amd64' });
    daemons.push(amd);
    arm = await startNode(ARM64, { name: 'e2e-arm64' });
    daemons.push(arm);
    ctx = mkdtempSync(join(tmpdir(), 'genci-nodes-ctx-'));
    // BUST changes per build so that its steps really run (no cache hit on any node)
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${RIG.base}\nARG BUST\nRUN echo "$BUST" > /bust && uname -m > /arch\n`);
  });

  afterAll(async () => {
    for (const d of daemons) await d.stop();
    if (ctx) rmSync(ctx, { recursive: true, force: true });
  });

  const build = (tag: string, extra: string[]): Promise<Run> =>
    genci(
      [
        'build',
        ctx,
        '-t',
        `${repo}:${tag}`,
        '--push',
        '--platforms',
        `${AMD64},${ARM64}`,
        '--node',
        `${AMD64}=${amd.addr}`,
        '--node',
        `${ARM64}=${arm.addr}`,
        '--driver-opt',
        'network=host',
        '--insecure-registry',
        RIG.open,
        '--helper-registry',
        env.GENCI_HELPER_REGISTRY as string,
        '--no-check',
        '--build-arg',
        `BUST=${tag}-${randomBytes(6).toString('hex')}`,
        ...extra,
      ],
      env,
    );

  it('builds each platform on its own node (per the daemons’ records), pushes one verified index, leaves nothing', async () => {
    const before = genciLeftovers();
    const since = Date.now();
    const r = await build('both', ['--json']);
    expect(r.code, r.err.slice(-3000)).toBe(0);
    const j = JSON.parse(r.out) as BuildJson;
    expect(j.ok).toBe(true);
    expect(j.warnings).toEqual([]);
    expect(j.nodes?.map(({ endpoint, platforms, fallback }) => ({ endpoint, platforms, fallback }))).toEqual([
      { endpoint: amd.addr, platforms: [AMD64], fallback: false },
      { endpoint: arm.addr, platforms: [ARM64], fallback: false },
    ]);
    // each daemon ran its own platform's build and not the other's: its records, and the exec spans of its log
    expect(await platformsBuiltOn(amd, since)).toEqual([AMD64]);
    expect(await platformsBuiltOn(arm, since)).toEqual([ARM64]);
    expect(execPlatformsOn(amd, since)).toEqual([AMD64]);
    expect(execPlatformsOn(arm, since)).toEqual([ARM64]);
    expectVerifiedIndex(`${repo}:both`, j.platforms ?? {});
    expectNothingLeft(before, j.builder as string);
  });

  it('the arm64 daemon stopped: a warning naming it, arm64 built on the local node under QEMU, still a complete verified index', async () => {
    await arm.stop();
    const before = genciLeftovers();
    const since = Date.now();
    const r = await build('fallback', ['--json']);
    expect(r.code, r.err.slice(-3000)).toBe(0);
    const j = JSON.parse(r.out) as BuildJson;
    expect(j.warnings).toHaveLength(1);
    expect(j.warnings[0]).toContain(`node ${arm.addr} for ${ARM64} does not answer`);
    expect(r.err.split('\n').filter((l) => l.startsWith('warning:') && l.includes(arm.addr))).toHaveLength(1);
    expect(j.nodes?.map(({ endpoint, platforms, fallback }) => ({ endpoint, platforms, fallback }))).toEqual([
      { endpoint: amd.addr, platforms: [AMD64], fallback: false },
      { endpoint: expect.stringMatching(/^docker-container:\/\/gen-ci-/), platforms: [ARM64], fallback: true },
    ]);
    expect(j.nodes?.[1]?.node).toBe(`${j.builder}-local`);
    // the amd64 daemon did not take over arm64: it built amd64 only
    expect(await platformsBuiltOn(amd, since)).toEqual([AMD64]);
    expect(execPlatformsOn(amd, since)).toEqual([AMD64]);
    expectVerifiedIndex(`${repo}:fallback`, j.platforms ?? {});
    expectNothingLeft(before, j.builder as string);
  });

  it('--no-fallback with the arm64 daemon stopped: exit 1, one line naming the node, nothing built or left', async () => {
    const before = genciLeftovers();
    const since = Date.now();
    const r = await build('nofallback', ['--no-fallback']);
    expect(r.code, r.err.slice(-3000)).toBe(1);
    const lines = r.err.split('\n').filter((l) => l.startsWith('gen-ci:'));
    expect(lines).toEqual([expect.stringContaining(`node ${arm.addr} for ${ARM64} does not answer`)]);
    expect(await platformsBuiltOn(amd, since)).toEqual([]);
    expect(sh(CRANE, ['manifest', '--insecure', `${repo}:nofallback`]).code).not.toBe(0);
    const builder = /node (gen-ci-[a-z0-9]+)-n1 /.exec(r.err)?.[1];
    expect(builder, r.err).toBeDefined();
    expectNothingLeft(before, builder as string);
  });
});
