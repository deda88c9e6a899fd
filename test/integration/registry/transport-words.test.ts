// The transport's policies against small real servers on 127.0.0.1 (each plays one registry
// behaviour over real sockets): token realms are checked before credentials leave, the OAuth2
// POST falls back to GET on 404, a 429 and a peer that is not HTTP are said in a user's words.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/registry/client.js';
import { parseReference } from '../../../src/registry/reference.js';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const c of closers.splice(0)) c();
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => server.close());
  closers.push(() => server.closeAllConnections());
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const MANIFEST = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] });

/** A registry asking for a Bearer token from `realm`, accepting only `Bearer good`. */
function tokenRegistry(realm: () => string, seen: string[]): http.RequestListener {
  return (req, res) => {
    seen.push(`registry ${req.method} ${req.url?.split('?')[0]} ${req.headers.authorization ?? '-'}`);
    if (req.headers.authorization !== 'Bearer good') {
      res.writeHead(401, { 'www-authenticate': `Bearer realm="${realm()}",service="test"` }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' }).end(MANIFEST);
  };
}

describe('token realms and the OAuth2 fallback', () => {
  it('an identity token: the OAuth2 POST answered 404 falls back to the GET token flow', async () => {
    const seen: string[] = [];
    const tokens = await serve((req, res) => {
      seen.push(`token ${req.method}`);
      if (req.method === 'POST') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'good' }));
    });
    const registry = await serve(tokenRegistry(() => `http://${tokens}/token`, seen));
    const c = new RegistryClient({ credentials: async () => ({ identityToken: 'refresh-me' }) });
    closers.push(() => c.close());
    const m = await c.getManifest(parseReference(`${registry}/a/b:1`));
    expect(m.bytes.toString()).toBe(MANIFEST);
    expect(seen.filter((l) => l.startsWith('token'))).toEqual(['token POST', 'token GET']);
  });

  it('a realm outside the registry domain is refused before any request reaches it (no credentials sent)', async () => {
    const seen: string[] = [];
    let hits = 0;
    const tokens = await serve((_req, res) => {
      hits++;
      res.writeHead(200).end(JSON.stringify({ token: 'good' }));
    });
    // the registry is reached as 127.0.0.1, the realm names a public host on the same port
    const registry = await serve(tokenRegistry(() => `https://tokens.example.net:${tokens.split(':')[1]}/token`, seen));
    const c = new RegistryClient({ credentials: async () => ({ username: 'u', password: 'secret-pw' }) });
    closers.push(() => c.close());
    const err = (await c.getManifest(parseReference(`${registry}/a/b:1`)).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(new RegExp(`^registry ${registry} refused as a token issuer: its token realm https://tokens\\.example\\.net:\\d+ is outside the registry's domain .*no credentials were sent$`));
    expect(err.message).not.toContain('secret-pw');
    expect(hits).toBe(0);
  });
});

describe('answers said in a user\'s words', () => {
  it('429 with Retry-After past the retry cap: "rate limited by HOST (HTTP 429), retry after 120 s"', async () => {
    let n = 0;
    const registry = await serve((_req, res) => {
      n++;
      res.writeHead(429, { 'retry-after': '120', 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] }));
    });
    const c = new RegistryClient({ retries: 1, maxRetryDelayMs: 20 });
    closers.push(() => c.close());
    const err = (await c.getManifest(parseReference(`${registry}/a/b:1`)).catch((e: Error) => e)) as Error;
    expect(err.message).toBe(`rate limited by ${registry} (HTTP 429), retry after 120 s (GET manifest ${registry}/a/b:1)`);
    expect(n).toBe(2);
  });

  it('a peer that is not HTTP: "HOST does not speak HTTP", not retried as a network failure', async () => {
    let connections = 0;
    const server = net.createServer((s) => {
      connections++;
      s.on('error', () => {});
      s.end('SSH-2.0-OpenSSH_9.2\r\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => server.close());
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const c = new RegistryClient({ retries: 3, retryBaseMs: 10 });
    closers.push(() => c.close());
    const err = (await c.getManifest(parseReference(`${host}/a/b:1`)).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(new RegExp(`^${host} does not speak HTTP \\(manifest ${host}/a/b:1; its answer is not an HTTP response; is this the registry's port\\?\\)$`));
    expect(connections).toBe(1);
  });
});
