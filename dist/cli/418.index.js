export const id = 418;
export const ids = [418];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand),
/* harmony export */   parseBuildArgs: () => (/* binding */ parseBuildArgs),
/* harmony export */   secondsFlag: () => (/* binding */ secondsFlag)
/* harmony export */ });
/* harmony import */ var _core_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6140);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(692);
/* harmony import */ var _registry_bounded_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3770);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1803);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5565);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);







function parseBuildArgs(items) {
    for (const item of items) {
        // like docker: --build-arg NAME takes the value from the environment
        if (item.indexOf('=') <= 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(item))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--build-arg takes NAME=VALUE, not "${item}"`);
    }
    return (0,_core_build_js__WEBPACK_IMPORTED_MODULE_0__/* .buildArgValues */ .$G)(items);
}
/** --NAME SECONDS as milliseconds: a positive number of seconds (fractions allowed), at most an hour. */
function secondsFlag(args, name, dfltSeconds) {
    const v = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, name);
    if (v === undefined)
        return dfltSeconds * 1000;
    const n = Number(v.trim().replace(/s$/i, ''));
    if (!v.trim() || !Number.isFinite(n) || n <= 0 || n > 3600)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${name} takes a number of seconds above 0 and up to 3600, not "${v}"`);
    return Math.round(n * 1000);
}
/** The fixes for the emulated-compile findings (dockerfile/advice.ts: never pins a shipped stage). */
async function compileFixes(file, findings, target) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { fixEmulatedCompile } = await Promise.all(/* import() */[__webpack_require__.e(914), __webpack_require__.e(839), __webpack_require__.e(835), __webpack_require__.e(668)]).then(__webpack_require__.bind(__webpack_require__, 7552));
    const text = await readFile(file, 'utf8');
    return findings
        .filter((f) => f.code === 'emulated-compile')
        .flatMap((f) => {
        const fix = fixEmulatedCompile(text, f, target ? { target } : {});
        return fix ? [{ line: f.line, ...fix }] : [];
    });
}
const checkCommand = {
    name: 'check',
    summary: 'preflight a Dockerfile for a multi-platform build',
    usage: 'gen-ci check [--file Dockerfile] --platforms list [--build-arg K=V…] [--target STAGE] [--offline | --timeout SECONDS] [--fix] [--json]',
    help: `
Resolves every FROM of the Dockerfile (ARG substitution with --build-arg, stage references,
--platform=$BUILDPLATFORM) for each target platform, looks each image up in its registry and fails
(exit 1) if one lacks a platform the build needs, naming the image, the missing platform and what it
does have. Platforms are compared with their variants (linux/arm/v6 is not linux/arm/v7).

Each image lookup has a deadline, retries included (--timeout, default 5 s): a registry that
never answers fails that image ("… did not answer within 5 s") instead of holding the check. On a
terminal each retry prints one line to stderr. With --offline no registry is contacted at all:
only the static checks below run, and the images are listed without their platforms.

Follows BuildKit's rules: ARG scope per stage (and carried into a stage built FROM another), quoted
FROM values, # check=skip=<code>,… directives, containerd's platform matching (arm64 images serve
arm64/v9; arm/v7 is not served by arm64).

Warns about (reading what the shell really runs, per target platform: package names and echo text
are not commands, and a case/if on uname -m, dpkg --print-architecture or $TARGETARCH is evaluated):
  - stages that compile (go, cargo, gcc, make, mvn, dotnet, native npm/pip builds) under emulation;
    --fix prints the change: a builder stage moves onto $BUILDPLATFORM with the cross-compile recipe,
    a compile in the shipped stage gets a new build stage and a COPY --from (never a pin that would
    ship the build machine's binaries), native addons must stay emulated
  - $TARGETARCH/$TARGETOS… used in RUN, COPY, ADD, ENV or WORKDIR without ARG in scope (empty)
  - downloads fixed to one architecture, and ARG ARCH=amd64-style defaults, while others are built
  - a single-platform base image used for other platforms (BuildKit uses it, with its binaries)

Examples:
  gen-ci check --platforms linux/amd64,linux/arm64
  gen-ci check -f docker/Dockerfile --platforms linux/amd64,linux/riscv64 --build-arg BASE=alpine:3.20
  gen-ci check --platforms linux/amd64,linux/arm64 --offline          # air-gapped: static checks only
  gen-ci check --platforms linux/amd64,linux/arm64 --fix > fix.diff && git apply fix.diff
  gen-ci check --platforms linux/amd64,linux/arm64 --timeout 20       # a slow registry`,
    flags: [
        { name: 'file', short: 'f', type: 'string', description: 'the Dockerfile (default ./Dockerfile)' },
        { name: 'platforms', short: 'p', type: 'string', description: 'target platforms, comma separated (required)' },
        { name: 'build-arg', type: 'list', description: 'NAME=VALUE as given to the build' },
        { name: 'target', type: 'string', description: 'the stage to build (default: the last)' },
        { name: 'build-platform', type: 'string', description: 'platform of the builder (default: this machine)' },
        { name: 'strict', type: 'boolean', description: 'warnings fail too (exit 1)' },
        { name: 'fix', type: 'boolean', description: 'print the change for each compile under emulation as a diff (git apply-able; nothing is written)' },
        { name: 'offline', type: 'boolean', description: 'static checks only: look no image up, contact no registry' },
        { name: 'timeout', type: 'string', description: 'seconds each image lookup may take, retries included (default 5)' },
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        if (args.positionals.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unexpected argument "${args.positionals[0]}"; the Dockerfile is given with --file`);
        const platformsRaw = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'platforms');
        if (!platformsRaw)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--platforms is required, e.g. --platforms linux/amd64,linux/arm64');
        const platforms = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatformList */ .VX)(platformsRaw);
        if (!platforms.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--platforms is empty');
        const file = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'file') ?? 'Dockerfile';
        const bp = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'build-platform');
        const offline = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'offline');
        const timeoutMs = secondsFlag(args, 'timeout', 5);
        const buildArgs = parseBuildArgs((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagList */ .zg)(args, 'build-arg'));
        // the Dockerfile parser is loaded only by the command that needs it
        const { checkDockerfile } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 2611));
        // offline: no client at all, so nothing can reach the network
        const client = offline ? undefined : new _registry_client_js__WEBPACK_IMPORTED_MODULE_4__.RegistryClient((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .clientOptionsFromFlags */ .v2)(args));
        const bounded = client ? (0,_registry_bounded_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedLookup */ .KO)(client, { timeoutMs, ...(io.tty ? { onRetry: (line) => io.err(line) } : {}) }) : undefined;
        try {
            const r = await checkDockerfile(file, {
                platforms,
                buildArgs,
                ...(bp ? { buildPlatform: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(bp) } : {}),
                ...((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'target') ? { target: (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'target') } : {}),
                ...(bounded ? { lookup: bounded.lookup } : { offline: true }),
            });
            const failed = !r.ok || ((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'strict') && r.findings.length > 0);
            // --fix: the change for each compile under emulation, as a diff (nothing is written)
            const fixes = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'fix') ? await compileFixes(file, r.findings, (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagString */ .w)(args, 'target')) : [];
            if ((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .flagBool */ .NZ)(args, 'json'))
                io.out(JSON.stringify({ ...r, ok: !failed, ...(fixes.length ? { fixes } : {}) }, null, 2));
            else {
                for (const img of r.images) {
                    const status = offline
                        ? 'not looked up (--offline)'
                        : img.available === undefined
                            ? 'lookup failed'
                            : img.missing.length
                                ? `MISSING ${img.missing.join(', ')}`
                                : 'ok';
                    io.out(`${img.image}: needs ${img.needed.join(', ')} — ${status}`);
                }
                for (const f of r.findings)
                    (f.level === 'error' ? io.err : io.out)(`${f.level === 'error' ? 'error' : 'warning'}: ${f.message}`);
                for (const x of fixes) {
                    io.out(`fix for line ${x.line} (${x.kind}): ${x.message}`);
                    if (x.diff)
                        io.out(x.diff.trimEnd());
                }
                io.out(failed
                    ? `${file}: preflight failed`
                    : `${file}: ready for ${platforms.length} platform(s)${r.findings.length ? ` with ${r.findings.length} warning(s)` : ''}`);
            }
            return failed ? 1 : 0;
        }
        finally {
            bounded?.close();
            client?.close();
        }
    },
};


/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ boundedLookup)
/* harmony export */ });
/* unused harmony exports DeadlineError, formatSeconds, retryLine */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(495);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);



/** A lookup that ran out of time. */
class DeadlineError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/** `2 s`, `0.4 s`, `12 s`. */
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${s < 10 ? Number(s.toFixed(1)) : Math.round(s)} s`;
}
/** The retry line a terminal shows. */
function retryLine(e) {
    return `retry ${e.attempt}/${e.retries} in ${formatSeconds(e.delayMs)}: ${e.reason} (${e.host})`;
}
/**
 * Image lookups with a deadline each: whatever the registry does (accepts and never answers,
 * answers 503 forever, asks to retry after a minute), `lookup` settles within `timeoutMs`, and the
 * requests and retry waits still running are stopped when it does.
 */
function boundedLookup(client, o) {
    if (!(o.timeoutMs > 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`a lookup deadline must be positive, not ${o.timeoutMs} ms`);
    const perRequest = Math.min(o.timeoutMs, o.requestTimeoutMs ?? Math.max(1000, Math.round(o.timeoutMs / 2)));
    const running = new Set();
    let closed = false;
    async function lookup(image) {
        if (closed)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`lookup of ${image} after the lookups were closed`);
        const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.parseReference)(image);
        const ac = new AbortController();
        const parent = client.opts.signal;
        const signal = parent ? AbortSignal.any([parent, ac.signal]) : ac.signal;
        const started = Date.now();
        let last;
        return new Promise((resolve, reject) => {
            const stop = (err) => {
                clearTimeout(timer);
                running.delete(stop);
                if (!ac.signal.aborted)
                    ac.abort(err);
                reject(err);
            };
            const timer = setTimeout(() => {
                const host = last?.host ?? ref.registry;
                const why = last && /^HTTP /.test(last.reason) ? ` (its last answer: ${last.reason})` : '';
                stop(new DeadlineError(`${host} did not answer within ${formatSeconds(o.timeoutMs)}${why}`));
            }, o.timeoutMs);
            running.add(stop);
            const c = client.withOptions({
                signal,
                requestTimeoutMs: perRequest,
                onRetry: (e) => {
                    last = e;
                    client.opts.onRetry?.(e);
                    const left = o.timeoutMs - (Date.now() - started);
                    if (e.delayMs >= left) {
                        // a retry the deadline would cut short is not worth waiting for
                        const what = /^HTTP /.test(e.reason) ? ` answered ${e.reason}` : `: ${e.reason}`;
                        const times = e.attempt === 1 ? '' : ` ${e.attempt} times in a row`;
                        stop(new DeadlineError(`${e.host}${what}${times}; another try (in ${formatSeconds(e.delayMs)}) would pass the ${formatSeconds(o.timeoutMs)} deadline`));
                        return;
                    }
                    o.onRetry?.(retryLine(e));
                },
            });
            (0,_inspect_js__WEBPACK_IMPORTED_MODULE_1__.inspectImage)(c, ref)
                .then(resolve, reject)
                .finally(() => {
                clearTimeout(timer);
                running.delete(stop);
            });
        });
    }
    return {
        lookup,
        close() {
            closed = true;
            for (const stop of [...running])
                stop(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the image lookup was cancelled'));
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
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   s1: () => (/* binding */ intFlag),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS),
/* harmony export */   v2: () => (/* binding */ clientOptionsFromFlags),
/* harmony export */   z$: () => (/* binding */ locationsFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5423);




/** Flags every registry command takes. */
const REGISTRY_FLAGS = [
    { name: 'config', type: 'string', description: 'docker config directory with config.json (default $DOCKER_CONFIG or ~/.docker)' },
    { name: 'plain-http', type: 'list', description: 'talk plain HTTP to this registry (localhost and 127.0.0.1 always are)' },
    { name: 'insecure', type: 'list', description: 'do not verify the TLS certificate of this registry' },
    { name: 'no-cache', type: 'boolean', description: 'use no local cache (manifests by digest, where blobs were seen)' },
];
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
        opts.cacheDir = (0,_locations_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultCacheDir */ .$)();
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
function formatBytes(n) {
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
/** A one-line progress renderer for a terminal (stderr); a no-op elsewhere. */
function progressLine(tty, write = (s) => process.stderr.write(s)) {
    let drawn = false;
    return {
        update(label, p) {
            if (!tty)
                return;
            const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
            write(`\r\x1b[2K${label}: ${p.blobsDone}/${p.blobsTotal} blobs, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)} (${pct}%)`);
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
