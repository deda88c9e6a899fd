export const id = 30;
export const ids = [30];
export const modules = {

/***/ 2030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeImages: () => (/* binding */ mergeImages),
  parseMergeSource: () => (/* binding */ parseMergeSource),
  parseMergeSpec: () => (/* binding */ parseMergeSpec)
});

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
    const all = (await Promise.all(sources.map((s) => candidates(client, s)))).flat();
    const chosen = new Map();
    for (const c of all) {
        const key = (0,core_platform/* formatPlatform */.Bq)(c.platform);
        const prev = chosen.get(key);
        if (prev && prev.desc.digest !== c.desc.digest) {
            if (!opts.prefer)
                throw new errors/* UserError */.yo(`${key} comes from both ${(0,reference/* formatReference */.FH)(prev.source.ref)} and ${(0,reference/* formatReference */.FH)(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`);
            if (opts.prefer === 'first')
                continue;
            chosen.delete(key);
        }
        chosen.set(key, c);
    }
    const picked = [...chosen.values()];
    if (!opts.allowConfigDrift) {
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
    const t = new copy/* Transfer */.mr(client, opts);
    // one manifest family per index: Docker legs become OCI when the legs mix both
    const families = new Set(picked.map((c) => familyOf(c.desc.mediaType)));
    if (families.size > 1) {
        await Promise.all(picked
            .filter((c) => familyOf(c.desc.mediaType) === 'docker')
            .map(async (c) => {
            const m = await client.getManifest((0,reference/* withDigest */.hQ)(c.source.ref, c.desc.digest));
            await t.contents(c.source.ref, target, m);
            const bytes = dockerToOci(m.json);
            const digest = await client.putManifest((0,reference/* withDigest */.hQ)(target, (0,manifest/* sha256 */.sc)(bytes)), bytes, manifest.MT.ociManifest);
            c.desc = { ...c.desc, mediaType: manifest.MT.ociManifest, digest, size: bytes.length };
            c.converted = true;
            c.attestations = [];
        }));
    }
    await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
    const manifests = [];
    for (const c of picked) {
        const { annotations: _a, platform: _p, ...base } = c.desc;
        manifests.push({
            ...base,
            platform: { ...(c.desc.platform ?? {}), ...(0,core_platform/* normalise */.j7)(c.platform) },
            ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}),
        });
    }
    if (opts.keepAttestations)
        for (const c of picked)
            manifests.push(...c.attestations);
    const allDocker = manifests.every((d) => d.mediaType === manifest.MT.dockerManifest);
    const mediaType = allDocker ? manifest.MT.dockerList : manifest.MT.ociIndex;
    const bytes = (0,manifest/* serialiseIndex */.M3)({ schemaVersion: 2, mediaType, manifests });
    const digest = (0,manifest/* sha256 */.sc)(bytes);
    await client.putManifest(target, bytes, mediaType);
    for (const tag of opts.extraTags ?? [])
        await client.putManifest({ ...target, tag }, bytes, mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return {
        target: (0,reference/* formatReference */.FH)(target),
        digest,
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
    const { load } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3243));
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
