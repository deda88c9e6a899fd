export const id = 395;
export const ids = [395];
export const modules = {

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   DN: () => (/* binding */ platformSlug),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J2: () => (/* binding */ platformSetSlug),
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
/** How close a compatible image variant is to the target: higher is better (pure; among variants the target can run, the highest rank is the closest, so the target itself is not read). */
function variantCloseness(image, _target) {
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
/**
 * `linux/arm/v7` -> `linux-arm-v7`: the one slug of a platform, wherever a name cannot hold a slash:
 * the action's per-platform cache refs, the workflow's artifact names, GitLab's per-arch job names,
 * tags and cache refs (the jobs' shell computes the same: tr / -).
 */
function platformSlug(p) {
    return (typeof p === 'string' ? p : formatPlatform(p)).replace(/\//g, '-');
}
/** A platform set's slug (`linux-amd64+linux-arm64`): cache refs, gha scopes and local cache directories of one build. */
function platformSetSlug(platforms) {
    return platforms.map(platformSlug).join('+');
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ backoffMs),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting between attempts, the one place it is done: an abortable sleep and exponential backoff.
/** Wait ms; with a signal, stop early when it aborts and reject with `reason(signal)` (default: its reason). */
function sleep(ms, signal, reason = (s) => s.reason) {
    if (!signal)
        return new Promise((r) => setTimeout(r, ms));
    if (signal.aborted)
        return Promise.reject(reason(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(t);
            reject(reason(signal));
        };
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The delay before retry `attempt` (0-based): baseMs doubled each time, at most capMs; with
 * jitter, a random point in the upper half (so parallel clients do not retry in step).
 */
function backoffMs(attempt, baseMs, capMs = 30_000, jitter = () => 1) {
    const base = baseMs * 2 ** attempt;
    return Math.min(base / 2 + (jitter() * base) / 2, capMs);
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ describeManifest),
/* harmony export */   Ko: () => (/* binding */ configPlatform),
/* harmony export */   inspectImage: () => (/* binding */ inspectImage),
/* harmony export */   rB: () => (/* binding */ findPlatform)
/* harmony export */ });
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

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   M3: () => (/* binding */ serialiseIndex),
/* harmony export */   MT: () => (/* binding */ MT),
/* harmony export */   Vi: () => (/* binding */ REF_TYPE_ANNOTATION),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   fA: () => (/* binding */ descriptorPlatform),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   q2: () => (/* binding */ manifestBlobs),
/* harmony export */   tE: () => (/* binding */ REF_DIGEST_ANNOTATION)
/* harmony export */ });
/* unused harmony export INDEX_TYPES */
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(692);

const MT = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = [MT.ociIndex, MT.dockerList];
const MANIFEST_ACCEPT = [MT.ociIndex, MT.dockerList, MT.ociManifest, MT.dockerManifest].join(', ');
/** Annotations buildx puts on attestation manifests inside an index. */
const REF_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const REF_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
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
    return d.annotations?.[REF_TYPE_ANNOTATION] === 'attestation-manifest' || (d.platform !== undefined && (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknownPlatform */ ._H)(d.platform));
}
/** Normalised platform of an index entry, or undefined when it has none. */
function descriptorPlatform(d) {
    if (!d.platform || (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknownPlatform */ ._H)(d.platform))
        return undefined;
    return (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)(d.platform);
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

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Fv: () => (/* binding */ registryOf),
/* harmony export */   He: () => (/* binding */ validateImageName),
/* harmony export */   IB: () => (/* binding */ validateRepositoryName),
/* harmony export */   Me: () => (/* binding */ normaliseRegistry),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
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
/** Docker's rule: a name's first component is a registry host when it has a dot, a colon, is localhost, or has a capital. */
function isRegistryHost(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
/** The registry an image name (as written, not checked) is pushed to: its host, else Docker Hub. */
function registryOf(name) {
    const parts = name.split('/');
    return parts.length > 1 && isRegistryHost(parts[0]) ? normaliseRegistry(parts[0]) : DOCKER_HUB;
}
/** REGISTRY/REPO[:TAG][@DIGEST] -> REGISTRY/REPO, as written (the cache ref and a leg's repository keep the user's spelling). */
function repositoryOf(name) {
    const noDigest = name.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/** An image name to push to: [registry/]repository[:tag], lowercase, no digest (a tags entry). */
function validateImageName(name, what = 'tags') {
    let ref;
    try {
        ref = /^\S+$/.test(name) && !name.startsWith('docker://') ? parseReference(name, { defaultTag: false }) : undefined;
    }
    catch {
        ref = undefined;
    }
    if (!ref || ref.digest) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: "${name}" is not a valid image reference (lowercase repository, optional :tag of letters, digits, '_', '.', '-')`);
    }
}
/** A repository to push by digest into: an image name without tag or digest. */
function validateRepositoryName(name, what = 'image') {
    validateImageName(name, what);
    if (repositoryOf(name) !== name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: "${name}" must be a repository without tag or digest`);
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
    if (parts.length > 1 && isRegistryHost(parts[0]))
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
/** A tag on its own (merge -t, extra tags of a spec), checked as parseReference checks one. */
function parseTag(input) {
    if (!TAG.test(input))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid tag "${input}": up to 128 letters, digits, _ . and -, not starting with . or -`);
    return input;
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
