export const id = 819;
export const ids = [819];
export const modules = {

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeImages: () => (/* binding */ mergeImages),
/* harmony export */   parseMergeSource: () => (/* binding */ parseMergeSource),
/* harmony export */   parseMergeSpec: () => (/* binding */ parseMergeSpec)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(495);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(506);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);






/** Runnable platform manifests a source contributes (with their attestations). */
async function candidates(client, s) {
    const m = await client.getManifest(s.ref);
    const name = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(s.ref);
    if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndex */ .nw)(m)) {
        const declared = await (0,_inspect_js__WEBPACK_IMPORTED_MODULE_3__/* .configPlatform */ .Ko)(client, s.ref, m.json);
        if (s.platform && declared && !(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .samePlatform */ .my)(declared, s.platform))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} is built for ${(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(declared)} (its config says so), not ${(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(s.platform)}`);
        const p = s.platform ?? declared;
        if (!p)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} declares no platform in its config; give one (SRC@platform or platform: in the spec)`);
        const desc = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: { ...(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .normalise */ .j7)(p) } };
        return [{ desc, platform: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .normalise */ .j7)(p), source: s, attestations: [] }];
    }
    const runnable = m.json.manifests.filter((d) => !(0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isAttestation */ .H3)(d) && (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(d));
    const picked = s.platform ? runnable.filter((d) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .samePlatform */ .my)((0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(d), s.platform)) : runnable;
    if (s.platform && picked.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} has no ${(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(s.platform)}; it has ${runnable.map((d) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)((0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(d))).join(', ') || 'no runnable platform'}`);
    if (picked.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} is an index without any runnable platform manifest`);
    return picked.map((d) => ({
        desc: d,
        platform: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .descriptorPlatform */ .fA)(d),
        source: s,
        attestations: m.json.manifests.filter((a) => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .isAttestation */ .H3)(a) && a.annotations?.[_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REF_DIGEST_ANNOTATION */ .tE] === d.digest),
    }));
}
/**
 * Build one index from per-platform images (single manifests or indexes with attestations), copying
 * manifests and blobs into the target repository where needed, then push the index under the tag.
 * Replaces `docker manifest create --amend` + `push` and manifest-tool.
 */
async function mergeImages(client, target, sources, opts = {}) {
    if (sources.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('merge needs at least one source image');
    if (!target.tag)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the merge target ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(target)} needs a tag`);
    const all = (await Promise.all(sources.map((s) => candidates(client, s)))).flat();
    const chosen = new Map();
    for (const c of all) {
        const key = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(c.platform);
        const prev = chosen.get(key);
        if (prev && prev.desc.digest !== c.desc.digest) {
            if (!opts.prefer)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${key} comes from both ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(prev.source.ref)} and ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`);
            if (opts.prefer === 'first')
                continue;
            chosen.delete(key);
        }
        chosen.set(key, c);
    }
    const picked = [...chosen.values()];
    const t = new _copy_js__WEBPACK_IMPORTED_MODULE_2__/* .Transfer */ .mr(client, opts);
    await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
    const manifests = [];
    for (const c of picked) {
        const { annotations: _a, platform: _p, ...base } = c.desc;
        manifests.push({
            ...base,
            platform: { ...(c.desc.platform ?? {}), ...(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .normalise */ .j7)(c.platform) },
            ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}),
        });
    }
    if (opts.keepAttestations)
        for (const c of picked)
            manifests.push(...c.attestations);
    const allDocker = manifests.every((d) => d.mediaType === _manifest_js__WEBPACK_IMPORTED_MODULE_4__.MT.dockerManifest);
    const mediaType = allDocker ? _manifest_js__WEBPACK_IMPORTED_MODULE_4__.MT.dockerList : _manifest_js__WEBPACK_IMPORTED_MODULE_4__.MT.ociIndex;
    const bytes = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .serialiseIndex */ .M3)({ schemaVersion: 2, mediaType, manifests });
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(bytes);
    await client.putManifest(target, bytes, mediaType);
    for (const tag of opts.extraTags ?? [])
        await client.putManifest({ ...target, tag }, bytes, mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return {
        target: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(target),
        digest,
        mediaType,
        platforms: picked.map((c) => ({ platform: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(c.platform), digest: c.desc.digest, source: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(c.source.ref) })),
        attestations: opts.keepAttestations ? picked.reduce((n, c) => n + c.attestations.length, 0) : 0,
        ...t.stats,
    };
}
/** `REF` or `REF@linux/arm64` (the platform after the last @ that is not a digest). */
function parseMergeSource(arg) {
    const at = arg.lastIndexOf('@');
    if (at > 0 && !arg.slice(at + 1).includes(':'))
        return { ref: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseReference)(arg.slice(0, at)), platform: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(arg.slice(at + 1)) };
    return { ref: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseReference)(arg) };
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the merge spec is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || typeof d.image !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the merge spec needs `image: registry/name:tag`');
    if (!Array.isArray(d.manifests) || d.manifests.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the merge spec needs a non-empty `manifests:` list');
    const sources = d.manifests.map((m, i) => {
        if (!m || typeof m.image !== 'string')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`manifests[${i}] of the merge spec needs an image`);
        const p = m.platform;
        let platform;
        if (p) {
            if (!p.architecture)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`manifests[${i}].platform needs an architecture`);
            platform = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)([p.os ?? 'linux', p.architecture, p.variant].filter(Boolean).join('/'));
        }
        return { ref: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseReference)(m.image), ...(platform ? { platform } : {}) };
    });
    const tags = Array.isArray(d.tags) ? d.tags.map(String) : [];
    return { target: (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseReference)(d.image), sources, tags };
}


/***/ })

};
