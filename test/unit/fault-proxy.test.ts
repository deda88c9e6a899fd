import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFault, type FaultRule, requestKind, ruleMatches, startFaultProxy } from '../support/fault-proxy.js';

// an upstream that answers every GET with a fixed 1000-byte body (no registry needed)
const BODY = Buffer.alloc(1000, 'a');
let upstream: http.Server;
let up = '';

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    req.resume();
    if (req.url?.startsWith('/v2/x/blobs/uploads/')) {
      res.writeHead(202, { location: `http://${up}/v2/x/blobs/uploads/abc`, 'content-length': '0' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(BODY.length) });
    res.end(req.method === 'HEAD' ? undefined : BODY);
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  up = `127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

/** GET through the proxy with a fresh connection: status and body, or the error code. */
function get(
  host: string,
  path: string,
  method = 'GET',
  timeoutMs = 1500,
): Promise<{ status?: number; body?: Buffer; error?: string; headers?: http.IncomingHttpHeaders }> {
  return new Promise((resolve) => {
    const req = http.request(`http://${host}${path}`, { method, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks), headers: res.headers }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ status: res.statusCode, error: e.code ?? e.message, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

describe('fault proxy: rules', () => {
  it('classifies request paths', () => {
    expect(['/v2/', '/v2/a/b/manifests/1', '/v2/a/blobs/sha256:0', '/v2/a/blobs/uploads/', '/v2/a/tags/list', '/token', '/x'].map(requestKind)).toEqual([
      'ping',
      'manifest',
      'blob',
      'upload',
      'tags',
      'token',
      'other',
    ]);
  });

  it('body faults default to GET, the others to every method; token requests only when named', () => {
    expect(ruleMatches({ fault: { type: 'flip' } }, 'GET', 'blob')).toBe(true);
    expect(ruleMatches({ fault: { type: 'flip' } }, 'HEAD', 'blob')).toBe(false);
    expect(ruleMatches({ fault: { type: 'silent' } }, 'PUT', 'upload')).toBe(true);
    expect(ruleMatches({ fault: { type: 'silent' } }, 'GET', 'token')).toBe(false);
    expect(ruleMatches({ fault: { type: 'silent' }, kinds: ['token'] }, 'GET', 'token')).toBe(true);
    expect(ruleMatches({ fault: { type: 'status', status: 503 }, kinds: ['manifest'], methods: ['PUT'] }, 'GET', 'manifest')).toBe(false);
  });

  it('describes itself for the table', () => {
    const rules: FaultRule[] = [
      { fault: { type: 'status', status: 503 }, first: 2, kinds: ['manifest'] },
      { fault: { type: 'silent' } },
      { fault: { type: 'wrong-length', delta: 16 } },
      { fault: { type: 'flip' }, first: 1 },
    ];
    expect(rules.map(describeFault)).toEqual(['HTTP 503 ×2 (manifest)', 'never answers', 'Content-Length +16, then holds', 'flips a body byte, first 1']);
  });
});

describe('fault proxy: what the client sees', () => {
  it('no fault: forwards, and rewrites upload locations to itself', async () => {
    const p = await startFaultProxy(up);
    try {
      const r = await get(p.host, '/v2/x/blobs/sha256:1');
      expect(r.status).toBe(200);
      expect(r.body?.equals(BODY)).toBe(true);
      const u = await get(p.host, '/v2/x/blobs/uploads/', 'POST');
      expect(u.headers?.location).toBe(`http://${p.host}/v2/x/blobs/uploads/abc`);
      expect(p.counts.get('GET blob')).toBe(1);
      expect(p.injected()).toBe(0);
    } finally {
      await p.close();
    }
  });

  it('a 503 burst: the first N matching requests, then forwarding', async () => {
    const p = await startFaultProxy(up, { fault: { fault: { type: 'status', status: 503, retryAfter: 2 }, first: 2, kinds: ['manifest'] } });
    try {
      const rs = [];
      for (let i = 0; i < 3; i++) rs.push(await get(p.host, '/v2/x/manifests/1'));
      expect(rs.map((r) => r.status)).toEqual([503, 503, 200]);
      expect(rs[0]?.headers?.['retry-after']).toBe('2');
      expect((await get(p.host, '/v2/x/blobs/sha256:1')).status).toBe(200);
      expect(p.injected()).toBe(2);
    } finally {
      await p.close();
    }
  });

  it('truncate, reset, flip, wrong length, garbage, silent', async () => {
    const cases: [FaultRule, (r: Awaited<ReturnType<typeof get>>) => void][] = [
      [{ fault: { type: 'truncate' } }, (r) => expect(r.error).toBe('ECONNRESET')],
      [{ fault: { type: 'reset' } }, (r) => expect(r.error).toBe('ECONNRESET')],
      [
        { fault: { type: 'flip' } },
        (r) => {
          expect(r.body?.length).toBe(BODY.length);
          expect(r.body?.equals(BODY)).toBe(false);
        },
      ],
      [{ fault: { type: 'wrong-length', delta: 16 } }, (r) => expect(r.error).toBe('TIMEOUT')],
      [{ fault: { type: 'garbage' } }, (r) => expect(r.error).toMatch(/^HPE_/)],
      [{ fault: { type: 'silent' } }, (r) => expect(r.error).toBe('TIMEOUT')],
    ];
    await Promise.all(
      cases.map(async ([rule, check]) => {
        const p = await startFaultProxy(up, { fault: rule });
        try {
          check(await get(p.host, '/v2/x/blobs/sha256:1', 'GET', 600));
          // HEAD is not touched by a body fault
          if (rule.fault.type !== 'garbage' && rule.fault.type !== 'silent') expect((await get(p.host, '/v2/x/blobs/sha256:1', 'HEAD')).status).toBe(200);
        } finally {
          await p.close();
        }
      }),
    );
  });

  it('auth loop: 401 with a Bearer challenge at its own /token, which issues tokens it then refuses', async () => {
    const p = await startFaultProxy(up, { fault: { fault: { type: 'auth-loop' } } });
    try {
      const r = await get(p.host, '/v2/x/manifests/1');
      expect(r.status).toBe(401);
      expect(r.headers?.['www-authenticate']).toBe(`Bearer realm="http://${p.host}/token",service="fault-proxy",scope="repository:x:pull,push"`);
      const t = await get(p.host, '/token?service=fault-proxy');
      expect(JSON.parse(t.body?.toString() ?? '{}').token).toMatch(/^[a-f0-9]{24}$/);
      expect(p.tokenRequests).toHaveLength(1);
    } finally {
      await p.close();
    }
  });
});
