export const id = 215;
export const ids = [215];
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

/***/ 9215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mirrorCommand: () => (/* binding */ mirrorCommand)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9596);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6009);
/* harmony import */ var _registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(495);
/* harmony import */ var _registry_locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5423);
/* harmony import */ var _registry_mirror_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3492);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8278);











/** --timeout's default, in seconds: the whole mirror, retries included */
const TIMEOUT_S = 600;
/** An up-to-date copy answers from a HEAD alone (platforms []): --json still names its platforms (the manifest cache usually has them). */
async function withPlatforms(client, pairs, results) {
    return Promise.all(results.map(async (r, i) => {
        const pair = pairs[i];
        if (!r.upToDate || r.platforms.length || !pair)
            return r;
        const info = await (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__.inspectImage)(client, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .withDigest */ .hQ)(pair.src, r.digest));
        return { ...r, platforms: info.platforms.map((p) => p.platform) };
    }));
}
const mirrorCommand = {
    name: 'mirror',
    summary: 'copy images with all (or chosen) platforms between registries',
    usage: 'gen-ci mirror SRC DST | SRC=DST… | --file PAIRS  [--platforms list|all] [--timeout SECONDS] [--json]',
    help: `
Copies an image index with every platform manifest and blob (digests preserved), or only the
platforms given with --platforms (the index is rewritten). Blobs the destination already has are
skipped, blobs on the same registry are mounted from any repository known to hold them, the rest
stream through a bounded pool. Child manifests are pushed before the index, so the tag never points
at an incomplete image. No Docker daemon is needed.

Signatures travel with the image (--no-signatures skips them): for the index and every copied
platform manifest, cosign's sha256-<digest>.sig/.att/.sbom tags and the OCI referrers (the
registry's referrers API, else the sha256-<digest> referrers tag) are copied with their blobs;
the destination indexes them by subject, or its referrers tag is merged. --json lists each one.

The whole mirror, retries included, ends within --timeout (default 600 s): a registry that never
answers, keeps failing or asks to retry later than that ends it with one line (exit 1), and no tag is
written for an image that was not copied whole. Each retry is a line on a terminal.

DST may be a prefix ending in "/" (registry.example.com/mirror/): the source path and tag are kept.
Several SRC=DST pairs, or a file of them (one per line, # comments), are mirrored in one run.

Examples:
  gen-ci mirror docker.io/library/alpine:3.20 registry.example.com/mirror/alpine:3.20
  gen-ci mirror golang:1.22=reg.example/mirror/ debian:12=reg.example/mirror/ --platforms linux/amd64,linux/arm64
  gen-ci mirror --file mirror.txt --json`,
    json: [
        'images: one per pair, in order: [{source, destination, digest, mediaType, platforms, upToDate,',
        'blobsUploaded, blobsMounted, blobsPresent, bytesUploaded, manifestsPushed, manifestsPresent}]',
        '(platforms: the runnable platforms at the destination, also when it was already up to date);',
        'signatures: {copied, present, items} of each image (not with --no-signatures)',
    ],
    flags: [
        { name: 'platforms', type: 'string', aliases: ['platform'], description: 'platforms to copy (comma separated) or "all" (default)' },
        { name: 'file', short: 'f', type: 'string', description: 'file of SRC=DST lines' },
        { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
        { name: 'chunk-size', type: 'string', description: 'upload in chunks of this size (e.g. 16M) instead of one streamed PUT' },
        { name: 'no-attestations', type: 'boolean', description: 'with --platforms: drop the attestation manifests of the kept platforms' },
        { name: 'no-signatures', type: 'boolean', description: 'do not copy cosign signatures/attestations/SBOMs and OCI referrers' },
        (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .timeoutFlag */ .kw)(TIMEOUT_S, 'the whole mirror'),
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        const pairs = [];
        const pos = args.positionals;
        if (pos.length === 2 && !pos[0]?.includes('=') && !pos[1]?.includes('=')) {
            const src = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__.parseReference)(pos[0]);
            pairs.push({ src, dst: (0,_registry_mirror_js__WEBPACK_IMPORTED_MODULE_5__/* .destinationFor */ .mZ)(src, pos[1]) });
        }
        else {
            for (const p of pos) {
                if (!p.includes('='))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${p}": give SRC DST, or SRC=DST pairs; see gen-ci mirror --help`);
                pairs.push(...(0,_registry_mirror_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePairLines */ .bG)(p, 'argument'));
            }
        }
        const file = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .flagString */ .w)(args, 'file');
        if (file)
            pairs.push(...(0,_registry_mirror_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePairLines */ .bG)(await (0,_input_js__WEBPACK_IMPORTED_MODULE_9__/* .readInputFile */ .jH)(file, 'pairs file'), file));
        if (pairs.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('nothing to mirror: give SRC DST, SRC=DST pairs or --file; see gen-ci mirror --help');
        const platformsRaw = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .flagString */ .w)(args, 'platforms');
        const platforms = platformsRaw && platformsRaw.trim().toLowerCase() !== 'all' ? (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatformList */ .VX)(platformsRaw) : undefined;
        if (platformsRaw !== undefined && platforms?.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--platforms is empty; give a list or "all"');
        // every value is checked before anything is pushed
        const concurrency = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .intFlag */ .s1)(args, 'concurrency', 8);
        const chunkSize = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .sizeFlag */ .AC)(args, 'chunk-size');
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .secondsFlag */ .CO)(args, 'timeout', TIMEOUT_S);
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_9__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .flagString */ .w)(args, 'config'));
        const copt = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .clientOptionsFromFlags */ .v2)(args);
        const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_2__.RegistryClient(copt);
        const locations = await new _registry_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .BlobLocations */ .S((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .locationsFile */ .z$)(copt.cacheDir)).load();
        const progress = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .progressLine */ .oz)(io.tty);
        let label = '';
        const json = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .flagBool */ .NZ)(args, 'json');
        try {
            const first = pairs[0];
            const what = pairs.length === 1 ? `the mirror of ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .formatReference */ .FH)(first.src)}` : `the mirror of ${pairs.length} images`;
            const results = await (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .runWithTimeout */ .F2)(client, io, { timeoutMs, what, host: first.src.registry }, (c) => (0,_registry_mirror_js__WEBPACK_IMPORTED_MODULE_5__/* .mirrorImages */ .mK)(c, pairs, {
                platforms,
                keepAttestations: !(0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .flagBool */ .NZ)(args, 'no-attestations'),
                signatures: !(0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .flagBool */ .NZ)(args, 'no-signatures'),
                concurrency,
                chunkSize,
                locations,
                onPair: (p) => {
                    label = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .formatReference */ .FH)(p.dst);
                },
                onProgress: (p) => progress.update(label, p),
            }));
            progress.done();
            if (json)
                (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .printJson */ .Q2)(io, { images: await withPlatforms(client, pairs, results) });
            else
                for (const r of results) {
                    const what = r.upToDate
                        ? 'up to date'
                        : `${r.platforms.join(', ') || 'copied'}; ${r.blobsUploaded} blobs uploaded (${(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z)(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} present; ${r.manifestsPushed} manifests pushed`;
                    const sigs = r.signatures && r.signatures.copied + r.signatures.present > 0
                        ? `; signatures/referrers: ${r.signatures.copied} copied, ${r.signatures.present} present`
                        : '';
                    io.out(`${r.source} → ${r.destination} ${r.digest}: ${what}${sigs}`);
                }
            return 0;
        }
        finally {
            progress.done();
            await locations.save();
            client.close();
        }
    },
};


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** A byte count for people: 512 B, 3.4 KiB, 120 MiB (one decimal below 10); unknown is an em dash. */
function formatBytes(n) {
    if (n === undefined)
        return '—';
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
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

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ sizeFlag),
/* harmony export */   CO: () => (/* binding */ secondsFlag),
/* harmony export */   F2: () => (/* binding */ runWithTimeout),
/* harmony export */   Z: () => (/* binding */ terminalRetries),
/* harmony export */   kw: () => (/* binding */ timeoutFlag),
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   s1: () => (/* binding */ intFlag),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS),
/* harmony export */   v2: () => (/* binding */ clientOptionsFromFlags),
/* harmony export */   z$: () => (/* binding */ locationsFile)
/* harmony export */ });
/* harmony import */ var _core_bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9596);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3770);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5423);






/** Flags every registry command takes. */
const REGISTRY_FLAGS = [
    { name: 'config', type: 'string', description: 'docker config directory with config.json (default $DOCKER_CONFIG or ~/.docker)' },
    { name: 'plain-http', type: 'list', description: 'talk plain HTTP to this registry (localhost and 127.0.0.1 always are)' },
    { name: 'insecure', type: 'list', description: 'do not verify the TLS certificate of this registry' },
    { name: 'no-cache', type: 'boolean', description: 'use no local cache (manifests by digest, where blobs were seen)' },
];
/** --timeout SECONDS: the deadline of a command's registry work, retries included. */
function timeoutFlag(dfltSeconds, what) {
    return { name: 'timeout', type: 'string', description: `seconds ${what} may take, retries included (default ${dfltSeconds})` };
}
/** --NAME SECONDS as milliseconds: a positive number of seconds (fractions allowed), at most two hours. */
function secondsFlag(args, name, dfltSeconds) {
    const v = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return dfltSeconds * 1000;
    const n = Number(v.trim().replace(/s$/i, ''));
    if (!v.trim() || !Number.isFinite(n) || n <= 0 || n > 7200)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes a number of seconds above 0 and up to 7200, not "${v}"`);
    return Math.round(n * 1000);
}
/** On a terminal, one `retry …` line per retry on stderr; in CI logs none. */
function terminalRetries(io) {
    return io.tty ? { onRetry: (line) => io.err(line) } : {};
}
/**
 * Run a command's registry work within its --timeout (read and checked with the other values,
 * before anything is pushed): retry lines on a terminal, and, when the deadline passes, one line
 * saying what did not finish (DeadlineError, exit 1).
 */
function runWithTimeout(client, io, o, run) {
    return (0,_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .withDeadline */ .NE)(client, { timeoutMs: o.timeoutMs, what: o.what, knob: '--timeout', ...terminalRetries(io) }, run, o.host);
}
function clientOptionsFromFlags(args) {
    const config = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, 'config');
    const opts = {};
    if (config)
        opts.configDir = config;
    const plain = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagList */ .zg)(args, 'plain-http');
    if (plain.length)
        opts.plainHttp = plain;
    const insecure = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagList */ .zg)(args, 'insecure');
    if (insecure.length)
        opts.insecure = insecure;
    if (!(0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagBool */ .NZ)(args, 'no-cache'))
        opts.cacheDir = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCacheDir */ .$)();
    return opts;
}
function locationsFile(cacheDir) {
    return cacheDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(cacheDir, 'blob-locations.json') : undefined;
}
function intFlag(args, name, dflt, min = 1, max = 64) {
    const v = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes a whole number from ${min} to ${max}, not "${v}"`);
    return n;
}
function sizeFlag(args, name) {
    const v = (0,_cli_command_js__WEBPACK_IMPORTED_MODULE_1__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return undefined;
    const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(v.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes a size such as 16M or 5242880, not "${v}"`);
    const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()];
    const n = Number(m[1]) * mult;
    if (n < 1024)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} must be at least 1K`);
    return n;
}
/** A one-line progress renderer for a terminal (stderr); a no-op elsewhere. */
function progressLine(tty, write = (s) => process.stderr.write(s)) {
    let drawn = false;
    return {
        update(label, p) {
            if (!tty)
                return;
            const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
            write(`\r\x1b[2K${label}: ${p.blobsDone}/${p.blobsTotal} blobs, ${(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z)(p.bytesDone)} of ${(0,_core_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z)(p.bytesTotal)} (${pct}%)`);
            drawn = true;
        },
        done() {
            if (drawn)
                write('\r\x1b[2K');
            drawn = false;
        },
    };
}


/***/ })

};
