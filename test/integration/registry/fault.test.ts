import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/registry/client.js';
import { parseReference } from '../../../src/registry/reference.js';
import { pushRandomImage } from '../../fixtures/registry/generate.js';
import { registryProxy } from '../../support/registry-proxy.js';
import { cli, type OwnRegistry, RIG, requireRig, skopeoRaw, startRegistry, tempDir, uniqueRepo } from './helpers.js';

const MiB = 1 << 20;
let reg: OwnRegistry;
const src = `${RIG.open}/${uniqueRepo()}:fault`;

beforeAll(async () => {
  await requireRig();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
  const client = new RegistryClient();
  await pushRandomImage(client, parseReference(src), {
    platforms: [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      { os: 'linux', architecture: 'riscv64' },
    ],
    layerSizes: [3 * MiB, 2 * MiB, MiB],
  });
  client.close();
  reg = await startRegistry();
}, 120_000);
afterAll(async () => {
  await reg?.stop();
});

describe('the destination registry dies in the middle of a mirror', () => {
  it('fails with one clear line, never tags an incomplete index, and a rerun completes', async () => {
    const repo = uniqueRepo();
    const log: string[] = [];
    let uploads = 0;
    const proxy = await registryProxy(reg.host, {
      onRequest: (method, url) => {
        log.push(`${method} ${url.split('?')[0]}`);
        if (method === 'PUT' && url.includes('/blobs/uploads/') && ++uploads === 3) void reg.stop();
      },
    });
    const dst = `${proxy.host}/${repo}:latest`;
    const failed = await cli(['mirror', src, dst, '--concurrency', '2']);
    expect(failed.code).toBe(1);
    expect(failed.err).not.toContain('\n');
    expect(failed.err).toMatch(new RegExp(`^gen-ci: cannot reach registry ${proxy.host.replace(/\./g, '\\.')} \\(.*\\): connection (reset|refused)`));
    // the tag was never written
    expect(log.filter((l) => l === `PUT /v2/${repo}/manifests/latest`)).toEqual([]);

    await reg.start();
    log.length = 0;
    const rerun = await cli(['mirror', src, dst, '--json']);
    expect(rerun.err).toBe('');
    expect(rerun.code).toBe(0);
    const r = JSON.parse(rerun.out).images[0];
    expect(r.blobsPresent).toBeGreaterThan(0);
    expect(skopeoRaw(`${reg.host}/${repo}:latest`)).toBe(skopeoRaw(src));
    // children first: the tag is the last manifest written, after every platform manifest
    const puts = log.filter((l) => l.startsWith(`PUT /v2/${repo}/manifests/`));
    expect(puts.at(-1)).toBe(`PUT /v2/${repo}/manifests/latest`);
    expect(puts.slice(0, -1).every((l) => l.includes('/manifests/sha256:'))).toBe(true);
    for (const m of JSON.parse(skopeoRaw(src)).manifests) expect(skopeoRaw(`${reg.host}/${repo}@${m.digest}`)).toBeTruthy();
    await proxy.close();
  });
});
