export const id = 977;
export const ids = [977];
export const modules = {

/***/ 5977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mirrorCommand: () => (/* binding */ mirrorCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(1803);
// EXTERNAL MODULE: ./src/registry/locations.ts
var registry_locations = __webpack_require__(5423);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/registry/copy.ts + 1 modules
var copy = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/mirror.ts





/**
 * A destination for a source: a full reference, or a prefix ending in "/" under which the source
 * keeps its repository path and tag (docker.io/library/alpine:3 + reg.example/mirror/ →
 * reg.example/mirror/library/alpine:3).
 */
function destinationFor(src, dst) {
    const d = dst.trim();
    if (d.endsWith('/')) {
        const prefix = d.replace(/\/+$/, '');
        const ref = (0,reference.parseReference)(`${prefix}/${src.repository}${keyOf(src)}`);
        if (!prefix.includes('.') && !prefix.includes(':') && !prefix.startsWith('localhost'))
            throw new errors/* UsageError */.eb(`mirror prefix "${dst}" must start with a registry host (e.g. registry.example.com/mirror/)`);
        return ref;
    }
    const ref = (0,reference.parseReference)(d, { defaultTag: false });
    return ref.tag || ref.digest ? ref : (0,reference.parseReference)(`${(0,reference/* formatReference */.FH)(ref)}${keyOf(src)}`);
}
/** The source's tag and digest as a reference suffix (a digest-only source stays digest-only). */
function keyOf(src) {
    return `${src.tag ? `:${src.tag}` : ''}${src.digest ? `@${src.digest}` : ''}` || ':latest';
}
/** `SRC=DST` or `SRC DST`; blank lines and # comments are skipped. */
function parsePairLines(text, origin = 'pairs') {
    const out = [];
    text.split('\n').forEach((line, i) => {
        const l = line.replace(/(^|\s)#.*$/, '').trim();
        if (!l)
            return;
        const parts = l.includes('=') ? l.split('=').map((x) => x.trim()) : l.split(/\s+/);
        if (parts.length !== 2 || !parts[0] || !parts[1])
            throw new errors/* UsageError */.eb(`${origin} line ${i + 1}: expected SRC=DST, got "${l}"`);
        const src = (0,reference.parseReference)(parts[0]);
        out.push({ src, dst: destinationFor(src, parts[1]) });
    });
    return out;
}
async function readPairsFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`cannot read ${path}: ${e.code ?? e.message}`);
    }
    return parsePairLines(text, path);
}
/**
 * Mirror several images in one run: they share connections, tokens and the knowledge of where
 * blobs live, so later pairs mount what earlier ones uploaded.
 */
async function mirrorImages(client, pairs, opts = {}) {
    const locations = opts.locations ?? new registry_locations/* BlobLocations */.S();
    const transfer = new copy/* Transfer */.mr(client, { ...opts, locations });
    const results = [];
    for (const [i, pair] of pairs.entries()) {
        opts.onPair?.(pair, i);
        try {
            results.push(await (0,copy/* copyImage */.L1)(client, pair.src, pair.dst, opts, transfer));
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo && pairs.length > 1)
                throw new errors/* UserError */.yo(`mirror ${(0,reference/* formatReference */.FH)(pair.src)} → ${(0,reference/* formatReference */.FH)(pair.dst)}: ${e.message}`, e.exitCode);
            throw e;
        }
    }
    return results;
}

// EXTERNAL MODULE: ./src/registry/options.ts
var options = __webpack_require__(5565);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/mirror.ts








const mirrorCommand = {
    name: 'mirror',
    summary: 'copy images with all (or chosen) platforms between registries',
    usage: 'gen-ci mirror SRC DST | SRC=DST… | --file PAIRS  [--platforms list|all] [--json]',
    help: `
Copies an image index with every platform manifest and blob (digests preserved), or only the
platforms given with --platforms (the index is rewritten). Blobs the destination already has are
skipped, blobs on the same registry are mounted from any repository known to hold them, the rest
stream through a bounded pool. Child manifests are pushed before the index, so the tag never points
at an incomplete image. No Docker daemon is needed.

DST may be a prefix ending in "/" (registry.example.com/mirror/): the source path and tag are kept.
Several SRC=DST pairs, or a file of them (one per line, # comments), are mirrored in one run.

Examples:
  gen-ci mirror docker.io/library/alpine:3.20 registry.example.com/mirror/alpine:3.20
  gen-ci mirror golang:1.22=reg.example/mirror/ debian:12=reg.example/mirror/ --platforms linux/amd64,linux/arm64
  gen-ci mirror --file mirror.txt --json`,
    flags: [
        { name: 'platforms', type: 'string', description: 'platforms to copy (comma separated) or "all" (default)' },
        { name: 'file', short: 'f', type: 'string', description: 'file of SRC=DST lines' },
        { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
        { name: 'chunk-size', type: 'string', description: 'upload in chunks of this size (e.g. 16M) instead of one streamed PUT' },
        { name: 'no-attestations', type: 'boolean', description: 'with --platforms: drop the attestation manifests of the kept platforms' },
        ...options/* REGISTRY_FLAGS */.sY,
    ],
    async run(args, io) {
        const pairs = [];
        const pos = args.positionals;
        if (pos.length === 2 && !pos[0]?.includes('=') && !pos[1]?.includes('=')) {
            const src = (0,reference.parseReference)(pos[0]);
            pairs.push({ src, dst: destinationFor(src, pos[1]) });
        }
        else {
            for (const p of pos) {
                if (!p.includes('='))
                    throw new errors/* UsageError */.eb(`"${p}": give SRC DST, or SRC=DST pairs; see gen-ci mirror --help`);
                pairs.push(...parsePairLines(p, 'argument'));
            }
        }
        const file = (0,command/* flagString */.w)(args, 'file');
        if (file)
            pairs.push(...(await readPairsFile(file)));
        if (pairs.length === 0)
            throw new errors/* UsageError */.eb('nothing to mirror: give SRC DST, SRC=DST pairs or --file; see gen-ci mirror --help');
        const platformsRaw = (0,command/* flagString */.w)(args, 'platforms');
        const platforms = platformsRaw && platformsRaw.trim().toLowerCase() !== 'all' ? (0,platform/* parsePlatformList */.VX)(platformsRaw) : undefined;
        if (platformsRaw !== undefined && platforms?.length === 0)
            throw new errors/* UsageError */.eb('--platforms is empty; give a list or "all"');
        const copt = (0,options/* clientOptionsFromFlags */.v2)(args);
        const client = new registry_client.RegistryClient(copt);
        const locations = await new registry_locations/* BlobLocations */.S((0,options/* locationsFile */.z$)(copt.cacheDir)).load();
        const progress = (0,options/* progressLine */.oz)(io.tty);
        let label = '';
        const json = (0,command/* flagBool */.NZ)(args, 'json');
        try {
            const results = await mirrorImages(client, pairs, {
                platforms,
                keepAttestations: !(0,command/* flagBool */.NZ)(args, 'no-attestations'),
                concurrency: (0,options/* intFlag */.s1)(args, 'concurrency', 8),
                chunkSize: (0,options/* sizeFlag */.AC)(args, 'chunk-size'),
                locations,
                onPair: (p) => {
                    label = (0,reference/* formatReference */.FH)(p.dst);
                },
                onProgress: (p) => progress.update(label, p),
            });
            progress.done();
            if (json)
                io.out(JSON.stringify(results, null, 2));
            else
                for (const r of results) {
                    const what = r.upToDate
                        ? 'up to date'
                        : `${r.platforms.map((p) => p).join(', ') || 'copied'}; ${r.blobsUploaded} blobs uploaded (${(0,options/* formatBytes */.z3)(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} present; ${r.manifestsPushed} manifests pushed`;
                    io.out(`${r.source} → ${r.destination} ${r.digest}: ${what}`);
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

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mr: () => (/* binding */ Transfer),
  L1: () => (/* binding */ copyImage)
});

// UNUSED EXPORTS: selectEntries

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(1803);
// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __webpack_require__(495);
// EXTERNAL MODULE: ./src/registry/locations.ts
var locations = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
;// CONCATENATED MODULE: ./src/registry/pool.ts
/** A bounded pool: at most `size` tasks run at once; once `abort` is called queued tasks are refused. */
class Pool {
    size;
    running = 0;
    queue = [];
    aborted;
    constructor(size) {
        this.size = size;
    }
    abort(reason) {
        this.aborted ??= reason;
    }
    async run(task) {
        if (this.running >= this.size)
            await new Promise((r) => this.queue.push(r));
        this.running++;
        try {
            if (this.aborted)
                throw this.aborted;
            return await task();
        }
        finally {
            this.running--;
            this.queue.shift()?.();
        }
    }
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/registry/verify.ts
var verify = __webpack_require__(8386);
;// CONCATENATED MODULE: ./src/registry/copy.ts










const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class Counter extends external_node_stream_.Transform {
    onBytes;
    constructor(onBytes) {
        super();
        this.onBytes = onBytes;
    }
    _transform(chunk, _e, cb) {
        this.onBytes(chunk.length);
        cb(null, chunk);
    }
}
/**
 * Moves manifests and blobs between repositories: skips what the destination has, mounts across
 * repositories of the same registry, streams the rest through a bounded pool, and pushes every
 * manifest only after everything it references is in place (children before indexes).
 */
class Transfer {
    client;
    opts;
    stats = { manifestsPushed: 0, manifestsPresent: 0, blobsUploaded: 0, blobsMounted: 0, blobsPresent: 0, bytesUploaded: 0 };
    progress = { blobsTotal: 0, blobsDone: 0, bytesTotal: 0, bytesDone: 0 };
    locations;
    pool;
    blobs = new Map();
    manifests = new Map();
    lastProgress = 0;
    constructor(client, opts = {}) {
        this.client = client;
        this.opts = opts;
        this.pool = new Pool(opts.concurrency ?? 8);
        this.locations = opts.locations ?? new locations/* BlobLocations */.S();
    }
    tick(force = false) {
        if (!this.opts.onProgress)
            return;
        const now = Date.now();
        if (!force && now - this.lastProgress < 100)
            return;
        this.lastProgress = now;
        this.opts.onProgress({ ...this.progress });
    }
    /** Make sure the destination repository has the blob. */
    blob(src, dst, d) {
        const key = `${(0,reference/* normaliseRegistry */.Me)(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.blobs.get(key);
        if (!p) {
            this.progress.blobsTotal++;
            this.progress.bytesTotal += d.size;
            p = this.pool
                .run(() => this.copyBlob(src, dst, d))
                .then(() => {
                this.progress.blobsDone++;
                this.tick(this.progress.blobsDone === this.progress.blobsTotal);
            }, (e) => {
                this.pool.abort(e);
                throw e;
            });
            this.blobs.set(key, p);
        }
        return p;
    }
    async copyBlob(src, dst, d) {
        const { client } = this;
        const sameRegistry = (0,reference/* normaliseRegistry */.Me)(src.registry) === (0,reference/* normaliseRegistry */.Me)(dst.registry);
        this.locations.add(src.registry, src.repository, d.digest);
        const retries = this.opts.blobRetries ?? 2;
        for (let attempt = 0;; attempt++) {
            const known = this.locations.find(dst.registry, d.digest).filter((r) => r !== dst.repository);
            const from = sameRegistry && src.repository !== dst.repository ? src.repository : known[0];
            if (!from || attempt > 0) {
                if ((await client.headBlob(dst.registry, dst.repository, d.digest)) !== undefined) {
                    this.stats.blobsPresent++;
                    this.progress.bytesDone += d.size;
                    this.locations.add(dst.registry, dst.repository, d.digest);
                    return;
                }
            }
            const session = await client.startUpload(dst.registry, dst.repository, from ? { repository: from, digest: d.digest } : undefined);
            if (session.mounted) {
                this.stats.blobsMounted++;
                this.progress.bytesDone += d.size;
                this.locations.add(dst.registry, dst.repository, d.digest);
                return;
            }
            if (from && from !== src.repository)
                this.locations.forget(dst.registry, from, d.digest);
            let sent = 0;
            try {
                const source = await client.getBlob(src.registry, src.repository, d.digest, d.size);
                const counted = source.pipe(new Counter((n) => {
                    sent += n;
                    this.progress.bytesDone += n;
                    this.tick();
                }));
                source.on('error', (e) => counted.destroy(e));
                if (this.opts.chunkSize)
                    await client.uploadChunked(dst.registry, dst.repository, session.location, d.digest, counted, this.opts.chunkSize);
                else
                    await client.putUpload(dst.registry, dst.repository, session.location, d.digest, counted, d.size);
            }
            catch (e) {
                this.progress.bytesDone -= sent;
                const permanent = e instanceof verify/* DigestMismatchError */.h || (e instanceof registry_client/* RegistryError */.g && e.status !== 429 && e.status < 500);
                if (permanent || attempt >= retries)
                    throw e;
                await sleep(500 * 2 ** attempt);
                continue;
            }
            this.stats.blobsUploaded++;
            this.stats.bytesUploaded += d.size;
            this.locations.add(dst.registry, dst.repository, d.digest);
            return;
        }
    }
    /**
     * Make sure the destination has the manifest `d` (by digest) and everything below it.
     * `fetched` skips the GET when the caller already has the manifest.
     */
    manifest(src, dst, d, fetched) {
        const key = `${(0,reference/* normaliseRegistry */.Me)(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.manifests.get(key);
        if (!p) {
            p = this.copyManifest(src, dst, d, fetched);
            this.manifests.set(key, p);
        }
        return p;
    }
    async copyManifest(src, dst, d, fetched) {
        const target = (0,reference/* withDigest */.hQ)(dst, d.digest);
        if (await this.client.headManifest(target)) {
            // a registry accepts a manifest only when everything it references is present
            this.stats.manifestsPresent++;
            return;
        }
        const m = fetched ?? (await this.client.getManifest((0,reference/* withDigest */.hQ)(src, d.digest)));
        await this.contents(src, dst, m);
        await this.client.putManifest(target, m.bytes, m.mediaType);
        this.stats.manifestsPushed++;
    }
    /** Everything a manifest references: child manifests of an index, blobs of an image. */
    async contents(src, dst, m) {
        if ((0,manifest/* isIndex */.nw)(m))
            await Promise.all(m.json.manifests.map((c) => this.manifest(src, dst, c)));
        else
            await Promise.all((0,manifest/* manifestBlobs */.q2)(m.json).map((b) => this.blob(src, dst, b)));
    }
    finish() {
        this.tick(true);
    }
}
/** Entries of an index to keep for the wanted platforms, with the attestations that describe them. */
function selectEntries(index, platforms, keepAttestations = true) {
    if (!platforms)
        return index.manifests;
    const kept = index.manifests.filter((d) => {
        const p = (0,manifest/* descriptorPlatform */.fA)(d);
        return !(0,manifest/* isAttestation */.H3)(d) && p !== undefined && platforms.some((w) => (0,platform/* samePlatform */.my)(p, w));
    });
    const digests = new Set(kept.map((d) => d.digest));
    return index.manifests.filter((d) => digests.has(d.digest) || (keepAttestations && (0,manifest/* isAttestation */.H3)(d) && digests.has(d.annotations?.[manifest/* REF_DIGEST_ANNOTATION */.tE] ?? '')));
}
function platformsOf(descs) {
    return descs.flatMap((d) => {
        const p = (0,manifest/* descriptorPlatform */.fA)(d);
        return p && !(0,manifest/* isAttestation */.H3)(d) ? [(0,platform/* formatPlatform */.Bq)(p)] : [];
    });
}
/**
 * Copy an image (index or single manifest) from src to dst. Without `platforms` everything is
 * copied and every digest is preserved; with it, the index is rewritten to the chosen platforms.
 * The destination tag is written last, so it never points at something incomplete.
 */
async function copyImage(client, src, dst, opts = {}, transfer) {
    const t = transfer ?? new Transfer(client, opts);
    const before = { ...t.stats };
    const result = (digest, mediaType, platforms, upToDate) => {
        const s = t.stats;
        return {
            source: (0,reference/* formatReference */.FH)(src),
            destination: (0,reference/* formatReference */.FH)(dst),
            digest,
            mediaType,
            platforms,
            upToDate,
            manifestsPushed: s.manifestsPushed - before.manifestsPushed,
            manifestsPresent: s.manifestsPresent - before.manifestsPresent,
            blobsUploaded: s.blobsUploaded - before.blobsUploaded,
            blobsMounted: s.blobsMounted - before.blobsMounted,
            blobsPresent: s.blobsPresent - before.blobsPresent,
            bytesUploaded: s.bytesUploaded - before.bytesUploaded,
        };
    };
    const all = !opts.platforms;
    // HEAD first: when the destination already holds the very same digest there is nothing to pull
    const [srcHead, dstHead] = await Promise.all([client.headManifest(src), dst.digest && !dst.tag ? undefined : client.headManifest(dst)]);
    if (!srcHead)
        throw new registry_client/* RegistryError */.g(`${(0,reference/* formatReference */.FH)(src)} not found`, 404, 'MANIFEST_UNKNOWN');
    if (all && dstHead?.digest === srcHead.digest)
        return result(srcHead.digest, srcHead.mediaType, [], true);
    const m = await client.getManifest((0,reference/* withDigest */.hQ)(src, srcHead.digest));
    if (!(0,manifest/* isIndex */.nw)(m)) {
        const p = await (0,inspect/* configPlatform */.Ko)(client, src, m.json);
        const plat = p ? (0,platform/* formatPlatform */.Bq)(p) : 'unknown';
        if (opts.platforms && !(p && opts.platforms.some((w) => (0,platform/* samePlatform */.my)(p, w))))
            throw new errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(src)} is a single-platform image for ${plat}, not ${opts.platforms.map(platform/* formatPlatform */.Bq).join(', ')}`);
        if (dstHead?.digest === m.digest)
            return result(m.digest, m.mediaType, [plat], true);
        await t.contents(src, dst, m);
        await client.putManifest(dst, m.bytes, m.mediaType);
        t.stats.manifestsPushed++;
        t.finish();
        return result(m.digest, m.mediaType, [plat], false);
    }
    const entries = selectEntries(m.json, opts.platforms, opts.keepAttestations ?? true);
    const platforms = platformsOf(entries);
    if (opts.platforms) {
        const missing = opts.platforms.filter((w) => !platforms.some((p) => p === (0,platform/* formatPlatform */.Bq)(w)));
        if (missing.length)
            throw new errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(src)} has no ${missing.map(platform/* formatPlatform */.Bq).join(', ')}; it has ${platformsOf(m.json.manifests).join(', ') || 'no runnable platform'}`);
    }
    let bytes = m.bytes;
    if (!all && entries.length !== m.json.manifests.length) {
        if (dst.digest && !dst.tag)
            throw new errors/* UserError */.yo('a destination by digest cannot receive a subset of platforms (the index changes); give a tag');
        bytes = (0,manifest/* serialiseIndex */.M3)({ ...m.json, manifests: entries });
    }
    const digest = (0,manifest/* sha256 */.sc)(bytes);
    if (dstHead?.digest === digest)
        return result(digest, m.mediaType, platforms, true);
    await Promise.all(entries.map((d) => t.manifest(src, dst, d)));
    await client.putManifest(dst.tag ? dst : (0,reference/* withDigest */.hQ)(dst, digest), bytes, m.mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return result(digest, m.mediaType, platforms, false);
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   inspectImage: () => (/* binding */ inspectImage),
/* harmony export */   rB: () => (/* binding */ findPlatform)
/* harmony export */ });
/* unused harmony export describeManifest */
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
/* unused harmony exports INDEX_TYPES, IMAGE_TYPES, isIndexType */
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


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
