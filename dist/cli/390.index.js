export const id = 390;
export const ids = [390];
export const modules = {

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSeconds)
/* harmony export */ });
/** A duration as people read it in one line: `0.2 s`, `1.5 s`, `12 s`, `30 s`. */
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${s < 10 ? Number(s.toFixed(1)) : Math.round(s)} s`;
}


/***/ }),

/***/ 7481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ TokenCache),
/* harmony export */   OL: () => (/* binding */ mergeScopes),
/* harmony export */   Xu: () => (/* binding */ pushScope),
/* harmony export */   iH: () => (/* binding */ pullScope),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* unused harmony export parseScopes */
/** Parsing of WWW-Authenticate challenges and a scope-aware token cache (distribution token auth). */
/** Parse `Bearer realm="…",service="…",scope="…"` (one challenge; the first when several are sent). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    let p;
    // biome-ignore lint/suspicious/noAssignInExpressions: regex loop
    while ((p = re.exec(m[2] ?? '')) !== null) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme: m[1].toLowerCase(), params };
}
/** `repository:a/b:pull,push` → resource and actions. Several scopes may be space-separated. */
function parseScopes(scopes) {
    const out = new Map();
    for (const s of scopes.flatMap((x) => x.split(' ')).filter(Boolean)) {
        const i = s.lastIndexOf(':');
        if (i < 0)
            continue;
        const resource = s.slice(0, i);
        const set = out.get(resource) ?? new Set();
        for (const a of s.slice(i + 1).split(','))
            if (a)
                set.add(a);
        out.set(resource, set);
    }
    return out;
}
/** Merge scopes for the same resource: repository:x:pull + repository:x:push → repository:x:pull,push. */
function mergeScopes(scopes) {
    return [...parseScopes(scopes)].map(([r, a]) => `${r}:${[...a].sort().join(',')}`).sort();
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
/** Tokens per registry, reused for any request whose scopes a cached token covers. */
class TokenCache {
    tokens = [];
    get(scopes, now = Date.now()) {
        const want = parseScopes(scopes);
        this.tokens = this.tokens.filter((t) => t.expiresAt > now);
        for (const t of this.tokens) {
            let covers = true;
            for (const [r, acts] of want) {
                const have = t.scopes.get(r);
                if (!have || [...acts].some((a) => !have.has(a) && !have.has('*')))
                    covers = false;
            }
            if (covers)
                return t.token;
        }
        return undefined;
    }
    put(scopes, token, expiresInSeconds, now = Date.now()) {
        // refresh a little early; distribution's minimum token lifetime is 60s
        const ttl = Math.max(expiresInSeconds, 60) * 1000 - 10_000;
        this.tokens.push({ scopes: parseScopes(scopes), token, expiresAt: now + ttl });
    }
    clear() {
        this.tokens = [];
    }
}
/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryClient: () => (/* binding */ RegistryClient),
  gl: () => (/* binding */ RegistryError),
  vt: () => (/* binding */ abortError)
});

// UNUSED EXPORTS: BodyError, bodyError, rateLimited

// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/registry/auth.ts
var registry_auth = __webpack_require__(7481);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __webpack_require__(26);
;// CONCATENATED MODULE: ./src/registry/credentials.ts





/** Run docker-credential-<helper> get, as the docker CLI does. */
const runCredentialHelper = (helper, server) => new Promise((resolve, reject) => {
    const bin = `docker-credential-${helper}`;
    const child = (0,external_node_child_process_.spawn)(bin, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d.toString()));
    child.stderr.on('data', (d) => (err += d.toString()));
    child.on('error', (e) => reject(new errors/* UserError */.yo(e.code === 'ENOENT' ? `credential helper ${bin} is configured in config.json but not on PATH` : `${bin}: ${e.message}`)));
    child.on('close', (code) => {
        if (code === 0) {
            try {
                const j = JSON.parse(out);
                if (j.Username === '<token>')
                    resolve({ identityToken: j.Secret });
                else
                    resolve({ username: j.Username, password: j.Secret });
            }
            catch {
                reject(new errors/* UserError */.yo(`${bin} get printed something that is not JSON`));
            }
        }
        else if (/credentials not found/i.test(out + err))
            resolve(undefined);
        else
            reject(new errors/* UserError */.yo(`${bin} get failed for ${server}: ${(err || out).trim().split('\n')[0]}`));
    });
    child.stdin.end(server);
});
/**
 * Credentials for a registry from a docker config directory: credHelpers[host], then auths[host]
 * (auth, username/password, identitytoken), then the global credsStore. Undefined means anonymous.
 */
async function loadCredentials(registry, opts = {}) {
    const file = (0,external_node_path_.join)(opts.configDir ?? (0,docker_config/* dockerConfigDir */.kG)(), 'config.json');
    let cfg;
    try {
        cfg = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo(`cannot read docker config ${file}: ${e.message}`);
    }
    const helper = opts.helper ?? runCredentialHelper;
    const key = (0,docker_config/* configKey */.ur)(registry);
    const helperName = Object.entries(cfg.credHelpers ?? {}).find(([k]) => (0,docker_config/* sameRegistry */.cJ)(k, registry))?.[1];
    if (helperName)
        return helper(helperName, key);
    const entry = Object.entries(cfg.auths ?? {}).find(([k]) => (0,docker_config/* sameRegistry */.cJ)(k, registry))?.[1];
    if (entry && (entry.auth || entry.username || entry.identitytoken)) {
        const c = {};
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i < 0)
                throw new errors/* UserError */.yo(`the auth entry for ${key} in ${file} is not base64 of user:password`);
            c.username = decoded.slice(0, i);
            c.password = decoded.slice(i + 1);
        }
        else if (entry.username) {
            c.username = entry.username;
            c.password = entry.password;
        }
        if (entry.identitytoken)
            c.identityToken = entry.identitytoken;
        return c;
    }
    if (cfg.credsStore)
        return helper(cfg.credsStore, key);
    return undefined;
}

// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/registry/realm.ts
// Which token servers a registry may send us to. A registry's Bearer challenge names a realm: the
// URL we send credentials to for a token. A compromised or malicious registry could name any URL
// (another company's server, a plain-HTTP one, the cloud metadata service), so, as
// go-containerregistry does, the realm must be https (http only when the registry itself is
// reached insecurely), must not be a private or link-local address unless the registry is one
// too, and must share the registry's trust domain (its last two DNS labels; an IP only itself).

/** The address families that must never receive credentials from a public registry. */
function isPrivateAddress(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    const v = (0,external_node_net_.isIP)(h);
    if (v === 4) {
        const [a, b] = h.split('.').map(Number);
        return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
    }
    if (v === 6)
        return h === '::1' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || h.startsWith('::ffff:127.');
    return false;
}
const isLoopbackHost = (host) => {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\./.test(h);
};
/** The trust domain of a host: its last two labels; an IP literal (or a one-label name) is its own. */
function trustDomain(host) {
    const h = host
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '')
        .toLowerCase();
    if ((0,external_node_net_.isIP)(h))
        return h;
    const labels = h.split('.');
    return labels.length < 2 ? h : labels.slice(-2).join('.');
}
/**
 * Check the realm a registry named. `registryHost` is the host the client talks to (name or IP,
 * without port), `registryInsecure` true when it is reached over plain HTTP or without TLS checks.
 */
function checkRealm(realm, registryHost, registryInsecure) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return { refused: `its token realm "${realm}" is not a URL` };
    }
    if (url.protocol === 'http:') {
        if (!registryInsecure)
            return { refused: `its token realm ${url.origin} is plain HTTP while the registry is HTTPS (credentials would travel unencrypted)` };
    }
    else if (url.protocol !== 'https:') {
        return { refused: `its token realm ${realm} uses ${url.protocol.replace(/:$/, '')}, not https` };
    }
    const host = url.hostname;
    // both on this machine (a local registry with a local token server): one trust domain
    if (isLoopbackHost(host) && isLoopbackHost(registryHost))
        return { url };
    if (isPrivateAddress(host) && !isPrivateAddress(registryHost))
        return { refused: `its token realm ${url.origin} is a private or link-local address, the registry is not` };
    if (trustDomain(host) !== trustDomain(registryHost))
        return { refused: `its token realm ${url.origin} is outside the registry's domain (${trustDomain(host)} is not ${trustDomain(registryHost)})` };
    return { url };
}

// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(5035);
;// CONCATENATED MODULE: ./src/registry/client.ts














/** An HTTP answer the registry gave that the operation could not accept. */
class RegistryError extends errors/* UserError */.yo {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/** The error a call rejects with once its signal aborted: the signal's reason when it is an Error. */
function abortError(signal) {
    const r = signal.reason;
    if (r instanceof Error && !(r.name === 'AbortError' && !r.message))
        return r;
    return new errors/* UserError */.yo(typeof r === 'string' && r ? r : 'the registry operation was cancelled');
}
function kindOf(path) {
    if (/\/manifests\//.test(path))
        return 'manifest';
    if (/\/blobs\/uploads\//.test(path))
        return 'upload';
    if (/\/blobs\//.test(path))
        return 'blob';
    if (/\/tags\/list/.test(path))
        return 'tags';
    if (/\/v2\/?$/.test(path))
        return 'ping';
    return 'other';
}
/** A connection failure in a user's words; `host` is the peer, for the answers that name it. */
function netMessage(err, host) {
    const code = err.code ?? '';
    // Node's HTTP parser: the peer answered, but not in HTTP (another service on the port, TLS, …)
    if (code.startsWith('HPE_') || /^Parse Error/.test(err.message))
        return `${host ?? 'the peer'} does not speak HTTP (its answer is not an HTTP response; is this the registry's port?)`;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND')
        return 'host not found';
    if (code === 'ETIMEDOUT')
        return /^no answer /.test(err.message) ? err.message : 'timed out';
    if (code === 'ECONNRESET')
        return 'connection reset';
    if (code === 'EPROTO' || /wrong version number|ssl3_get_record|packet length too long/i.test(err.message))
        return 'TLS handshake failed (does it speak plain HTTP? then use --plain-http)';
    if (/certificate|CERT_|self[- ]signed/i.test(code + err.message))
        return `TLS certificate not trusted (${err.message}; use --insecure to skip verification)`;
    return err.message || code;
}
/** The answer's body broke off (reset, closed early, stalled): worth another try when the request can be replayed. */
class BodyError extends errors/* UserError */.yo {
}
/** Answers whose connection went idle past the timeout (so a broken body is said as "stopped sending"). */
const stalled = new WeakSet();
/** A body read that failed, in a user's words: who, what, how far it got, why. */
function bodyError(res, what, got, err) {
    const msg = 'headers' in res ? res : undefined;
    const total = Number(msg?.headers['content-length'] ?? Number.NaN);
    const of = Number.isFinite(total) ? ` of ${total}` : '';
    const why = msg && stalled.has(msg) ? 'the registry stopped sending' : err.message === 'aborted' ? 'the connection closed' : netMessage(err);
    return new BodyError(`${what}: the answer ended early, after ${got}${of} bytes (${why})`);
}
async function readAll(res, limit, what, signal) {
    const chunks = [];
    let n = 0;
    try {
        for await (const c of res) {
            n += c.length;
            if (n > limit) {
                res.destroy();
                throw new errors/* UserError */.yo(`${what} is larger than ${limit} bytes; refusing to buffer it`);
            }
            chunks.push(c);
        }
    }
    catch (e) {
        if (signal?.aborted)
            throw abortError(signal);
        if (e instanceof errors/* UserError */.yo)
            throw e;
        throw bodyError(res, what, n, e);
    }
    return Buffer.concat(chunks);
}
/** `rate limited by HOST (HTTP 429), retry after 60 s`: what a 429 means, with the wait it asked for. */
function rateLimited(host, retryAfter) {
    const ms = (0,registry_auth/* parseRetryAfter */.mu)(retryAfter);
    return `rate limited by ${host} (HTTP 429)${ms !== undefined ? `, retry after ${(0,duration/* formatSeconds */.X)(ms)}` : ''}`;
}
function errorDetail(status, body) {
    try {
        const j = JSON.parse(body.toString('utf8'));
        const e = j.errors?.[0];
        if (e)
            return { code: e.code, text: `${e.code ?? status}${e.message ? `: ${e.message}` : ''}` };
    }
    catch {
        /* not JSON */
    }
    const t = body.toString('utf8').trim().split('\n')[0]?.slice(0, 200);
    return { text: t ? `HTTP ${status}: ${t}` : `HTTP ${status}` };
}
function listMatch(opt, registry) {
    if (opt === true)
        return true;
    if (!opt)
        return false;
    const r = (0,reference/* normaliseRegistry */.Me)(registry);
    return opt.some((x) => (0,reference/* normaliseRegistry */.Me)(x) === r);
}
/**
 * A client of the OCI distribution API (v1.1). One instance keeps connections, credentials and
 * tokens per registry; it is safe to use from many concurrent operations.
 */
class RegistryClient {
    opts;
    states = new Map();
    httpAgent;
    httpsAgent;
    httpsInsecureAgent;
    /** requests made, by `METHOD kind` (e.g. `PUT upload`), for tests and benchmarks */
    stats = new Map();
    constructor(opts = {}) {
        this.opts = opts;
        const maxSockets = opts.maxSockets ?? 16;
        this.httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets });
        this.httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets });
        this.httpsInsecureAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets, rejectUnauthorized: false });
    }
    /**
     * A client sharing this one's connections, credentials, tokens and stats, with some options
     * replaced (e.g. a signal and timeouts for one bounded operation). Closing either closes both.
     */
    withOptions(extra) {
        const c = Object.create(RegistryClient.prototype);
        Object.assign(c, this, { opts: { ...this.opts, ...extra } });
        return c;
    }
    /** Close idle connections (lets the process exit promptly). */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        this.httpsInsecureAgent.destroy();
    }
    count(key) {
        return this.stats.get(key) ?? 0;
    }
    state(registry) {
        const key = (0,reference/* normaliseRegistry */.Me)(registry);
        let s = this.states.get(key);
        if (!s) {
            const plain = (0,reference/* isLoopback */.U9)(key) || listMatch(this.opts.plainHttp, key);
            s = { base: `${plain ? 'http' : 'https'}://${(0,reference/* apiHost */.nz)(key)}`, tokens: new registry_auth/* TokenCache */.GW(), pendingTokens: new Map() };
            this.states.set(key, s);
        }
        return s;
    }
    credentials(registry) {
        const s = this.state(registry);
        s.creds ??= this.opts.credentials ? this.opts.credentials(registry) : loadCredentials(registry, { configDir: this.opts.configDir });
        return s.creds;
    }
    // ---------------------------------------------------------------- transport
    sendOnce(registry, method, url, headers, body) {
        const insecure = listMatch(this.opts.insecure, registry);
        const agent = url.protocol === 'http:' ? this.httpAgent : insecure ? this.httpsInsecureAgent : this.httpsAgent;
        const mod = url.protocol === 'http:' ? (external_node_http_default()) : (external_node_https_default());
        const h = { 'user-agent': this.opts.userAgent ?? 'gen-ci', ...headers };
        if (Buffer.isBuffer(body))
            h['content-length'] = String(body.length);
        else if (body === undefined && ['PUT', 'POST', 'PATCH'].includes(method))
            h['content-length'] ??= '0';
        const signal = this.opts.signal;
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        return new Promise((resolve, reject) => {
            const req = mod.request(url, { method, headers: h, agent, ...(signal ? { signal } : {}) });
            const bound = this.opts.requestTimeoutMs;
            const timeout = bound ?? this.opts.timeoutMs ?? 60_000;
            const timedOut = () => Object.assign(new Error(`no answer within ${(0,duration/* formatSeconds */.X)(timeout)}`), { code: 'ETIMEDOUT' });
            let answered;
            req.setTimeout(timeout, () => {
                if (answered)
                    stalled.add(answered);
                req.destroy(timedOut());
            });
            // the idle timer alone lets a slow connect or a server that trickles bytes hold a request:
            // with requestTimeoutMs the whole wait for the answer's headers is bounded too (for a
            // streamed body, from when it has been sent)
            let answer;
            const startAnswerTimer = () => {
                if (bound !== undefined && !answer)
                    answer = setTimeout(() => req.destroy(timedOut()), bound);
            };
            if (body instanceof external_node_stream_.Readable)
                req.on('finish', startAnswerTimer);
            else
                startAnswerTimer();
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
            if (body instanceof external_node_stream_.Readable) {
                (0,external_node_stream_.pipeline)(body, req, (err) => {
                    if (err) {
                        req.destroy(err);
                        reject(err);
                    }
                });
            }
            else
                req.end(body);
        });
    }
    /** Send, following redirects; Authorization is dropped when a redirect leaves the registry's origin. */
    async send(registry, method, url, headers, body) {
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
            if (![301, 302, 303, 307, 308].includes(status) || !location || !['GET', 'HEAD'].includes(method))
                return res;
            res.resume();
            current = new URL(location, current);
            if (current.origin !== origin) {
                // the spec: blob redirects (object storage, CDNs) must not receive the registry credentials
                const { authorization: _drop, ...rest } = h;
                h = rest;
            }
        }
        throw new errors/* UserError */.yo(`${registry}: too many redirects for ${method} ${url.pathname}`);
    }
    /** Report a retry, then wait for it (ends early, rejecting, when the signal aborts). */
    retryWait(registry, host, attempt, retries, delayMs, reason) {
        this.opts.onRetry?.({ registry, host, attempt: attempt + 1, retries, delayMs, reason });
        return (0,retry/* sleep */.y)(delayMs, this.opts.signal, abortError);
    }
    /**
     * How long to wait before retrying this answer (its Retry-After, capped at maxRetryDelayMs, or
     * the backoff), or undefined when it is final: not a transient status (429, 5xx) or out of retries.
     * Within a deadline, withDeadline ends the operation at once when the wait would pass it.
     */
    retryDelay(res, attempt, retries) {
        if (!RETRY_STATUS.has(res.statusCode ?? 0) || attempt >= retries)
            return undefined;
        return this.backoff(attempt, (0,registry_auth/* parseRetryAfter */.mu)(res.headers['retry-after']));
    }
    backoff(attempt, retryAfter) {
        const max = this.opts.maxRetryDelayMs ?? 30_000;
        if (retryAfter !== undefined)
            return Math.min(retryAfter, max);
        return (0,retry/* backoffMs */.j)(attempt, this.opts.retryBaseMs ?? 200, max, Math.random);
    }
    /**
     * One registry request with authentication, retries (429/5xx/connection failures, honouring
     * Retry-After) and redirects. Streamed bodies are sent once; their callers retry whole transfers.
     */
    async request(r) {
        const s = this.state(r.registry);
        // no ping first: a 401 on any replayable request teaches the challenge, and every streamed
        // upload (PUT) follows the POST that opened its session, which already carried the push scope
        const isPing = r.path === '/v2/';
        const url = new URL(r.path, s.base);
        const replayable = !(r.body instanceof external_node_stream_.Readable);
        // a streamed body may fail (e.g. a digest check) before the upload pipes it: keep that from
        // becoming an uncaught exception; the pipeline that sends it reports the error
        if (r.body instanceof external_node_stream_.Readable && r.body.listenerCount('error') === 0)
            r.body.on('error', () => { });
        const retries = this.opts.retries ?? 4;
        let reauthed = false;
        for (let attempt = 0;; attempt++) {
            const headers = { ...r.headers };
            const auth = await this.authorization(r.registry, r.scopes);
            if (auth)
                headers.authorization = auth;
            let res;
            try {
                res = await this.send(r.registry, r.method, url, headers, r.body);
            }
            catch (e) {
                const err = e;
                if (this.opts.signal?.aborted)
                    throw abortError(this.opts.signal);
                if (err instanceof errors/* UserError */.yo)
                    throw err;
                // a streamed body that failed (the source of a copy) is not the destination's fault
                if (r.body instanceof external_node_stream_.Readable && r.body.errored) {
                    const be = r.body.errored;
                    if (be instanceof errors/* UserError */.yo)
                        throw be;
                    throw new errors/* UserError */.yo(`reading the content for ${r.what} failed: ${netMessage(be)}`);
                }
                this.opts.onRequest?.({ registry: r.registry, method: r.method, url: url.toString(), kind: kindOf(url.pathname), error: err.code ?? err.message });
                if (replayable && RETRY_CODES.has(err.code ?? '') && attempt < retries) {
                    await this.retryWait(r.registry, url.host, attempt, retries, this.backoff(attempt), netMessage(err, url.host));
                    continue;
                }
                const tries = attempt + 1;
                const why = netMessage(err, url.host);
                if (why.includes('does not speak HTTP'))
                    throw new errors/* UserError */.yo(`${why.replace(/ \(/, ` (${r.what}; `)}`);
                throw new errors/* UserError */.yo(`cannot reach registry ${r.registry} (${r.what}): ${why}${tries > 1 ? ` after ${tries} attempts` : ''}`);
            }
            const status = res.statusCode ?? 0;
            if (status === 401 && isPing)
                return res;
            if (status === 401 && replayable && !reauthed) {
                reauthed = true;
                const ch = (0,registry_auth/* parseChallenge */.xy)(res.headers['www-authenticate']);
                res.resume();
                if (ch) {
                    s.challenge = ch;
                    s.tokens.clear();
                    if (ch.params.scope)
                        r = { ...r, scopes: (0,registry_auth/* mergeScopes */.OL)([...r.scopes, ch.params.scope]) };
                }
                attempt--;
                continue;
            }
            const wait = replayable && (status !== 500 || (r.retry500 ?? true)) ? this.retryDelay(res, attempt, retries) : undefined;
            if (wait !== undefined) {
                res.resume();
                await this.retryWait(r.registry, url.host, attempt, retries, wait, status === 429 ? rateLimited(url.host, res.headers['retry-after']) : `HTTP ${status}`);
                continue;
            }
            if (status === 401 || status === 403) {
                const body = r.method === 'HEAD' ? Buffer.alloc(0) : await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
                throw await this.authError(r, status, body);
            }
            return res;
        }
    }
    async authError(r, status, body) {
        const creds = await this.credentials(r.registry).catch(() => undefined);
        const d = errorDetail(status, body);
        if (status === 403)
            return new RegistryError(`registry ${r.registry} denied access (${r.what}): ${d.text}; check that ${creds?.username ? `user "${creds.username}"` : 'this login'} may ${r.scopes.some((x) => x.includes('push')) ? 'push to' : 'pull from'} it`, 403, d.code);
        if (!creds)
            return new RegistryError(`registry ${r.registry} requires authentication (${r.what}); log in first (docker login ${r.registry}) or set DOCKER_CONFIG`, 401, d.code);
        return new RegistryError(`registry ${r.registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''} (${r.what}): ${d.text}; check the user name and password`, 401, d.code);
    }
    /** Raise a RegistryError for an unexpected status, with the registry's own error code. */
    async expect(res, ok, what, registry) {
        const status = res.statusCode ?? 0;
        if (ok.includes(status))
            return;
        const body = await readAll(res, 64 * 1024, 'error body').catch(() => Buffer.alloc(0));
        const d = errorDetail(status, body);
        if (status === 429)
            throw new RegistryError(`${rateLimited(registry, res.headers['retry-after'])} (${what})`, 429, d.code);
        throw new RegistryError(`registry ${registry}: ${what}: ${d.text}`, status, d.code);
    }
    // ---------------------------------------------------------------- auth
    /** GET /v2/ once per registry: learns whether and how it authenticates. */
    ping(registry) {
        const s = this.state(registry);
        s.pinged ??= (async () => {
            const res = await this.request({ registry, method: 'GET', path: '/v2/', scopes: [], what: 'ping' });
            res.resume();
            const status = res.statusCode ?? 0;
            if (status === 401) {
                s.challenge = (0,registry_auth/* parseChallenge */.xy)(res.headers['www-authenticate']);
                return;
            }
            if (status === 404 || status >= 500 || status === 0)
                await this.expect(res, [200], 'GET /v2/ (is this an OCI registry?)', registry);
        })();
        s.pinged.catch(() => {
            s.pinged = undefined;
        });
        return s.pinged;
    }
    async authorization(registry, scopes) {
        const s = this.state(registry);
        const ch = s.challenge;
        if (!ch)
            return undefined;
        if (ch.scheme === 'basic') {
            const c = await this.credentials(registry);
            if (!c?.username)
                return undefined;
            return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
        }
        if (ch.scheme === 'bearer') {
            const want = (0,registry_auth/* mergeScopes */.OL)(scopes);
            const cached = s.tokens.get(want);
            if (cached)
                return `Bearer ${cached}`;
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
    async tokenRequest(registry, realm, method, ch, scopes, creds) {
        const url = new URL(realm);
        const headers = {};
        let body;
        if (method === 'POST') {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds?.identityToken ?? '', client_id: 'gen-ci' });
            if (ch.params.service)
                form.set('service', ch.params.service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            body = Buffer.from(form.toString());
            headers['content-type'] = 'application/x-www-form-urlencoded';
        }
        else {
            if (ch.params.service)
                url.searchParams.set('service', ch.params.service);
            for (const sc of scopes)
                url.searchParams.append('scope', sc);
            if (creds?.username)
                headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password ?? ''}`).toString('base64')}`;
        }
        const retries = this.opts.retries ?? 4;
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                res = await this.sendOnce(registry, method, url, headers, body);
            }
            catch (e) {
                const err = e;
                if (this.opts.signal?.aborted)
                    throw abortError(this.opts.signal);
                if (RETRY_CODES.has(err.code ?? '') && attempt < retries) {
                    await this.retryWait(registry, url.host, attempt, retries, this.backoff(attempt), netMessage(err, url.host));
                    continue;
                }
                throw new errors/* UserError */.yo(`cannot reach the token server of ${registry} (${url.origin}): ${netMessage(err, url.host)}`);
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
    async fetchToken(registry, ch, scopes) {
        const s = this.state(registry);
        const realm = ch.params.realm;
        if (!realm)
            throw new errors/* UserError */.yo(`registry ${registry} asks for a Bearer token but names no realm`);
        const base = new URL(s.base);
        const checked = checkRealm(realm, base.hostname, base.protocol === 'http:' || listMatch(this.opts.insecure, registry));
        if (!checked.url)
            throw new errors/* UserError */.yo(`registry ${registry} refused as a token issuer: ${checked.refused}; no credentials were sent`);
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
            if (!creds)
                throw new RegistryError(`registry ${registry} requires authentication; log in first (docker login ${registry}) or set DOCKER_CONFIG`, status);
            throw new RegistryError(`the token server of ${registry} rejected the credentials${creds.username ? ` of user "${creds.username}"` : ''}: ${errorDetail(status, text).text}; check the user name and password`, status);
        }
        if (status === 429)
            throw new RegistryError(rateLimited(`the token server of ${registry}`, res.headers['retry-after']), 429);
        if (status !== 200)
            throw new RegistryError(`the token server of ${registry} answered ${errorDetail(status, text).text}`, status);
        let j;
        try {
            j = JSON.parse(text.toString('utf8'));
        }
        catch {
            throw new errors/* UserError */.yo(`the token server of ${registry} sent something that is not JSON`);
        }
        const token = j.token ?? j.access_token;
        if (!token)
            throw new errors/* UserError */.yo(`the token server of ${registry} sent no token`);
        s.tokens.put(scopes, token, j.expires_in ?? 60);
        return token;
    }
    // ---------------------------------------------------------------- manifests
    cachePath(digest) {
        if (!this.opts.cacheDir || !/^sha256:[a-f0-9]{64}$/.test(digest))
            return undefined;
        return (0,external_node_path_.join)(this.opts.cacheDir, 'manifests', digest.replace(':', '-'));
    }
    async cacheGet(digest) {
        const p = this.cachePath(digest);
        if (!p)
            return undefined;
        try {
            const raw = await (0,promises_.readFile)(p);
            const nl = raw.indexOf(10);
            const mediaType = raw.subarray(0, nl).toString('utf8');
            const bytes = raw.subarray(nl + 1);
            if ((0,registry_digest/* digestOf */.ol)(bytes) !== digest)
                return undefined;
            return { mediaType, digest, bytes, json: JSON.parse(bytes.toString('utf8')) };
        }
        catch {
            return undefined;
        }
    }
    async cachePut(m) {
        const p = this.cachePath(m.digest);
        if (!p)
            return;
        try {
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.opts.cacheDir, 'manifests'), { recursive: true });
            const tmp = `${p}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(tmp, Buffer.concat([Buffer.from(`${m.mediaType}\n`), m.bytes]));
            await (0,promises_.rename)(tmp, p);
        }
        catch {
            /* a cache is best effort */
        }
    }
    /**
     * HEAD a manifest: digest, media type and size without a pull (Docker Hub does not count HEADs).
     * Undefined when it does not exist.
     */
    async headManifest(ref) {
        const what = `manifest ${(0,reference/* formatReference */.FH)(ref)}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'HEAD',
            path: `/v2/${ref.repository}/manifests/${(0,reference/* manifestKey */.Rn)(ref)}`,
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
            scopes: [(0,registry_auth/* pullScope */.iH)(ref.repository)],
            what,
            // distribution 2.8 answers HEAD of a *tag* whose index holds attestation manifests
            // (platform unknown/unknown) with 500, while GET of the same tag works: fall back to GET
            retry500: false,
        });
        res.resume();
        const status = res.statusCode ?? 0;
        if (status === 404)
            return undefined;
        const digest = res.headers['docker-content-digest'];
        if (status === 500 || (status === 200 && !digest && !ref.digest)) {
            const m = await this.getManifest(ref, { allowMissing: true });
            return m ? { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length } : undefined;
        }
        await this.expect(res, [200], `HEAD ${what}`, ref.registry);
        return {
            digest: digest ?? ref.digest,
            mediaType: (0,manifest/* manifestMediaType */.gp)({}, res.headers['content-type']),
            size: Number(res.headers['content-length'] ?? 0),
        };
    }
    async getManifest(ref, opts = {}) {
        if (ref.digest) {
            const hit = await this.cacheGet(ref.digest);
            if (hit)
                return hit;
        }
        return this.againOnBrokenBody(ref.registry, () => this.getManifestOnce(ref, opts));
    }
    /**
     * Run a whole GET again when its answer broke off or its bytes did not match their digest (a
     * connection cut, a corrupting proxy): bounded by the retries, each a retry event like any other.
     */
    async againOnBrokenBody(registry, once) {
        const retries = this.opts.retries ?? 4;
        for (let attempt = 0;; attempt++) {
            try {
                return await once();
            }
            catch (e) {
                const broken = e instanceof BodyError || e instanceof registry_digest/* DigestMismatchError */.h;
                if (!broken || attempt >= retries || this.opts.signal?.aborted)
                    throw e;
                const reason = e instanceof registry_digest/* DigestMismatchError */.h ? 'content did not match its digest' : 'the answer ended early';
                await this.retryWait(registry, new URL(this.state(registry).base).host, attempt, retries, this.backoff(attempt), reason);
            }
        }
    }
    async getManifestOnce(ref, opts) {
        const what = `manifest ${(0,reference/* formatReference */.FH)(ref)}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/manifests/${(0,reference/* manifestKey */.Rn)(ref)}`,
            headers: { accept: manifest/* MANIFEST_ACCEPT */.dY },
            scopes: [(0,registry_auth/* pullScope */.iH)(ref.repository)],
            what,
        });
        if (res.statusCode === 404 && opts.allowMissing) {
            res.resume();
            return undefined;
        }
        if (res.statusCode === 404) {
            res.resume();
            throw new RegistryError(`${(0,reference/* formatReference */.FH)(ref)} not found`, 404, 'MANIFEST_UNKNOWN');
        }
        await this.expect(res, [200], `GET ${what}`, ref.registry);
        const bytes = await readAll(res, 4 * 1024 * 1024, what, this.opts.signal);
        const stated = res.headers['docker-content-digest'];
        const algorithm = (ref.digest ?? stated ?? 'sha256:').startsWith('sha512:') ? 'sha512' : 'sha256';
        const digest = (0,registry_digest/* digestOf */.ol)(bytes, algorithm);
        const expected = ref.digest ?? (stated?.startsWith(`${algorithm}:`) ? stated : undefined);
        if (expected && expected !== digest)
            throw new registry_digest/* DigestMismatchError */.h(`${what}: content does not match its digest (expected ${expected}, got ${digest})`);
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new errors/* UserError */.yo(`${what} is not JSON`);
        }
        const m = { mediaType: (0,manifest/* manifestMediaType */.gp)(json, res.headers['content-type']), digest, bytes, json };
        await this.cachePut(m);
        return m;
    }
    /** PUT a manifest under a tag or its digest; returns its digest. */
    async putManifest(ref, bytes, mediaType) {
        const digest = (0,registry_digest/* digestOf */.ol)(bytes);
        const key = ref.tag ?? ref.digest ?? digest;
        const what = `manifest ${ref.registry}/${ref.repository}:${key}`;
        const res = await this.request({
            registry: ref.registry,
            method: 'PUT',
            path: `/v2/${ref.repository}/manifests/${key}`,
            headers: { 'content-type': mediaType },
            body: bytes,
            scopes: [(0,registry_auth/* pushScope */.Xu)(ref.repository)],
            what,
        });
        res.resume();
        await this.expect(res, [200, 201, 202], `PUT ${what}`, ref.registry);
        return digest;
    }
    // ---------------------------------------------------------------- blobs
    /** Size of a blob if the repository has it, else undefined. */
    async headBlob(registry, repository, digest) {
        const res = await this.request({
            registry,
            method: 'HEAD',
            path: `/v2/${repository}/blobs/${digest}`,
            scopes: [(0,registry_auth/* pullScope */.iH)(repository)],
            what: `blob ${digest}`,
        });
        res.resume();
        if (res.statusCode === 404)
            return undefined;
        await this.expect(res, [200], `HEAD blob ${repository}@${digest}`, registry);
        return Number(res.headers['content-length'] ?? 0);
    }
    /** A blob as a stream that errors if the content does not match the digest (or size). */
    async getBlob(registry, repository, digest, size) {
        const what = `blob ${registry}/${repository}@${digest}`;
        const res = await this.request({ registry, method: 'GET', path: `/v2/${repository}/blobs/${digest}`, scopes: [(0,registry_auth/* pullScope */.iH)(repository)], what });
        await this.expect(res, [200], `GET ${what}`, registry);
        const verifier = new registry_digest/* DigestVerifier */.Do(digest, size, what);
        // a broken download is said as such, naming the source (its copy's upload reports it)
        res.on('error', (e) => verifier.destroy(this.opts.signal?.aborted ? abortError(this.opts.signal) : bodyError(res, what, verifier.bytes, e)));
        // whoever reads it (an upload's pipeline, readAll) gets its error; one nobody reads any more
        // (its copy was abandoned) must not become an uncaught exception
        verifier.on('error', () => { });
        res.pipe(verifier);
        return verifier;
    }
    /** A small blob (an image config) read whole, verified. */
    async getBlobBytes(registry, repository, digest, limit = 4 * 1024 * 1024) {
        return this.againOnBrokenBody(registry, async () => {
            const s = await this.getBlob(registry, repository, digest);
            return readAll(s, limit, `blob ${registry}/${repository}@${digest}`, this.opts.signal);
        });
    }
    /**
     * Open an upload session; with `mountFrom` first ask the registry to mount the blob from another
     * repository (201: done, nothing to upload; 202: it could not, and the session is ours to use).
     */
    async startUpload(registry, repository, mountFrom) {
        const q = mountFrom ? `?mount=${encodeURIComponent(mountFrom.digest)}&from=${encodeURIComponent(mountFrom.repository)}` : '';
        const scopes = [(0,registry_auth/* pushScope */.Xu)(repository), ...(mountFrom ? [(0,registry_auth/* pullScope */.iH)(mountFrom.repository)] : [])];
        const what = `upload to ${registry}/${repository}`;
        const res = await this.request({ registry, method: 'POST', path: `/v2/${repository}/blobs/uploads/${q}`, scopes, what });
        res.resume();
        if (res.statusCode === 201 && mountFrom)
            return { mounted: true };
        await this.expect(res, [202], `POST ${what}`, registry);
        const location = res.headers.location;
        if (!location)
            throw new errors/* UserError */.yo(`registry ${registry} opened an upload without a Location`);
        return { mounted: false, location: new URL(location, this.state(registry).base).toString() };
    }
    /** Finish an upload in one PUT carrying the whole blob (streamed when a Readable). */
    async putUpload(registry, repository, location, digest, body, size) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const what = `blob ${registry}/${repository}@${digest}`;
        const res = await this.request({
            registry,
            method: 'PUT',
            path: url.toString(),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
            body,
            scopes: [(0,registry_auth/* pushScope */.Xu)(repository)],
            what,
        });
        res.resume();
        await this.expect(res, [201, 204], `PUT ${what}`, registry);
    }
    /** Chunked upload: PATCH chunks of at most chunkSize bytes (buffered one at a time), then PUT ?digest=. */
    async uploadChunked(registry, repository, location, digest, body, chunkSize) {
        let loc = location;
        let offset = 0;
        const what = `blob ${registry}/${repository}@${digest}`;
        const sendChunk = async (chunk) => {
            const res = await this.request({
                registry,
                method: 'PATCH',
                path: loc,
                headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                body: chunk,
                scopes: [(0,registry_auth/* pushScope */.Xu)(repository)],
                what,
            });
            res.resume();
            await this.expect(res, [202], `PATCH ${what}`, registry);
            if (res.headers.location)
                loc = new URL(res.headers.location, this.state(registry).base).toString();
            offset += chunk.length;
        };
        let parts = [];
        let n = 0;
        for await (const c of body) {
            let buf = c;
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
        if (n > 0)
            await sendChunk(Buffer.concat(parts));
        const url = new URL(loc);
        url.searchParams.set('digest', digest);
        const res = await this.request({ registry, method: 'PUT', path: url.toString(), scopes: [(0,registry_auth/* pushScope */.Xu)(repository)], what });
        res.resume();
        await this.expect(res, [201, 204], `PUT ${what}`, registry);
    }
    /**
     * Push one blob unless the repository has it: mount from `mountFrom` when given, else upload
     * (monolithic, or chunked with chunkSize). `open` is called at most once, only if bytes must move.
     */
    async pushBlob(registry, repository, digest, size, open, opts = {}) {
        if (!opts.mountFrom && !opts.skipExistCheck && (await this.headBlob(registry, repository, digest)) !== undefined)
            return 'exists';
        const session = await this.startUpload(registry, repository, opts.mountFrom ? { repository: opts.mountFrom, digest } : undefined);
        if (session.mounted)
            return 'mounted';
        const body = await open();
        if (body instanceof external_node_stream_.Readable && body.listenerCount('error') === 0)
            body.on('error', () => { }); // reported by the upload
        if (opts.chunkSize && body instanceof external_node_stream_.Readable)
            await this.uploadChunked(registry, repository, session.location, digest, body, opts.chunkSize);
        else
            await this.putUpload(registry, repository, session.location, digest, body, size);
        return 'uploaded';
    }
    // ---------------------------------------------------------------- tags
    async listTags(registry, repository) {
        const out = [];
        let path = `/v2/${repository}/tags/list?n=1000`;
        while (path) {
            const res = await this.request({ registry, method: 'GET', path, scopes: [(0,registry_auth/* pullScope */.iH)(repository)], what: `tags of ${repository}` });
            if (res.statusCode === 404) {
                res.resume();
                throw new RegistryError(`repository ${registry}/${repository} not found`, 404, 'NAME_UNKNOWN');
            }
            await this.expect(res, [200], `GET tags of ${repository}`, registry);
            const j = JSON.parse((await readAll(res, 16 * 1024 * 1024, 'tag list', this.opts.signal)).toString('utf8'));
            out.push(...(j.tags ?? []));
            const link = res.headers.link;
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            path = next ? new URL(next, this.state(registry).base).toString() : undefined;
        }
        return out;
    }
}


/***/ }),

/***/ 5035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



class DigestMismatchError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
}
function hashFor(digest) {
    const alg = digest.slice(0, digest.indexOf(':'));
    if (alg !== 'sha256' && alg !== 'sha512')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unsupported digest algorithm "${alg}" in ${digest}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg);
}
/**
 * A pass-through stream that hashes what flows through and fails if the digest (or the expected
 * size) does not match. It holds back the latest chunk until the end is verified, so a consumer
 * that uploads what it reads never completes an upload of corrupt content.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    expectedSize;
    what;
    hash;
    held;
    bytes = 0;
    constructor(expected, expectedSize, what = 'blob') {
        super();
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.what = what;
        this.hash = hashFor(expected);
    }
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
            cb(new DigestMismatchError(`${this.what} ${this.expected} is larger than the ${this.expectedSize} bytes its descriptor says`));
            return;
        }
        const prev = this.held;
        this.held = chunk;
        cb(null, prev);
    }
    _flush(cb) {
        const got = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            cb(new DigestMismatchError(`${this.what} ${this.expected}: got ${this.bytes} bytes, expected ${this.expectedSize}`));
            return;
        }
        if (got !== this.expected) {
            cb(new DigestMismatchError(`${this.what} content does not match its digest: expected ${this.expected}, got ${got}`));
            return;
        }
        cb(null, this.held);
    }
}
/** The content digest of some bytes (a string is its UTF-8): sha256:<hex> unless told sha512. */
function digestOf(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}


/***/ }),

/***/ 26:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cJ: () => (/* binding */ sameRegistry),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir),
/* harmony export */   ur: () => (/* binding */ configKey)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
// The docker CLI's config.json, the one primitive every door shares: where it is ($DOCKER_CONFIG
// or ~/.docker), its shape, and the key a registry's credentials live under.




/** $DOCKER_CONFIG or ~/.docker, as the docker CLI resolves it. */
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
}
/** The config.json key of a registry: its host, lowercase; Docker Hub (by any of its names) keeps its historic URL. */
function configKey(registry) {
    const host = registry.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    if (!host || (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(host) === _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb)
        return _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB_AUTH_KEY */ .s1;
    if (!/^[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(host))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`registry: "${registry}" is not a registry host`);
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(host);
}
/** Whether a config.json key names this registry (https://, a path, another spelling of Docker Hub). */
function sameRegistry(key, registry) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(key) === (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(registry);
}


/***/ })

};
