export const id = 492;
export const ids = [492];
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

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mZ: () => (/* binding */ destinationFor),
  mK: () => (/* binding */ mirrorImages),
  bG: () => (/* binding */ parsePairLines)
});

// UNUSED EXPORTS: readPairsFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/registry/copy.ts + 1 modules
var copy = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/registry/locations.ts
var registry_locations = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/registry/auth.ts
var auth = __webpack_require__(7481);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var client = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
;// CONCATENATED MODULE: ./src/registry/signatures.ts





/**
 * Signatures and referrers that travel with a mirrored image:
 * - cosign's tags `sha256-<hex>.sig`, `.att` and `.sbom` beside each copied manifest;
 * - OCI referrers (distribution-spec 1.1): read with `GET /v2/<name>/referrers/<digest>` where the
 *   registry has that API, else from the referrers tag schema (`sha256-<hex>` holding an image
 *   index of them); written to the destination with a manifest PUT that the registry indexes by its
 *   `subject` (it answers `OCI-Subject`), else by merging them into the referrers tag there.
 * Everything a signature or referrer references is pushed before it, and a referrers tag only
 * after every manifest it lists, so no destination tag ever points at something incomplete.
 */
/** cosign's tag suffixes: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'];
/** How deep referrers of referrers are followed (a signature on an SBOM attached to an image is 2). */
const MAX_REFERRER_DEPTH = 3;
/** cosign's tags for a manifest digest (`sha256:ab…` → `sha256-ab….sig`, `.att`, `.sbom`). */
function cosignTags(digest) {
    const base = digest.replace(':', '-');
    return COSIGN_SUFFIXES.map((kind) => ({ kind, tag: `${base}.${kind}` }));
}
/**
 * The referrers tag schema's tag for a digest: the algorithm truncated to 32 characters, `-`, the
 * encoded part truncated to 64, any character a tag may not hold replaced with `-`.
 */
function referrersTag(digest) {
    const i = digest.indexOf(':');
    const algorithm = (i < 0 ? '' : digest.slice(0, i)).slice(0, 32);
    const encoded = digest.slice(i + 1).slice(0, 64);
    return `${algorithm}-${encoded}`.replace(/[^a-zA-Z0-9._-]/g, '-');
}
/** The descriptor a referrers list holds for a manifest: artifactType (else the config's media type) and its annotations. */
function referrerDescriptor(m) {
    const json = m.json;
    const artifactType = json.artifactType || ((0,manifest/* isIndex */.nw)(m) ? undefined : json.config?.mediaType);
    return {
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.bytes.length,
        ...(artifactType ? { artifactType } : {}),
        ...(json.annotations && Object.keys(json.annotations).length ? { annotations: json.annotations } : {}),
    };
}
/**
 * A referrers index with `add` merged in: existing entries are kept as they are (in order), new
 * ones are appended, none twice (by digest). `added` is what was not there yet.
 */
function mergeReferrers(current, add) {
    const manifests = [...(current?.manifests ?? [])];
    const have = new Set(manifests.map((d) => d.digest));
    const added = [];
    for (const d of add) {
        if (have.has(d.digest))
            continue;
        have.add(d.digest);
        manifests.push(d);
        added.push(d);
    }
    return { index: { ...(current ?? {}), schemaVersion: 2, mediaType: manifest.MT.ociIndex, manifests }, added };
}
/** Whether a manifest read from a referrers tag is the image index the schema wants there. */
function isReferrersIndex(m) {
    return m.mediaType === manifest.MT.ociIndex && Array.isArray(m.json.manifests);
}
/**
 * The cosign tags to look at for these digests: those the tag list holds, or every candidate when
 * there is no tag list (then each is looked up, and a missing one is skipped).
 */
function cosignCandidates(digests, tags) {
    return digests.flatMap((subject) => cosignTags(subject).flatMap((t) => (!tags || tags.has(t.tag) ? [{ subject, ...t }] : [])));
}
/** Digests of the manifests a copy wrote, for which signatures are looked up: the index (when its digest was kept) and its entries. */
function coveredDigests(sourceTop, result, platforms, keepAttestations = true) {
    if (!(0,manifest/* isIndex */.nw)(sourceTop))
        return [sourceTop.digest];
    const entries = (0,copy/* selectEntries */.XO)(sourceTop.json, platforms, keepAttestations).map((d) => d.digest);
    return [...(sourceTop.digest === result.digest ? [sourceTop.digest] : []), ...entries];
}
const REFERRERS_LIMIT = 4 * 1024 * 1024;
async function readBody(res, what) {
    const chunks = [];
    let n = 0;
    for await (const c of res) {
        n += c.length;
        if (n > REFERRERS_LIMIT) {
            res.destroy();
            throw new client/* RegistryError */.gl(`${what} is larger than ${REFERRERS_LIMIT} bytes`, 200);
        }
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}
function tagRef(ref, tag) {
    return { registry: ref.registry, repository: ref.repository, tag };
}
/**
 * Finds and copies signatures and referrers for one mirror run. It remembers, per registry,
 * whether the referrers API answers (a 404 means it does not: the tag schema is used from then on)
 * and, per source repository, its tag list, so a warm mirror of an unsigned image costs one tag
 * list and one referrers request, issued together.
 */
class SignatureCopier {
    client;
    transfer;
    api = new Map();
    tagLists = new Map();
    constructor(client, transfer) {
        this.client = client;
        this.transfer = transfer;
    }
    /** The repository's tags, once per run; undefined when the registry will not list them (each candidate is then looked up). */
    tagSet(ref) {
        const key = `${(0,reference/* normaliseRegistry */.Me)(ref.registry)}/${ref.repository}`;
        let p = this.tagLists.get(key);
        if (!p) {
            p = this.client.listTags(ref.registry, ref.repository).then((tags) => new Set(tags), (e) => {
                if (e instanceof client/* RegistryError */.gl)
                    return undefined;
                throw e;
            });
            this.tagLists.set(key, p);
        }
        return p;
    }
    /**
     * The referrers of `subject` in `ref`'s repository: the referrers API where the registry has it
     * (followed across Link pages), else the referrers tag schema; `tags` (the repository's tag
     * list) spares the GET of a referrers tag that does not exist.
     */
    async referrers(ref, subject, tags) {
        const registry = (0,reference/* normaliseRegistry */.Me)(ref.registry);
        if (this.api.get(registry) !== false) {
            const what = `referrers of ${ref.registry}/${ref.repository}@${subject}`;
            let path = `/v2/${ref.repository}/referrers/${subject}`;
            const descriptors = [];
            const seen = new Set();
            while (path) {
                seen.add(path);
                const res = await this.client.request({
                    registry: ref.registry,
                    method: 'GET',
                    path,
                    headers: { accept: manifest.MT.ociIndex },
                    scopes: [(0,auth/* pullScope */.iH)(ref.repository)],
                    what,
                });
                const status = res.statusCode ?? 0;
                const type = String(res.headers['content-type'] ?? '')
                    .split(';')[0]
                    ?.trim();
                if (status === 200 && type === manifest.MT.ociIndex) {
                    const j = JSON.parse((await readBody(res, what)).toString('utf8'));
                    if (!Array.isArray(j.manifests))
                        throw new client/* RegistryError */.gl(`${what}: the registry answered an index without manifests`, 200);
                    descriptors.push(...j.manifests);
                    this.api.set(registry, true);
                    const link = res.headers.link;
                    const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
                    path = next && !seen.has(next) ? next : undefined;
                    continue;
                }
                if (descriptors.length)
                    await this.client.expect(res, [], `GET ${what} (next page)`, ref.registry);
                // the spec: a 404 means no referrers API (go-containerregistry also falls back on 400,
                // 406 and an answer that is not an image index); anything else is an error
                if (status === 404 || (status === 200 && type !== manifest.MT.ociIndex))
                    this.api.set(registry, false);
                else if (status !== 400 && status !== 406)
                    await this.client.expect(res, [200], `GET ${what}`, ref.registry);
                res.resume();
                break;
            }
            if (this.api.get(registry) === true)
                return { descriptors, via: 'api' };
        }
        const tag = referrersTag(subject);
        const known = await tags;
        if (known && !known.has(tag))
            return { descriptors: [], via: 'tag' };
        const m = await this.client.getManifest(tagRef(ref, tag), { allowMissing: true });
        // the spec: a referrers tag that does not hold an image index means no referrers
        return { descriptors: m && isReferrersIndex(m) ? m.json.manifests : [], via: 'tag' };
    }
    /** Referrers of several subjects: the first alone while the registry's API support is unknown, then the rest together. */
    async referrersOfAll(ref, subjects, tags) {
        const out = new Map();
        let rest = subjects;
        if (!this.api.has((0,reference/* normaliseRegistry */.Me)(ref.registry)) && subjects.length > 1) {
            out.set(subjects[0], (await this.referrers(ref, subjects[0], tags)).descriptors);
            rest = subjects.slice(1);
        }
        const lists = await Promise.all(rest.map((s) => this.referrers(ref, s, tags)));
        for (const [i, s] of rest.entries())
            out.set(s, lists[i].descriptors);
        return out;
    }
    /** Copy the cosign tags and referrers of `digests` (manifests already in dst) from src's repository to dst's. */
    async copy(src, dst, digests) {
        const items = [];
        const tags = this.tagSet(src);
        // discovery, level by level: referrers of the manifests, then referrers of those referrers
        const levels = [];
        const seen = new Set(digests);
        let subjects = [...seen];
        for (let depth = 0; depth < MAX_REFERRER_DEPTH && subjects.length; depth++) {
            const level = await this.referrersOfAll(src, subjects, tags);
            const found = [...level.entries()].filter(([, ds]) => ds.length);
            if (!found.length)
                break;
            levels.push(new Map(found));
            subjects = [...new Set(found.flatMap(([, ds]) => ds.map((d) => d.digest)))].filter((d) => !seen.has(d));
            for (const d of subjects)
                seen.add(d);
        }
        const cosign = cosignCandidates([...seen], await tags);
        const copyLevels = async () => {
            // a level's referrers exist in dst before referrers of them are pushed
            for (const level of levels)
                await Promise.all([...level.entries()].map(([subject, ds]) => this.copyReferrers(src, dst, subject, ds, items)));
        };
        await Promise.all([copyLevels(), ...cosign.map((c) => this.copyCosignTag(src, dst, c, items))]);
        // a stable report: by manifest (the index first), then sig, att, sbom, referrers
        const order = [...seen];
        const kinds = [...COSIGN_SUFFIXES, 'referrer'];
        items.sort((a, b) => order.indexOf(a.subject) - order.indexOf(b.subject) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.digest.localeCompare(b.digest));
        return { copied: items.filter((i) => i.status === 'copied').length, present: items.filter((i) => i.status === 'present').length, items };
    }
    async copyCosignTag(src, dst, c, items) {
        const [s, d] = await Promise.all([this.client.headManifest(tagRef(src, c.tag)), this.client.headManifest(tagRef(dst, c.tag))]);
        if (!s)
            return; // no such tag (or it went away since the tag list)
        if (d?.digest === s.digest) {
            items.push({ kind: c.kind, subject: c.subject, digest: s.digest, tag: c.tag, status: 'present' });
            return;
        }
        const m = await this.client.getManifest((0,reference/* withDigest */.hQ)(src, s.digest));
        await this.transfer.contents(src, dst, m);
        await this.client.putManifest(tagRef(dst, c.tag), m.bytes, m.mediaType);
        items.push({ kind: c.kind, subject: c.subject, digest: m.digest, tag: c.tag, status: 'copied' });
    }
    async copyReferrers(src, dst, subject, wanted, items) {
        const there = await this.referrers(dst, subject);
        const have = new Set(there.descriptors.map((d) => d.digest));
        const needTag = [];
        const pushed = [];
        await Promise.all(wanted.map(async (d) => {
            if (have.has(d.digest)) {
                items.push({ kind: 'referrer', subject, digest: d.digest, artifactType: d.artifactType, via: there.via, status: 'present' });
                return;
            }
            const m = await this.client.getManifest((0,reference/* withDigest */.hQ)(src, d.digest));
            await this.transfer.contents(src, dst, m);
            if (!(await this.putReferrer(dst, m)))
                needTag.push(m);
            pushed.push(m);
        }));
        if (needTag.length) {
            // the destination did not index the subject: merge into its referrers tag, read just before
            // writing; every manifest it lists is in place by now
            const ref = tagRef(dst, referrersTag(subject));
            const current = await this.client.getManifest(ref, { allowMissing: true });
            if (current && !isReferrersIndex(current))
                throw new client/* RegistryError */.gl(`${(0,reference/* formatReference */.FH)(ref)} holds a ${current.mediaType}, not the referrers index the OCI referrers tag schema keeps there; not overwriting it`, 409);
            const { index, added } = mergeReferrers(current?.json, needTag.map(referrerDescriptor));
            if (added.length)
                await this.client.putManifest(ref, (0,manifest/* serialiseIndex */.M3)(index), manifest.MT.ociIndex);
        }
        const viaTag = new Set(needTag.map((m) => m.digest));
        for (const m of pushed)
            items.push({
                kind: 'referrer',
                subject,
                digest: m.digest,
                artifactType: referrerDescriptor(m).artifactType,
                via: viaTag.has(m.digest) ? 'tag' : 'api',
                status: 'copied',
            });
    }
    /** PUT a referrer by digest; true when the registry processed its subject (answered `OCI-Subject`). */
    async putReferrer(dst, m) {
        const what = `manifest ${dst.registry}/${dst.repository}@${m.digest}`;
        const res = await this.client.request({
            registry: dst.registry,
            method: 'PUT',
            path: `/v2/${dst.repository}/manifests/${m.digest}`,
            headers: { 'content-type': m.mediaType },
            body: m.bytes,
            scopes: [(0,auth/* pushScope */.Xu)(dst.repository)],
            what,
        });
        res.resume();
        await this.client.expect(res, [200, 201, 202], `PUT ${what}`, dst.registry);
        const subject = m.json.subject?.digest;
        return subject !== undefined && Boolean(res.headers['oci-subject']);
    }
}
/**
 * Digests of what a copy wrote: the image, or the index (when its digest was kept) and its kept
 * entries. The source index is read by digest (the client's manifest cache usually has it).
 */
async function copiedDigests(client, src, result, opts = {}) {
    if (!opts.platforms && !(0,manifest/* isIndexType */.$U)(result.mediaType))
        return [result.digest];
    const top = await client.getManifest(opts.platforms ? src : (0,reference/* withDigest */.hQ)(src, result.digest));
    return coveredDigests(top, result, opts.platforms, opts.keepAttestations ?? true);
}

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
        if (!(0,reference/* isRegistryHost */.EV)(prefix.split('/')[0]))
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
        text = await readFile(path, 'utf8');
    }
    catch (e) {
        throw new UsageError(`cannot read ${path}: ${e.code ?? e.message}`);
    }
    return parsePairLines(text, path);
}
/**
 * Mirror several images in one run: they share connections, tokens and the knowledge of where
 * blobs live, so later pairs mount what earlier ones uploaded. Each image's signatures and
 * referrers follow it once the image itself is complete in the destination.
 */
async function mirrorImages(client, pairs, opts = {}) {
    const locations = opts.locations ?? new registry_locations/* BlobLocations */.S();
    const transfer = new copy/* Transfer */.mr(client, { ...opts, locations });
    const signatures = opts.signatures === false ? undefined : new SignatureCopier(client, transfer);
    const results = [];
    for (const [i, pair] of pairs.entries()) {
        opts.onPair?.(pair, i);
        try {
            const r = await (0,copy/* copyImage */.L1)(client, pair.src, pair.dst, opts, transfer);
            if (signatures) {
                try {
                    signatures.tagSet(pair.src).catch(() => { }); // under way while the index is read; copy() reports its failure
                    r.signatures = await signatures.copy(pair.src, pair.dst, await copiedDigests(client, pair.src, r, opts));
                }
                catch (e) {
                    if (e instanceof errors/* UserError */.yo)
                        throw new errors/* UserError */.yo(`copying the signatures and referrers: ${e.message} (--no-signatures skips them)`, e.exitCode);
                    throw e;
                }
                transfer.finish();
            }
            results.push(r);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo && pairs.length > 1)
                throw new errors/* UserError */.yo(`mirror ${(0,reference/* formatReference */.FH)(pair.src)} → ${(0,reference/* formatReference */.FH)(pair.dst)}: ${e.message}`, e.exitCode);
            throw e;
        }
    }
    return results;
}


/***/ })

};
