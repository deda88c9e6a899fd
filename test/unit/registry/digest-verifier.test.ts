import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DigestMismatchError, DigestVerifier } from '../../../src/registry/digest.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function drain(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe('DigestVerifier', () => {
  const data = Buffer.from('hello, registry '.repeat(1000));

  it('passes matching content through unchanged', async () => {
    const v = Readable.from([data.subarray(0, 100), data.subarray(100, 5000), data.subarray(5000)]).pipe(new DigestVerifier(sha(data), data.length));
    expect(await drain(v)).toEqual(data);
  });

  it('fails on a wrong digest and never releases the last chunk', async () => {
    const src = new PassThrough();
    const v = new DigestVerifier(sha(Buffer.from('other')), undefined, 'blob x');
    const seen: Buffer[] = [];
    v.on('data', (c: Buffer) => seen.push(c));
    const done = new Promise((_, reject) => v.on('error', reject));
    src.pipe(v);
    src.write(data.subarray(0, 10));
    src.write(data.subarray(10, 20));
    src.end(data.subarray(20));
    await expect(done).rejects.toThrow(DigestMismatchError);
    // the consumer saw at most all but the final chunk: an upload of it can never complete
    expect(Buffer.concat(seen).length).toBe(20);
  });

  it('fails on a size mismatch', async () => {
    await expect(drain(Readable.from([data]).pipe(new DigestVerifier(sha(data), data.length - 1)))).rejects.toThrow(/larger than/);
    await expect(drain(Readable.from([data]).pipe(new DigestVerifier(sha(data), data.length + 1)))).rejects.toThrow(/expected/);
  });

  it('rejects unknown algorithms', () => {
    expect(() => new DigestVerifier(`md5:${'0'.repeat(32)}`)).toThrow(/unsupported digest algorithm/);
  });
});
