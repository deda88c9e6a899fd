export const id = 611;
export const ids = [611];
export const modules = {

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ fixedArches),
/* harmony export */   b: () => (/* binding */ archOfToken)
/* harmony export */ });
// Architecture names as they are written into URLs, package names and paths, and the Docker
// architecture each one means. One home for the matcher, shared by the shell analysis (shell.ts)
// and the preflight's checks (run-checks.ts), which must not load the shell parser to use it.
const ARCH_TOKEN = /(?<![a-z0-9])(amd64|x86_64|x86-64|x64|aarch64|arm64|armv7l?|armhf)(?![a-z0-9])/gi;
/** Architecture names written into a text, lowercased (placeholders for platform-derived parts never match). */
function fixedArches(text) {
    const found = new Set();
    for (const m of text.matchAll(ARCH_TOKEN))
        found.add(m[1].toLowerCase());
    return [...found];
}
const ARCH_OF = {
    amd64: 'amd64',
    x86_64: 'amd64',
    'x86-64': 'amd64',
    x64: 'amd64',
    aarch64: 'arm64',
    arm64: 'arm64',
    armv7: 'arm',
    armv7l: 'arm',
    armhf: 'arm',
};
/** The Docker architecture an architecture name means (x86_64 -> amd64), if it is one. */
function archOfToken(token) {
    return ARCH_OF[token.toLowerCase()];
}


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Jf: () => (/* binding */ expandVars),
/* harmony export */   KJ: () => (/* binding */ PLATFORM_ARGS),
/* harmony export */   Vo: () => (/* binding */ expandWord)
/* harmony export */ });
/* unused harmony exports parseDirectives, checkSkips, runScript */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);

/** Platform arguments BuildKit defines automatically (dockerfile-ast does not know them). */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
/**
 * Parser directives, as BuildKit reads them: `# key=value` comment lines at the very top; the first
 * line that is not one (an instruction, another comment, a blank line) ends them (pure).
 */
function parseDirectives(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(line);
        if (!m)
            break;
        const key = m[1].toLowerCase();
        if (key in out)
            break;
        out[key] = m[2];
    }
    return out;
}
/** `# check=skip=JSONArgsRecommended,emulated-compile;error=true` -> the skipped names, lowercased (pure). */
function checkSkips(directive) {
    if (!directive)
        return [];
    for (const part of directive.split(';')) {
        const [k, v] = part.split('=', 2).map((x) => x.trim());
        if (k?.toLowerCase() === 'skip' && v)
            return v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
    }
    return [];
}
/** Instructions whose arguments the Dockerfile frontend expands itself (not a shell). */
const EXPANDED = new Set(['COPY', 'ADD', 'ENV', 'WORKDIR', 'USER', 'LABEL', 'EXPOSE', 'VOLUME', 'STOPSIGNAL']);
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
    const directives = parseDirectives(text);
    const out = { globalArgs: [], stages: [], directives, checkSkip: checkSkips(directives.check) };
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
                expanded: [],
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
        const keyword = i.getKeyword().toUpperCase();
        if (EXPANDED.has(keyword))
            stage.expanded.push({ line, keyword, text: i.getArgumentsContent() ?? '' });
        if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Env)
            stage.envs.push(...i.getProperties().map((p) => ({ name: p.getName(), line })));
        else if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Run) {
            const mountFrom = flags(i)
                .filter((f) => f.name === 'mount')
                .flatMap((f) => f.value
                .split(',')
                .filter((kv) => kv.startsWith('from='))
                .map((kv) => kv.slice(5)));
            stage.runs.push({ line, text: runScript(i.getArgumentsContent() ?? ''), execForm: i.getJSONStrings().length > 0, mountFrom });
        }
        else if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Copy || i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Add) {
            const from = flags(i).find((f) => f.name === 'from')?.value;
            if (from) {
                const json = i.getJSONStrings().map((a) => a.getJSONValue());
                const words = json.length ? json : i.getArguments().map((a) => a.getValue());
                stage.copyFrom.push({ line, from, sources: words.slice(0, -1) });
            }
            if (i instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Add)
                for (const a of i.getArguments())
                    if (/^https?:\/\//i.test(a.getValue()))
                        stage.addUrls.push({ line, url: a.getValue() });
        }
    }
    return out;
}
/**
 * The script a RUN's shell runs: for `RUN <<EOF … EOF` (a heredoc and no command) BuildKit runs the
 * heredoc's body (`<<-` strips leading tabs); anything else is the text itself (pure).
 */
function runScript(text) {
    const m = /^<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*\n([\s\S]*?)\n[ \t]*\3[ \t]*$/.exec(text.trim());
    if (!m)
        return text;
    const body = m[4];
    return m[1] ? body.replace(/^\t+/gm, '') : body;
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
/**
 * A FROM value or flag as BuildKit's shell lexer reads it: variables expanded, quotes removed
 * ('…' literal, "…" expanded inside), so `debian:"${TAG}"` is `debian:bookworm` (pure).
 */
function expandWord(s, vars) {
    let out = '';
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (c === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0)
                return out + s.slice(i + 1);
            out += s.slice(i + 1, end);
            i = end + 1;
        }
        else if (c === '"') {
            let j = i + 1;
            let inner = '';
            while (j < s.length && s[j] !== '"') {
                if (s[j] === '\\' && (s[j + 1] === '"' || s[j + 1] === '\\')) {
                    inner += s[j + 1];
                    j += 2;
                }
                else
                    inner += s[j++];
            }
            out += expandVars(inner, vars);
            i = j + 1;
        }
        else {
            let j = i;
            while (j < s.length && s[j] !== "'" && s[j] !== '"')
                j++;
            out += expandVars(s.slice(i, j), vars);
            i = j;
        }
    }
    return out;
}


/***/ }),

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDockerfile: () => (/* binding */ checkDockerfile),
  M: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platform.ts
var core_platform = __webpack_require__(692);
// EXTERNAL MODULE: ./src/registry/inspect.ts
var inspect = __webpack_require__(495);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __webpack_require__(6357);
// EXTERNAL MODULE: ./src/dockerfile/arch-names.ts
var arch_names = __webpack_require__(8245);
;// CONCATENATED MODULE: ./src/dockerfile/run-checks.ts
// The preflight's checks of what a stage runs and fetches, by what the shell really runs (shell.ts),
// per target platform: compiles under emulation, downloads fixed to one architecture, ARG defaults
// that pin an architecture. The shell parser is loaded only for scripts that could hold any of these.


/** Words without which a script can neither compile nor fetch a URL (platform variables are asked for apart). */
const CANDIDATE = /(?<![\w-])(go|cargo|rustc|gcc|g\+\+|c\+\+|cc|clang\+{0,2}|[\w.-]+-gcc|make|cmake|ninja|meson|mvn|mvnw|gradle|gradlew|javac|dotnet|npm|npx|yarn|pnpm|bun|node|deno|tsx|tsc|esbuild|webpack|rollup|tsup|swc|babel|vite|parcel|next|nuxi?|ng|astro|pip3?|python3?|node-gyp|xx-\w+|bazel|zig|maturin)(?![\w-])|https?:\/\//;
let shell;
const loadShell = () => {
    shell ??= Promise.all(/* import() */[__webpack_require__.e(914), __webpack_require__.e(835)]).then(__webpack_require__.bind(__webpack_require__, 5835)).then((m) => m.analyseRun);
    return shell;
};
/** Analyse a RUN for a target, or say at once that it holds nothing to find (no parser loaded). */
async function analyse(script, target, vars) {
    if (!CANDIDATE.test(script))
        return { compiles: [], downloads: [], platformVars: [] };
    return (await loadShell())(script, target, vars);
}
/** The platform variables a RUN's shell really reads (not inside single quotes …): the parser's answer. */
async function platformVarsRead(script, target) {
    return (await loadShell())(script, target, {}).platformVars;
}
const ADVICE = {
    go: 'build it on the build platform (FROM --platform=$BUILDPLATFORM) with GOOS=$TARGETOS GOARCH=$TARGETARCH',
    rust: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM, cargo --target, or tonistiigi/xx)',
    c: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM with a cross compiler, or tonistiigi/xx-clang)',
    make: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM with a cross toolchain, or tonistiigi/xx)',
    java: 'Java bytecode does not depend on the CPU: build it on the build platform (FROM --platform=$BUILDPLATFORM) and copy the jar',
    dotnet: 'publish on the build platform (FROM --platform=$BUILDPLATFORM) with -r linux-$TARGETARCH',
    'node-native': 'native addons must match the target CPU: keep this stage emulated, or build on a native runner for that platform',
    'python-native': 'native wheels must match the target CPU: keep this stage emulated, or use prebuilt wheels / a native runner',
    js: 'a JavaScript bundle does not depend on the CPU: build it on the build platform (FROM --platform=$BUILDPLATFORM) and copy the output',
};
/** For a compile in the shipped ancestry: never "pin this stage" (that ships the build machine's binaries). */
const SHIPPED_ADVICE = {
    go: 'this stage is shipped, so do not pin it: compile in a new stage FROM --platform=$BUILDPLATFORM with GOOS=$TARGETOS GOARCH=$TARGETARCH and COPY --from it the binary',
    java: 'this stage is shipped, so do not pin it: build the jar in a new stage FROM --platform=$BUILDPLATFORM (bytecode runs on every CPU) and COPY --from it',
    js: 'this stage is shipped, so do not pin it: bundle in a new stage FROM --platform=$BUILDPLATFORM (the output runs on every CPU) and COPY --from it',
};
const SHIPPED_DEFAULT = 'this stage is shipped, so do not pin it: cross-compile in a new stage FROM --platform=$BUILDPLATFORM for $TARGETOS/$TARGETARCH and COPY --from it the output (gen-ci init / the fix shows the exact change)';
function advice(kind, shipped) {
    if (!shipped || kind === 'node-native' || kind === 'python-native')
        return ADVICE[kind];
    return SHIPPED_ADVICE[kind] ?? SHIPPED_DEFAULT;
}
/** emulated-compile: the first real compile of an emulated stage (one finding per stage). */
async function compileFinding(c) {
    if (!c.emulated.length)
        return undefined;
    for (const run of c.stage.runs) {
        for (const target of c.emulated) {
            const a = await analyse(run.text, target, c.varsAt(run.line, target));
            const first = a.compiles[0];
            if (!first)
                continue;
            return {
                level: 'warning',
                code: 'emulated-compile',
                line: run.line,
                message: `line ${run.line}: ${c.label} runs "${first.command}" under emulation for ${c.emulated.map(core_platform/* formatPlatform */.Bq).join(', ')} (slow, often 5-20x); ${advice(first.kind, c.shipped)}`,
            };
        }
    }
    return undefined;
}
/** hardcoded-arch: a fetched URL (RUN or ADD) fixed to another architecture than a target the stage is built for. */
async function archFindings(c) {
    const out = [];
    const report = (line, url, token, target) => out.push({
        level: 'warning',
        code: 'hardcoded-arch',
        line,
        message: `line ${line}: ${c.label} downloads ${url}, fixed to ${token}, but is also built for ${(0,core_platform/* formatPlatform */.Bq)(target)}; derive the name from $TARGETARCH (or dispatch on uname -m)`,
    });
    const wrong = (arches, target) => arches.find((t) => (0,arch_names/* archOfToken */.b)(t) && (0,arch_names/* archOfToken */.b)(t) !== (0,core_platform/* normalise */.j7)(target).architecture);
    const written = (text) => new Set((0,arch_names/* fixedArches */.J)(text));
    for (const run of c.stage.runs) {
        // a name that only an ARG's default put there is reported on that ARG (argArchFindings)
        const inText = written(run.text);
        for (const target of c.builtFor) {
            const a = await analyse(run.text, target, c.varsAt(run.line, target));
            const hit = a.downloads.map((d) => ({ d, token: wrong(d.arches.filter((t) => inText.has(t)), target) })).find((x) => x.token);
            if (hit) {
                report(run.line, hit.d.url, hit.token, target);
                break;
            }
        }
    }
    for (const add of c.stage.addUrls) {
        const tokens = [...written(add.url)];
        const target = c.builtFor.find((t) => wrong(tokens, t));
        if (target)
            report(add.line, add.url, wrong(tokens, target), target);
    }
    return out;
}
/**
 * hardcoded-arch on an ARG: a default such as `ARG ARCH=amd64` that names an architecture and drives
 * FROM names, COPY/ADD paths or RUN text stays that architecture for every target (unless passed).
 */
function argArchFindings(df, platforms, buildArgs) {
    const out = [];
    const others = (arch) => platforms.filter((p) => (0,core_platform/* normalise */.j7)(p).architecture !== arch);
    const check = (a, texts) => {
        if (a.value === undefined || a.name in buildArgs)
            return;
        const arch = (0,arch_names/* archOfToken */.b)(a.value.trim());
        if (!arch)
            return;
        const used = new RegExp(`\\$\\{?${a.name}\\b`);
        if (!texts.some((t) => used.test(t)))
            return;
        const wrongFor = others(arch);
        if (!wrongFor.length)
            return;
        out.push({
            level: 'warning',
            code: 'hardcoded-arch',
            line: a.line,
            message: `line ${a.line}: ARG ${a.name} defaults to ${a.value.trim()} and is used below, so it stays ${a.value.trim()} when building ${wrongFor.map(core_platform/* formatPlatform */.Bq).join(', ')}; derive it from $TARGETARCH`,
        });
    };
    const stageTexts = (s) => [...s.runs.map((r) => r.text), ...s.expanded.map((x) => x.text), ...s.copyFrom.map((x) => x.from)];
    for (const a of df.globalArgs)
        check(a, [...df.stages.map((s) => `${s.base} ${s.platform ?? ''}`), ...df.stages.flatMap(stageTexts)]);
    for (const s of df.stages)
        for (const a of s.args)
            check(a, stageTexts(s));
    return out;
}

;// CONCATENATED MODULE: ./src/dockerfile/preflight.ts







const PLATFORM_ARG_USE = new RegExp(`\\$\\{?(${parse/* PLATFORM_ARGS */.KJ.join('|')})\\b`, 'g');
function platformVars(target, build) {
    const t = (0,core_platform/* normalise */.j7)(target);
    const b = (0,core_platform/* normalise */.j7)(build);
    return {
        TARGETPLATFORM: (0,core_platform/* formatPlatform */.Bq)(t),
        TARGETOS: t.os,
        TARGETARCH: t.architecture,
        TARGETVARIANT: t.variant ?? '',
        BUILDPLATFORM: (0,core_platform/* formatPlatform */.Bq)(b),
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
            vars[a.name] = (0,parse/* expandVars */.Jf)(a.value, vars);
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
/** The stage a build stops at: --target, else the last. */
function targetStage(df, opts) {
    if (!opts.target)
        return df.stages.length - 1;
    const i = stageIndex(df.stages, opts.target, df.stages.length);
    if (i === undefined)
        throw new errors/* UserError */.yo(`${opts.file ?? 'Dockerfile'} has no stage named "${opts.target}"`);
    return i;
}
/** Each stage's FROM for one target platform: ARG substitution, stage references, --platform flags. */
function resolveStages(df, vars, target, build, findings) {
    const resolved = [];
    for (const s of df.stages) {
        const base = (0,parse/* expandWord */.Vo)(s.base, vars);
        const parent = stageIndex(df.stages, base, s.index);
        let platform = target;
        let pinned = false;
        if (s.platform) {
            const raw = (0,parse/* expandWord */.Vo)(s.platform, vars);
            try {
                platform = (0,core_platform/* parsePlatform */.FL)(raw);
            }
            catch {
                findings.push({
                    level: 'error',
                    code: 'bad-platform',
                    line: s.line,
                    message: `line ${s.line}: --platform=${s.platform} expands to "${raw}", not a platform`,
                });
            }
            pinned = /\$\{?BUILDPLATFORM\b/.test(s.platform) || (0,core_platform/* samePlatform */.my)(platform, build);
        }
        else if (parent !== undefined) {
            platform = resolved[parent]?.platform ?? target;
            pinned = resolved[parent]?.pinned ?? false;
        }
        resolved.push({ stage: s, platform, pinned, ...(parent !== undefined ? { parent } : {}), ...(parent === undefined ? { image: base } : {}) });
    }
    return resolved;
}
/** For every target platform, walk the stages the target depends on (FROM, COPY --from, RUN --mount from=). */
function walkBuild(df, opts, build, buildArgs, targetIdx, findings) {
    const w = { needs: new Map(), builtFor: new Map(), emulatedFor: new Map(), reachable: new Set() };
    const need = (image, line, p) => {
        let ref;
        try {
            ref = (0,reference/* formatReference */.FH)((0,reference.parseReference)(image));
        }
        catch (e) {
            findings.push({ level: 'error', code: 'unresolved-image', line, message: `line ${line}: ${e.message}` });
            return;
        }
        const n = w.needs.get(ref) ?? { line, platforms: [] };
        if (!n.platforms.some((x) => (0,core_platform/* samePlatform */.my)(x, p)))
            n.platforms.push(p);
        w.needs.set(ref, n);
    };
    for (const target of opts.platforms) {
        const vars = globalScope(df, target, build, buildArgs);
        const resolved = resolveStages(df, vars, target, build, findings);
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
                const v = (0,parse/* expandWord */.Vo)(c.from, vars);
                const si = stageIndex(df.stages, v, i);
                if (si !== undefined)
                    stack.push(si);
                else if (v && v.toLowerCase() !== 'scratch')
                    need(v, c.line, r.platform);
            }
            const add = (m, p) => {
                const list = m.get(i) ?? [];
                if (!list.some((x) => (0,core_platform/* samePlatform */.my)(x, p)))
                    list.push(p);
                m.set(i, list);
            };
            if (!r.pinned)
                add(w.builtFor, r.platform);
            // a Linux platform the build machine does not run natively runs under QEMU; other OSes do not run at all here
            if (!r.pinned && r.platform.os === 'linux' && !(0,core_platform/* samePlatform */.my)(r.platform, build) && !nativeOn(build).some((n) => (0,core_platform/* samePlatform */.my)(n, r.platform)))
                add(w.emulatedFor, r.platform);
        }
        for (const i of seen)
            w.reachable.add(i);
    }
    return w;
}
/** The warnings of each stage the build reaches: compiles under emulation, hard-coded architectures, platform ARGs used undeclared. */
async function stageFindings(df, w, build, buildArgs, targetIdx) {
    const findings = [];
    const shippedChain = new Set(stageChain(df, targetIdx).map((x) => x.index));
    for (const i of [...w.reachable].sort((a, b) => a - b)) {
        const s = df.stages[i];
        const ctx = {
            stage: s,
            label: describe(s),
            builtFor: w.builtFor.get(i) ?? [],
            emulated: w.emulatedFor.get(i) ?? [],
            varsAt: (line, target) => stageVars(df, i, line, target, build, buildArgs),
            shipped: shippedChain.has(i),
        };
        const compile = await compileFinding(ctx);
        if (compile)
            findings.push(compile);
        if (ctx.builtFor.length > 1 || ctx.builtFor.some((p) => (0,core_platform/* normalise */.j7)(p).architecture !== (0,core_platform/* normalise */.j7)(build).architecture))
            findings.push(...(await archFindings(ctx)));
        findings.push(...(await undeclaredArgFindings(df, s, i, ctx, build)));
    }
    return findings;
}
/**
 * $TARGETARCH and friends used where the stage declares no ARG for them: in scope in a stage are
 * ENV along its FROM <stage> chain, ARGs of the stages it derives from (BuildKit carries them into
 * a stage based on another), and its own ARGs above the line.
 */
async function undeclaredArgFindings(df, s, i, ctx, build) {
    const findings = [];
    const chain = stageChain(df, i);
    const declared = new Set();
    for (const c of chain)
        for (const e of c.envs)
            declared.add(e.name);
    for (const c of chain.slice(1))
        for (const a of c.args)
            declared.add(a.name);
    const inScope = (line) => new Set([...declared, ...s.args.filter((a) => a.line < line).map((a) => a.name)]);
    const undeclared = (line, names, what, how) => {
        const args = inScope(line);
        for (const name of new Set(names)) {
            if (args.has(name))
                continue;
            findings.push({
                level: 'warning',
                code: 'undeclared-platform-arg',
                line,
                message: `line ${line}: ${what} uses $${name} but ${describe(s)} has no "ARG ${name}", so ${how} it empty; add ARG ${name} after the FROM`,
            });
        }
    };
    const named = (text) => [...text.matchAll(PLATFORM_ARG_USE)].map((m) => m[1]);
    for (const x of s.expanded)
        undeclared(x.line, named(x.text), x.keyword, 'BuildKit expands');
    for (const run of s.runs) {
        if (run.execForm)
            continue;
        const args = inScope(run.line);
        // only a name that is not in scope needs the parser: does the shell really read it (not in '…')?
        if (!named(run.text).some((n) => !args.has(n)))
            continue;
        undeclared(run.line, await platformVarsRead(run.text, ctx.builtFor[0] ?? build), 'RUN', 'the shell sees');
    }
    return findings;
}
/** Look every needed image up once, in parallel (offline: none), and say which lacks which platform. */
async function lookupImages(needs, opts, findings) {
    const lookup = opts.lookup ?? ((ref) => (0,inspect.inspectImage)(opts.client, (0,reference.parseReference)(ref)));
    if (!opts.offline && !opts.lookup && !opts.client)
        throw new Error('preflight needs a client or a lookup');
    return opts.offline
        ? [...needs]
            .sort((a, b) => a[1].line - b[1].line)
            .map(([image, n]) => ({ image, line: n.line, needed: n.platforms.map(core_platform/* formatPlatform */.Bq), missing: [] }))
        : await Promise.all([...needs]
            .sort((a, b) => a[1].line - b[1].line)
            .map(async ([image, n]) => {
            const needed = n.platforms.map(core_platform/* formatPlatform */.Bq);
            let info;
            try {
                info = await lookup(image);
            }
            catch (e) {
                findings.push({
                    level: 'error',
                    code: 'image-lookup',
                    line: n.line,
                    message: `line ${n.line}: cannot look up ${image}: ${e.message}`,
                });
                return { image, line: n.line, needed, missing: [] };
            }
            const available = info.platforms.map((p) => p.platform);
            const missing = [];
            for (const p of n.platforms) {
                const m = (0,inspect/* findPlatform */.rB)(info, p);
                if (!m)
                    missing.push((0,core_platform/* formatPlatform */.Bq)(p));
                else if (!m.exact && m.entry.variant)
                    findings.push({
                        level: 'warning',
                        code: 'platform-fallback',
                        line: n.line,
                        message: `line ${n.line}: ${image} has no ${(0,core_platform/* formatPlatform */.Bq)(p)}; the build will use its ${m.entry.platform} manifest`,
                    });
            }
            if (missing.length && !info.index) {
                // BuildKit does not refuse a single-platform image as the base of another platform: it
                // uses it, so the stage's binaries are the image's platform whatever the target says
                findings.push({
                    level: 'warning',
                    code: 'single-platform-base',
                    line: n.line,
                    message: `line ${n.line}: ${image} is a single-platform image for ${available.join(', ') || 'an undeclared platform'}; BuildKit uses it for ${missing.join(', ')} too, so that stage holds ${available.join(', ') || 'its'} binaries there — use a multi-platform base`,
                });
                return { image, line: n.line, needed, available, missing: [] };
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
}
/** `# check=skip=code,Other` (BuildKit's check directive) silences those codes, `all` every one; each finding once, errors first. */
function reportable(findings, checkSkip) {
    const skip = new Set(checkSkip);
    const skipped = (code) => skip.has('all') || skip.has(code) || skip.has(code.replace(/-/g, ''));
    const unique = [...new Map(findings.filter((f) => !skipped(f.code)).map((f) => [`${f.code} ${f.line} ${f.message}`, f])).values()];
    unique.sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
    return unique;
}
/**
 * The Dockerfile preflight: resolve every FROM (ARG substitution, stage references, --platform
 * flags) for each target platform, check that each image the build will pull has the platforms it
 * needs (variants compared too), and warn about patterns that break or crawl in multi-arch builds.
 */
async function preflight(opts) {
    const df = (0,parse/* parseDockerfile */.Ai)(opts.dockerfile);
    const build = opts.buildPlatform ?? (0,core_platform/* nativePlatforms */.y$)()[0] ?? { os: 'linux', architecture: 'amd64' };
    const buildArgs = opts.buildArgs ?? {};
    if (df.stages.length === 0)
        return { ok: false, images: [], findings: [{ level: 'error', code: 'no-stage', message: `${opts.file ?? 'Dockerfile'} has no FROM` }] };
    const targetIdx = targetStage(df, opts);
    const findings = [];
    const walk = walkBuild(df, opts, build, buildArgs, targetIdx, findings);
    // warnings, once per stage/line
    findings.push(...argArchFindings(df, opts.platforms, buildArgs));
    findings.push(...(await stageFindings(df, walk, build, buildArgs, targetIdx)));
    const images = await lookupImages(walk.needs, opts, findings);
    const unique = reportable(findings, df.checkSkip);
    return { ok: !unique.some((f) => f.level === 'error'), images, findings: unique };
}
function nativeOn(build) {
    const b = (0,core_platform/* normalise */.j7)(build);
    return b.architecture === 'amd64' ? [b, { os: b.os, architecture: '386' }] : [b];
}
/**
 * The variables a RUN sees at a line, for one target: the ARGs declared along the stage's FROM <stage>
 * chain and in the stage above the line (values from --build-arg, else their defaults, else the
 * global ARG of that name), platform ARGs taking the target's values (pure).
 */
function stageVars(df, i, line, target, build, buildArgs) {
    const global = globalScope(df, target, build, buildArgs);
    const auto = platformVars(target, build);
    const vars = {};
    for (const s of stageChain(df, i).reverse()) {
        for (const a of s.args) {
            if (s.index === i && a.line >= line)
                continue;
            if (a.name in buildArgs)
                vars[a.name] = buildArgs[a.name];
            else if (a.name in auto)
                vars[a.name] = auto[a.name];
            else if (a.value !== undefined)
                vars[a.name] = (0,parse/* expandVars */.Jf)(a.value, { ...global, ...vars });
            else if (a.name in global)
                vars[a.name] = global[a.name];
        }
    }
    return vars;
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
/** Read a Dockerfile and run the preflight; the door for the CLI and the action. */
async function checkDockerfile(path, opts) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* UserError */.yo(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    return preflight({ ...opts, dockerfile: text, file: path });
}


/***/ })

};
