// Self-test of test/support/buildkit-nodes.ts: two nodes (linux/amd64, linux/arm64) behind one buildx
// builder (driver remote, each node owning its platform), one 2-platform build pushed as one index;
// each daemon's own records must show it built its platform and nothing else.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuildkitNode,
  configuredPlatformsFromLog,
  ENGINES_BIN,
  execPlatformsFromLog,
  execPlatformsOn,
  nodeConfig,
  platformsBuiltOn,
  platformsFromHistories,
  recordPlatforms,
  requireBuildkit,
  startNode,
  workerPlatforms,
} from '../support/buildkit-nodes.js';
import { RIG, requireRig } from './registry/helpers.js';

const PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;
const UNAME: Record<string, string> = { 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' };

describe('buildkit-nodes parsing', () => {
  it.each([
    ['per-platform results', { Results: { 'linux/amd64': {}, 'linux/arm64': {} }, FrontendAttrs: { platform: 'linux/s390x' } }, ['linux/amd64', 'linux/arm64']],
    ['the platform attribute', { Results: {}, FrontendAttrs: { platform: 'linux/arm64' } }, ['linux/arm64']],
    ['the single image config', { ExporterResponse: { 'containerimage.config': '{"os":"linux","architecture":"arm","variant":"v7"}' } }, ['linux/arm/v7']],
    ['nothing', {}, []],
  ])('recordPlatforms reads %s', (_name, record, want) => {
    expect(recordPlatforms(record)).toEqual(want);
  });

  it('platformsFromHistories keeps records created at or after sinceMs', () => {
    const text = [
      { type: 1, record: { CreatedAt: '2026-12-02T18:35:28.19Z', FrontendAttrs: { platform: 'linux/amd64' } } },
      { type: 1, record: { CreatedAt: '2026-12-02T18:40:00.5Z', FrontendAttrs: { platform: 'linux/arm64,linux/riscv64' } } },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    expect(platformsFromHistories(text)).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64']);
    expect(platformsFromHistories(text, Date.parse('2026-12-02T18:40:00Z'))).toEqual(['linux/arm64', 'linux/riscv64']);
  });

  it('execPlatformsFromLog reads the exec spans of a --debug log', () => {
    const log = [
      'time="2026-12-02T18:35:28Z" level=debug msg="> creating oyy5 [/bin/sh -c uname -m > /arch]" span="[linux/arm64 2/2] RUN uname -m > /arch" spanID=55',
      'time="2026-12-02T18:35:29Z" level=debug msg="fetch response received" span="[linux/amd64 1/2] FROM x"',
      'time="2026-12-02T18:36:00Z" level=debug msg="> creating e2bc [/bin/sh -c true]" span="[linux/arm/v7 2/2] RUN true" spanID=86',
    ].join('\n');
    expect(execPlatformsFromLog(log)).toEqual(['linux/arm/v7', 'linux/arm64']);
    expect(execPlatformsFromLog(log, Date.parse('2026-12-02T18:35:30Z'))).toEqual(['linux/arm/v7']);
  });

  it("configuredPlatformsFromLog reads buildkitd's start line", () => {
    const line = 'time="2026-12-02T18:34:32Z" level=info msg="found worker \\"l4j9\\", labels=map[a:b], platforms=[linux/arm64]"';
    expect(configuredPlatformsFromLog(line)).toEqual(['linux/arm64']);
  });

  it('nodeConfig: own root and address, one platform, host network, no containerd worker, the rig registries over HTTP', () => {
    const c = nodeConfig({ state: '/tmp/x/state', port: 4321, platform: 'linux/arm64', registryPorts: [5000, 5003] });
    for (const want of [
      'root = "/tmp/x/state"',
      'address = ["tcp://127.0.0.1:4321"]',
      'platforms = ["linux/arm64"]',
      'networkMode = "host"',
      '[worker.containerd]\n  enabled = false',
      '[registry."127.0.0.1:5000"]\n  http = true',
      '[registry."127.0.0.1:5003"]\n  http = true',
    ]) {
      expect(c).toContain(want);
    }
  });
});

describe('two BuildKit nodes behind one buildx builder', () => {
  const builder = `genci-nodes-${randomBytes(4).toString('hex')}`;
  const unrouted = `${builder}-unrouted`;
  const nodes: BuildkitNode[] = [];
  let ctx = '';

  beforeAll(async () => {
    requireBuildkit();
    await requireRig();
    for (const p of PLATFORMS) nodes.push(await startNode(p, { name: p.split('/')[1] }));
    ctx = mkdtempSync(join(tmpdir(), 'genci-nodes-ctx-'));
    writeFileSync(join(ctx, 'Dockerfile'), 'ARG GENCI_BASE_IMAGE\nFROM $GENCI_BASE_IMAGE\nRUN uname -m > /arch\n');
  });

  afterAll(async () => {
    for (const name of [builder, unrouted]) {
      try {
        execFileSync('docker', ['buildx', 'rm', name], { stdio: 'ignore' });
      } catch {
        // never created
      }
    }
    for (const n of nodes) await n.stop();
    if (ctx) rmSync(ctx, { recursive: true, force: true });
  });

  it('each node answers on its own loopback port with its own root; its worker was configured with only its platform', async () => {
    expect(new Set(nodes.map((n) => n.addr)).size).toBe(2);
    for (const n of nodes) {
      expect(n.addr).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
      expect(n.root.startsWith('/tmp/')).toBe(true);
      expect(configuredPlatformsFromLog(readFileSync(n.logFile, 'utf8'))).toEqual([n.platform]);
      // BuildKit 0.13's ListWorkers appends every platform it can run (native + binfmt emulators) after the
      // configured one: the node's own platform comes first, which is what buildx reads as the node's default
      const listed = await workerPlatforms(n.addr);
      expect(listed[0]).toBe(n.platform);
    }
  });

  it('builds each platform on its own node and pushes one index with both', async () => {
    const [a, b] = nodes as [BuildkitNode, BuildkitNode];
    const ref = `${RIG.open}/t/nodes-${randomBytes(5).toString('hex')}:t`;
    const since = Date.now();
    execFileSync('docker', ['buildx', 'create', '--name', builder, '--driver', 'remote', '--platform', a.platform, a.addr], { stdio: 'pipe' });
    execFileSync('docker', ['buildx', 'create', '--append', '--name', builder, '--node', `${builder}-1`, '--platform', b.platform, b.addr], { stdio: 'pipe' });
    // throws (with buildx's stderr) when the build fails
    execFileSync(
      'docker',
      [
        'buildx',
        'build',
        '--builder',
        builder,
        '--platform',
        PLATFORMS.join(','),
        '--build-arg',
        `GENCI_BASE_IMAGE=${RIG.base}`,
        '--push',
        '-t',
        ref,
        '--progress',
        'plain',
        ctx,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 },
    );

    for (const n of nodes) {
      expect(await platformsBuiltOn(n, since)).toEqual([n.platform]);
      expect(execPlatformsOn(n, since)).toEqual([n.platform]);
    }

    const crane = join(ENGINES_BIN, 'crane');
    const index = JSON.parse(execFileSync(crane, ['manifest', '--insecure', ref], { encoding: 'utf8' })) as {
      mediaType: string;
      manifests: { platform?: { os: string; architecture: string } }[];
    };
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const imagePlatforms = index.manifests
      .map((m) => `${m.platform?.os}/${m.platform?.architecture}`)
      .filter((p) => p !== 'unknown/unknown')
      .sort();
    expect(imagePlatforms).toEqual([...PLATFORMS]);

    const dir = mkdtempSync(join(tmpdir(), 'genci-nodes-fs-'));
    try {
      for (const p of PLATFORMS) {
        const tar = join(dir, `${p.replace('/', '-')}.tar`);
        execFileSync(crane, ['export', '--insecure', '--platform', p, ref, tar]);
        expect(execFileSync('tar', ['-xOf', tar, 'arch'], { encoding: 'utf8' }).trim()).toBe(UNAME[p]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells nodes apart: without --platform per node, buildx sends both platforms to the first node (so platformsBuiltOn is no echo)', async () => {
    const [a, b] = nodes as [BuildkitNode, BuildkitNode];
    const since = Date.now();
    execFileSync('docker', ['buildx', 'create', '--name', unrouted, '--driver', 'remote', b.addr], { stdio: 'pipe' });
    execFileSync('docker', ['buildx', 'create', '--append', '--name', unrouted, '--node', `${unrouted}-1`, a.addr], { stdio: 'pipe' });
    execFileSync(
      'docker',
      [
        'buildx',
        'build',
        '--builder',
        unrouted,
        '--platform',
        PLATFORMS.join(','),
        '--build-arg',
        `GENCI_BASE_IMAGE=${RIG.base}`,
        '--no-cache',
        '--progress',
        'plain',
        ctx,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 },
    );
    expect(await platformsBuiltOn(b, since)).toEqual([...PLATFORMS]);
    expect(await platformsBuiltOn(a, since)).toEqual([]);
  });

  it('stop() ends exactly its own buildkitd and removes its root', async () => {
    const n = await startNode('linux/amd64', { name: 'stop-check' });
    await n.stop();
    expect(() => process.kill(n.pid, 0)).toThrow();
    expect(existsSync(n.root)).toBe(false);
    for (const other of nodes) expect(() => process.kill(other.pid, 0)).not.toThrow();
  });
});
