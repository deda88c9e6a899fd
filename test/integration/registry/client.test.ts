import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/registry/client.js';
import { inspectImage } from '../../../src/registry/inspect.js';
import { parseReference } from '../../../src/registry/reference.js';
import { DigestMismatchError } from '../../../src/registry/digest.js';
import { cli, RIG, requireRig, skopeoRaw, tempDir, uniqueRepo } from './helpers.js';

let client: RegistryClient;
beforeAll(async () => {
  await requireRig();
  client = new RegistryClient();
});
afterAll(() => client?.close());

const blob = (n: number) => {
  const data = randomBytes(n);
  return { data, digest: `sha256:${createHash('sha256').update(data).digest('hex')}` };
};

describe('RegistryClient against distribution', () => {
  it('uploads monolithic and chunked, skips existing blobs, mounts across repositories', async () => {
    const repo = uniqueRepo();
    const a = blob(300_000);
    expect(await client.pushBlob(RIG.mirror, repo, a.digest, a.data.length, () => Readable.from([a.data]))).toBe('uploaded');
    expect(await client.pushBlob(RIG.mirror, repo, a.digest, a.data.length, () => a.data)).toBe('exists');
    const b = blob(2_500_000);
    expect(
      await client.pushBlob(RIG.mirror, repo, b.digest, b.data.length, () => Readable.from([b.data.subarray(0, 7), b.data.subarray(7)]), {
        chunkSize: 1 << 20,
      }),
    ).toBe('uploaded');
    expect(client.count('PATCH upload')).toBe(3);
    expect(await client.headBlob(RIG.mirror, repo, b.digest)).toBe(b.data.length);
    const other = uniqueRepo();
    expect(await client.pushBlob(RIG.mirror, other, b.digest, b.data.length, () => b.data, { mountFrom: repo })).toBe('mounted');
    const back = await client.getBlob(RIG.mirror, other, b.digest, b.data.length);
    const parts: Buffer[] = [];
    for await (const p of back) parts.push(p as Buffer);
    expect(Buffer.concat(parts).equals(b.data)).toBe(true);
  });

  it('never completes an upload whose content does not match the digest', async () => {
    const repo = uniqueRepo();
    const a = blob(100_000);
    const wrong = `sha256:${'1'.repeat(64)}`;
    const { DigestVerifier } = await import('../../../src/registry/digest.js');
    // the body is opened only when bytes must move, as the copy code does
    const open = () => Readable.from([a.data]).pipe(new DigestVerifier(wrong, a.data.length));
    await expect(client.pushBlob(RIG.mirror, repo, wrong, a.data.length, open)).rejects.toThrow(DigestMismatchError);
    expect(await client.headBlob(RIG.mirror, repo, wrong)).toBeUndefined();
  });

  it('lists tags and inspects single manifests by their config', async () => {
    const repo = uniqueRepo();
    await cli(['mirror', RIG.base, `${RIG.mirror}/${repo}:a`, '--platforms', 'linux/riscv64', '--no-cache']);
    const idx = JSON.parse(skopeoRaw(`${RIG.mirror}/${repo}:a`));
    await cli(['mirror', `${RIG.mirror}/${repo}@${idx.manifests[0].digest}`, `${RIG.mirror}/${repo}:single`, '--no-cache']);
    expect((await client.listTags(RIG.mirror, repo)).sort()).toEqual(['a', 'single']);
    const info = await inspectImage(client, parseReference(`${RIG.mirror}/${repo}:single`));
    expect(info.index).toBe(false);
    expect(info.platforms.map((p) => p.platform)).toEqual(['linux/riscv64']);
  });

  it('mirrors with --chunk-size identically', async () => {
    const repo = uniqueRepo();
    const run = await cli(['mirror', RIG.base, `${RIG.mirror}/${repo}:latest`, '--chunk-size', '512K', '--json']);
    expect(run.err).toBe('');
    expect(skopeoRaw(`${RIG.mirror}/${repo}:latest`)).toBe(skopeoRaw(RIG.base));
  });

  it('inspect prints the platform table and answers HEAD-only from its cache the second time', async () => {
    process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
    try {
      const first = await cli(['inspect', RIG.base]);
      expect(first.code).toBe(0);
      expect(first.out.split('\n').slice(0, 3)).toEqual([
        RIG.base,
        'media type  application/vnd.docker.distribution.manifest.list.v2+json',
        expect.stringMatching(/^digest {6}sha256:/),
      ]);
      expect(first.out).toMatch(/linux\/arm\/v7 +sha256:[0-9a-f]{12}… +\d+/);
      const json = await cli(['inspect', RIG.base, '--json', '--platform', 'armhf']);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.out).found).toBe('linux/arm/v7');
    } finally {
      delete process.env.GENCI_CACHE_DIR;
    }
  });
});
