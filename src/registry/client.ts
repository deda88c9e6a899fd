import { backoffMs, sleep } from '../core/retry.js';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { join } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { formatSeconds } from '../core/duration.js';
import { UserError } from '../core/errors.js';
import { type Challenge, mergeScopes, parseChallenge, parseRetryAfter, pullScope, pushScope, TokenCache } from './auth.js';
import { type Credentials, loadCredentials } from './credentials.js';
import { type FetchedManifest, MANIFEST_ACCEPT, manifestMediaType } from './manifest.js';
import { apiHost, formatReference, isLoopback, manifestKey, normaliseRegistry, type Reference } from './reference.js';
import { checkRealm } from './realm.js';
import { DigestMismatchError, DigestVerifier, digestOf } from './digest.js';

export interface ClientOptions {
  /** docker config directory holding config.json; default $DOCKER_CONFIG or ~/.docker */
  configDir?: string;
  /** replaces the config.json lookup entirely */
  credentials?: (registry: string) => Promise<Credentials | undefined>;
  /** registries to talk plain HTTP to (true: all); loopback addresses always are */
  plainHttp?: boolean | string[];
  /** registries whose TLS certificate is not verified (true: all) */
  insecure?: boolean | string[];
  /** retries after the first attempt on 429, 5xx and connection failures (default 4) */
  retries?: number;
  /** first backoff delay in ms, doubled each retry (default 200) */
  retryBaseMs?: number;
  /** upper bound on any wait, Retry-After included (default 30 s) */
  maxRetryDelayMs?: number;
  /** socket idle timeout (default 60 s) */
  timeoutMs?: number;
  /**
   * per request: at most this long to connect and receive the answer's headers (a streamed body:
   * counted from when it has been sent), and at most this long idle afterwards (default: no bound
   * on the answer, `timeoutMs` idle). A request that runs out is retried like a connection failure.
   */
  requestTimeoutMs?: number;
  /** stops all work: in-flight requests are destroyed and pending retry waits end at once; calls reject with the signal's reason */
  signal?: AbortSignal;
  /** called before each retry wait (connection failures, 429, 5xx; token requests too) */
  onRetry?: (e: RetryEvent) => void;
  /** connections per host (default 16) */
  maxSockets?: number;
  /** content-addressed manifest cache: lookups by digest never hit the network twice */
  cacheDir?: string;
  userAgent?: string;
  /** called after every HTTP exchange (also retries and token requests) */
  onRequest?: (e: RequestEvent) => void;
}

export interface RequestEvent {
  registry: string;
  method: string;
  url: string;
  /** manifest, blob, upload, token, ping, tags, other */
  kind: string;
  status?: number;
  error?: string;
}

export interface RetryEvent {
  registry: string;
  /** the host the failed attempt went to (the registry's, or its token server's) */
  host: string;
  /** this retry's number, 1-based */
  attempt: number;
  /** retries allowed after the first attempt */
  retries: number;
  /** how long before the retry */
  delayMs: number;
  /** why, in a few words: "connection refused", "HTTP 503", "no answer within 2 s" */
  reason: string;
}

/** An HTTP answer the registry gave that the operation could not accept. */
export class RegistryError extends UserError {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

type Body = Buffer | Readable | undefined;

interface Req {
  registry: string;
  method: string;
  /** /v2/… path or an absolute URL (upload locations) */
  path: string;
  headers?: Record<string, string>;
  body?: Body;
  scopes: string[];
  /** what the user would call it, for error messages */
  what: string;
  /** retry on HTTP 500 (default true) */
  retry500?: boolean;
}

interface RegistryState {
  base: string;
  pinged?: Promise<void>;
  challenge?: Challenge;
  creds?: Promise<Credentials | undefined>;
  tokens: TokenCache;
  pendingTokens: Map<string, Promise<string>>;
}

const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

/** The error a call rejects with once its signal aborted: the signal's reason when it is an Error. */
export function abortError(signal: AbortSignal): Error {
  const r = signal.reason as unknown;
  if (r instanceof Error && !(r.name === 'AbortError' && !r.message)) return r;
  return new UserError(typeof r === 'string' && r ? r : 'the registry operation was cancelled');
}



function kindOf(path: string): string {
  if (/\/manifests\//.test(path)) return 'manifest';
  if (/\/blobs\/uploads\//.test(path)) return 'upload';
  if (/\/blobs\//.test(path)) return 'blob';
  if (/\/tags\/list/.test(path)) return 'tags';
  if (/\/v2\/?$/.test(path)) return 'ping';
  return 'other';
}

/** A connection failure in a user's words; `host` is the peer, for the answers that name it. */
function netMessage(err: NodeJS.ErrnoException, host?: string): string {
  const code = err.code ?? '';
  // Node's HTTP parser: the peer answered, but not in HTTP (another service on the port, TLS, …)
  if (code.startsWith('HPE_') || /^Parse Error/.test(err.message)) return `${host ?? 'the peer'} does not speak HTTP (its answer is not an HTTP response; is this the registry's port?)`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND') return 'host not found';
  if (code === 'ETIMEDOUT') return /^no answer /.test(err.message) ? err.message : 'timed out';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'EPROTO' || /wrong version number|ssl3_get_record|packet length too long/i.test(err.message))
    return 'TLS handshake failed (does it speak plain HTTP? then use --plain-http)';
  if (/certificate|CERT_|self[- ]signed/i.test(code + err.message)) return `TLS certificate not trusted (${err.message}; use --insecure to skip verification)`;
  return err.message || code;
}

/** The answer's body broke off (reset, closed early, stalled): worth another try when the request can be replayed. */
export class BodyError extends UserError {}

/** Answers whose connection went idle past the timeout (so a broken body is said as "stopped sending"). */
const stalled = new WeakSet<IncomingMessage>();

/** A body read that failed, in a user's words: who, what, how far it got, why. */
export function bodyError(res: Readable, what: string, got: number, err: NodeJS.ErrnoException): BodyError {
  const msg = 'headers' in res ? (res as IncomingMessage) : undefined;
  const total = Number(msg?.headers['content-length'] ?? Number.NaN);
  const of = Number.isFinite(total) ? ` of ${total}` : '';
  const why = msg && stalled.has(msg) ? 'the registry stopped sending' : err.message === 'aborted' ? 'the connection closed' : netMessage(err);
  return new BodyError(`${what}: the answer ended early, after ${got}${of} bytes (${why})`);
}

async function readAll(res: Readable, limit: number, what: string, signal?: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  try {
    for await (const c of res) {
      n += (c as Buffer).length;
      if (n > limit) {
        res.destroy();
        throw new UserError(`${what} is larger than ${limit} bytes; refusing to buffer it`);
      }
      chunks.push(c as Buffer);
    }
  } catch (e) {
    if (signal?.aborted) throw abortError(signal);
    if (e instanceof UserError) throw e;
    throw bodyError(res, what, n, e as NodeJS.ErrnoException);
  }
  return Buffer.concat(chunks);
}

/** `rate limited by HOST (HTTP 429), retry after 60 s`: what a 429 means, with the wait it asked for. */
export function rateLimited(host: string, retryAfter: string | undefined): string {
  const ms = parseRetryAfter(retryAfter);
  return `rate limited by ${host} (HTTP 429)${ms !== undefined ? `, retry after ${formatSeconds(ms)}` : ''}`;
}

function errorDetail(status: number, body: Buffer): { code?: string; text: string } {
  try {
    const j = JSON.parse(body.toString('utf8')) as { errors?: { code?: string; message?: string }[] };
    const e = j.errors?.[0];
    if (e) return { code: e.code, text: `${e.code ?? status}${e.message ? `: ${e.message}` : ''}` };
  } catch {
    /* not JSON */
  }
  const t = body.toString('utf8').trim().split('\n')[0]?.slice(0, 200);
  return { text: t ? `HTTP ${status}: ${t}` : `HTTP ${status}` };
}

function listMatch(opt: boolean | string[] | undefined, registry: string): boolean {
  if (opt === true) return true;
  if (!opt) return false;
  const r = normaliseRegistry(registry);
  return opt.some((x) => normaliseRegistry(x) === r);
}

/**
 * A client of the OCI distribution API (v1.1). One instance keeps connections, credentials and
 * tokens per registry; it is safe to use from many concurrent operations.
 */
export class RegistryClient {
  readonly opts: ClientOptions;
  private readonly states = new Map<string, RegistryState>();
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly httpsInsecureAgent: https.Agent;
  /** requests made, by `METHOD kind` (e.g. `PUT upload`), for tests and benchmarks */
  readonly stats = new Map<string, number>();

  constructor(opts: ClientOptions = {}) {
    this.opts = opts;
    const maxSockets = opts.maxSockets ?? 16;
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets });
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets });
    this.httpsInsecureAgent = new https.Agent({ keepAlive: true, maxSockets, rejectUnauthorized: false });
  }

  /**
   * A client sharing this one's connections, credentials, tokens and stats, with some options
   * replaced (e.g. a signal and timeouts for one bounded operation). Closing either closes both.
   */
  withOptions(extra: Partial<ClientOptions>): RegistryClient {
    const c = Object.create(RegistryClient.prototype) as RegistryClient;
    Object.assign(c, this, { opts: { ...this.opts, ...extra } });
    return c;
  }

  /** Close idle connections (lets the process exit promptly). */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
    this.httpsInsecureAgent.destroy();
  }

  count(key: string): number {
    return this.stats.get(key) ?? 0;
  }

  private state(registry: string): RegistryState {
    const key = normaliseRegistry(registry);
    let s = this.states.get(key);
    if (!s) {
      const plain = isLoopback(key) || listMatch(this.opts.plainHttp, key);
      s = { base: `${plain ? 'http' : 'https'}://${apiHost(key)}`, tokens: new TokenCache(), pendingTokens: new Map() };
      this.states.set(key, s);
    }
    return s;
  }

  private credentials(registry: string): Promise<Credentials | undefined> {
    const s = this.state(registry);
    s.creds ??= this.opts.credentials ? this.opts.credentials(registry) : loadCredentials(registry, { configDir: this.opts.configDir });
    return s.creds;
  }

  // ---------------------------------------------------------------- transport

  private sendOnce(registry: string, method: string, url: URL, headers: Record<string, string>, body: Body): Promise<IncomingMessage> {
    const insecure = listMatch(this.opts.insecure, registry);
    const agent = url.protocol === 'http:' ? this.httpAgent : insecure ? this.httpsInsecureAgent : this.httpsAgent;
    const mod = url.protocol === 'http:' ? http : https;
    const h: Record<string, string> = { 'user-agent': this.opts.userAgent ?? 'gen-ci', ...headers };
    if (Buffer.isBuffer(body)) h['content-length'] = String(body.length);
    else if (body === undefined && ['PUT', 'POST', 'PATCH'].includes(method)) h['content-length'] ??= '0';
    const signal = this.opts.signal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const req = mod.request(url, { method, headers: h, agent, ...(signal ? { signal } : {}) });
      const bound = this.opts.requestTimeoutMs;
      const timeout = bound ?? this.opts.timeoutMs ?? 60_000;
      const timedOut = () => Object.assign(new Error(`no answer within ${formatSeconds(timeout)}`), { code: 'ETIMEDOUT' });
      let answered: IncomingMessage | undefined;
      req.setTimeout(timeout, () => {
        if (answered) stalled.add(answered);
        req.destroy(timedOut());
      });
      // the idle timer alone lets a slow connect or a server that trickles bytes hold a request:
      // with requestTimeoutMs the whole wait for the answer's headers is bounded too (for a
      // streamed body, from when it has been sent)
      let answer: NodeJS.Timeout | undefined;
      const startAnswerTimer = () => {
        if (bound !== undefined && !answer) answer = setTimeout(() => req.destroy(timedOut()), bound);
      };
      if (body instanceof Readable) req.on('finish', startAnswerTimer);
      else startAnswerTimer();
      req.on('response', (res) => {
        clearTimeout(answer);
        answered = res;
        resolve(res);
      });
      req.on('error', (err) => {
        clearTimeout(answer);
        reject(signal?.aborted ? abortError(signal) : err);
      });
      req.on('close', () => clearTimeout(answer));
      if (body instanceof Readable) {
        pipeline(body, req, (err) => {
          if (err) {
            req.destroy(err);
            reject(err);
          }
        });
      } else req.end(body);
    });
  }

  /** Send, following redirects; Authorization is dropped when a redirect leaves the registry's origin. */
  private async send(registry: string, method: string, url: URL, headers: Record<string, string>, body: Body): Promise<IncomingMessage> {
    const origin = url.origin;
    let current = url;
    let h = headers;
    for (let hop = 0; hop <= 5; hop++) {
      const res = await this.sendOnce(registry, method, current, h, hop === 0 ? body : undefined);
      const status = res.statusCode ?? 0;
      this.opts.onRequest?.({ registry, method, url: current.toString(), kind: kindOf(current.pathname), status });
      const k = `${method} ${kindOf(url.pathname)}`;
      this.stats.set(k, (this.stats.get(k) ?? 0) + 1);
      const location = res.headers.location;
      if (![301, 302, 303, 307, 308].includes(status) || !location || !['GET', 'HEAD'].includes(method)) return res;
      res.resume();
      current = new URL(location, current);
      if (current.origin !== origin) {
        // the spec: blob redirects (object storage, CDNs) must not receive the registry credentials
        const { authorization: _drop, ...rest } = h;
        h = rest;
      }
    }
    throw new UserError(`${registry}: too many redirects for ${method} ${url.pathname}`);
  }

  /** Report a retry, then wait for it (ends early, rejecting, when the signal aborts). */
  private retryWait(registry: string, host: string, attempt: number, retries: number, delayMs: number, reason: string): Promise<void> {
    this.opts.onRetry?.({ registry, host, attempt: attempt + 1, retries, delayMs, reason });
    return sleep(delayMs, this.opts.signal, abortError);
  }

  /**
   * How long to wait before retrying this answer (its Retry-After, capped at maxRetryDelayMs, or
   * the backoff), or undefined when it is final: not a transient status (429, 5xx) or out of retries.
   * Within a deadline, withDeadline ends the operation at once when the wait would pass it.
   */
  private retryDelay(res: IncomingMessage, attempt: number, retries: number): number | undefined {
    if (!RETRY_STATUS.has(res.statusCode ?? 0) || attempt >= retries) return undefined;
    return this.backoff(attempt, parseRetryAfter(res.headers['retry-after'] as string | undefined));
  }

  private backoff(attempt: number, retryAfter?: number): number {
    const max = this.opts.maxRetryDelayMs ?? 30_000;
    if (retryAfter !== undefined) return Math.min(retryAfter, max);
    return backoffMs(attempt, this.opts.retryBaseMs ?? 200, max, Math.random);
  }

  /**
   * One registry request with authentication, retries (429/5xx/connection failures, honouring
   * Retry-After) and redirects. Streamed bodies are sent once; their callers retry whole transfers.
   */
  async request(r: Req): Promise<IncomingMessage> {
    const s = this.state(r.registry);
    // no ping first: a 401 on any replayable request teaches the challenge, and every streamed
    // upload (PUT) follows the POST that opened its session, which already carried the push scope
    const isPing = r.path === '/v2/';
    const url = new URL(r.path, s.base);
    const replayable = !(r.body instanceof Readable);
    // a streamed body may fail (e.g. a digest check) before the upload pipes it: keep that from
    // becoming an uncaught exception; the pipeline that sends it reports the error
    if (r.body instanceof Readable && r.body.listenerCount('error') === 0) r.body.on('error', () => {});
    const retries = this.opts.retries ?? 4;
    let reauthed = false;
    for (let attempt = 0; ; attempt++) {
      const headers = { ...r.headers };
      const auth = await this.authorization(r.registry, r.scopes);
      if (auth) headers.authorization = auth;
      let res: IncomingMessage;
      try {
        res = await this.send(r.registry, r.method, url, headers, r.body);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (this.opts.signal?.aborted) throw abortError(this.opts.signal);
        if (err instanceof UserError) throw err;
        // a streamed body that failed (the source of a copy) is not the destination's fault
        if (r.body instanceof Readable && r.body.errored) {
          const be = r.body.errored as NodeJS.ErrnoException;
          if (be instanceof UserError) throw be;
          throw new UserError(`reading the content for ${r.what} failed: ${netMessage(be)}`);
        }
        this.opts.onRequest?.({ registry: r.registry, method: r.method, url: url.toString(), kind: kindOf(url.pathname), error: err.code ?? err.message });
        if (replayable && RETRY_CODES.has(err.code ?? '') && attempt < retries) {
          await this.retryWait(r.registry, url.host, attempt, retries, this.backoff(attempt), netMessage(err, url.host));
          continue;
        }
        const tries = attempt + 1;
        const why = netMessage(err, url.host);
        if (why.includes('does not speak HTTP')) throw new UserError(`${why.replace(/ \(/, ` (${r.what}; `)}`);
        throw new UserError(`cannot reach registry ${r.registry} (${r.what}): ${why}${tries > 1 ? ` after ${tries} attempts` : ''}`);
      }
      const status = res.statusCode ?? 0;
      if (status === 401 && isPing) return res;
      if (status === 401 && replayable && !reauthed) {
        reauthed = true;
        const ch = parseChallenge(res.headers['www-authenticate'] as string | undefined);
        res.resume();
        if (ch) {
          s.challenge = ch;
          s.tokens.clear();
          if (ch.params.scope) r = { ...r, scopes: mergeScopes([...r.scopes, ch.params.scope]) };
        }
        attempt--;
        continue;
      }
      const wait = replayable && (status !== 500 || (r.retry500 ?? true)) ? this.retryDelay(res, attempt, retries) : undefined;
      if (wait !== undefined) {
        res.resume();
        await this.retryWait(r.registry, url.host, attempt, retries, wait, status === 429 ? rateLimited(url.host, res.headers['retry-after'] as string | undefined) : `HTTP ${status}`);
        continue;
      }
      if (status === 401 || status === 403) {
        const body = r.method === 'HEAD' ? Buffer.alloc(0) : await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
        throw await this.authError(r, status, body);
      }
      return res;
    }
  }

  private async authError(r: Req, status: number, body: Buffer): Promise<UserError> {
    const creds = await this.credentials(r.registry).catch(() => undefined);
    const d = errorDetail(status, body);
    if (status === 403)
      return new RegistryError(
        `registry ${r.registry} denied access (${r.what}): ${d.text}; check that ${creds?.username ? `user "${creds.username}"` : 'this login'} may ${r.scopes.some((x) => x.includes('push')) ? 'push to' : 'pull from'} it`,
        403,
        d.code,
      );
    if (!creds)
      return new RegistryError(
        `registry ${r.registry} requires authentication (${r.what}); log in first (docker login ${r.registry}) or set DOCKER_CONFIG`,
        401,
        d.code,
      );
    return new RegistryError(
      `registry ${r.registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''} (${r.what}): ${d.text}; check the user name and password`,
      401,
      d.code,
    );
  }

  /** Raise a RegistryError for an unexpected status, with the registry's own error code. */
  async expect(res: IncomingMessage, ok: number[], what: string, registry: string): Promise<void> {
    const status = res.statusCode ?? 0;
    if (ok.includes(status)) return;
    const body = await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
    const d = errorDetail(status, body);
    if (status === 429) throw new RegistryError(`${rateLimited(registry, res.headers['retry-after'] as string | undefined)} (${what})`, 429, d.code);
    throw new RegistryError(`registry ${registry}: ${what}: ${d.text}`, status, d.code);
  }

  // ---------------------------------------------------------------- auth

  /** GET /v2/ once per registry: learns whether and how it authenticates. */
  ping(registry: string): Promise<void> {
    const s = this.state(registry);
    s.pinged ??= (async () => {
      const res = await this.request({ registry, method: 'GET', path: '/v2/', scopes: [], what: 'ping' });
      res.resume();
      const status = res.statusCode ?? 0;
      if (status === 401) {
        s.challenge = parseChallenge(res.headers['www-authenticate'] as string | undefined);
        return;
      }
      if (status === 404 || status >= 500 || status === 0) await this.expect(res, [200], 'GET /v2/ (is this an OCI registry?)', registry);
    })();
    s.pinged.catch(() => {
      s.pinged = undefined;
    });
    return s.pinged;
  }

  private async authorization(registry: string, scopes: string[]): Promise<string | undefined> {
    const s = this.state(registry);
    const ch = s.challenge;
    if (!ch) return undefined;
    if (ch.scheme === 'basic') {
      const c = await this.credentials(registry);
      if (!c?.username) return undefined;
      return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
    }
    if (ch.scheme === 'bearer') {
      const want = mergeScopes(scopes);
      const cached = s.tokens.get(want);
      if (cached) return `Bearer ${cached}`;
      // concurrent requests for the same scopes share one token request
      const key = want.join(' ');
      let pending = s.pendingTokens.get(key);
      if (!pending) {
        pending = this.fetchToken(registry, ch, want).finally(() => s.pendingTokens.delete(key));
        s.pendingTokens.set(key, pending);
      }
      return `Bearer ${await pending}`;
    }
    return undefined;
  }

  /** One token request (retried on connection failures, 429 and 5xx): OAuth2 POST or the GET token flow. */
  private async tokenRequest(
    registry: string,
    realm: URL,
    method: 'GET' | 'POST',
    ch: Challenge,
    scopes: string[],
    creds: Credentials | undefined,
  ): Promise<IncomingMessage> {
    const url = new URL(realm);
    const headers: Record<string, string> = {};
    let body: Buffer | undefined;
    if (method === 'POST') {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds?.identityToken ?? '', client_id: 'gen-ci' });
      if (ch.params.service) form.set('service', ch.params.service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      body = Buffer.from(form.toString());
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      if (ch.params.service) url.searchParams.set('service', ch.params.service);
      for (const sc of scopes) url.searchParams.append('scope', sc);
      if (creds?.username) headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password ?? ''}`).toString('base64')}`;
    }
    const retries = this.opts.retries ?? 4;
    for (let attempt = 0; ; attempt++) {
      let res: IncomingMessage;
      try {
        res = await this.sendOnce(registry, method, url, headers, body);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (this.opts.signal?.aborted) throw abortError(this.opts.signal);
        if (RETRY_CODES.has(err.code ?? '') && attempt < retries) {
          await this.retryWait(registry, url.host, attempt, retries, this.backoff(attempt), netMessage(err, url.host));
          continue;
        }
        throw new UserError(`cannot reach the token server of ${registry} (${url.origin}): ${netMessage(err, url.host)}`);
      }
      this.opts.onRequest?.({ registry, method, url: url.toString(), kind: 'token', status: res.statusCode });
      this.stats.set(`${method} token`, (this.stats.get(`${method} token`) ?? 0) + 1);
      const wait = this.retryDelay(res, attempt, retries);
      if (wait !== undefined) {
        res.resume();
        await this.retryWait(registry, url.host, attempt, retries, wait, `HTTP ${res.statusCode}`);
        continue;
      }
      return res;
    }
  }

  private async fetchToken(registry: string, ch: Challenge, scopes: string[]): Promise<string> {
    const s = this.state(registry);
    const realm = ch.params.realm;
    if (!realm) throw new UserError(`registry ${registry} asks for a Bearer token but names no realm`);
    const base = new URL(s.base);
    const checked = checkRealm(realm, base.hostname, base.protocol === 'http:' || listMatch(this.opts.insecure, registry));
    if (!checked.url) throw new UserError(`registry ${registry} refused as a token issuer: ${checked.refused}; no credentials were sent`);
    const creds = await this.credentials(registry);
    // an identity token (docker login with OAuth) is a refresh token for the OAuth2 POST flow; a
    // token server without OAuth2 answers that POST with 404, and then the GET flow is the one
    // every token server has (the distribution token spec)
    let res = await this.tokenRequest(registry, checked.url, creds?.identityToken ? 'POST' : 'GET', ch, scopes, creds);
    if (res.statusCode === 404 && creds?.identityToken) {
      res.resume();
      res = await this.tokenRequest(registry, checked.url, 'GET', ch, scopes, creds);
    }
    const text = await readAll(res, 1024 * 1024, 'token response', this.opts.signal);
    const status = res.statusCode ?? 0;
    if (status === 401 || status === 403) {
      if (!creds) throw new RegistryError(`registry ${registry} requires authentication; log in first (docker login ${registry}) or set DOCKER_CONFIG`, status);
      throw new RegistryError(
        `the token server of ${registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''}: ${errorDetail(status, text).text}; check the user name and password`,
        status,
      );
    }
    if (status === 429) throw new RegistryError(rateLimited(`the token server of ${registry}`, res.headers['retry-after'] as string | undefined), 429);
    if (status !== 200) throw new RegistryError(`the token server of ${registry} answered ${errorDetail(status, text).text}`, status);
    let j: { token?: string; access_token?: string; expires_in?: number };
    try {
      j = JSON.parse(text.toString('utf8'));
    } catch {
      throw new UserError(`the token server of ${registry} sent something that is not JSON`);
    }
    const token = j.token ?? j.access_token;
    if (!token) throw new UserError(`the token server of ${registry} sent no token`);
    s.tokens.put(scopes, token, j.expires_in ?? 60);
    return token;
  }

  // ---------------------------------------------------------------- manifests

  private cachePath(digest: string): string | undefined {
    if (!this.opts.cacheDir || !/^sha256:[a-f0-9]{64}$/.test(digest)) return undefined;
    return join(this.opts.cacheDir, 'manifests', digest.replace(':', '-'));
  }

  private async cacheGet(digest: string): Promise<FetchedManifest | undefined> {
    const p = this.cachePath(digest);
    if (!p) return undefined;
    try {
      const raw = await readFile(p);
      const nl = raw.indexOf(10);
      const mediaType = raw.subarray(0, nl).toString('utf8');
      const bytes = raw.subarray(nl + 1);
      if (digestOf(bytes) !== digest) return undefined;
      return { mediaType, digest, bytes, json: JSON.parse(bytes.toString('utf8')) };
    } catch {
      return undefined;
    }
  }

  private async cachePut(m: FetchedManifest): Promise<void> {
    const p = this.cachePath(m.digest);
    if (!p) return;
    try {
      await mkdir(join(this.opts.cacheDir as string, 'manifests'), { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      await writeFile(tmp, Buffer.concat([Buffer.from(`${m.mediaType}\n`), m.bytes]));
      await rename(tmp, p);
    } catch {
      /* a cache is best effort */
    }
  }

  /**
   * HEAD a manifest: digest, media type and size without a pull (Docker Hub does not count HEADs).
   * Undefined when it does not exist.
   */
  async headManifest(ref: Reference): Promise<ManifestHead | undefined> {
    const what = `manifest ${formatReference(ref)}`;
    const res = await this.request({
      registry: ref.registry,
      method: 'HEAD',
      path: `/v2/${ref.repository}/manifests/${manifestKey(ref)}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [pullScope(ref.repository)],
      what,
      // distribution 2.8 answers HEAD of a *tag* whose index holds attestation manifests
      // (platform unknown/unknown) with 500, while GET of the same tag works: fall back to GET
      retry500: false,
    });
    res.resume();
    const status = res.statusCode ?? 0;
    if (status === 404) return undefined;
    const digest = res.headers['docker-content-digest'] as string | undefined;
    if (status === 500 || (status === 200 && !digest && !ref.digest)) {
      const m = await this.getManifest(ref, { allowMissing: true });
      return m ? { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length } : undefined;
    }
    await this.expect(res, [200], `HEAD ${what}`, ref.registry);
    return {
      digest: digest ?? (ref.digest as string),
      mediaType: manifestMediaType({}, res.headers['content-type']),
      size: Number(res.headers['content-length'] ?? 0),
    };
  }

  /** GET a manifest, verified against the digest it is addressed by (or the one the registry states). */
  async getManifest(ref: Reference): Promise<FetchedManifest>;
  async getManifest(ref: Reference, opts: { allowMissing: true }): Promise<FetchedManifest | undefined>;
  async getManifest(ref: Reference, opts: { allowMissing?: boolean } = {}): Promise<FetchedManifest | undefined> {
    if (ref.digest) {
      const hit = await this.cacheGet(ref.digest);
      if (hit) return hit;
    }
    return this.againOnBrokenBody(ref.registry, () => this.getManifestOnce(ref, opts));
  }

  /**
   * Run a whole GET again when its answer broke off or its bytes did not match their digest (a
   * connection cut, a corrupting proxy): bounded by the retries, each a retry event like any other.
   */
  private async againOnBrokenBody<T>(registry: string, once: () => Promise<T>): Promise<T> {
    const retries = this.opts.retries ?? 4;
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (e) {
        const broken = e instanceof BodyError || e instanceof DigestMismatchError;
        if (!broken || attempt >= retries || this.opts.signal?.aborted) throw e;
        const reason = e instanceof DigestMismatchError ? 'content did not match its digest' : 'the answer ended early';
        await this.retryWait(registry, new URL(this.state(registry).base).host, attempt, retries, this.backoff(attempt), reason);
      }
    }
  }

  private async getManifestOnce(ref: Reference, opts: { allowMissing?: boolean }): Promise<FetchedManifest | undefined> {
    const what = `manifest ${formatReference(ref)}`;
    const res = await this.request({
      registry: ref.registry,
      method: 'GET',
      path: `/v2/${ref.repository}/manifests/${manifestKey(ref)}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [pullScope(ref.repository)],
      what,
    });
    if (res.statusCode === 404 && opts.allowMissing) {
      res.resume();
      return undefined;
    }
    if (res.statusCode === 404) {
      res.resume();
      throw new RegistryError(`${formatReference(ref)} not found`, 404, 'MANIFEST_UNKNOWN');
    }
    await this.expect(res, [200], `GET ${what}`, ref.registry);
    const bytes = await readAll(res, 4 * 1024 * 1024, what, this.opts.signal);
    const stated = res.headers['docker-content-digest'] as string | undefined;
    const algorithm = (ref.digest ?? stated ?? 'sha256:').startsWith('sha512:') ? 'sha512' : 'sha256';
    const digest = digestOf(bytes, algorithm);
    const expected = ref.digest ?? (stated?.startsWith(`${algorithm}:`) ? stated : undefined);
    if (expected && expected !== digest) throw new DigestMismatchError(`${what}: content does not match its digest (expected ${expected}, got ${digest})`);
    let json: FetchedManifest['json'];
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new UserError(`${what} is not JSON`);
    }
    const m: FetchedManifest = { mediaType: manifestMediaType(json, res.headers['content-type']), digest, bytes, json };
    await this.cachePut(m);
    return m;
  }

  /** PUT a manifest under a tag or its digest; returns its digest. */
  async putManifest(ref: Reference, bytes: Buffer, mediaType: string): Promise<string> {
    const digest = digestOf(bytes);
    const key = ref.tag ?? ref.digest ?? digest;
    const what = `manifest ${ref.registry}/${ref.repository}:${key}`;
    const res = await this.request({
      registry: ref.registry,
      method: 'PUT',
      path: `/v2/${ref.repository}/manifests/${key}`,
      headers: { 'content-type': mediaType },
      body: bytes,
      scopes: [pushScope(ref.repository)],
      what,
    });
    res.resume();
    await this.expect(res, [200, 201, 202], `PUT ${what}`, ref.registry);
    return digest;
  }

  // ---------------------------------------------------------------- blobs

  /** Size of a blob if the repository has it, else undefined. */
  async headBlob(registry: string, repository: string, digest: string): Promise<number | undefined> {
    const res = await this.request({
      registry,
      method: 'HEAD',
      path: `/v2/${repository}/blobs/${digest}`,
      scopes: [pullScope(repository)],
      what: `blob ${digest}`,
    });
    res.resume();
    if (res.statusCode === 404) return undefined;
    await this.expect(res, [200], `HEAD blob ${repository}@${digest}`, registry);
    return Number(res.headers['content-length'] ?? 0);
  }

  /** A blob as a stream that errors if the content does not match the digest (or size). */
  async getBlob(registry: string, repository: string, digest: string, size?: number): Promise<Readable> {
    const what = `blob ${registry}/${repository}@${digest}`;
    const res = await this.request({ registry, method: 'GET', path: `/v2/${repository}/blobs/${digest}`, scopes: [pullScope(repository)], what });
    await this.expect(res, [200], `GET ${what}`, registry);
    const verifier = new DigestVerifier(digest, size, what);
    // a broken download is said as such, naming the source (its copy's upload reports it)
    res.on('error', (e) => verifier.destroy(this.opts.signal?.aborted ? abortError(this.opts.signal) : bodyError(res, what, verifier.bytes, e)));
    // whoever reads it (an upload's pipeline, readAll) gets its error; one nobody reads any more
    // (its copy was abandoned) must not become an uncaught exception
    verifier.on('error', () => {});
    res.pipe(verifier);
    return verifier;
  }

  /** A small blob (an image config) read whole, verified. */
  async getBlobBytes(registry: string, repository: string, digest: string, limit = 4 * 1024 * 1024): Promise<Buffer> {
    return this.againOnBrokenBody(registry, async () => {
      const s = await this.getBlob(registry, repository, digest);
      return readAll(s, limit, `blob ${registry}/${repository}@${digest}`, this.opts.signal);
    });
  }

  /**
   * Open an upload session; with `mountFrom` first ask the registry to mount the blob from another
   * repository (201: done, nothing to upload; 202: it could not, and the session is ours to use).
   */
  async startUpload(
    registry: string,
    repository: string,
    mountFrom?: { repository: string; digest: string },
  ): Promise<{ mounted: true } | { mounted: false; location: string }> {
    const q = mountFrom ? `?mount=${encodeURIComponent(mountFrom.digest)}&from=${encodeURIComponent(mountFrom.repository)}` : '';
    const scopes = [pushScope(repository), ...(mountFrom ? [pullScope(mountFrom.repository)] : [])];
    const what = `upload to ${registry}/${repository}`;
    const res = await this.request({ registry, method: 'POST', path: `/v2/${repository}/blobs/uploads/${q}`, scopes, what });
    res.resume();
    if (res.statusCode === 201 && mountFrom) return { mounted: true };
    await this.expect(res, [202], `POST ${what}`, registry);
    const location = res.headers.location;
    if (!location) throw new UserError(`registry ${registry} opened an upload without a Location`);
    return { mounted: false, location: new URL(location, this.state(registry).base).toString() };
  }

  /** Finish an upload in one PUT carrying the whole blob (streamed when a Readable). */
  async putUpload(registry: string, repository: string, location: string, digest: string, body: Buffer | Readable, size: number): Promise<void> {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const what = `blob ${registry}/${repository}@${digest}`;
    const res = await this.request({
      registry,
      method: 'PUT',
      path: url.toString(),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body,
      scopes: [pushScope(repository)],
      what,
    });
    res.resume();
    await this.expect(res, [201, 204], `PUT ${what}`, registry);
  }

  /** Chunked upload: PATCH chunks of at most chunkSize bytes (buffered one at a time), then PUT ?digest=. */
  async uploadChunked(registry: string, repository: string, location: string, digest: string, body: Readable, chunkSize: number): Promise<void> {
    let loc = location;
    let offset = 0;
    const what = `blob ${registry}/${repository}@${digest}`;
    const sendChunk = async (chunk: Buffer) => {
      const res = await this.request({
        registry,
        method: 'PATCH',
        path: loc,
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
        body: chunk,
        scopes: [pushScope(repository)],
        what,
      });
      res.resume();
      await this.expect(res, [202], `PATCH ${what}`, registry);
      if (res.headers.location) loc = new URL(res.headers.location, this.state(registry).base).toString();
      offset += chunk.length;
    };
    let parts: Buffer[] = [];
    let n = 0;
    for await (const c of body) {
      let buf = c as Buffer;
      while (buf.length > 0) {
        const take = Math.min(buf.length, chunkSize - n);
        parts.push(buf.subarray(0, take));
        n += take;
        buf = buf.subarray(take);
        if (n === chunkSize) {
          await sendChunk(Buffer.concat(parts));
          parts = [];
          n = 0;
        }
      }
    }
    if (n > 0) await sendChunk(Buffer.concat(parts));
    const url = new URL(loc);
    url.searchParams.set('digest', digest);
    const res = await this.request({ registry, method: 'PUT', path: url.toString(), scopes: [pushScope(repository)], what });
    res.resume();
    await this.expect(res, [201, 204], `PUT ${what}`, registry);
  }

  /**
   * Push one blob unless the repository has it: mount from `mountFrom` when given, else upload
   * (monolithic, or chunked with chunkSize). `open` is called at most once, only if bytes must move.
   */
  async pushBlob(
    registry: string,
    repository: string,
    digest: string,
    size: number,
    open: () => Promise<Readable | Buffer> | Readable | Buffer,
    opts: { mountFrom?: string; chunkSize?: number; skipExistCheck?: boolean } = {},
  ): Promise<'exists' | 'mounted' | 'uploaded'> {
    if (!opts.mountFrom && !opts.skipExistCheck && (await this.headBlob(registry, repository, digest)) !== undefined) return 'exists';
    const session = await this.startUpload(registry, repository, opts.mountFrom ? { repository: opts.mountFrom, digest } : undefined);
    if (session.mounted) return 'mounted';
    const body = await open();
    if (body instanceof Readable && body.listenerCount('error') === 0) body.on('error', () => {}); // reported by the upload
    if (opts.chunkSize && body instanceof Readable) await this.uploadChunked(registry, repository, session.location, digest, body, opts.chunkSize);
    else await this.putUpload(registry, repository, session.location, digest, body, size);
    return 'uploaded';
  }

  // ---------------------------------------------------------------- tags

  async listTags(registry: string, repository: string): Promise<string[]> {
    const out: string[] = [];
    let path: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    while (path) {
      const res = await this.request({ registry, method: 'GET', path, scopes: [pullScope(repository)], what: `tags of ${repository}` });
      if (res.statusCode === 404) {
        res.resume();
        throw new RegistryError(`repository ${registry}/${repository} not found`, 404, 'NAME_UNKNOWN');
      }
      await this.expect(res, [200], `GET tags of ${repository}`, registry);
      const j = JSON.parse((await readAll(res, 16 * 1024 * 1024, 'tag list', this.opts.signal)).toString('utf8')) as { tags?: string[] | null };
      out.push(...(j.tags ?? []));
      const link = res.headers.link as string | undefined;
      const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
      path = next ? new URL(next, this.state(registry).base).toString() : undefined;
    }
    return out;
  }
}

