export const id = 850;
export const ids = [850];
export const modules = {

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var _registry_bounded_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4016);
/* harmony import */ var _registry_inspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(495);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8278);









function short(digest) {
    return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
const inspectCommand = {
    name: 'inspect',
    summary: 'show the platforms behind an image reference (no Docker needed)',
    usage: 'gen-ci inspect REF [--platforms P[,P…]] [--timeout SECONDS] [--json]',
    help: `
Prints the media type and digest of REF and a table of its platforms (os/arch/variant, manifest
digest, size); attestation manifests (buildx provenance/SBOM, platform unknown/unknown) are listed
as such. With --platforms (or --platform), exits 1 when REF lacks one of them: the cause of
"exec format error".

The whole inspect, retries included, ends within --timeout (default 10 s): a registry that never
answers fails with "… did not answer within 10 s". On a terminal each retry prints one line.

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker), credHelpers and credsStore.

Examples:
  gen-ci inspect alpine:3.20
  gen-ci inspect registry.example.com/team/app:1.2 --platforms linux/arm64
  gen-ci inspect alpine:3.20 --platforms linux/amd64,linux/riscv64
  gen-ci inspect 127.0.0.1:5000/base/busybox --json`,
    json: [
        'reference, mediaType, digest, index: true for an index; platforms: [{platform, digest, size, mediaType}];',
        'attestations: [{digest, size, type, for}]',
        'with --platforms: checks: [{requested, found}] (found: the platform that serves it, or null), and for',
        'one platform also requested and found; a missing one is {"ok": false, …, "error": {"code": "platform-missing"}} (exit 1)',
    ],
    flags: [
        { name: 'platforms', type: 'string', aliases: ['platform'], description: 'fail (exit 1) unless REF has every one of these platforms (comma separated)' },
        { name: 'timeout', type: 'string', description: 'seconds the whole inspect may take, retries included (default 10)' },
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        if (args.positionals.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('inspect takes exactly one image reference; see gen-ci inspect --help');
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__.parseReference)(args.positionals[0]);
        const wantRaw = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagString */ .w)(args, 'platforms');
        const wants = wantRaw !== undefined ? (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatformList */ .VX)(wantRaw) : [];
        if (wantRaw !== undefined && !wants.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--platforms is empty');
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .secondsFlag */ .CO)(args, 'timeout', 10);
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_8__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagString */ .w)(args, 'config'));
        const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__.RegistryClient((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .clientOptionsFromFlags */ .v2)(args));
        const bounded = (0,_registry_bounded_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedLookup */ .KO)(client, { timeoutMs, ...(0,_registry_options_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalRetries */ .Z)(io) });
        try {
            const info = await bounded.lookup((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatReference */ .FH)(ref));
            const checks = wants.map((w) => ({ want: w, match: (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_4__/* .findPlatform */ .rB)(info, w) }));
            const missing = checks.filter((c) => !c.match?.exact);
            const have = info.platforms.map((p) => p.platform).join(', ') || 'no runnable platform';
            const only = missing.length === 1 && checks.length === 1 ? missing[0]?.match : undefined;
            const failure = missing.length
                ? `${info.reference} has no ${missing.map((c) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(c.want)).join(', ')} (it has ${have})${only ? `; containerd would fall back to ${only.entry.platform}` : '; a container of it on such a machine fails with "exec format error"'}`
                : undefined;
            if ((0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .flagBool */ .NZ)(args, 'json')) {
                const found = checks.map((c) => ({ requested: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(c.want), found: c.match?.exact ? c.match.entry.platform : null }));
                const body = { ...info, ...(checks.length ? { checks: found } : {}), ...(found.length === 1 ? found[0] : {}) };
                if (failure)
                    (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printJsonFailure */ .CQ)(io, body, new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(failure, 1, 'platform-missing'));
                else
                    (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .printJson */ .Q2)(io, body);
            }
            else {
                io.out(info.reference);
                io.out(`media type  ${info.mediaType}`);
                io.out(`digest      ${info.digest}`);
                io.out('');
                const rows = [
                    ['PLATFORM', 'DIGEST', 'SIZE'],
                    ...info.platforms.map((p) => [p.platform, info.index ? short(p.digest) : short(p.digest), String(p.size)]),
                    ...info.attestations.map((a) => [`attestation`, short(a.digest), String(a.size), a.for ? `for ${short(a.for)}` : a.type]),
                ];
                const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
                for (const r of rows)
                    io.out(r
                        .map((c, i) => (i < 3 ? c.padEnd(w[i]) : c))
                        .join('  ')
                        .trimEnd());
            }
            if (failure) {
                io.err(`gen-ci: ${failure}`);
                return 1;
            }
            return 0;
        }
        finally {
            bounded.close();
            client.close();
        }
    },
};


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
/* harmony export */   z$: () => (/* binding */ locationsFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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
