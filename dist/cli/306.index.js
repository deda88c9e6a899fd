export const id = 306;
export const ids = [306];
export const modules = {

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4016);
/* harmony import */ var _registry_locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5423);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5565);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9310);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8278);







/** --timeout's default, in seconds: the whole merge, retries included */
const TIMEOUT_S = 120;
const mergeCommand = {
    name: 'merge',
    summary: 'build one multi-platform index from per-platform images',
    usage: 'gen-ci merge TARGET SRC[@platform]… | --spec FILE  [--keep-attestations] [--prefer first|last] [--timeout SECONDS] [--json]',
    help: `
Takes the runnable platform manifests of each SRC, which may be a single image manifest or an index
(such as buildx pushes with provenance: one platform plus an unknown/unknown attestation entry), and
pushes one index under TARGET. Manifests and blobs are copied (mounted on the same registry) into
TARGET's repository when sources live elsewhere. Two sources with the same platform are refused
unless --prefer says which wins. Legs of mixed manifest families (Docker and OCI) become one OCI index
(the Docker manifests are rewritten with OCI media types; blobs are unchanged); legs that disagree on
entrypoint, cmd, user, workdir or ports are refused unless --allow-config-drift. SRC@linux/arm64 picks one platform from an index (or declares the
platform of a manifest whose config lacks it).

--spec reads manifest-tool's from-spec YAML:
  image: registry.example.com/app:1.0
  tags: [latest]
  manifests:
    - image: registry.example.com/app:1.0-amd64
      platform: {os: linux, architecture: amd64}
    - image: registry.example.com/app:1.0-arm64
      platform: {os: linux, architecture: arm64, variant: v8}

Every value (TARGET, each SRC and platform, --tag, the spec) is checked before anything is pushed.
The whole merge, retries included, ends within --timeout (default 120 s), with one line if it does
not: the index is pushed last, so a merge cut short leaves TARGET as it was.

Replaces: docker manifest create --amend + docker manifest push, manifest-tool push from-args/from-spec.

Examples:
  gen-ci merge reg.example/app:1.0 reg.example/app:1.0-amd64 reg.example/app:1.0-arm64
  gen-ci merge --spec manifest.yaml --keep-attestations`,
    json: [
        'target, digest, mediaType; platforms: [{platform, digest, source}]; attestations: how many were kept;',
        'tags: the extra tags pointed at the index; blobsUploaded, blobsMounted, blobsPresent, bytesUploaded,',
        'manifestsPushed, manifestsPresent',
    ],
    flags: [
        { name: 'spec', type: 'string', description: 'manifest-tool from-spec YAML file' },
        { name: 'keep-attestations', type: 'boolean', description: 'carry provenance/SBOM attestation manifests of the kept platforms' },
        { name: 'prefer', type: 'string', description: 'when sources share a platform: first or last wins (default: refuse)' },
        { name: 'allow-config-drift', type: 'boolean', description: 'merge even when the platforms disagree on entrypoint, cmd, user, workdir, ports' },
        { name: 'tag', short: 't', type: 'list', description: 'also point this tag at the merged index' },
        { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
        (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutFlag */ .kw)(TIMEOUT_S, 'the whole merge'),
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_FLAGS */ .sY,
    ],
    async run(args, io) {
        const { mergeImages, parseMergeSource, parseMergeSpec } = await __webpack_require__.e(/* import() */ 30).then(__webpack_require__.bind(__webpack_require__, 2030));
        let target;
        let sources;
        let tags = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagList */ .zg)(args, 'tag');
        const spec = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagString */ .w)(args, 'spec');
        if (spec) {
            if (args.positionals.length)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give either --spec or TARGET SRC…, not both');
            const text = await (0,_input_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(spec, 'merge spec');
            const parsed = await parseMergeSpec(text);
            target = parsed.target;
            sources = parsed.sources;
            tags = [...parsed.tags, ...tags];
        }
        else {
            const [t, ...srcs] = args.positionals;
            if (!t || srcs.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('merge needs TARGET and at least one SRC (or --spec FILE); see gen-ci merge --help');
            target = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__.parseReference)(t);
            sources = srcs.map(parseMergeSource);
        }
        const prefer = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagString */ .w)(args, 'prefer');
        if (prefer !== undefined && prefer !== 'first' && prefer !== 'last')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--prefer takes first or last, not "${prefer}"`);
        // every value is checked before anything is pushed: a bad extra tag must not leave the index half tagged
        for (const t of tags)
            (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTag */ .ED)(t);
        const concurrency = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .intFlag */ .s1)(args, 'concurrency', 8);
        const timeoutMs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .secondsFlag */ .CO)(args, 'timeout', TIMEOUT_S);
        await (0,_input_js__WEBPACK_IMPORTED_MODULE_6__/* .requireConfigDir */ .vz)((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagString */ .w)(args, 'config'));
        const copt = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .clientOptionsFromFlags */ .v2)(args);
        const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_1__.RegistryClient(copt);
        const locations = await new _registry_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .BlobLocations */ .S((0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .locationsFile */ .z$)(copt.cacheDir)).load();
        const progress = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .progressLine */ .oz)(io.tty);
        try {
            const r = await (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .runWithTimeout */ .F2)(client, io, { timeoutMs, what: `the merge into ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(target)}`, host: target.registry }, (c) => mergeImages(c, target, sources, {
                keepAttestations: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagBool */ .NZ)(args, 'keep-attestations'),
                prefer: prefer,
                allowConfigDrift: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagBool */ .NZ)(args, 'allow-config-drift'),
                extraTags: tags,
                concurrency,
                locations,
                onProgress: (p) => progress.update((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(target), p),
            }));
            progress.done();
            if ((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .flagBool */ .NZ)(args, 'json'))
                (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(io, { ...r, tags });
            else {
                io.out(`${r.target} ${r.digest}`);
                for (const p of r.platforms)
                    io.out(`  ${p.platform.padEnd(16)} ${p.digest}  from ${p.source}`);
                if (r.attestations)
                    io.out(`  + ${r.attestations} attestation manifest(s)`);
                for (const t of tags)
                    io.out(`  also tagged ${t}`);
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
