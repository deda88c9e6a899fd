export const id = 215;
export const ids = [215];
export const modules = {

/***/ 9215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mirrorCommand: () => (/* binding */ mirrorCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4016);
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
                        : `${r.platforms.map((p) => p).join(', ') || 'copied'}; ${r.blobsUploaded} blobs uploaded (${(0,_registry_options_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} present; ${r.manifestsPushed} manifests pushed`;
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
