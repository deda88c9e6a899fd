export const id = 377;
export const ids = [377];
export const modules = {

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ requireInputFile),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   vz: () => (/* binding */ requireConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
// Input files the user names on the command line (a Dockerfile, a pairs file, a merge spec): a
// missing or unreadable one is exit 2 with one line naming it, the same in every command.



function inputError(what, path, e) {
    const code = e.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`${what} not found: ${path}`);
    if (code === 'EISDIR')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`${what} ${path} is a directory, not a file`, 'unreadable');
    if (code === 'EACCES' || code === 'EPERM')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`cannot read ${what} ${path}: permission denied`, 'unreadable');
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`cannot read ${what} ${path}: ${code ?? e.message}`, 'unreadable');
}
/** The text of an input file, or an InputFileError (`Dockerfile not found: ./nope/Dockerfile`). */
async function readInputFile(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw inputError(what, path, e);
    }
}
/** That an input file is there and is a file (read later by someone else), or an InputFileError. */
async function requireInputFile(path, what) {
    let isFile;
    try {
        isFile = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).isFile();
        if (isFile)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch (e) {
        throw inputError(what, path, e);
    }
    if (!isFile)
        throw inputError(what, path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
}
/** A docker config directory given with --config must be there (a typo must not quietly mean anonymous). */
async function requireConfigDir(dir) {
    if (dir === undefined)
        return;
    let isDir;
    try {
        isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir)).isDirectory();
    }
    catch (e) {
        throw inputError('docker config directory', dir, e);
    }
    if (!isDir)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(`docker config directory ${dir} is a file; --config takes the directory that holds config.json`, 'unreadable');
}


/***/ }),

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   VX: () => (/* binding */ parsePlatformList),
/* harmony export */   _H: () => (/* binding */ isUnknownPlatform),
/* harmony export */   de: () => (/* binding */ variantCloseness),
/* harmony export */   j7: () => (/* binding */ normalise),
/* harmony export */   k8: () => (/* binding */ runsOn),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   y$: () => (/* binding */ nativePlatforms)
/* harmony export */ });
/* unused harmony export PLATFORM_FORMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'illumos', 'solaris', 'aix', 'plan9', 'wasip1', 'js']);
const KNOWN_ARCH = new Set(['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'loong64', 'wasm']);
/** Aliases users type, mapped to [architecture, variant]. Debian's armhf is ARMv7 (Alpine's armhf is v6). */
const ARCH_ALIASES = {
    x86_64: ['amd64', undefined],
    'x86-64': ['amd64', undefined],
    x64: ['amd64', undefined],
    aarch64: ['arm64', undefined],
    armhf: ['arm', 'v7'],
    armel: ['arm', 'v6'],
    armv7: ['arm', 'v7'],
    armv7l: ['arm', 'v7'],
    armv6: ['arm', 'v6'],
    armv6l: ['arm', 'v6'],
    i386: ['386', undefined],
    i686: ['386', undefined],
    x86: ['386', undefined],
};
const PLATFORM_FORMS = 'os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7, linux/riscv64; aliases such as amd64, x86_64, aarch64, arm64/v8, armhf (= arm/v7, Debian\'s meaning), armel (= arm/v6), i386 are accepted';
/** Parse and normalise one platform string. Throws UsageError with the valid forms. */
function parsePlatform(input) {
    const raw = input.trim().toLowerCase();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid platform "${input.trim()}": ${why}; use ${PLATFORM_FORMS}`);
    };
    if (!raw)
        fail('empty');
    const parts = raw.split('/');
    if (parts.length > 3 || parts.some((p) => !p))
        fail('too many or empty parts');
    let os = 'linux';
    let rest = parts;
    if (KNOWN_OS.has(parts[0])) {
        os = parts[0];
        rest = parts.slice(1);
    }
    else if (parts.length === 3) {
        fail(`unknown operating system "${parts[0]}"`);
    }
    if (rest.length === 0)
        fail('missing architecture');
    let arch = rest[0];
    let variant = rest[1];
    const alias = ARCH_ALIASES[arch];
    if (alias) {
        if (variant && alias[1] && normaliseArmVariant(variant) !== alias[1])
            fail(`"${arch}" already means ${alias[0]}/${alias[1]}`);
        [arch, variant] = [alias[0], variant ?? alias[1]];
    }
    if (!KNOWN_ARCH.has(arch)) {
        if (parts.length === 2 && !KNOWN_OS.has(parts[0]))
            fail(`unknown operating system "${parts[0]}"`);
        fail(`unknown architecture "${arch}"`);
    }
    return normalise({ os, architecture: arch, variant });
}
function normaliseArmVariant(v) {
    return /^\d+$/.test(v) ? `v${v}` : v;
}
/** containerd's normalisation: arm64/v8 -> arm64, arm -> arm/v7, amd64/v1 -> amd64, 7 -> v7. */
function normalise(p) {
    const os = p.os.toLowerCase();
    let architecture = p.architecture.toLowerCase();
    let variant = p.variant ? normaliseArmVariant(p.variant.toLowerCase()) : undefined;
    const alias = ARCH_ALIASES[architecture];
    if (alias)
        [architecture, variant] = [alias[0], variant ?? alias[1]];
    if (architecture === 'arm64' && variant === 'v8')
        variant = undefined;
    if (architecture === 'amd64' && variant === 'v1')
        variant = undefined;
    if (architecture === 'arm' && !variant)
        variant = 'v7';
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Both sides are normalised before comparing. */
function samePlatform(a, b) {
    return formatPlatform(normalise(a)) === formatPlatform(normalise(b));
}
/**
 * A variant's rank among the variants of its architecture, as containerd's platform matcher orders
 * them: arm v5 < v6 < v7 < v8; arm64 v8.0 … v8.9, then v9.0 = v8.5 (Armv9.0 is based on Armv8.5);
 * amd64 v1 < v2 < v3 < v4. undefined for variants it does not know.
 */
function variantRank(architecture, variant) {
    if (architecture === 'arm64') {
        const m = /^v(8|9)(?:\.(\d))?$/.exec(variant ?? 'v8');
        if (!m)
            return undefined;
        const minor = Number(m[2] ?? 0);
        return m[1] === '8' ? minor : minor + 5;
    }
    if (architecture === 'arm' || architecture === 'amd64') {
        const m = /^v(\d+)$/.exec(variant ?? (architecture === 'amd64' ? 'v1' : 'v7'));
        return m ? Number(m[1]) : undefined;
    }
    return undefined;
}
/**
 * Does an image built for `image` run on a `target` machine? The same platform, or an older variant
 * of the same architecture (arm64 on arm64/v9, arm/v6 on arm/v7, amd64 on amd64/v3), as containerd
 * matches them; never across architectures (arm/v7 is not arm64, arm/v7 does not run on arm/v6).
 */
function runsOn(image, target) {
    const i = normalise(image);
    const t = normalise(target);
    if (i.os !== t.os || i.architecture !== t.architecture)
        return false;
    if (i.variant === t.variant)
        return true;
    const ri = variantRank(i.architecture, i.variant);
    const rt = variantRank(t.architecture, t.variant);
    return ri !== undefined && rt !== undefined && ri <= rt;
}
/** How close a compatible image variant is to the target: higher is better (pure). */
function variantCloseness(image, target) {
    const i = normalise(image);
    return variantRank(i.architecture, i.variant) ?? -1;
}
/** Parse a comma/newline separated list, normalise, drop duplicates, keep order. */
function parsePlatformList(input) {
    const out = [];
    const seen = new Set();
    for (const item of input.split(/[\s,]+/)) {
        if (!item)
            continue;
        const p = parsePlatform(item);
        const key = formatPlatform(p);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}
/** Is this an attestation entry (buildx writes them as unknown/unknown)? */
function isUnknownPlatform(p) {
    return !p || p.os === 'unknown' || p.architecture === 'unknown';
}
/** The platforms a machine of this Node process architecture runs without emulation. */
function nativePlatforms(nodeArch = process.arch) {
    switch (nodeArch) {
        case 'x64':
            return [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: '386' }];
        case 'arm64':
            return [{ os: 'linux', architecture: 'arm64' }];
        case 'arm':
            return [{ os: 'linux', architecture: 'arm', variant: 'v7' }, { os: 'linux', architecture: 'arm', variant: 'v6' }];
        case 'ia32':
            return [{ os: 'linux', architecture: '386' }];
        case 'riscv64':
        case 's390x':
        case 'ppc64':
        case 'loong64':
            return [{ os: 'linux', architecture: nodeArch === 'ppc64' ? 'ppc64le' : nodeArch }];
        default:
            return [];
    }
}


/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ boundedLookup),
/* harmony export */   NE: () => (/* binding */ withDeadline)
/* harmony export */ });
/* unused harmony exports DeadlineError, retryLine, requestBound */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(495);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);





/** A lookup that ran out of time. */
class DeadlineError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
}
/** The retry line a terminal shows. */
function retryLine(e) {
    return `retry ${e.attempt}/${e.retries} in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(e.delayMs)}: ${e.reason} (${e.host})`;
}
/** The per-request bound for an operation deadline. */
function requestBound(timeoutMs, requestTimeoutMs) {
    return Math.min(timeoutMs, requestTimeoutMs ?? Math.min(30_000, Math.max(1000, Math.round(timeoutMs / 2))));
}
/**
 * Run one registry operation with a deadline: whatever the registries do (accept and never answer,
 * answer 503 forever, ask to retry after a minute), the returned promise settles within
 * `timeoutMs`, and the requests and retry waits still running are stopped when it does. A retry
 * that the deadline would cut short is not waited for. `extraSignal` cancels it too.
 */
function withDeadline(client, o, run, host, register) {
    if (!(o.timeoutMs > 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`a deadline must be positive, not ${o.timeoutMs} ms`);
    const ac = new AbortController();
    const parent = client.opts.signal;
    const signal = parent ? AbortSignal.any([parent, ac.signal]) : ac.signal;
    // every request of the operation listens to it (a mirror has dozens in flight)
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, signal);
    const started = Date.now();
    let last;
    return new Promise((resolve, reject) => {
        let unregister = () => { };
        const stop = (err) => {
            clearTimeout(timer);
            unregister();
            if (!ac.signal.aborted)
                ac.abort(err);
            reject(err);
        };
        const knob = o.knob ? `; raise ${o.knob} if it is only slow` : '';
        const timer = setTimeout(() => {
            const at = last?.host ?? host;
            const why = last && /^(?:HTTP |rate limited)/.test(last.reason) ? ` (its last answer: ${last.reason})` : '';
            stop(new DeadlineError(o.what && !last ? `${o.what} did not finish within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(o.timeoutMs)}${knob}` : `${at} did not answer within ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(o.timeoutMs)}${why}${o.what ? ` (${o.what})` : ''}`));
        }, o.timeoutMs);
        if (register)
            unregister = register(stop);
        const c = client.withOptions({
            signal,
            requestTimeoutMs: requestBound(o.timeoutMs, o.requestTimeoutMs),
            onRetry: (e) => {
                last = e;
                client.opts.onRetry?.(e);
                const left = o.timeoutMs - (Date.now() - started);
                if (e.delayMs >= left) {
                    const times = e.attempt === 1 ? '' : ` ${e.attempt} times in a row`;
                    const said = /^rate limited/.test(e.reason) ? `${e.reason}${times}` : `${e.host}${/^HTTP /.test(e.reason) ? ` answered ${e.reason}` : `: ${e.reason}`}${times}`;
                    stop(new DeadlineError(`${said}; another try (in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(e.delayMs)}) would pass the ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .X)(o.timeoutMs)} deadline`));
                    return;
                }
                o.onRetry?.(retryLine(e));
            },
        });
        run(c)
            .then(resolve, reject)
            .finally(() => {
            clearTimeout(timer);
            unregister();
        });
    });
}
/**
 * Image lookups with a deadline each (withDeadline per lookup); close() cancels those still running.
 */
function boundedLookup(client, o) {
    if (!(o.timeoutMs > 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`a lookup deadline must be positive, not ${o.timeoutMs} ms`);
    const running = new Set();
    let closed = false;
    const register = (stop) => {
        running.add(stop);
        return () => running.delete(stop);
    };
    return {
        async lookup(image) {
            if (closed)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`lookup of ${image} after the lookups were closed`);
            const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.parseReference)(image);
            return withDeadline(client, o, (c) => (0,_inspect_js__WEBPACK_IMPORTED_MODULE_2__.inspectImage)(c, ref), ref.registry, register);
        },
        close() {
            closed = true;
            for (const stop of [...running])
                stop(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the image lookup was cancelled'));
        },
    };
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ describeManifest),
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   inspectImage: () => (/* binding */ inspectImage),
/* harmony export */   rB: () => (/* binding */ findPlatform)
/* harmony export */ });
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(692);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(506);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);



function entry(p, digest, mediaType, size) {
    const n = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)(p);
    return { platform: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(n), os: n.os, architecture: n.architecture, ...(n.variant ? { variant: n.variant } : {}), digest, mediaType, size };
}
/** The platform an image's config declares (single-platform images carry it only there). */
async function configPlatform(client, ref, manifest) {
    const bytes = await client.getBlobBytes(ref.registry, ref.repository, manifest.config.digest);
    const cfg = JSON.parse(bytes.toString('utf8'));
    if (!cfg.os || !cfg.architecture)
        return undefined;
    return (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
}
/** Describe a fetched manifest: its platforms (from the index, or the config for a single image) and attestations. */
async function describeManifest(client, ref, m) {
    const info = { reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref), mediaType: m.mediaType, digest: m.digest, index: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(m), platforms: [], attestations: [] };
    if ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(m)) {
        for (const d of m.json.manifests) {
            const p = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptorPlatform */ .fA)(d);
            if ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .isAttestation */ .H3)(d) || !p) {
                info.attestations.push({
                    digest: d.digest,
                    mediaType: d.mediaType,
                    size: d.size,
                    ...(d.annotations?.[_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_DIGEST_ANNOTATION */ .tE] ? { for: d.annotations[_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_DIGEST_ANNOTATION */ .tE] } : {}),
                    type: d.annotations?.[_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_TYPE_ANNOTATION */ .Vi] ?? 'unknown',
                });
            }
            else
                info.platforms.push(entry(p, d.digest, d.mediaType, d.size));
        }
    }
    else {
        const p = await configPlatform(client, ref, m.json);
        if (p)
            info.platforms.push(entry(p, m.digest, m.mediaType, m.bytes.length));
    }
    return info;
}
/**
 * What is behind a reference: media type, digest, platform → manifest digest/size, attestations.
 * When the client has a manifest cache, a HEAD answers for a known digest and nothing is pulled.
 */
async function inspectImage(client, ref) {
    let m;
    if (!ref.digest && client.opts.cacheDir) {
        const head = await client.headManifest(ref);
        if (head)
            m = await client.getManifest((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .withDigest */ .hQ)(ref, head.digest), { allowMissing: true });
    }
    m ??= await client.getManifest(ref);
    return describeManifest(client, ref, m);
}
/** The entry for a platform: exact match first (variants included), then, for arm, a lower variant containerd would accept. */
function findPlatform(info, want) {
    const exact = info.platforms.find((e) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .samePlatform */ .my)(e, want));
    if (exact)
        return { entry: exact, exact: true };
    // containerd's matching: the closest older variant of the same architecture runs too
    const compatible = info.platforms.filter((e) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .runsOn */ .k8)(e, want)).sort((a, b) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .variantCloseness */ .de)(b, want) - (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .variantCloseness */ .de)(a, want));
    return compatible[0] ? { entry: compatible[0], exact: false } : undefined;
}


/***/ }),

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir),
/* harmony export */   S: () => (/* binding */ BlobLocations)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);




/** $GENCI_CACHE_DIR, else $XDG_CACHE_HOME/gen-ci, else ~/.cache/gen-ci. */
function defaultCacheDir(env = process.env) {
    return env.GENCI_CACHE_DIR || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'gen-ci');
}
const MAX_REPOS_PER_BLOB = 4;
const MAX_BLOBS = 50_000;
/**
 * Where blobs were seen: registry → digest → repositories (most recent first). Lets a copy mount a
 * blob from any repository on the destination registry known to hold it, not just from the source.
 * Optionally persisted as JSON so that later runs benefit too. Entries can be stale; a failed
 * mount costs nothing since the registry then opens the upload session we need anyway.
 */
class BlobLocations {
    file;
    map = new Map();
    dirty = false;
    constructor(file) {
        this.file = file;
    }
    key(registry, digest) {
        return `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(registry)} ${digest}`;
    }
    add(registry, repository, digest) {
        const k = this.key(registry, digest);
        const prev = this.map.get(k) ?? [];
        if (prev[0] === repository)
            return;
        const next = [repository, ...prev.filter((r) => r !== repository)].slice(0, MAX_REPOS_PER_BLOB);
        this.map.delete(k);
        this.map.set(k, next);
        this.dirty = true;
        if (this.map.size > MAX_BLOBS)
            this.map.delete(this.map.keys().next().value);
    }
    find(registry, digest) {
        return this.map.get(this.key(registry, digest)) ?? [];
    }
    forget(registry, repository, digest) {
        const k = this.key(registry, digest);
        const prev = this.map.get(k);
        if (prev?.includes(repository)) {
            this.map.set(k, prev.filter((r) => r !== repository));
            this.dirty = true;
        }
    }
    async load() {
        if (!this.file)
            return this;
        try {
            const j = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(this.file, 'utf8'));
            if (j.version === 1)
                for (const [k, v] of j.entries)
                    this.map.set(k, v);
        }
        catch {
            /* missing or unreadable: start empty */
        }
        return this;
    }
    async save() {
        if (!this.file || !this.dirty)
            return;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, JSON.stringify({ version: 1, entries: [...this.map] }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, this.file);
            this.dirty = false;
        }
        catch {
            /* best effort */
        }
    }
}


/***/ }),

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   M3: () => (/* binding */ serialiseIndex),
/* harmony export */   MT: () => (/* binding */ MT),
/* harmony export */   Vi: () => (/* binding */ REF_TYPE_ANNOTATION),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   fA: () => (/* binding */ descriptorPlatform),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   q2: () => (/* binding */ manifestBlobs),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   tE: () => (/* binding */ REF_DIGEST_ANNOTATION)
/* harmony export */ });
/* unused harmony exports INDEX_TYPES, IMAGE_TYPES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);


const MT = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestV1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
};
const INDEX_TYPES = [MT.ociIndex, MT.dockerList];
const IMAGE_TYPES = [MT.ociManifest, MT.dockerManifest];
const MANIFEST_ACCEPT = [MT.ociIndex, MT.dockerList, MT.ociManifest, MT.dockerManifest].join(', ');
/** Annotations buildx puts on attestation manifests inside an index. */
const REF_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const REF_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function isIndexType(mediaType) {
    return mediaType !== undefined && INDEX_TYPES.includes(mediaType);
}
function isIndex(m) {
    return isIndexType(m.mediaType) || Array.isArray(m.json.manifests);
}
/** The media type a manifest declares, falling back to the Content-Type the registry sent. */
function manifestMediaType(json, contentType) {
    if (json.mediaType)
        return json.mediaType;
    const ct = contentType?.split(';')[0]?.trim();
    if (ct && ct !== 'application/json' && ct !== 'text/plain')
        return ct;
    return Array.isArray(json.manifests) ? MT.ociIndex : MT.ociManifest;
}
/** An attestation entry (buildx's provenance/SBOM): unknown/unknown platform or the attestation annotation. */
function isAttestation(d) {
    return d.annotations?.[REF_TYPE_ANNOTATION] === 'attestation-manifest' || (d.platform !== undefined && (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnknownPlatform */ ._H)(d.platform));
}
/** Normalised platform of an index entry, or undefined when it has none. */
function descriptorPlatform(d) {
    if (!d.platform || (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnknownPlatform */ ._H)(d.platform))
        return undefined;
    return (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .normalise */ .j7)(d.platform);
}
/** Blobs an image manifest references: config first, then layers (foreign layers with urls are skipped). */
function manifestBlobs(m) {
    const out = [];
    if (m.config)
        out.push(m.config);
    for (const l of m.layers ?? [])
        if (!l.urls?.length)
            out.push(l);
    return out;
}
/** Serialise an index the way buildx/containerd do: two-space indentation, stable key order. */
function serialiseIndex(index) {
    return Buffer.from(JSON.stringify(index, null, 2));
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Me: () => (/* binding */ normaliseRegistry),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   parseReference: () => (/* binding */ parseReference),
/* harmony export */   s1: () => (/* binding */ DOCKER_HUB_AUTH_KEY)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DOCKER_HUB = 'docker.io';
/** The host Docker Hub's registry API actually answers on. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key Docker Hub credentials are stored under in config.json. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
function isDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
/** docker.io, index.docker.io and registry-1.docker.io all name Docker Hub. */
function normaliseRegistry(registry) {
    const r = registry
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
    return r === 'index.docker.io' || r === DOCKER_HUB_API ? DOCKER_HUB : r;
}
/**
 * Parse a reference the way Docker does: the first path component is a registry host when it has a dot,
 * a colon or is localhost; otherwise the image lives on Docker Hub, where one-component names get library/.
 * A reference with neither tag nor digest means :latest.
 */
function parseReference(input, opts = {}) {
    const raw = input.trim();
    const fail = (why) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid image reference "${raw}": ${why}; use [registry/]repository[:tag][@sha256:digest]`);
    };
    if (!raw)
        fail('empty');
    let rest = raw.replace(/^docker:\/\//, '');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`bad digest "${digest}"`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG.test(tag))
            fail(`bad tag "${tag}"`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && isDomain(parts[0]))
        registry = normaliseRegistry(parts.shift());
    if (parts.length === 0 || parts.some((p) => !p))
        fail('empty repository');
    for (const p of parts) {
        if (p !== p.toLowerCase())
            fail('repository names must be lowercase');
        if (!COMPONENT.test(p))
            fail(`bad repository component "${p}"`);
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    if (!tag && !digest && opts.defaultTag !== false)
        tag = 'latest';
    return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** A tag on its own (merge -t, extra tags of a spec), checked as parseReference checks one. */
function parseTag(input) {
    if (!TAG.test(input))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid tag "${input}": up to 128 letters, digits, _ . and -, not starting with . or -`);
    return input;
}
/** The canonical string: docker.io/library/busybox:latest, 127.0.0.1:5000/a/b@sha256:… */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** What to put in a manifest URL: the digest when there is one, else the tag. */
function manifestKey(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The same repository with another tag/digest. */
function withDigest(ref, digest) {
    return { registry: ref.registry, repository: ref.repository, digest };
}
/** Host to open connections to. */
function apiHost(registry) {
    return normaliseRegistry(registry) === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** localhost and loopback addresses speak plain HTTP by default, as Docker does. */
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}


/***/ })

};
