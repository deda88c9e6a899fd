import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * A test-support implementation of the GitHub Actions cache service, good enough for the real,
 * unmodified @actions/cache client (saveCache / restoreCache over HTTP) to run against it on
 * 127.0.0.1:
 *
 * - cache service v2 (what github.com runners use: ACTIONS_CACHE_SERVICE_V2 + ACTIONS_RESULTS_URL):
 *   the Twirp JSON service `github.actions.results.api.v1.CacheService` (CreateCacheEntry,
 *   FinalizeCacheEntryUpload, GetCacheEntryDownloadURL), handing out signed URLs to
 * - a blob store speaking the parts of the Azure Blob REST API that @azure/storage-blob's
 *   BlockBlobClient sends: Put Blob, Put Block, Put Block List, Get Blob (Range / x-ms-range)
 *   and Get Blob Properties (HEAD);
 * - cache service v1 (GHES, and the client's fallback without ACTIONS_CACHE_SERVICE_V2):
 *   `_apis/artifactcache` (GET cache?keys=&version=, GET caches?key=, POST caches, PATCH
 *   caches/:id with Content-Range, POST caches/:id), downloads via `archiveLocation`.
 *
 * Matching follows GitHub: the primary key exactly, then as a prefix, then each restore key in
 * order as a prefix, the most recent entry first; the version must match; a committed (or
 * reserved) key+version cannot be created again (v2: Twirp `already_exists` 409, v1: 409
 * "Cache already exists."), which the client reports as a ReserveCacheError.
 *
 * The client only uses the Azure SDK / ranged downloads when the URL's host ends in
 * `.blob.core.windows.net`; with `azureHost` the signed URLs use such a host and `env` points
 * HTTP_PROXY at this server, which answers for that host itself (absolute-form requests and
 * CONNECT tunnels) and refuses to forward anything else. No request ever leaves 127.0.0.1.
 */

export type CacheProtocol = 'v1' | 'v2';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  /** bytes: the size reserved (v1) or finalized (v2); 0 until known */
  size: number;
  createdAt: string;
  /** visible to restores only once committed/finalized */
  committed: boolean;
  committedAt?: string;
  protocol: CacheProtocol;
  /** the archive on disk (exists once uploaded) */
  file: string;
}

export interface CacheRequest {
  method: string;
  /** path without the query string */
  path: string;
  /** path with the query string */
  url: string;
  /** the Host the client addressed (127.0.0.1:PORT, or the fake blob host) */
  host: string;
  /** 'direct': to 127.0.0.1; 'proxy': absolute-form through HTTP_PROXY; 'tunnel': inside a CONNECT */
  via: 'direct' | 'proxy' | 'tunnel';
  kind: 'twirp' | 'v1' | 'blob' | 'escaped' | 'unknown';
  status: number;
  /** the status came from failNext */
  injected: boolean;
  headers: http.IncomingHttpHeaders;
}

export interface StartCacheServerOptions {
  /** where archives and the entry index live; reuse it to keep entries across servers (default: a new temp dir) */
  dir?: string;
  /** which service `env` selects (default 'v2'); both are always served */
  protocol?: CacheProtocol;
  /** hand out signed URLs on a `*.blob.core.windows.net` host (true: gencicache.blob.core.windows.net) served through HTTP_PROXY */
  azureHost?: boolean | string;
  /** the scope reported for entries (default refs/heads/main) */
  scope?: string;
}

export interface CacheServer {
  /** http://127.0.0.1:PORT/ (with the trailing slash the client needs) */
  url: string;
  port: number;
  dir: string;
  /** signed URLs start with this */
  blobBase: string;
  /**
   * The variables a runner sets for the chosen protocol. An `undefined` value means the variable must
   * be unset (ACTIONS_CACHE_SERVICE_V2 selects v2 whatever its value): spread it into a child's env,
   * or use applyEnv() in-process.
   */
  env: Record<string, string | undefined>;
  /** env for the other protocol, or a chosen one */
  envFor(protocol: CacheProtocol): Record<string, string | undefined>;
  /** set `env` (or envFor(protocol)) on process.env; returns a function restoring the previous values */
  applyEnv(protocol?: CacheProtocol): () => void;
  entries(): CacheEntry[];
  /** every request served, in order of completion */
  requests: CacheRequest[];
  /**
   * Answer the next `n` requests (only those whose "METHOD path?query" matches `match`, if given)
   * with `status` instead of serving them.
   */
  failNext(n: number, status?: number, match?: RegExp | string): void;
  close(): Promise<void>;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const V1_PREFIX = '/_apis/artifactcache/';
const BLOB_ACCOUNT = 'blobstore';
const BLOB_CONTAINER = 'actions-cache';
const AZURE_API_VERSION = '2025-11-05';
const TEN_GIB = 10 * 1024 ** 3;

interface Failure {
  remaining: number;
  status: number;
  match?: RegExp | string;
}

interface PendingV1 {
  ranges: Array<[number, number]>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A JWT-shaped token like the runner's ACTIONS_RUNTIME_TOKEN (the cache client only checks it is set; other toolkit clients read `scp`). */
export function fakeRuntimeToken(): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return [
    b64({ typ: 'JWT', alg: 'RS256' }),
    b64({
      scp: 'Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:1:1',
      iat: now,
      nbf: now,
      exp: now + 6 * 3600,
      iss: 'gen-ci-test',
      aud: 'vso',
    }),
    randomBytes(32).toString('base64url'),
  ].join('.');
}

export async function startCacheServer(options: StartCacheServerOptions = {}): Promise<CacheServer> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'actions-cache-'));
  const blobDir = path.join(dir, 'blobs');
  const blockDir = path.join(dir, 'blocks');
  fs.mkdirSync(blobDir, { recursive: true });
  fs.mkdirSync(blockDir, { recursive: true });
  const indexFile = path.join(dir, 'index.json');
  const scope = options.scope ?? 'refs/heads/main';
  const azureHost = options.azureHost === true ? 'gencicache.blob.core.windows.net' : options.azureHost || undefined;
  if (azureHost && !azureHost.endsWith('.blob.core.windows.net')) throw new Error(`azureHost must end in .blob.core.windows.net: ${azureHost}`);
  const secret = randomBytes(32);
  const token = fakeRuntimeToken();

  let entries: CacheEntry[] = [];
  if (fs.existsSync(indexFile)) entries = (JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { entries: CacheEntry[] }).entries;
  let nextId = entries.reduce((m, e) => Math.max(m, e.id), 0) + 1;
  const pendingV1 = new Map<number, PendingV1>();
  const save = () => fs.writeFileSync(indexFile, JSON.stringify({ entries }, null, 2));
  const requests: CacheRequest[] = [];
  const failures: Failure[] = [];

  // ---- key matching --------------------------------------------------------------------------
  const newestFirst = (a: CacheEntry, b: CacheEntry) => (b.committedAt ?? '').localeCompare(a.committedAt ?? '') || b.id - a.id;
  function match(keys: string[], version: string): CacheEntry | undefined {
    const visible = entries.filter((e) => e.committed && e.version === version).sort(newestFirst);
    const [primary, ...restore] = keys;
    if (primary === undefined) return undefined;
    const exact = visible.find((e) => e.key === primary);
    if (exact) return exact;
    for (const k of [primary, ...restore]) {
      const hit = visible.find((e) => e.key.startsWith(k));
      if (hit) return hit;
    }
    return undefined;
  }
  function reserve(key: string, version: string, protocol: CacheProtocol, size: number): CacheEntry {
    if (entries.some((e) => e.key === key && e.version === version))
      throw new HttpError(409, 'already_exists', `Cache already exists. Scope: ${scope}, Key: ${key}, Version: ${version}`);
    const id = nextId++;
    const entry: CacheEntry = {
      id,
      key,
      version,
      scope,
      size,
      createdAt: new Date().toISOString(),
      committed: false,
      protocol,
      file: path.join(blobDir, String(id)),
    };
    entries.push(entry);
    save();
    return entry;
  }
  function commit(entry: CacheEntry, size: number) {
    entry.size = size;
    entry.committed = true;
    entry.committedAt = new Date().toISOString();
    save();
  }

  // ---- signed blob URLs ----------------------------------------------------------------------
  const port = () => (httpServer.address() as AddressInfo).port;
  const blobBase = () => (azureHost ? `http://${azureHost}/${BLOB_CONTAINER}/` : `http://127.0.0.1:${port()}/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/`);
  const sign = (perm: string, name: string, se: string) => createHmac('sha256', secret).update(`${perm}\n${name}\n${se}`).digest('base64');
  function signedUrl(entry: CacheEntry, perm: 'r' | 'cw'): string {
    const name = `${entry.id}.${entry.protocol === 'v2' ? 'tzst' : 'archive'}`;
    const se = new Date(Date.now() + 6 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const q = new URLSearchParams({ sv: AZURE_API_VERSION, sr: 'b', sp: perm, se, sig: sign(perm, name, se) });
    return `${blobBase()}${name}?${q}`;
  }

  // ---- responses -----------------------------------------------------------------------------
  const json = (res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const twirpStatus: Record<string, number> = {
    invalid_argument: 400,
    malformed: 400,
    unauthenticated: 401,
    permission_denied: 403,
    not_found: 404,
    bad_route: 404,
    already_exists: 409,
    failed_precondition: 412,
    internal: 500,
    unknown: 500,
    unavailable: 503,
  };
  const twirpError = (res: http.ServerResponse, code: string, msg: string, status = twirpStatus[code] ?? 500) => json(res, status, { code, msg });
  const v1Error = (res: http.ServerResponse, status: number, message: string, typeKey = 'ArtifactCacheException') =>
    json(res, status, {
      $id: '1',
      innerException: null,
      message,
      typeName: `Microsoft.Azure.DevOps.PipelineCache.WebApi.${typeKey}, Microsoft.Azure.DevOps.PipelineCache.WebApi`,
      typeKey,
      errorCode: 0,
      eventId: 3000,
    });
  const azureCodes: Record<number, string> = {
    400: 'InvalidInput',
    403: 'AuthenticationFailed',
    404: 'BlobNotFound',
    409: 'Conflict',
    416: 'InvalidRange',
    500: 'InternalError',
    503: 'ServerBusy',
  };
  const blobError = (res: http.ServerResponse, status: number, code = azureCodes[status] ?? 'InternalError', message = code) => {
    const requestId = randomBytes(16).toString('hex');
    const body = `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
    res.writeHead(status, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
      'x-ms-error-code': code,
      'x-ms-request-id': requestId,
      'x-ms-version': AZURE_API_VERSION,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
  const readBody = (req: http.IncomingMessage) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown>> => {
    const body = await readBody(req);
    if (body.length === 0) return {};
    try {
      const v: unknown = JSON.parse(body.toString('utf8'));
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {}
    throw new HttpError(400, 'malformed', 'the request body is not a JSON object');
  };
  const authorized = (req: http.IncomingMessage) => /^Bearer \S+/.test(req.headers.authorization ?? '');

  // ---- Twirp: cache service v2 --------------------------------------------------------------
  async function twirp(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    if (req.method !== 'POST') return twirpError(res, 'bad_route', `unsupported method ${req.method} (only POST is allowed)`);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return twirpError(res, 'bad_route', `unexpected Content-Type: ${req.headers['content-type'] ?? ''} (this server speaks JSON only)`);
    if (!authorized(req)) return twirpError(res, 'unauthenticated', 'missing bearer token');
    const body = await readJson(req);
    const str = (k: string, alt?: string) => {
      const v = body[k] ?? (alt ? body[alt] : undefined);
      return typeof v === 'string' ? v : '';
    };
    const key = str('key');
    const version = str('version');
    if (!key) return twirpError(res, 'invalid_argument', 'key is required');
    if (!version) return twirpError(res, 'invalid_argument', 'version is required');
    switch (method) {
      case 'CreateCacheEntry': {
        if (entries.some((e) => e.key === key && e.version === version))
          return twirpError(res, 'already_exists', 'cache entry with the same key, version, and scope already exists');
        const entry = reserve(key, version, 'v2', 0);
        return json(res, 200, { ok: true, signed_upload_url: signedUrl(entry, 'cw') });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => e.key === key && e.version === version && !e.committed);
        if (!entry) return twirpError(res, 'not_found', 'cache entry not found');
        const sizeBytes = Number(body.size_bytes ?? body.sizeBytes ?? 0);
        const actual = fs.existsSync(entry.file) ? fs.statSync(entry.file).size : -1;
        if (actual < 0) return twirpError(res, 'failed_precondition', 'no archive was uploaded for this cache entry');
        if (actual !== sizeBytes) return twirpError(res, 'invalid_argument', `size_bytes ${sizeBytes} does not match the uploaded archive (${actual} bytes)`);
        commit(entry, actual);
        return json(res, 200, { ok: true, entry_id: String(entry.id) });
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys ?? body.restoreKeys)
          ? ((body.restore_keys ?? body.restoreKeys) as unknown[]).filter((k): k is string => typeof k === 'string')
          : [];
        const hit = match([key, ...restoreKeys], version);
        if (!hit) return json(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
        return json(res, 200, { ok: true, signed_download_url: signedUrl(hit, 'r'), matched_key: hit.key });
      }
      default:
        return twirpError(res, 'bad_route', `no handler for path "${TWIRP_PREFIX}${method}"`);
    }
  }

  // ---- REST: cache service v1 ---------------------------------------------------------------
  async function v1(req: http.IncomingMessage, res: http.ServerResponse, resource: string, query: URLSearchParams) {
    if (!authorized(req)) return v1Error(res, 401, 'TF400813: The user is not authorized to access this resource.', 'UnauthorizedRequestException');
    const idMatch = /^caches\/(\d+)$/.exec(resource);
    if (req.method === 'GET' && resource === 'cache') {
      const keys = (query.get('keys') ?? '').split(',').filter((k) => k !== '');
      const version = query.get('version') ?? '';
      if (keys.length === 0 || !version) return v1Error(res, 400, 'keys and version are required', 'ArgumentException');
      const hit = match(keys, version);
      if (!hit) {
        res.writeHead(204);
        return res.end();
      }
      return json(res, 200, {
        scope: hit.scope,
        cacheKey: hit.key,
        cacheVersion: hit.version,
        creationTime: hit.committedAt ?? hit.createdAt,
        archiveLocation: signedUrl(hit, 'r'),
      });
    }
    if (req.method === 'GET' && resource === 'caches') {
      const key = query.get('key') ?? '';
      const list = entries.filter((e) => e.committed && e.key === key).sort(newestFirst);
      return json(res, 200, {
        totalCount: list.length,
        artifactCaches: list.map((e) => ({ scope: e.scope, cacheKey: e.key, cacheVersion: e.version, creationTime: e.committedAt })),
      });
    }
    if (req.method === 'POST' && resource === 'caches') {
      const body = await readJson(req);
      const key = typeof body.key === 'string' ? body.key : '';
      const version = typeof body.version === 'string' ? body.version : '';
      const cacheSize = typeof body.cacheSize === 'number' ? body.cacheSize : 0;
      if (!key || !version) return v1Error(res, 400, 'key and version are required', 'ArgumentException');
      if (cacheSize > TEN_GIB)
        return v1Error(
          res,
          400,
          `Cache size of ~${Math.round(cacheSize / 1024 ** 2)} MB (${cacheSize} B) is over the 10GB limit, not saving cache.`,
          'ArgumentException',
        );
      if (entries.some((e) => e.key === key && e.version === version))
        return v1Error(res, 409, `Cache already exists. Scope: ${scope}, Key: ${key}, Version: ${version}`, 'ArtifactCacheAlreadyExistsException');
      const entry = reserve(key, version, 'v1', cacheSize);
      fs.writeFileSync(entry.file, '');
      pendingV1.set(entry.id, { ranges: [] });
      return json(res, 201, { cacheId: entry.id });
    }
    if (idMatch && (req.method === 'PATCH' || req.method === 'POST')) {
      const id = Number(idMatch[1]);
      const entry = entries.find((e) => e.id === id && e.protocol === 'v1');
      const pending = pendingV1.get(id);
      if (!entry) return v1Error(res, 404, `Cache with id ${id} was not found.`, 'ArtifactCacheNotFoundException');
      if (entry.committed || !pending) return v1Error(res, 409, `Cache with id ${id} is already committed.`, 'ArtifactCacheAlreadyCommittedException');
      if (req.method === 'PATCH') {
        const m = /^bytes (\d+)-(\d+)\/(\*|\d+)$/.exec(req.headers['content-range'] ?? '');
        if (!m) return v1Error(res, 400, `Invalid Content-Range: ${req.headers['content-range'] ?? '(none)'}`, 'ArgumentException');
        const start = Number(m[1]);
        const end = Number(m[2]);
        const data = await readBody(req);
        if (end < start || data.length !== end - start + 1)
          return v1Error(res, 400, `Content-Range ${start}-${end} does not match the ${data.length} bytes sent`, 'ArgumentException');
        const fd = fs.openSync(entry.file, 'r+');
        try {
          fs.writeSync(fd, data, 0, data.length, start);
        } finally {
          fs.closeSync(fd);
        }
        pending.ranges.push([start, end]);
        res.writeHead(204);
        return res.end();
      }
      const body = await readJson(req);
      const size = typeof body.size === 'number' ? body.size : -1;
      const ranges = [...pending.ranges].sort((a, b) => a[0] - b[0]);
      let covered = 0;
      for (const [s, e] of ranges) {
        if (s > covered) break;
        covered = Math.max(covered, e + 1);
      }
      if (size < 0 || covered !== size || fs.statSync(entry.file).size !== size)
        return v1Error(res, 400, `Size of the uploaded chunks (${covered} contiguous bytes) does not match the committed size ${size}.`, 'ArgumentException');
      pendingV1.delete(id);
      commit(entry, size);
      res.writeHead(204);
      return res.end();
    }
    return v1Error(res, 404, `No route for ${req.method} ${V1_PREFIX}${resource}`, 'RouteNotFoundException');
  }

  // ---- Azure Blob ---------------------------------------------------------------------------
  function blobHeaders(entry: CacheEntry, stat: fs.Stats): http.OutgoingHttpHeaders {
    return {
      'last-modified': stat.mtime.toUTCString(),
      etag: `"0x${Math.floor(stat.mtimeMs * 1000)
        .toString(16)
        .toUpperCase()}${entry.id.toString(16).toUpperCase()}"`,
      'x-ms-creation-time': new Date(entry.createdAt).toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-lease-status': 'unlocked',
      'x-ms-lease-state': 'available',
      'x-ms-server-encrypted': 'true',
      'accept-ranges': 'bytes',
      'content-type': 'application/octet-stream',
    };
  }
  async function blob(req: http.IncomingMessage, res: http.ServerResponse, name: string, query: URLSearchParams) {
    const common = { 'x-ms-request-id': randomBytes(16).toString('hex'), 'x-ms-version': AZURE_API_VERSION, date: new Date().toUTCString() };
    for (const [k, v] of Object.entries(common)) res.setHeader(k, v);
    const sp = query.get('sp') ?? '';
    const se = query.get('se') ?? '';
    const sig = query.get('sig') ?? '';
    const expected = sign(sp, name, se);
    if (!sig || sig !== expected || !(Date.parse(se) > Date.now()))
      return blobError(
        res,
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
      );
    const id = Number(/^(\d+)\./.exec(name)?.[1]);
    const entry = entries.find((e) => e.id === id);
    if (!entry) return blobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (isRead ? !sp.includes('r') : !sp.includes('w'))
      return blobError(res, 403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');

    if (isRead) {
      if (!entry.committed || !fs.existsSync(entry.file)) return blobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      const stat = fs.statSync(entry.file);
      const total = stat.size;
      const headers = blobHeaders(entry, stat);
      if (req.method === 'HEAD') {
        res.writeHead(200, { ...headers, 'content-length': total });
        return res.end();
      }
      const rangeHeader = (req.headers['x-ms-range'] as string | undefined) ?? req.headers.range;
      if (!rangeHeader) {
        res.writeHead(200, { ...headers, 'content-length': total });
        return pipeline(fs.createReadStream(entry.file), res);
      }
      const m = /^bytes=(\d+)-(\d*)$/.exec(rangeHeader.trim());
      if (!m) return blobError(res, 400, 'InvalidRange', `The range specified is invalid: ${rangeHeader}`);
      const start = Number(m[1]);
      const end = Math.min(m[2] ? Number(m[2]) : total - 1, total - 1);
      if (start >= total || end < start) {
        res.setHeader('content-range', `bytes */${total}`);
        return blobError(res, 416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
      }
      res.writeHead(206, { ...headers, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${total}` });
      return pipeline(fs.createReadStream(entry.file, { start, end }), res);
    }

    if (req.method !== 'PUT') return blobError(res, 405, 'UnsupportedHttpVerb', `The resource doesn't support the specified HTTP verb ${req.method}.`);
    if (entry.committed || entry.protocol !== 'v2')
      return blobError(res, 403, 'AuthorizationFailure', 'This request is not authorized to perform this operation.');
    const comp = query.get('comp');
    const stagedDir = path.join(blockDir, String(entry.id));
    const done = (extra: http.OutgoingHttpHeaders = {}) => {
      const stat = fs.existsSync(entry.file) ? fs.statSync(entry.file) : undefined;
      res.writeHead(201, {
        'content-length': 0,
        'x-ms-request-server-encrypted': 'true',
        ...(stat ? { etag: blobHeaders(entry, stat).etag, 'last-modified': stat.mtime.toUTCString() } : {}),
        ...extra,
      });
      res.end();
    };
    if (comp === 'block') {
      const blockId = query.get('blockid') ?? '';
      if (!blockId) return blobError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      fs.mkdirSync(stagedDir, { recursive: true });
      await pipeline(req, fs.createWriteStream(path.join(stagedDir, Buffer.from(blockId, 'base64').toString('hex'))));
      return done();
    }
    if (comp === 'blocklist') {
      const xml = (await readBody(req)).toString('utf8');
      const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
      const files = ids.map((b64) => path.join(stagedDir, Buffer.from(b64, 'base64').toString('hex')));
      const missing = files.findIndex((f) => !fs.existsSync(f));
      if (missing >= 0) return blobError(res, 400, 'InvalidBlockList', `The specified block list is invalid: block ${ids[missing]} was not staged.`);
      const tmp = `${entry.file}.tmp`;
      const out = fs.createWriteStream(tmp);
      for (const f of files) await pipeline(fs.createReadStream(f), out, { end: false });
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      fs.renameSync(tmp, entry.file);
      fs.rmSync(stagedDir, { recursive: true, force: true });
      return done();
    }
    if (comp) return blobError(res, 400, 'InvalidQueryParameterValue', `comp=${comp} is not supported by this test server`);
    // Put Blob
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return blobError(res, 400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required.');
    const tmp = `${entry.file}.tmp`;
    await pipeline(req, fs.createWriteStream(tmp));
    fs.renameSync(tmp, entry.file);
    return done();
  }

  // ---- dispatch -----------------------------------------------------------------------------
  const tunnelSockets = new WeakSet<net.Socket>();
  const ownHosts = () => new Set([`127.0.0.1:${port()}`, `localhost:${port()}`]);

  function classify(req: http.IncomingMessage): { kind: CacheRequest['kind']; via: CacheRequest['via']; host: string; u: URL; blobName?: string } {
    const proxied = /^[a-z]+:\/\//i.test(req.url ?? '');
    const via: CacheRequest['via'] = proxied ? 'proxy' : tunnelSockets.has(req.socket) ? 'tunnel' : 'direct';
    const u = new URL(req.url ?? '/', `http://${req.headers.host ?? `127.0.0.1:${port()}`}`);
    const host = u.host;
    if (azureHost && u.hostname === azureHost && (u.port === '' || u.port === '80')) {
      const m = new RegExp(`^/${BLOB_CONTAINER}/([^/]+)$`).exec(u.pathname);
      return { kind: m ? 'blob' : 'unknown', via, host, u, blobName: m?.[1] };
    }
    if (!ownHosts().has(host)) return { kind: 'escaped', via, host, u };
    if (u.pathname.startsWith(TWIRP_PREFIX)) return { kind: 'twirp', via, host, u };
    if (u.pathname.startsWith(V1_PREFIX)) return { kind: 'v1', via, host, u };
    const m = new RegExp(`^/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/([^/]+)$`).exec(u.pathname);
    if (m) return { kind: 'blob', via, host, u, blobName: m[1] };
    return { kind: 'unknown', via, host, u };
  }

  function takeFailure(line: string): number | undefined {
    const f = failures.find((x) => x.remaining > 0 && (x.match === undefined || (typeof x.match === 'string' ? line.includes(x.match) : x.match.test(line))));
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining === 0) failures.splice(failures.indexOf(f), 1);
    return f.status;
  }

  const httpServer = http.createServer((req, res) => {
    const c = classify(req);
    const record: CacheRequest = {
      method: req.method ?? '',
      path: c.u.pathname,
      url: c.u.pathname + c.u.search,
      host: c.host,
      via: c.via,
      kind: c.kind,
      status: 0,
      injected: false,
      headers: req.headers,
    };
    res.on('finish', () => {
      record.status = res.statusCode;
      requests.push(record);
    });
    res.on('close', () => {
      if (!res.writableFinished) {
        record.status = res.statusCode || 0;
        requests.push(record);
      }
    });
    const fail = c.kind === 'escaped' ? undefined : takeFailure(`${record.method} ${record.url}`);
    const handle = async () => {
      if (fail !== undefined) {
        record.injected = true;
        req.resume();
        await new Promise((r) => (req.readableEnded ? r(undefined) : req.on('end', r)));
        if (c.kind === 'twirp') return twirpError(res, fail >= 500 ? (fail === 503 ? 'unavailable' : 'internal') : 'unknown', 'injected failure', fail);
        if (c.kind === 'blob') return blobError(res, fail);
        return v1Error(res, fail, 'injected failure');
      }
      switch (c.kind) {
        case 'twirp':
          return twirp(req, res, c.u.pathname.slice(TWIRP_PREFIX.length));
        case 'v1':
          return v1(req, res, c.u.pathname.slice(V1_PREFIX.length), c.u.searchParams);
        case 'blob':
          return blob(req, res, c.blobName ?? '', c.u.searchParams);
        case 'escaped':
          req.resume();
          res.writeHead(502, { 'content-type': 'text/plain' });
          return res.end(`actions-cache test server: refusing to forward ${req.method} ${req.url} (only the cache service and its blob store are served)\n`);
        default:
          req.resume();
          res.writeHead(404, { 'content-type': 'text/plain' });
          return res.end(`no route for ${req.method} ${c.u.pathname}\n`);
      }
    };
    handle().catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      req.resume();
      const status = err instanceof HttpError ? err.status : 500;
      const msg = err instanceof Error ? err.message : String(err);
      if (c.kind === 'twirp') return twirpError(res, err instanceof HttpError ? err.code : 'internal', msg, status);
      if (c.kind === 'blob') return blobError(res, status, undefined, msg);
      return v1Error(res, status, msg);
    });
  });
  httpServer.keepAliveTimeout = 5_000;

  // CONNECT tunnels (@actions/http-client's proxy agent tunnels even plain-HTTP targets): only to the fake blob host
  httpServer.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    const ok = azureHost !== undefined && (target === `${azureHost}:80` || target === azureHost);
    requests.push({
      method: 'CONNECT',
      path: target,
      url: target,
      host: target,
      via: 'proxy',
      kind: ok ? 'blob' : 'escaped',
      status: ok ? 200 : 403,
      injected: false,
      headers: req.headers,
    });
    if (!ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tunnelSockets.add(socket);
    if (head.length) socket.unshift(head);
    httpServer.emit('connection', socket);
  });

  const sockets = new Set<net.Socket>();
  httpServer.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${port()}/`;

  function envFor(protocol: CacheProtocol): Record<string, string | undefined> {
    const env: Record<string, string | undefined> = {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: url,
      ACTIONS_CACHE_URL: url,
      // any non-empty value selects v2 in the client, so v1 needs it unset
      ACTIONS_CACHE_SERVICE_V2: protocol === 'v2' ? 'True' : undefined,
      // a GHES server URL would force v1
      GITHUB_SERVER_URL: 'https://github.com',
      ACTIONS_CACHE_MODE: undefined,
    };
    if (azureHost) {
      const proxy = url.replace(/\/$/, '');
      Object.assign(env, {
        HTTP_PROXY: proxy,
        http_proxy: proxy,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        HTTPS_PROXY: undefined,
        https_proxy: undefined,
        ALL_PROXY: undefined,
        all_proxy: undefined,
      });
    }
    return env;
  }
  const protocol = options.protocol ?? 'v2';

  return {
    url,
    port: port(),
    dir,
    blobBase: blobBase(),
    env: envFor(protocol),
    envFor,
    applyEnv(p = protocol) {
      const env = envFor(p);
      const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
      const apply = (vars: Record<string, string | undefined>) => {
        for (const [k, v] of Object.entries(vars)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      };
      apply(env);
      return () => apply(previous);
    },
    entries: () => entries.map((e) => ({ ...e })),
    requests,
    failNext(n, status = 503, matchWith) {
      failures.push({ remaining: n, status, match: matchWith });
    },
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

/**
 * Record every outbound TCP connection the current process opens (net.Socket#connect covers
 * http, https, tls and undici), so a test can assert the client only talked to the cache server.
 * Unix-socket connections are recorded as `unix:PATH`.
 */
export function watchConnections(): { targets: string[]; stop: () => void } {
  const targets: string[] = [];
  const proto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => unknown };
  const original = proto.connect;
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const [first, second] = args;
    let target: string;
    if (Array.isArray(first)) target = describe(first[0]);
    else if (typeof first === 'object' && first !== null) target = describe(first);
    else if (typeof first === 'string' && Number.isNaN(Number(first))) target = `unix:${first}`;
    else target = `${typeof second === 'string' ? second : 'localhost'}:${String(first)}`;
    targets.push(target);
    return original.apply(this, args);
  };
  function describe(o: unknown): string {
    const opts = o as { path?: string; host?: string; port?: number | string };
    if (opts.path) return `unix:${opts.path}`;
    return `${opts.host ?? 'localhost'}:${String(opts.port)}`;
  }
  return {
    targets,
    stop: () => {
      proto.connect = original;
    },
  };
}

/** sha256 of a file, for byte-identical comparisons */
export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
