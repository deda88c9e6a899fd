// A fault-injecting HTTP proxy in front of a real registry: one fault at a time, chosen by request
// kind (and method), optionally only for the first N matching requests. Used by the fault table
// (test/integration/faults.test.ts): every registry command is run through each fault.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import type { AddressInfo } from 'node:net';

export type RequestKind = 'manifest' | 'blob' | 'upload' | 'tags' | 'ping' | 'token' | 'other';

/** What the proxy does to a matching request. */
export type Fault =
  /** accept the request, read it, never answer (the socket stays open) */
  | { type: 'silent' }
  /** forward the request, but only after this many seconds */
  | { type: 'delay'; seconds: number }
  /** send the answer's headers and half its body, then reset the connection (RST) */
  | { type: 'reset' }
  /** send the answer's headers (its true Content-Length) and half its body, then close (FIN) */
  | { type: 'truncate' }
  /** answer this status (429, 500, 503 …) instead of forwarding, with Retry-After seconds if given */
  | { type: 'status'; status: number; retryAfter?: number }
  /** send the whole body under a Content-Length off by delta bytes; with delta > 0 the socket is then held open */
  | { type: 'wrong-length'; delta: number }
  /** flip one byte in the middle of the body (same length): a digest mismatch */
  | { type: 'flip' }
  /** 401 with a Bearer challenge at this proxy's /token, which issues tokens the proxy never accepts */
  | { type: 'auth-loop' }
  /** answer with bytes that are not HTTP, then close */
  | { type: 'garbage' };

export interface FaultRule {
  fault: Fault;
  /** the request kinds it applies to (default every kind but token) */
  kinds?: RequestKind[];
  /** the methods it applies to (default: GET for the body faults, any method for the others) */
  methods?: string[];
  /** only the first N matching requests (default every one) */
  first?: number;
}

/** Bearer token auth in front of an upstream (the htpasswd registry, say): for the realm cases. */
export interface BearerOptions {
  /** where the realm points: this proxy's own origin (default), or a second plain-HTTP listener of the proxy (another origin) */
  realm?: 'same-origin' | 'other-origin';
  /** the credentials the token endpoint wants as Basic auth (else anyone gets a token) */
  username?: string;
  password?: string;
  /** answer the OAuth2 POST flow with this status (404: the client must fall back to GET) */
  postStatus?: number;
  /** Authorization sent upstream for a request that carried a token we issued */
  upstreamAuthorization?: string;
}

export interface FaultProxyOptions {
  fault?: FaultRule;
  bearer?: BearerOptions;
  /** shared between proxies (one in front of each side of a copy): `first` then counts the requests of both */
  counter?: { injected: number };
  /** listen with TLS (key and certificate PEM) on this address instead of plain HTTP on 127.0.0.1 */
  tls?: { key: string; cert: string; address: string /** the host name clients use for it (default: the address) */; name?: string };
}

export interface TokenRequest {
  method: string;
  /** the origin the token request reached */
  origin: string;
  authorization?: string;
  /** the form (POST) or query (GET) */
  params: Record<string, string>;
}

export interface FaultProxy {
  /** HOST:PORT to give to the client */
  host: string;
  /** the origin of the token endpoint the challenge names (bearer / auth-loop) */
  tokenOrigin: string;
  /** requests seen, by `METHOD kind` */
  counts: Map<string, number>;
  /** requests the fault was applied to (by every proxy sharing the counter) */
  injected(): number;
  tokenRequests: TokenRequest[];
  close(): Promise<void>;
}

export function requestKind(path: string): RequestKind {
  if (path === '/token') return 'token';
  if (path.includes('/blobs/uploads')) return 'upload';
  if (path.includes('/blobs/')) return 'blob';
  if (path.includes('/manifests/')) return 'manifest';
  if (path.includes('/tags/list')) return 'tags';
  if (/^\/v2\/?$/.test(path)) return 'ping';
  return 'other';
}

const BODY_FAULTS = new Set<Fault['type']>(['reset', 'truncate', 'wrong-length', 'flip']);

/** Does the rule apply to this request (before counting `first`)? */
export function ruleMatches(rule: FaultRule, method: string, kind: RequestKind): boolean {
  const kinds = rule.kinds ?? ['manifest', 'blob', 'upload', 'tags', 'ping', 'other'];
  const methods = rule.methods ?? (BODY_FAULTS.has(rule.fault.type) ? ['GET'] : undefined);
  return kinds.includes(kind) && (!methods || methods.includes(method));
}

/** A short description for tables: `503 ×2`, `never answers`, `flips a byte (first 1)`. */
export function describeFault(rule: FaultRule): string {
  const f = rule.fault;
  const what: string = (() => {
    switch (f.type) {
      case 'silent':
        return 'never answers';
      case 'delay':
        return `answers after ${f.seconds} s`;
      case 'reset':
        return 'resets mid-body';
      case 'truncate':
        return 'truncates the body';
      case 'status':
        return `HTTP ${f.status}${f.retryAfter !== undefined ? ` Retry-After ${f.retryAfter}` : ''}`;
      case 'wrong-length':
        return `Content-Length ${f.delta > 0 ? '+' : ''}${f.delta}${f.delta > 0 ? ', then holds' : ''}`;
      case 'flip':
        return 'flips a body byte';
      case 'auth-loop':
        return 'auth challenge loop';
      case 'garbage':
        return 'not HTTP';
    }
  })();
  const on = rule.kinds ? ` (${rule.kinds.join('+')}${rule.methods ? ` ${rule.methods.join('/')}` : ''})` : '';
  const times = rule.first !== undefined ? (f.type === 'status' ? ` ×${rule.first}` : `, first ${rule.first}`) : '';
  return `${what}${times}${on}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;

/**
 * Start a proxy on a free port (127.0.0.1, or `tls.address`) forwarding to `upstream` (HOST:PORT,
 * plain HTTP). Upload locations are rewritten to point at the proxy.
 */
export async function startFaultProxy(upstream: string, opts: FaultProxyOptions = {}): Promise<FaultProxy> {
  const [uhost, uport] = upstream.split(':') as [string, string];
  const counts = new Map<string, number>();
  const tokenRequests: TokenRequest[] = [];
  const issued = new Set<string>();
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const counter = opts.counter ?? { injected: 0 };
  let self = '';
  let tokenOrigin = '';
  const scheme = opts.tls ? 'https' : 'http';

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const challenge = (res: ServerResponse, path: string) => {
    const repo = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(path)?.[1];
    const scope = repo ? `,scope="repository:${repo}:pull,push"` : '';
    res.writeHead(401, {
      'content-type': 'application/json',
      'www-authenticate': `Bearer realm="${tokenOrigin}/token",service="fault-proxy"${scope}`,
      'docker-distribution-api-version': 'registry/2.0',
    });
    res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
  };

  const serveToken = async (req: IncomingMessage, res: ServerResponse, origin: string, loop: boolean) => {
    const body = await readBody(req);
    const u = new URL(req.url ?? '/', 'http://x');
    const params = Object.fromEntries(req.method === 'POST' ? new URLSearchParams(body.toString('utf8')) : u.searchParams);
    tokenRequests.push({ method: req.method ?? '', origin, authorization: req.headers.authorization, params });
    const b = opts.bearer;
    if (!loop && req.method === 'POST' && b?.postStatus) {
      res.writeHead(b.postStatus, { 'content-type': 'text/plain' });
      res.end('404 page not found\n');
      return;
    }
    if (!loop && b?.username !== undefined && req.headers.authorization !== basic(b.username, b.password ?? '')) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}');
      return;
    }
    const token = randomBytes(12).toString('hex');
    if (!loop) issued.add(token);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  };

  const forward = (req: IncomingMessage, res: ServerResponse, fault: Fault | undefined, auth: string | undefined) => {
    const headers = { ...req.headers, host: upstream };
    delete headers.authorization;
    if (auth) headers.authorization = auth;
    const up = http.request({ host: uhost, port: Number(uport), method: req.method, path: req.url, headers }, (ur) => {
      const h = { ...ur.headers };
      if (typeof h.location === 'string') h.location = h.location.replace(`http://${upstream}`, `${scheme}://${self}`);
      if (opts.bearer && ur.statusCode === 401) {
        ur.resume();
        challenge(res, (req.url ?? '').split('?')[0] as string);
        return;
      }
      const hasBody = req.method !== 'HEAD' && ur.statusCode === 200;
      if (!fault || !BODY_FAULTS.has(fault.type) || !hasBody) {
        res.writeHead(ur.statusCode ?? 502, h);
        ur.pipe(res);
        return;
      }
      readBody(ur).then(
        (body) => {
          const half = body.subarray(0, Math.floor(body.length / 2));
          const socket = res.socket as net.Socket;
          switch (fault.type) {
            case 'reset':
              res.writeHead(200, { ...h, 'content-length': String(body.length) });
              res.write(half, () => later(20, () => socket.resetAndDestroy()));
              return;
            case 'truncate':
              res.writeHead(200, { ...h, 'content-length': String(body.length) });
              res.write(half, () => later(20, () => socket.end()));
              return;
            case 'wrong-length':
              // the headers and body are written to the socket as is, the way a broken server would
              socket.write(
                `HTTP/1.1 200 OK\r\n${Object.entries({ ...h, 'content-length': String(Math.max(0, body.length + fault.delta)), connection: 'keep-alive' })
                  .filter(([k]) => k !== 'transfer-encoding')
                  .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
                  .join('\r\n')}\r\n\r\n`,
              );
              socket.write(body);
              if (fault.delta < 0) later(50, () => socket.end());
              return;
            case 'flip': {
              const copy = Buffer.from(body);
              const at = Math.floor(copy.length / 2);
              copy[at] = (copy[at] as number) ^ 0x01;
              res.writeHead(200, { ...h, 'content-length': String(copy.length) });
              res.end(copy);
              return;
            }
          }
        },
        () => res.destroy(),
      );
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  };

  const handler = (origin: () => string) => (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] as string;
    const kind = requestKind(path);
    const method = req.method ?? '';
    counts.set(`${method} ${kind}`, (counts.get(`${method} ${kind}`) ?? 0) + 1);
    const rule = opts.fault;
    let fault: Fault | undefined;
    if (rule && ruleMatches(rule, method, kind) && (rule.first === undefined || counter.injected < rule.first)) {
      fault = rule.fault;
      counter.injected++;
    }
    switch (fault?.type) {
      case 'silent':
        req.resume();
        return;
      case 'garbage':
        req.resume();
        req.socket.write('SSH-2.0-OpenSSH_9.6\r\n\x00\x01\x02\xff garbage \x00\r\n\r\n');
        later(20, () => req.socket.destroy());
        return;
      case 'status': {
        req.resume();
        const h: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfter !== undefined) h['retry-after'] = String(fault.retryAfter);
        res.writeHead(fault.status, h);
        const code = fault.status === 429 ? 'TOOMANYREQUESTS' : fault.status === 503 ? 'UNAVAILABLE' : 'UNKNOWN';
        res.end(JSON.stringify({ errors: [{ code, message: 'injected by the fault proxy' }] }));
        return;
      }
      case 'delay':
        later(fault.seconds * 1000, () => forward(req, res, undefined, undefined));
        return;
    }
    if (kind === 'token') {
      // the token endpoint itself (body faults do not apply to it); in a challenge loop its tokens are never accepted
      void serveToken(req, res, origin(), rule?.fault.type === 'auth-loop');
      return;
    }
    if (fault?.type === 'auth-loop') {
      // the challenge loop: every registry request is challenged, whatever token it carries
      req.resume();
      challenge(res, path);
      return;
    }
    if (opts.bearer) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !issued.has(token)) {
        req.resume();
        challenge(res, path);
        return;
      }
      forward(req, res, fault, opts.bearer.upstreamAuthorization);
      return;
    }
    forward(req, res, fault, undefined);
  };

  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  };
  const main = opts.tls
    ? https.createServer(
        { key: opts.tls.key, cert: opts.tls.cert },
        handler(() => `https://${self}`),
      )
    : http.createServer(handler(() => `http://${self}`));
  main.on('connection', track);
  main.on('secureConnection', track);
  main.on('clientError', (_e, s) => s.destroy());
  main.keepAliveTimeout = 30_000;
  const address = opts.tls?.address ?? '127.0.0.1';
  await new Promise<void>((r) => main.listen(0, address, r));
  const port = (main.address() as AddressInfo).port;
  const named = opts.tls?.name ?? address;
  self = `${named}:${port}`;
  tokenOrigin = `${scheme}://${self}`;
  let other: http.Server | undefined;
  if (opts.bearer?.realm === 'other-origin') {
    let otherHost = '';
    other = http.createServer(handler(() => `http://${otherHost}`));
    other.on('connection', track);
    await new Promise<void>((r) => other?.listen(0, address, r));
    otherHost = `${named}:${(other.address() as AddressInfo).port}`;
    tokenOrigin = `http://${otherHost}`;
  }
  return {
    host: self,
    tokenOrigin,
    counts,
    injected: () => counter.injected,
    tokenRequests,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await Promise.all([main, other].map((s) => (s ? new Promise<void>((r) => s.close(() => r())) : undefined)));
    },
  };
}
