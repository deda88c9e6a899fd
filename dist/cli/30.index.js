export const id = 30;
export const ids = [30];
export const modules = {

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mr: () => (/* binding */ Transfer),
  L1: () => (/* binding */ copyImage),
  XO: () => (/* binding */ selectEntries)
});

// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(5035);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __webpack_require__(495);
// EXTERNAL MODULE: ./src/registry/locations.ts
var locations = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
;// CONCATENATED MODULE: ./src/registry/pool.ts
/**
 * A bounded pool: at most `size` tasks run at once, waiting tasks start highest `priority` first
 * (ties in arrival order); once `abort` is called queued tasks are refused.
 */
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
    async run(task, priority = 0) {
        if (this.running >= this.size) {
            // a finishing task hands its slot over (running stays counted), so the bound always holds
            await new Promise((start) => {
                // after every entry of at least this priority: a stable order by priority
                let i = this.queue.length;
                while (i > 0 && this.queue[i - 1].priority < priority)
                    i--;
                this.queue.splice(i, 0, { priority, start });
            });
        }
        else
            this.running++;
        try {
            if (this.aborted)
                throw this.aborted;
            return await task();
        }
        finally {
            const next = this.queue.shift();
            if (next)
                next.start();
            else
                this.running--;
        }
    }
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/copy.ts











/** Wait ms, or reject at once when the operation is cancelled (its deadline passed). */
/** Counts what flows through, for progress (only needed when the source stream does not count itself). */
class Counter extends external_node_stream_.Transform {
    bytes = 0;
    _transform(chunk, _e, cb) {
        this.bytes += chunk.length;
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
    moving = new Set();
    ticker;
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
        let inFlight = 0;
        for (const m of this.moving)
            inFlight += m.bytes;
        this.opts.onProgress({ ...this.progress, bytesDone: this.progress.bytesDone + inFlight });
    }
    /** Progress is sampled every 100 ms while blobs move (no work per chunk); stopped when all are done or one failed. */
    sampling(on) {
        if (on && !this.ticker && this.opts.onProgress)
            this.ticker = setInterval(() => this.tick(), 100).unref();
        else if (!on && this.ticker) {
            clearInterval(this.ticker);
            this.ticker = undefined;
        }
    }
    /** Make sure the destination repository has the blob. */
    blob(src, dst, d) {
        const key = `${(0,reference/* normaliseRegistry */.Me)(dst.registry)}/${dst.repository}@${d.digest}`;
        let p = this.blobs.get(key);
        if (!p) {
            this.progress.blobsTotal++;
            this.progress.bytesTotal += d.size;
            this.sampling(true);
            // largest first: the big layers of every platform start early and the tail is small blobs,
            // so the pool stays full until the end
            p = this.pool
                .run(() => this.copyBlob(src, dst, d), d.size)
                .then(() => {
                this.progress.blobsDone++;
                const all = this.progress.blobsDone === this.progress.blobsTotal;
                if (all)
                    this.sampling(false);
                this.tick(all);
            }, (e) => {
                this.sampling(false);
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
            // nothing to mount: open the source while the session opens, one round trip instead of two
            const opening = from ? undefined : client.getBlob(src.registry, src.repository, d.digest, d.size);
            opening?.catch(() => { }); // its failure is handled below, where it is awaited
            let session;
            try {
                session = await client.startUpload(dst.registry, dst.repository, from ? { repository: from, digest: d.digest } : undefined);
            }
            catch (e) {
                opening?.then((s) => s.destroy(), () => { });
                throw e;
            }
            if (session.mounted) {
                this.stats.blobsMounted++;
                this.progress.bytesDone += d.size;
                this.locations.add(dst.registry, dst.repository, d.digest);
                return;
            }
            if (from && from !== src.repository)
                this.locations.forget(dst.registry, from, d.digest);
            let moving;
            try {
                const source = await (opening ?? client.getBlob(src.registry, src.repository, d.digest, d.size));
                // the client's verifying stream counts what it read; only another kind of stream gets a counter
                let body = source;
                if (this.opts.onProgress) {
                    if (typeof source.bytes === 'number')
                        moving = source;
                    else {
                        const counter = new Counter();
                        body = source.pipe(counter);
                        source.on('error', (e) => counter.destroy(e));
                        moving = counter;
                    }
                    this.moving.add(moving);
                }
                if (this.opts.chunkSize)
                    await client.uploadChunked(dst.registry, dst.repository, session.location, d.digest, body, this.opts.chunkSize);
                else
                    await client.putUpload(dst.registry, dst.repository, session.location, d.digest, body, d.size);
            }
            catch (e) {
                // a digest mismatch may be a corrupting hop (a proxy, a cut connection): the whole transfer is tried again, bounded
                const permanent = e instanceof registry_client/* RegistryError */.gl && e.status !== 429 && e.status < 500;
                if (permanent || attempt >= retries)
                    throw e;
                await (0,retry/* sleep */.y)((0,retry/* backoffMs */.j)(attempt, 500), client.opts.signal, registry_client/* abortError */.vt);
                continue;
            }
            finally {
                if (moving)
                    this.moving.delete(moving);
            }
            this.progress.bytesDone += d.size;
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
        this.sampling(false);
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
        throw new registry_client/* RegistryError */.gl(`${(0,reference/* formatReference */.FH)(src)} not found`, 404, 'MANIFEST_UNKNOWN');
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
    const digest = (0,registry_digest/* digestOf */.ol)(bytes);
    if (dstHead?.digest === digest)
        return result(digest, m.mediaType, platforms, true);
    await Promise.all(entries.map((d) => t.manifest(src, dst, d)));
    await client.putManifest(dst.tag ? dst : (0,reference/* withDigest */.hQ)(dst, digest), bytes, m.mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return result(digest, m.mediaType, platforms, false);
}


/***/ }),

/***/ 2030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeImages: () => (/* binding */ mergeImages),
  parseMergeSource: () => (/* binding */ parseMergeSource),
  parseMergeSpec: () => (/* binding */ parseMergeSpec)
});

// EXTERNAL MODULE: ./src/registry/digest.ts
var registry_digest = __webpack_require__(5035);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var core_platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/registry/copy.ts + 1 modules
var copy = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __webpack_require__(495);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/family.ts


/** Docker schema 2 media types and their OCI equivalents (config and layers). */
const DOCKER_TO_OCI = {
    'application/vnd.docker.container.image.v1+json': 'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': 'application/vnd.oci.image.layer.v1.tar+gzip',
    'application/vnd.docker.image.rootfs.diff.tar': 'application/vnd.oci.image.layer.v1.tar',
    'application/vnd.docker.image.rootfs.diff.tar.zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
};
function familyOf(mediaType) {
    return mediaType === manifest.MT.dockerManifest || mediaType === manifest.MT.dockerList ? 'docker' : 'oci';
}
/**
 * A Docker schema 2 image manifest rewritten as an OCI image manifest (pure). Blobs are
 * unchanged (the config JSON and gzip layers are the same bytes); only descriptors' media
 * types change, so the manifest gets a new digest.
 */
function dockerToOci(m) {
    const convert = (d, what) => {
        const mediaType = DOCKER_TO_OCI[d.mediaType ?? ''] ?? (d.mediaType?.startsWith('application/vnd.oci.') ? d.mediaType : undefined);
        if (!mediaType)
            throw new errors/* UserError */.yo(`cannot convert ${what} of media type ${d.mediaType} to OCI (foreign or unknown layer); rebuild that platform with OCI media types`);
        return { ...d, mediaType };
    };
    const out = {
        schemaVersion: 2,
        mediaType: manifest.MT.ociManifest,
        config: convert(m.config, 'the config'),
        layers: (m.layers ?? []).map((l, i) => convert(l, `layer ${i + 1}`)),
        ...(m.annotations ? { annotations: m.annotations } : {}),
    };
    return Buffer.from(JSON.stringify(out, null, 2));
}
/** The parts of an image config every platform of one image should agree on. */
const ESSENTIALS = ['Entrypoint', 'Cmd', 'WorkingDir', 'User', 'ExposedPorts', 'Volumes', 'StopSignal'];
function essentialsOf(configJson) {
    let cfg;
    try {
        cfg = JSON.parse(configJson);
    }
    catch {
        return {};
    }
    const c = cfg.config ?? {};
    const out = {};
    for (const k of ESSENTIALS)
        if (c[k] !== undefined && c[k] !== null && c[k] !== '')
            out[k] = c[k];
    return out;
}
/** First disagreement between legs, as one line (pure); undefined when they agree. */
function essentialsDrift(legs) {
    const [first, ...rest] = legs;
    if (!first)
        return undefined;
    for (const k of ESSENTIALS) {
        const want = JSON.stringify(first.essentials[k] ?? null);
        const other = rest.find((l) => JSON.stringify(l.essentials[k] ?? null) !== want);
        if (other) {
            return `the platforms disagree on ${k}: ${first.platform} has ${want}, ${other.platform} has ${JSON.stringify(other.essentials[k] ?? null)}; they look like different builds — rebuild every platform from one commit`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/merge.ts








/** Runnable platform manifests a source contributes (with their attestations). */
async function candidates(client, s) {
    const m = await client.getManifest(s.ref);
    const name = (0,reference/* formatReference */.FH)(s.ref);
    if (!(0,manifest/* isIndex */.nw)(m)) {
        const declared = await (0,inspect/* configPlatform */.Ko)(client, s.ref, m.json);
        if (s.platform && declared && !(0,core_platform/* samePlatform */.my)(declared, s.platform))
            throw new errors/* UserError */.yo(`${name} is built for ${(0,core_platform/* formatPlatform */.Bq)(declared)} (its config says so), not ${(0,core_platform/* formatPlatform */.Bq)(s.platform)}`);
        const p = s.platform ?? declared;
        if (!p)
            throw new errors/* UserError */.yo(`${name} declares no platform in its config; give one (SRC@platform or platform: in the spec)`);
        const desc = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: { ...(0,core_platform/* normalise */.j7)(p) } };
        return [{ desc, platform: (0,core_platform/* normalise */.j7)(p), source: s, attestations: [] }];
    }
    const runnable = m.json.manifests.filter((d) => !(0,manifest/* isAttestation */.H3)(d) && (0,manifest/* descriptorPlatform */.fA)(d));
    const picked = s.platform ? runnable.filter((d) => (0,core_platform/* samePlatform */.my)((0,manifest/* descriptorPlatform */.fA)(d), s.platform)) : runnable;
    if (s.platform && picked.length === 0)
        throw new errors/* UserError */.yo(`${name} has no ${(0,core_platform/* formatPlatform */.Bq)(s.platform)}; it has ${runnable.map((d) => (0,core_platform/* formatPlatform */.Bq)((0,manifest/* descriptorPlatform */.fA)(d))).join(', ') || 'no runnable platform'}`);
    if (picked.length === 0)
        throw new errors/* UserError */.yo(`${name} is an index without any runnable platform manifest`);
    return picked.map((d) => ({
        desc: d,
        platform: (0,manifest/* descriptorPlatform */.fA)(d),
        source: s,
        attestations: m.json.manifests.filter((a) => (0,manifest/* isAttestation */.H3)(a) && a.annotations?.[manifest/* REF_DIGEST_ANNOTATION */.tE] === d.digest),
    }));
}
/** One candidate per platform; two sources of one platform need --prefer to say which wins. */
function pickPerPlatform(all, prefer) {
    const chosen = new Map();
    for (const c of all) {
        const key = (0,core_platform/* formatPlatform */.Bq)(c.platform);
        const prev = chosen.get(key);
        if (prev && prev.desc.digest !== c.desc.digest) {
            if (!prefer)
                throw new errors/* UserError */.yo(`${key} comes from both ${(0,reference/* formatReference */.FH)(prev.source.ref)} and ${(0,reference/* formatReference */.FH)(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`);
            if (prefer === 'first')
                continue;
            chosen.delete(key);
        }
        chosen.set(key, c);
    }
    return [...chosen.values()];
}
/** Nothing is tagged unless every required platform comes from some leg. */
function requirePlatforms(picked, require, target) {
    if (!require?.length)
        return;
    const have = picked.map((c) => (0,core_platform/* formatPlatform */.Bq)(c.platform));
    const missing = require.map((p) => (0,core_platform/* formatPlatform */.Bq)((0,core_platform/* normalise */.j7)(p))).filter((p) => !have.includes(p));
    if (missing.length)
        throw new errors/* UserError */.yo(`not tagging ${(0,reference/* formatReference */.FH)(target)}: no leg built ${missing.join(', ')} (the legs have ${have.join(', ')})`);
}
/** The legs must be one image for several platforms: the essentials of their configs agree. */
async function requireSameImage(client, picked, target) {
    const legs = await Promise.all(picked.map(async (c) => {
        const m = await client.getManifest((0,reference/* withDigest */.hQ)(c.source.ref, c.desc.digest));
        const cfg = m.json.config;
        const bytes = cfg ? await client.getBlobBytes(c.source.ref.registry, c.source.ref.repository, cfg.digest) : Buffer.from('{}');
        return { platform: (0,core_platform/* formatPlatform */.Bq)(c.platform), essentials: essentialsOf(bytes.toString('utf8')) };
    }));
    const drift = essentialsDrift(legs);
    if (drift)
        throw new errors/* UserError */.yo(`not merging into ${(0,reference/* formatReference */.FH)(target)}: ${drift}`);
}
/** One manifest family per index: when the legs mix Docker and OCI, the Docker legs are rewritten as OCI in the target. */
async function oneFamily(client, t, picked, target) {
    if (new Set(picked.map((c) => familyOf(c.desc.mediaType))).size < 2)
        return;
    await Promise.all(picked
        .filter((c) => familyOf(c.desc.mediaType) === 'docker')
        .map(async (c) => {
        const m = await client.getManifest((0,reference/* withDigest */.hQ)(c.source.ref, c.desc.digest));
        await t.contents(c.source.ref, target, m);
        const bytes = dockerToOci(m.json);
        const digest = await client.putManifest((0,reference/* withDigest */.hQ)(target, (0,registry_digest/* digestOf */.ol)(bytes)), bytes, manifest.MT.ociManifest);
        c.desc = { ...c.desc, mediaType: manifest.MT.ociManifest, digest, size: bytes.length };
        c.converted = true;
        c.attestations = [];
    }));
}
/** The index document: each leg's descriptor with its normalised platform, attestations when kept, the index annotations. */
function indexOf(picked, opts) {
    const manifests = picked.map((c) => {
        const { annotations: _a, platform: _p, ...base } = c.desc;
        return { ...base, platform: { ...(c.desc.platform ?? {}), ...(0,core_platform/* normalise */.j7)(c.platform) }, ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}) };
    });
    if (opts.keepAttestations)
        for (const c of picked)
            manifests.push(...c.attestations);
    const annotated = Object.keys(opts.annotations ?? {}).length > 0;
    const allDocker = !annotated && manifests.every((d) => d.mediaType === manifest.MT.dockerManifest);
    const mediaType = allDocker ? manifest.MT.dockerList : manifest.MT.ociIndex;
    return { bytes: (0,manifest/* serialiseIndex */.M3)({ schemaVersion: 2, mediaType, manifests, ...(annotated ? { annotations: opts.annotations } : {}) }), mediaType };
}
/**
 * Build one index from per-platform images (single manifests or indexes with attestations), copying
 * manifests and blobs into the target repository where needed, then push the index under the tag.
 * Replaces `docker manifest create --amend` + `push` and manifest-tool.
 */
async function mergeImages(client, target, sources, opts = {}) {
    if (sources.length === 0)
        throw new errors/* UsageError */.eb('merge needs at least one source image');
    if (!target.tag)
        throw new errors/* UsageError */.eb(`the merge target ${(0,reference/* formatReference */.FH)(target)} needs a tag`);
    const picked = pickPerPlatform((await Promise.all(sources.map((s) => candidates(client, s)))).flat(), opts.prefer);
    requirePlatforms(picked, opts.require, target);
    if (!opts.allowConfigDrift)
        await requireSameImage(client, picked, target);
    const t = new copy/* Transfer */.mr(client, opts);
    await oneFamily(client, t, picked, target);
    // children first: the tag never points at an index whose manifests are not there
    await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
    const { bytes, mediaType } = indexOf(picked, opts);
    await client.putManifest(target, bytes, mediaType);
    for (const tag of opts.extraTags ?? [])
        await client.putManifest({ ...target, tag }, bytes, mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return {
        target: (0,reference/* formatReference */.FH)(target),
        digest: (0,registry_digest/* digestOf */.ol)(bytes),
        mediaType,
        platforms: picked.map((c) => ({ platform: (0,core_platform/* formatPlatform */.Bq)(c.platform), digest: c.desc.digest, source: (0,reference/* formatReference */.FH)(c.source.ref) })),
        attestations: opts.keepAttestations ? picked.reduce((n, c) => n + c.attestations.length, 0) : 0,
        ...t.stats,
    };
}
/** `REF` or `REF@linux/arm64` (the platform after the last @ that is not a digest). */
function parseMergeSource(arg) {
    const at = arg.lastIndexOf('@');
    if (at > 0 && !arg.slice(at + 1).includes(':'))
        return { ref: (0,reference.parseReference)(arg.slice(0, at)), platform: (0,core_platform/* parsePlatform */.FL)(arg.slice(at + 1)) };
    return { ref: (0,reference.parseReference)(arg) };
}
/** manifest-tool's `from-spec` YAML: image, optional tags, manifests: [{image, platform: {os, architecture, variant}}]. */
async function parseMergeSpec(text) {
    // loaded on demand: the YAML parser is a large module most runs never need
    const { load } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 3243));
    let doc;
    try {
        doc = load(text);
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`the merge spec is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || typeof d.image !== 'string')
        throw new errors/* UsageError */.eb('the merge spec needs `image: registry/name:tag`');
    if (!Array.isArray(d.manifests) || d.manifests.length === 0)
        throw new errors/* UsageError */.eb('the merge spec needs a non-empty `manifests:` list');
    const sources = d.manifests.map((m, i) => {
        if (!m || typeof m.image !== 'string')
            throw new errors/* UsageError */.eb(`manifests[${i}] of the merge spec needs an image`);
        const p = m.platform;
        let platform;
        if (p) {
            if (!p.architecture)
                throw new errors/* UsageError */.eb(`manifests[${i}].platform needs an architecture`);
            platform = (0,core_platform/* parsePlatform */.FL)([p.os ?? 'linux', p.architecture, p.variant].filter(Boolean).join('/'));
        }
        return { ref: (0,reference.parseReference)(m.image), ...(platform ? { platform } : {}) };
    });
    const tags = Array.isArray(d.tags) ? d.tags.map(String) : [];
    return { target: (0,reference.parseReference)(d.image), sources, tags };
}


/***/ })

};
