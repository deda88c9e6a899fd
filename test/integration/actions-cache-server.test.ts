import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CacheProtocol, type CacheServer, sha256File, startCacheServer, watchConnections } from '../support/actions-cache-server.js';

// The real @actions/cache client (unmodified, over HTTP) against the test server: nothing here mocks the library.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'genci-actions-cache-'));
let out = '';
let restoreStdout: () => void = () => {};
const savedEnv = { ...process.env };

beforeAll(() => {
  process.env.RUNNER_TEMP = path.join(root, 'runner-temp');
  process.env.GITHUB_WORKSPACE = root;
  fs.mkdirSync(process.env.RUNNER_TEMP, { recursive: true });
});
afterAll(() => {
  process.env = savedEnv;
  fs.rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  out = '';
  // @actions/core logs (info, ::warning::, ::error::, ::debug::) go to stdout: capture them
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  restoreStdout = () => spy.mockRestore();
});
afterEach(() => restoreStdout());

let seq = 0;
/** a directory with nested files, an empty file and a symlink */
function makeTree(files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(root, `tree-${++seq}`);
  fs.mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'a.txt'), `hello ${seq}\n`);
  fs.writeFileSync(path.join(dir, 'empty'), '');
  fs.writeFileSync(path.join(dir, 'nested', 'deeper', 'random.bin'), randomBytes(200_000));
  fs.symlinkSync('a.txt', path.join(dir, 'link'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}
/** relative path -> sha256 (or symlink target) for every entry under dir */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (d: string) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      const rel = path.relative(dir, p);
      if (ent.isSymbolicLink()) result[rel] = `-> ${fs.readlinkSync(p)}`;
      else if (ent.isDirectory()) {
        result[`${rel}/`] = 'dir';
        walk(p);
      } else result[rel] = sha256File(p);
    }
  };
  walk(dir);
  return result;
}
function wipe(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  expect(fs.existsSync(dir)).toBe(false);
}

/** run fn with the server's env applied and every outbound connection watched */
async function withServer<T>(server: CacheServer, protocol: CacheProtocol, fn: () => Promise<T>): Promise<T> {
  const unapply = server.applyEnv(protocol);
  const watch = watchConnections();
  try {
    return await fn();
  } finally {
    watch.stop();
    unapply();
    // the client reached nothing but the server: no github.com, no Azure
    expect(watch.targets.length).toBeGreaterThan(0);
    for (const t of watch.targets) expect(t).toBe(`127.0.0.1:${server.port}`);
  }
}
function expectAllServed(server: CacheServer) {
  expect(server.requests.length).toBeGreaterThan(0);
  expect(server.requests.filter((r) => r.kind === 'escaped' || r.kind === 'unknown')).toEqual([]);
}
const lines = (server: CacheServer) => server.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

describe.each(['v2', 'v1'] as const)('cache service %s with the real @actions/cache client', (protocol) => {
  let server: CacheServer;
  beforeAll(async () => {
    server = await startCacheServer({ dir: path.join(root, `server-${protocol}`), protocol });
  });
  afterAll(() => server.close());

  it('saves a directory and restores it byte-identical into its emptied place', async () => {
    const dir = makeTree();
    const before = snapshot(dir);
    const key = `tree-${protocol}-1`;
    const id = await withServer(server, protocol, () => cache.saveCache([dir], key));
    expect(id).toBeGreaterThan(0);
    expect(server.entries()).toContainEqual(expect.objectContaining({ id, key, committed: true, protocol }));
    wipe(dir);
    const hit = await withServer(server, protocol, () => cache.restoreCache([dir], key));
    expect(hit).toBe(key);
    expect(snapshot(dir)).toEqual(before);
    expect(out).not.toMatch(/::(warning|error)::/);
    expectAllServed(server);
    if (protocol === 'v2') {
      expect(lines(server)).toEqual([
        'POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry 200',
        expect.stringMatching(/^PUT \/blobstore\/actions-cache\/\d+\.tzst 201$/),
        'POST /twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload 200',
        'POST /twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL 200',
        expect.stringMatching(/^GET \/blobstore\/actions-cache\/\d+\.tzst 200$/),
      ]);
    } else {
      expect(lines(server)).toEqual([
        'POST /_apis/artifactcache/caches 201',
        `PATCH /_apis/artifactcache/caches/${id} 204`,
        `POST /_apis/artifactcache/caches/${id} 204`,
        'GET /_apis/artifactcache/cache 200',
        expect.stringMatching(/^GET \/blobstore\/actions-cache\/\d+\.archive 200$/),
      ]);
    }
  });

  it('matches restore keys by prefix, newest first, after the exact key and the key as a prefix', async () => {
    const dir = path.join(root, `prefix-${protocol}`);
    const saveAs = async (key: string, content: string) => {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'which'), content);
      expect(await withServer(server, protocol, () => cache.saveCache([dir], key))).toBeGreaterThan(0);
    };
    const restore = async (key: string, restoreKeys: string[]) => {
      wipe(dir);
      const hit = await withServer(server, protocol, () => cache.restoreCache([dir], key, restoreKeys));
      return { hit, content: hit ? fs.readFileSync(path.join(dir, 'which'), 'utf8') : undefined };
    };
    await saveAs(`deps-${protocol}-linux-aaa`, 'older');
    await saveAs(`deps-${protocol}-linux-bbb`, 'newer');
    await saveAs(`deps-${protocol}-linux-bbb-extra`, 'newest');
    // exact key wins over a newer entry it is a prefix of
    expect(await restore(`deps-${protocol}-linux-bbb`, [`deps-${protocol}-`])).toEqual({ hit: `deps-${protocol}-linux-bbb`, content: 'newer' });
    // no exact match: the restore keys in order, each as a prefix, the newest entry first
    expect(await restore(`deps-${protocol}-linux-ccc`, [`deps-${protocol}-linux-a`, `deps-${protocol}-`])).toEqual({
      hit: `deps-${protocol}-linux-aaa`,
      content: 'older',
    });
    expect(await restore(`deps-${protocol}-linux-ccc`, [`deps-${protocol}-nothing`, `deps-${protocol}-linux-`])).toEqual({
      hit: `deps-${protocol}-linux-bbb-extra`,
      content: 'newest',
    });
    // the primary key itself is also matched as a prefix
    expect(await restore(`deps-${protocol}-linux-a`, [])).toEqual({ hit: `deps-${protocol}-linux-aaa`, content: 'older' });
    expect(await restore(`deps-${protocol}-windows-`, [`deps-${protocol}-mac`])).toEqual({ hit: undefined, content: undefined });
    expect(out).not.toMatch(/::(warning|error)::/);
  });

  it('misses when the version differs (other paths, same key)', async () => {
    const dir = makeTree();
    const key = `versioned-${protocol}`;
    expect(await withServer(server, protocol, () => cache.saveCache([dir], key))).toBeGreaterThan(0);
    wipe(dir);
    // the version hashes the path list as written: the same directory spelled differently is another version
    const hit = await withServer(server, protocol, () => cache.restoreCache([`${dir}/`], key, [key]));
    expect(hit).toBeUndefined();
    expect(fs.existsSync(dir)).toBe(false);
    expect(server.entries().filter((e) => e.key === key)).toHaveLength(1);
    expect(out).not.toMatch(/::(warning|error)::/);
  });

  it('keeps a committed entry immutable: a second save of the key is refused as the client expects', async () => {
    const dir = makeTree({ 'v.txt': 'first' });
    const key = `immutable-${protocol}`;
    const first = await withServer(server, protocol, () => cache.saveCache([dir], key));
    expect(first).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dir, 'v.txt'), 'second');
    const before = server.requests.length;
    const second = await withServer(server, protocol, () => cache.saveCache([dir], key));
    // saveCache does not throw: the ReserveCacheError is logged (info) and -1 returned
    expect(second).toBe(-1);
    expect(out).toContain(`Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`);
    if (protocol === 'v1') expect(out).toContain(`More details: Cache already exists. Scope: refs/heads/main, Key: ${key}, Version:`);
    else
      expect(out).toContain(
        'Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists',
      );
    // one reservation attempt, refused with 409, nothing uploaded
    expect(server.requests.slice(before).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 409']);
    expect(server.entries().filter((e) => e.key === key)).toEqual([expect.objectContaining({ id: first, committed: true })]);
    wipe(dir);
    expect(await withServer(server, protocol, () => cache.restoreCache([dir], key))).toBe(key);
    expect(fs.readFileSync(path.join(dir, 'v.txt'), 'utf8')).toBe('first');
  });
});

describe('large archives', () => {
  const big = randomBytes(50 * 1024 * 1024);

  it('v1: a ~50 MB archive is uploaded in Content-Range chunks and restored', async () => {
    const server = await startCacheServer({ protocol: 'v1' });
    try {
      const dir = makeTree({ 'big.bin': big });
      const before = snapshot(dir);
      const id = await withServer(server, 'v1', () => cache.saveCache([dir], 'big-v1'));
      expect(id).toBeGreaterThan(0);
      const patches = server.requests.filter((r) => r.method === 'PATCH');
      // 32 MiB chunks by default: 2 chunks for ~50 MB
      expect(patches.map((r) => r.headers['content-range'])).toEqual(
        expect.arrayContaining([expect.stringMatching(/^bytes 0-33554431\/\*$/), expect.stringMatching(/^bytes 33554432-\d+\/\*$/)]),
      );
      expect(patches).toHaveLength(2);
      wipe(dir);
      expect(await withServer(server, 'v1', () => cache.restoreCache([dir], 'big-v1'))).toBe('big-v1');
      expect(snapshot(dir)).toEqual(before);
      expectAllServed(server);
    } finally {
      await server.close();
    }
  });

  it.each(['v2', 'v1'] as const)(
    '%s with a *.blob.core.windows.net URL: the client downloads in ranges (served through HTTP_PROXY, never leaving 127.0.0.1)',
    async (protocol) => {
      const server = await startCacheServer({ protocol, azureHost: true });
      try {
        const dir = makeTree({ 'big.bin': big });
        const before = snapshot(dir);
        expect(await withServer(server, protocol, () => cache.saveCache([dir], `big-azure-${protocol}`))).toBeGreaterThan(0);
        wipe(dir);
        expect(await withServer(server, protocol, () => cache.restoreCache([dir], `big-azure-${protocol}`))).toBe(`big-azure-${protocol}`);
        expect(snapshot(dir)).toEqual(before);
        expectAllServed(server);
        const size = server.entries()[0]?.size ?? 0;
        expect(size).toBeGreaterThan(50 * 1024 * 1024);
        const blobReads = server.requests.filter((r) => r.kind === 'blob' && (r.method === 'GET' || r.method === 'HEAD'));
        expect(blobReads.every((r) => r.host === 'gencicache.blob.core.windows.net')).toBe(true);
        expect(blobReads[0]?.method).toBe('HEAD');
        const ranges = blobReads.filter((r) => r.method === 'GET').map((r) => (r.headers['x-ms-range'] ?? r.headers.range) as string);
        // 4 MiB segments covering the whole archive, each answered 206
        expect(ranges.length).toBe(Math.ceil(size / (4 * 1024 * 1024)));
        expect(ranges).toContain(`bytes=0-${4 * 1024 * 1024 - 1}`);
        expect(blobReads.filter((r) => r.method === 'GET').every((r) => r.status === 206)).toBe(true);
        if (protocol === 'v2') {
          // the Azure SDK sends x-ms-range through the HTTP proxy (absolute-form requests)
          expect(blobReads.map((r) => r.via)).toEqual(blobReads.map(() => 'proxy'));
          expect(blobReads.filter((r) => r.method === 'GET').every((r) => typeof r.headers['x-ms-range'] === 'string')).toBe(true);
        } else {
          // @actions/http-client tunnels through the proxy with CONNECT, and sends Range
          expect(server.requests.some((r) => r.method === 'CONNECT' && r.path === 'gencicache.blob.core.windows.net:80')).toBe(true);
          expect(blobReads.map((r) => r.via)).toEqual(blobReads.map(() => 'tunnel'));
          expect(blobReads.filter((r) => r.method === 'GET').every((r) => typeof r.headers.range === 'string')).toBe(true);
        }
      } finally {
        await server.close();
      }
    },
  );

  it('v2: an archive over the client’s 128 MiB single-shot limit is uploaded with Put Block + Put Block List', async () => {
    const server = await startCacheServer({ protocol: 'v2' });
    try {
      const dir = makeTree({ 'big.bin': big, 'big2.bin': randomBytes(50 * 1024 * 1024), 'big3.bin': randomBytes(30 * 1024 * 1024) });
      const before = snapshot(dir);
      expect(await withServer(server, 'v2', () => cache.saveCache([dir], 'huge-v2'))).toBeGreaterThan(0);
      const puts = server.requests.filter((r) => r.method === 'PUT').map((r) => new URL(r.url, 'http://x').searchParams.get('comp'));
      // 64 MiB blocks: 3 blocks, then the list
      expect(puts).toEqual(['block', 'block', 'block', 'blocklist']);
      wipe(dir);
      expect(await withServer(server, 'v2', () => cache.restoreCache([dir], 'huge-v2'))).toBe('huge-v2');
      expect(snapshot(dir)).toEqual(before);
      expectAllServed(server);
    } finally {
      await server.close();
    }
  });
});

describe('injected server errors', () => {
  it('v2: a 503 from CreateCacheEntry is retried by the Twirp client and the save succeeds', async () => {
    const server = await startCacheServer({ protocol: 'v2' });
    try {
      server.failNext(1, 503, 'CreateCacheEntry');
      const dir = makeTree();
      const id = await withServer(server, 'v2', () => cache.saveCache([dir], 'retried'));
      expect(id).toBeGreaterThan(0);
      expect(out).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(503\) Service Unavailable: injected failure\. Retrying request in \d+ ms/);
      expect(lines(server).slice(0, 2)).toEqual([
        'POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry 503',
        'POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry 200',
      ]);
      expect(server.requests[0]?.injected).toBe(true);
      expect(server.entries()).toEqual([expect.objectContaining({ key: 'retried', committed: true })]);
    } finally {
      await server.close();
    }
  });

  it('v2 on a blob host: a 503 on the upload and on a range download are retried by the Azure SDK', async () => {
    const server = await startCacheServer({ protocol: 'v2', azureHost: true });
    try {
      const dir = makeTree({ 'mid.bin': randomBytes(9 * 1024 * 1024) });
      const before = snapshot(dir);
      server.failNext(1, 503, /^PUT \/actions-cache\//);
      expect(await withServer(server, 'v2', () => cache.saveCache([dir], 'blob-retry'))).toBeGreaterThan(0);
      wipe(dir);
      server.failNext(1, 503, /^GET \/actions-cache\//);
      const gets = () => server.requests.filter((r) => r.method === 'GET' && r.kind === 'blob');
      const getsBefore = gets().length;
      expect(await withServer(server, 'v2', () => cache.restoreCache([dir], 'blob-retry'))).toBe('blob-retry');
      expect(snapshot(dir)).toEqual(before);
      expect(server.requests.filter((r) => r.injected).map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 503', 'GET 503']);
      const ranges = gets()
        .slice(getsBefore)
        .map((r) => `${r.headers['x-ms-range']} ${r.status}`);
      // the failed segment is fetched again; the archive is 3 segments
      expect(ranges).toHaveLength(4);
      expect(ranges.filter((r) => r.endsWith(' 503'))).toHaveLength(1);
      const failed = ranges.find((r) => r.endsWith(' 503'))?.split(' ')[0];
      expect(ranges).toContain(`${failed} 206`);
      expect(out).not.toMatch(/::(warning|error)::/);
    } finally {
      await server.close();
    }
  });

  it('v1: a lookup that keeps failing with 503 is retried once, then reported as a warning and a miss', async () => {
    const server = await startCacheServer({ protocol: 'v1' });
    try {
      const dir = makeTree();
      expect(await withServer(server, 'v1', () => cache.saveCache([dir], 'unlucky'))).toBeGreaterThan(0);
      wipe(dir);
      server.failNext(2, 503, /^GET \/_apis\/artifactcache\/cache\?/);
      const hit = await withServer(server, 'v1', () => cache.restoreCache([dir], 'unlucky'));
      expect(hit).toBeUndefined();
      expect(out).toContain('::warning::Failed to restore: getCacheEntry failed: Cache service responded with 503');
      expect(server.requests.filter((r) => r.injected).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'GET /_apis/artifactcache/cache 503',
        'GET /_apis/artifactcache/cache 503',
      ]);
      // the failure is spent: the next restore hits
      expect(await withServer(server, 'v1', () => cache.restoreCache([dir], 'unlucky'))).toBe('unlucky');
    } finally {
      await server.close();
    }
  });
});

describe('a child process (how the action runs)', () => {
  it.each(['v2', 'v1'] as const)('%s: `env` spread over the parent env is all the client needs', async (protocol) => {
    const server = await startCacheServer({ protocol });
    try {
      const dir = makeTree();
      const before = snapshot(dir);
      const script = `import * as cache from '@actions/cache';
const [op, dir, key] = process.argv.slice(1);
const r = op === 'save' ? await cache.saveCache([dir], key) : await cache.restoreCache([dir], key);
console.log('RESULT=' + r);`;
      const run = (op: string) =>
        new Promise<string>((resolve, reject) => {
          // a parent env that points at the real service (as on a GitHub runner) must be overridden
          const parent = { ...process.env, ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/' };
          const child = spawn(process.execPath, ['--input-type=module', '-e', script, op, dir, `child-${protocol}`], {
            cwd: path.resolve(import.meta.dirname, '../..'),
            env: { ...parent, ...server.env },
          });
          let text = '';
          child.stdout.on('data', (d: Buffer) => (text += d.toString()));
          child.stderr.on('data', (d: Buffer) => (text += d.toString()));
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}: ${text}`))));
        });
      expect(await run('save')).toMatch(/RESULT=[1-9]\d*/);
      wipe(dir);
      expect(await run('restore')).toContain(`RESULT=child-${protocol}`);
      expect(snapshot(dir)).toEqual(before);
      expectAllServed(server);
      expect(server.requests.every((r) => (protocol === 'v2' ? r.kind !== 'v1' : r.kind !== 'twirp'))).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('the server on its own', () => {
  it('keeps entries in its dir across restarts', async () => {
    const dir = path.join(root, 'persist');
    const a = await startCacheServer({ dir });
    const tree = makeTree();
    expect(await withServer(a, 'v2', () => cache.saveCache([tree], 'persisted'))).toBeGreaterThan(0);
    await a.close();
    const b = await startCacheServer({ dir });
    try {
      wipe(tree);
      expect(await withServer(b, 'v2', () => cache.restoreCache([tree], 'persisted'))).toBe('persisted');
    } finally {
      await b.close();
    }
  });

  it('refuses unsigned or tampered blob URLs and requests without a token', async () => {
    const server = await startCacheServer();
    try {
      const tree = makeTree();
      expect(await withServer(server, 'v2', () => cache.saveCache([tree], 'signed'))).toBeGreaterThan(0);
      const blobUrl = new URL(server.requests.find((r) => r.method === 'PUT')?.url ?? '', server.url);
      expect((await fetch(blobUrl)).status).toBe(403); // upload-only signature (sp=cw) cannot read
      blobUrl.searchParams.set('sp', 'r');
      expect((await fetch(blobUrl)).status).toBe(403); // signature no longer matches
      blobUrl.search = '';
      expect((await fetch(blobUrl)).status).toBe(403);
      const twirp = await fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'signed', version: 'x' }),
      });
      expect(twirp.status).toBe(401);
      expect(await twirp.json()).toEqual({ code: 'unauthenticated', msg: 'missing bearer token' });
    } finally {
      await server.close();
    }
  });
});
