export const id = 749;
export const ids = [749];
export const modules = {

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Jf: () => (/* binding */ expandVars),
/* harmony export */   KJ: () => (/* binding */ PLATFORM_ARGS)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);

/** Platform arguments BuildKit defines automatically (dockerfile-ast does not know them). */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
function flags(i) {
    // From/Copy's own accessors (getPlatformFlag, getFromFlag) only see a lone flag: read all flags instead
    if (!(i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.ModifiableInstruction))
        return [];
    return i.getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() ?? '' }));
}
function argDecls(i, line) {
    return i.getArguments().map((a) => {
        const v = a.getValue();
        const eq = v.indexOf('=');
        if (eq < 0)
            return { name: v, line };
        return { name: v.slice(0, eq), value: v.slice(eq + 1).replace(/^(["'])(.*)\1$/s, '$2'), line };
    });
}
/** Parse a Dockerfile into its global ARGs and stages, with what the preflight needs of each. */
function parseDockerfile(text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const out = { globalArgs: [], stages: [] };
    let stage;
    for (const i of df.getInstructions()) {
        const line = i.getRange().start.line + 1;
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.From) {
            const args = i.getArguments().map((a) => a.getValue());
            const platform = flags(i).find((f) => f.name === 'platform')?.value;
            const name = args[1]?.toLowerCase() === 'as' && args[2] ? args[2].toLowerCase() : undefined;
            stage = {
                index: out.stages.length,
                ...(name ? { name } : {}),
                line,
                base: args[0] ?? '',
                ...(platform ? { platform } : {}),
                args: [],
                envs: [],
                runs: [],
                addUrls: [],
                copyFrom: [],
            };
            out.stages.push(stage);
            continue;
        }
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Arg) {
            (stage ? stage.args : out.globalArgs).push(...argDecls(i, line));
            continue;
        }
        if (!stage)
            continue;
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Env)
            stage.envs.push(...i.getProperties().map((p) => ({ name: p.getName(), line })));
        else if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Run) {
            const mountFrom = flags(i)
                .filter((f) => f.name === 'mount')
                .flatMap((f) => f.value
                .split(',')
                .filter((kv) => kv.startsWith('from='))
                .map((kv) => kv.slice(5)));
            stage.runs.push({ line, text: i.getArgumentsContent() ?? '', execForm: i.getJSONStrings().length > 0, mountFrom });
        }
        else if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Copy || i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Add) {
            const from = flags(i).find((f) => f.name === 'from')?.value;
            if (from)
                stage.copyFrom.push({ line, from });
            if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Add)
                for (const a of i.getArguments())
                    if (/^https?:\/\//i.test(a.getValue()))
                        stage.addUrls.push({ line, url: a.getValue() });
        }
    }
    return out;
}
/**
 * Expand $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt} (words may nest)
 * the way the Dockerfile frontend does for FROM lines and flags. Unknown variables expand to "".
 */
function expandVars(s, vars) {
    let out = '';
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (c === '\\' && s[i + 1] === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        if (s[i + 1] === '{') {
            // find the matching brace
            let depth = 0;
            let j = i + 1;
            for (; j < s.length; j++) {
                if (s[j] === '{')
                    depth++;
                else if (s[j] === '}' && --depth === 0)
                    break;
            }
            const body = s.slice(i + 2, j);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(body);
            i = j + 1;
            if (!m)
                continue;
            const v = vars[m[1]];
            const op = m[2];
            if (!op) {
                out += v ?? '';
                continue;
            }
            const set = op.startsWith(':') ? v !== undefined && v !== '' : v !== undefined;
            if (op.endsWith('-'))
                out += set ? v : expandVars(m[3] ?? '', vars);
            else
                out += set ? expandVars(m[3] ?? '', vars) : '';
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
        if (!m) {
            out += c;
            i++;
            continue;
        }
        out += vars[m[0]] ?? '';
        i += 1 + m[0].length;
    }
    return out;
}


/***/ }),

/***/ 2749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight),
/* harmony export */   checkDockerfile: () => (/* binding */ checkDockerfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(692);
/* harmony import */ var _registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(495);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9310);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6357);






const COMPILE = /\b(go\s+(?:build|install|test)|cargo\s+(?:build|install)|rustc|gcc|g\+\+|clang\+?\+?|cc\s+-|make\b|cmake|ninja|mvn|gradlew?|npm\s+(?:ci|install|run\s+build)|yarn(?:\s+install|\s+build)?|pnpm\s+(?:install|build)|dotnet\s+(?:build|publish|restore)|pip\s+(?:wheel|install)|javac)/;
const PLATFORM_ARG_USE = new RegExp(`\\$\\{?(${_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .PLATFORM_ARGS */ .KJ.join('|')})\\b`, 'g');
const URL_RE = /https?:\/\/[^\s"'<>]+/g;
const ARCH_IN_URL = /(?<![a-z0-9])(amd64|x86_64|x86-64|x64)(?![a-z0-9])/i;
function platformVars(target, build) {
    const t = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(target);
    const b = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(build);
    return {
        TARGETPLATFORM: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(t),
        TARGETOS: t.os,
        TARGETARCH: t.architecture,
        TARGETVARIANT: t.variant ?? '',
        BUILDPLATFORM: (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(b),
        BUILDOS: b.os,
        BUILDARCH: b.architecture,
        BUILDVARIANT: b.variant ?? '',
    };
}
/** Global scope for one target platform: automatic platform args, then global ARGs (build args override their defaults). */
function globalScope(df, target, build, buildArgs) {
    const vars = platformVars(target, build);
    for (const a of df.globalArgs) {
        if (a.name in buildArgs)
            vars[a.name] = buildArgs[a.name];
        else if (a.value !== undefined)
            vars[a.name] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(a.value, vars);
        else if (!(a.name in vars))
            vars[a.name] = '';
    }
    return vars;
}
function stageIndex(stages, name, before) {
    const n = name.toLowerCase();
    if (/^\d+$/.test(n)) {
        const i = Number(n);
        return i < before ? i : undefined;
    }
    const i = stages.findIndex((s, k) => k < before && s.name === n);
    return i >= 0 ? i : undefined;
}
function describe(s) {
    return s.name ? `stage "${s.name}"` : `stage ${s.index}`;
}
/**
 * The Dockerfile preflight: resolve every FROM (ARG substitution, stage references, --platform
 * flags) for each target platform, check that each image the build will pull has the platforms it
 * needs (variants compared too), and warn about patterns that break or crawl in multi-arch builds.
 */
async function preflight(opts) {
    const df = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDockerfile */ .Ai)(opts.dockerfile);
    const findings = [];
    const build = opts.buildPlatform ?? (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .nativePlatforms */ .y$)()[0] ?? { os: 'linux', architecture: 'amd64' };
    const buildArgs = opts.buildArgs ?? {};
    if (df.stages.length === 0)
        return { ok: false, images: [], findings: [{ level: 'error', code: 'no-stage', message: `${opts.file ?? 'Dockerfile'} has no FROM` }] };
    let targetIdx = df.stages.length - 1;
    if (opts.target) {
        const i = stageIndex(df.stages, opts.target, df.stages.length);
        if (i === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${opts.file ?? 'Dockerfile'} has no stage named "${opts.target}"`);
        targetIdx = i;
    }
    const needs = new Map();
    const need = (image, line, p) => {
        let ref;
        try {
            ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__.parseReference)(image));
        }
        catch (e) {
            findings.push({ level: 'error', code: 'unresolved-image', line, message: `line ${line}: ${e.message}` });
            return;
        }
        const n = needs.get(ref) ?? { line, platforms: [] };
        if (!n.platforms.some((x) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(x, p)))
            n.platforms.push(p);
        needs.set(ref, n);
    };
    const emulatedFor = new Map();
    const reachable = new Set();
    for (const target of opts.platforms) {
        const vars = globalScope(df, target, build, buildArgs);
        const resolved = [];
        for (const s of df.stages) {
            const base = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(s.base, vars);
            const parent = stageIndex(df.stages, base, s.index);
            let platform = target;
            let pinned = false;
            if (s.platform) {
                const raw = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(s.platform, vars);
                try {
                    platform = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(raw);
                }
                catch {
                    findings.push({
                        level: 'error',
                        code: 'bad-platform',
                        line: s.line,
                        message: `line ${s.line}: --platform=${s.platform} expands to "${raw}", not a platform`,
                    });
                }
                pinned = /\$\{?BUILDPLATFORM\b/.test(s.platform) || (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(platform, build);
            }
            else if (parent !== undefined) {
                platform = resolved[parent]?.platform ?? target;
                pinned = resolved[parent]?.pinned ?? false;
            }
            resolved.push({ stage: s, platform, pinned, ...(parent !== undefined ? { parent } : {}), ...(parent === undefined ? { image: base } : {}) });
        }
        // only the stages the target depends on are built
        const stack = [targetIdx];
        const seen = new Set();
        while (stack.length) {
            const i = stack.pop();
            if (seen.has(i))
                continue;
            seen.add(i);
            const r = resolved[i];
            if (r.parent !== undefined)
                stack.push(r.parent);
            else if (r.image && r.image.toLowerCase() !== 'scratch')
                need(r.image, r.stage.line, r.platform);
            else if (!r.image)
                findings.push({
                    level: 'error',
                    code: 'unresolved-image',
                    line: r.stage.line,
                    message: `line ${r.stage.line}: FROM ${r.stage.base} expands to nothing; pass --build-arg`,
                });
            const refs = [
                ...r.stage.copyFrom.map((c) => ({ line: c.line, from: c.from })),
                ...r.stage.runs.flatMap((x) => x.mountFrom.map((from) => ({ line: x.line, from }))),
            ];
            for (const c of refs) {
                const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .expandVars */ .Jf)(c.from, vars);
                const si = stageIndex(df.stages, v, i);
                if (si !== undefined)
                    stack.push(si);
                else if (v && v.toLowerCase() !== 'scratch')
                    need(v, c.line, r.platform);
            }
            if (!r.pinned && !(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(r.platform, build) && !nativeOn(build).some((n) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .samePlatform */ .my)(n, r.platform))) {
                const set = emulatedFor.get(i) ?? new Set();
                set.add((0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(r.platform));
                emulatedFor.set(i, set);
            }
        }
        for (const i of seen)
            reachable.add(i);
    }
    // warnings, once per stage/line
    const nonAmd64 = opts.platforms.filter((p) => (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(p).architecture !== 'amd64');
    for (const i of [...reachable].sort((a, b) => a - b)) {
        const s = df.stages[i];
        const emulated = emulatedFor.get(i);
        if (emulated) {
            const run = s.runs.find((r) => COMPILE.test(r.text));
            const m = run ? COMPILE.exec(run.text) : null;
            if (run && m)
                findings.push({
                    level: 'warning',
                    code: 'emulated-compile',
                    line: run.line,
                    message: `line ${run.line}: ${describe(s)} runs "${m[1]?.replace(/\s+/g, ' ')}" under emulation for ${[...emulated].join(', ')} (slow, often 5-20x); build it on the build platform with FROM --platform=$BUILDPLATFORM and cross-compile for $TARGETOS/$TARGETARCH`,
                });
        }
        const declared = new Set();
        for (const chain of stageChain(df, i))
            for (const e of chain.envs)
                declared.add(e.name);
        for (const run of s.runs) {
            if (run.execForm)
                continue;
            const args = new Set([...declared, ...s.args.filter((a) => a.line < run.line).map((a) => a.name)]);
            const used = new Set([...run.text.matchAll(PLATFORM_ARG_USE)].map((m) => m[1]));
            for (const name of used) {
                if (args.has(name))
                    continue;
                findings.push({
                    level: 'warning',
                    code: 'undeclared-platform-arg',
                    line: run.line,
                    message: `line ${run.line}: RUN uses $${name} but ${describe(s)} has no "ARG ${name}", so the shell sees it empty; add ARG ${name} after the FROM`,
                });
            }
            if (nonAmd64.length)
                hardcoded(findings, run.line, run.text, s, nonAmd64, emulated !== undefined || !isPinned(s));
        }
        if (nonAmd64.length)
            for (const a of s.addUrls)
                hardcoded(findings, a.line, a.url, s, nonAmd64, !isPinned(s));
    }
    // look every image up once, in parallel
    const lookup = opts.lookup ?? ((ref) => (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__.inspectImage)(opts.client, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__.parseReference)(ref)));
    if (!opts.lookup && !opts.client)
        throw new Error('preflight needs a client or a lookup');
    const images = await Promise.all([...needs]
        .sort((a, b) => a[1].line - b[1].line)
        .map(async ([image, n]) => {
        const needed = n.platforms.map(_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq);
        let info;
        try {
            info = await lookup(image);
        }
        catch (e) {
            findings.push({ level: 'error', code: 'image-lookup', line: n.line, message: `line ${n.line}: cannot look up ${image}: ${e.message}` });
            return { image, line: n.line, needed, missing: [] };
        }
        const available = info.platforms.map((p) => p.platform);
        const missing = [];
        for (const p of n.platforms) {
            const m = (0,_registry_inspect_js__WEBPACK_IMPORTED_MODULE_3__/* .findPlatform */ .rB)(info, p);
            if (!m)
                missing.push((0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(p));
            else if (!m.exact)
                findings.push({
                    level: 'warning',
                    code: 'platform-fallback',
                    line: n.line,
                    message: `line ${n.line}: ${image} has no ${(0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(p)}; the build will use its ${m.entry.platform} manifest`,
                });
        }
        if (missing.length)
            findings.push({
                level: 'error',
                code: 'missing-platform',
                line: n.line,
                message: `line ${n.line}: ${image} has no ${missing.join(', ')}; it has ${available.join(', ') || 'no runnable platform'}`,
            });
        return { image, line: n.line, needed, available, missing };
    }));
    const unique = [...new Map(findings.map((f) => [`${f.code} ${f.line} ${f.message}`, f])).values()];
    unique.sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
    return { ok: !unique.some((f) => f.level === 'error'), images, findings: unique };
}
function isPinned(s) {
    return s.platform !== undefined && /\$\{?BUILDPLATFORM\b/.test(s.platform);
}
function nativeOn(build) {
    const b = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .normalise */ .j7)(build);
    if (b.architecture === 'amd64')
        return [b, { os: b.os, architecture: '386' }];
    if (b.architecture === 'arm64')
        return [b];
    return [b];
}
/** A stage and the stages it derives from (ENV is inherited along FROM <stage>; ARG is not). */
function stageChain(df, i) {
    const out = [];
    let cur = df.stages[i];
    const guard = new Set();
    while (cur && !guard.has(cur.index)) {
        guard.add(cur.index);
        out.push(cur);
        const parent = stageIndex(df.stages, cur.base, cur.index);
        cur = parent !== undefined ? df.stages[parent] : undefined;
    }
    return out;
}
function hardcoded(findings, line, text, s, nonAmd64, targetBound) {
    if (!targetBound)
        return;
    for (const url of text.match(URL_RE) ?? []) {
        const m = ARCH_IN_URL.exec(url);
        if (!m)
            continue;
        findings.push({
            level: 'warning',
            code: 'hardcoded-arch',
            line,
            message: `line ${line}: ${describe(s)} downloads ${url}, hard-coded for ${m[1]}, but also builds for ${nonAmd64.map(_core_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq).join(', ')}; derive the name from $TARGETARCH`,
        });
        return;
    }
}
/** Read a Dockerfile and run the preflight; the door for the CLI and the action. */
async function checkDockerfile(path, opts) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    return preflight({ ...opts, dockerfile: text, file: path });
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
    const w = (0,_core_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .normalise */ .j7)(want);
    if (w.architecture === 'arm' && w.variant) {
        const v = Number(w.variant.slice(1));
        const lower = info.platforms
            .filter((e) => e.os === w.os && e.architecture === 'arm' && e.variant && Number(e.variant.slice(1)) < v)
            .sort((a, b) => Number(b.variant?.slice(1)) - Number(a.variant?.slice(1)));
        if (lower[0])
            return { entry: lower[0], exact: false };
    }
    return undefined;
}


/***/ })

};
