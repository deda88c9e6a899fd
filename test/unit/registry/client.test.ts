import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { MT } from '../../../src/registry/manifest.js';
import { parseReference } from '../../../src/registry/reference.js';

// small real HTTP servers on 127.0.0.1 that behave like registries in the ways that matter here
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const servers: http.Server[] = [];
async function serve(handler: Handler): Promise<string> {
  const s = http.createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `127.0.0.1:${(s.address() as AddressInfo).port}`;
}
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.ociIndex, manifests: [] }));
const indexDigest = `sha256:${createHash('sha256').update(index).digest('hex')}`;
const fast = { retryBaseMs: 10 };

describe('RegistryClient transport', () => {
  it('retries 429 honouring Retry-After, and 503', async () => {
    const seen: number[] = [];
    let n = 0;
    const host = await serve((req, res) => {
      if (req.url === '/v2/') return res.writeHead(200).end();
      seen.push(Date.now());
      n++;
      if (n === 1) return res.writeHead(429, { 'retry-after': '1' }).end();
      if (n === 2) return res.writeHead(503).end();
      res.writeHead(200, { 'content-type': MT.ociIndex, 'docker-content-digest': indexDigest }).end(index);
    });
    const c = new RegistryClient(fast);
    const m = await c.getManifest(parseReference(`${host}/a/b:t`));
    expect(m.digest).toBe(indexDigest);
    expect(n).toBe(3);
    expect((seen[1] as number) - (seen[0] as number)).toBeGreaterThanOrEqual(950);
    c.close();
  });

  it('caps Retry-After at maxRetryDelayMs and gives up after the retries with a one-line error', async () => {
    let n = 0;
    const host = await serve((req, res) => {
      if (req.url === '/v2/') return res.writeHead(200).end();
      n++;
      res.writeHead(503, { 'retry-after': '3600' }).end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'try later' }] }));
    });
    const c = new RegistryClient({ retries: 2, maxRetryDelayMs: 20 });
    await expect(c.getManifest(parseReference(`${host}/a/b:t`))).rejects.toThrow(`registry ${host}: GET manifest ${host}/a/b:t: UNAVAILABLE: try later`);
    expect(n).toBe(3);
    c.close();
  });

  it('follows a blob redirect to another host without the Authorization header', async () => {
    const blob = Buffer.from('layer bytes');
    const digest = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
    const storageSaw: (string | undefined)[] = [];
    const storage = await serve((req, res) => {
      storageSaw.push(req.headers.authorization);
      res.writeHead(200).end(blob);
    });
    const registrySaw: (string | undefined)[] = [];
    const host = await serve((req, res) => {
      registrySaw.push(req.headers.authorization);
      if (!req.headers.authorization) return res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }).end();
      if (req.url === '/v2/') return res.writeHead(200).end();
      res.writeHead(307, { location: `http://${storage}/bucket/obj?sig=1` }).end();
    });
    const c = new RegistryClient({ ...fast, credentials: async () => ({ username: 'u', password: 'p' }) });
    const s = await c.getBlob(host, 'a/b', digest, blob.length);
    const parts: Buffer[] = [];
    for await (const x of s) parts.push(x as Buffer);
    expect(Buffer.concat(parts)).toEqual(blob);
    expect(registrySaw.at(-1)).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    expect(storageSaw).toEqual([undefined]);
    c.close();
  });

  it('falls back to GET when HEAD of a tag answers 500 (distribution 2.8 with attestation indexes)', async () => {
    const calls: string[] = [];
    const host = await serve((req, res) => {
      if (req.url === '/v2/') return res.writeHead(200).end();
      calls.push(req.method as string);
      if (req.method === 'HEAD') return res.writeHead(500).end();
      res.writeHead(200, { 'content-type': MT.ociIndex }).end(index);
    });
    const c = new RegistryClient(fast);
    expect(await c.headManifest(parseReference(`${host}/a/b:t`))).toEqual({ digest: indexDigest, mediaType: MT.ociIndex, size: index.length });
    expect(calls).toEqual(['HEAD', 'GET']);
    c.close();
  });

  it('rejects a manifest whose bytes do not match the digest asked for', async () => {
    const host = await serve((req, res) => {
      if (req.url === '/v2/') return res.writeHead(200).end();
      res.writeHead(200, { 'content-type': MT.ociIndex }).end(index);
    });
    const c = new RegistryClient(fast);
    await expect(c.getManifest(parseReference(`${host}/a/b@sha256:${'0'.repeat(64)}`))).rejects.toThrow(/does not match its digest/);
    c.close();
  });

  it('requests one token per scope set and reuses it', async () => {
    const tokenCalls: string[] = [];
    const token = await serve((req, res) => {
      tokenCalls.push(new URL(req.url as string, 'http://x').searchParams.getAll('scope').join(' '));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'abc', expires_in: 300 }));
    });
    const host = await serve((req, res) => {
      if (req.headers.authorization !== 'Bearer abc')
        return res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${token}/token",service="svc"` }).end();
      res.writeHead(200, { 'content-type': MT.ociIndex, 'docker-content-digest': indexDigest }).end(req.method === 'HEAD' ? undefined : index);
    });
    const c = new RegistryClient(fast);
    const ref = parseReference(`${host}/a/b:t`);
    await Promise.all([c.getManifest(ref), c.getManifest(ref), c.headManifest(ref)]);
    expect(tokenCalls).toEqual(['repository:a/b:pull']);
    c.close();
  });

  it('an unreachable registry is one line after the retries', async () => {
    const host = await serve(() => {});
    servers[0]?.close();
    servers[0]?.closeAllConnections();
    await new Promise((r) => setTimeout(r, 20));
    const c = new RegistryClient({ retries: 1, retryBaseMs: 5 });
    const err = await c.getManifest(parseReference(`${host}/a/b:t`)).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe(`cannot reach registry ${host} (manifest ${host}/a/b:t): connection refused after 2 attempts`);
    c.close();
  });
});
