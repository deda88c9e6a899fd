import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RegistryProxy, registryProxy } from '../../support/registry-proxy.js';
import { cli, RIG, requireRig, skopeoRaw, tempDir, uniqueRepo } from './helpers.js';

let proxy: RegistryProxy;
const cache = tempDir('genci-cache-');

beforeAll(async () => {
  await requireRig();
  proxy = await registryProxy(RIG.mirror);
  process.env.GENCI_CACHE_DIR = cache;
});
afterAll(async () => {
  await proxy?.close();
  delete process.env.GENCI_CACHE_DIR;
});

const writes = () => ['POST upload', 'PUT upload', 'PATCH upload', 'PUT manifest'].reduce((n, k) => n + (proxy.counts.get(k) ?? 0), 0);

describe('gen-ci mirror against the rig', () => {
  const repo = uniqueRepo();

  it('copies a 4-platform index byte for byte, then a second run uploads nothing', async () => {
    const dst = `${proxy.host}/${repo}:latest`;
    proxy.counts.clear();
    const first = await cli(['mirror', RIG.base, dst, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const [r] = JSON.parse(first.out).images;
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64']);
    expect(r.blobsUploaded).toBe(8);
    expect(proxy.counts.get('PUT upload')).toBe(8);
    // the copy is identical to the source, byte for byte, index and children
    const srcRaw = skopeoRaw(RIG.base);
    expect(skopeoRaw(`${RIG.mirror}/${repo}:latest`)).toBe(srcRaw);
    for (const m of JSON.parse(srcRaw).manifests)
      expect(skopeoRaw(`${RIG.mirror}/${repo}@${m.digest}`)).toBe(skopeoRaw(`${RIG.open}/base/busybox@${m.digest}`));

    proxy.counts.clear();
    const second = await cli(['mirror', RIG.base, dst, '--json']);
    expect(second.code).toBe(0);
    const up = JSON.parse(second.out);
    expect(up.ok).toBe(true);
    expect(up.images[0].upToDate).toBe(true);
    // up to date, and still says which platforms it has (from the manifest cache: no GET below)
    expect(up.images[0].platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64']);
    expect(writes()).toBe(0);
    expect(proxy.counts.get('GET blob') ?? 0).toBe(0);
    expect(proxy.counts.get('GET manifest') ?? 0).toBe(0);
  });

  it('--platforms linux/arm64 yields an index of one, and reruns upload nothing', async () => {
    const dst = `${proxy.host}/${repo}:arm64-only`;
    const run = await cli(['mirror', RIG.base, dst, '--platforms', 'linux/arm64', '--json']);
    expect(run.code).toBe(0);
    const index = JSON.parse(skopeoRaw(`${RIG.mirror}/${repo}:arm64-only`));
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0].platform).toEqual({ architecture: 'arm64', os: 'linux' });
    const src = JSON.parse(skopeoRaw(RIG.base));
    expect(index.manifests[0].digest).toBe(src.manifests.find((m: { platform: { architecture: string } }) => m.platform.architecture === 'arm64').digest);
    proxy.counts.clear();
    const again = await cli(['mirror', RIG.base, dst, '--platforms', 'aarch64', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).images[0].upToDate).toBe(true);
    expect(writes()).toBe(0);
  });

  it('mirrors several pairs from a file, mounting blobs already on the destination registry', async () => {
    const a = uniqueRepo();
    const b = uniqueRepo();
    const file = join(tempDir(), 'pairs.txt');
    writeFileSync(file, `# base images\n${RIG.base}=${RIG.mirror}/${a}:latest\n\n${RIG.baseNoRiscv} ${RIG.mirror}/${b}/\n`);
    const run = await cli(['mirror', '--file', file, '--json']);
    expect(run.err).toBe('');
    const [ra, rb] = JSON.parse(run.out).images;
    expect(ra.blobsUploaded).toBe(8);
    expect(rb.destination).toBe(`${RIG.mirror}/${b}/base/busybox-noriscv:latest`);
    // the amd64/arm64 layers are the same blobs: mounted from the first repository, not uploaded again
    expect(rb.blobsMounted + rb.blobsUploaded + rb.blobsPresent).toBe(4);
    expect(rb.blobsMounted).toBeGreaterThan(0);
    expect(skopeoRaw(`${RIG.mirror}/${b}/base/busybox-noriscv:latest`)).toBe(skopeoRaw(RIG.baseNoRiscv));
  });

  it('says which platform is missing when --platforms asks for one the source lacks', async () => {
    const run = await cli(['mirror', RIG.baseNoRiscv, `${RIG.mirror}/${uniqueRepo()}:x`, '--platforms', 'linux/riscv64']);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`gen-ci: ${RIG.baseNoRiscv} has no linux/riscv64; it has linux/amd64, linux/arm64`);
  });

  it('bad usage exits 2', async () => {
    expect((await cli(['mirror', RIG.base])).code).toBe(2);
    expect((await cli(['mirror', RIG.base, `${RIG.mirror}/x:y`, '--platforms', 'linux/sparc'])).code).toBe(2);
    expect((await cli(['mirror', 'library/UPPER', `${RIG.mirror}/x:y`])).code).toBe(2);
  });
});
