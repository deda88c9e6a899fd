export const id = 668;
export const ids = [668];
export const modules = {

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixEmulatedCompile: () => (/* binding */ fixEmulatedCompile)
/* harmony export */ });
/* harmony import */ var _scaffold_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(783);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6357);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5835);
// The fix for a compile that runs under emulation, right by construction: following it never ships
// the build machine's binaries under another platform.
// - A stage that is neither the shipped stage nor one of its FROM ancestors may move onto
//   $BUILDPLATFORM ("pin"), with the language's cross-compile recipe (Go GOOS/GOARCH, C with the
//   target's cross compiler; Java bytecode needs none).
// - A compile in the shipped stage or its ancestry is never pinned (that would put the build
//   machine's binaries in every platform's image): a new stage on $BUILDPLATFORM cross-compiles,
//   and the original stage copies the result in ("new-stage").
// - Native modules installed into the image must match the target CPU: no safe change
//   ("stay-emulated"). Where the output cannot be known (no -o), the fix is described ("manual").



/** The stage index a name or number refers to, before `before`. */
function stageRef(stages, name, before) {
    const n = name.toLowerCase();
    if (/^\d+$/.test(n))
        return Number(n) < before ? Number(n) : undefined;
    const i = stages.findIndex((s, k) => k < before && s.name === n);
    return i >= 0 ? i : undefined;
}
/** A stage and its FROM <stage> ancestors, the stage first. */
function chain(df, i) {
    const out = [];
    let cur = i;
    while (cur !== undefined && !out.includes(cur)) {
        out.push(cur);
        const s = df.stages[cur];
        cur = stageRef(df.stages, s.base, s.index);
    }
    return out;
}
/** The 0-based line range [start, end) of the instruction starting at 1-based `line`. */
function instructionLines(lines, line) {
    let end = line - 1;
    // continuation lines, and heredoc bodies up to their terminator
    const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(lines[end] ?? '');
    if (heredoc) {
        const word = heredoc[1];
        end++;
        while (end < lines.length && lines[end].trim() !== word)
            end++;
        return [line - 1, Math.min(end + 1, lines.length)];
    }
    while (end < lines.length && /\\\s*$/.test(lines[end]))
        end++;
    return [line - 1, end + 1];
}
const CC_CASE = 'case "$TARGETARCH" in amd64) CC=x86_64-linux-gnu-gcc ;; arm64) CC=aarch64-linux-gnu-gcc ;; arm) CC=arm-linux-gnueabihf-gcc ;; riscv64) CC=riscv64-linux-gnu-gcc ;; ppc64le) CC=powerpc64le-linux-gnu-gcc ;; s390x) CC=s390x-linux-gnu-gcc ;; esac';
/** The compile command rewritten to cross-compile for $TARGETOS/$TARGETARCH, or undefined when there is no recipe here. */
function crossCompile(text, kind) {
    switch (kind) {
        case 'go':
            if (/\bGOARCH=/.test(text))
                return text;
            return text.replace(/(?<![\w-])go\s+(build|install)\b/, (m) => `CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH ${m}`);
        case 'c': {
            // the target's cross compiler (Debian: gcc-aarch64-linux-gnu …), chosen by $TARGETARCH
            const rewritten = text.replace(/(^|[;&|(]\s*|\bthen\s+|\bdo\s+)(gcc|cc)(?=\s)/g, '$1"$CC"');
            return rewritten === text ? undefined : `${CC_CASE}; ${rewritten.trim()}`;
        }
        case 'make': {
            const rewritten = text.replace(/(?<![\w-])make(?=\s|$)/, 'make CC="$CC"');
            return `${CC_CASE}; ${rewritten.trim()}`;
        }
        case 'java':
        case 'js':
            // bytecode and JavaScript run on every CPU: building on the build platform is all it takes
            return text;
        case 'dotnet':
            return /\s(-a|--arch)\s/.test(text) ? text : text.replace(/\bdotnet\s+(publish|build)\b/, (m) => `${m} --arch $TARGETARCH`);
        default:
            return undefined;
    }
}
/** The file a compile writes, from its -o (absolute, against the stage's WORKDIR). */
function outputOf(text, workdir) {
    const m = /(?:^|\s)-o\s+("?)([^\s"';&|]+)\1/.exec(text);
    if (!m)
        return undefined;
    const out = m[2];
    if (out.includes('$'))
        return undefined;
    return out.startsWith('/') ? out : `${workdir.replace(/\/+$/, '')}/${out}`.replace(/\/\.\//g, '/');
}
const PLATFORM_ARGS_LINE = 'ARG TARGETOS TARGETARCH';
/** The fix for one emulated-compile finding (`finding.line`: its RUN line) of this Dockerfile. */
function fixEmulatedCompile(dockerfile, finding, opts = {}) {
    if (finding.code !== 'emulated-compile' || !finding.line)
        return undefined;
    const df = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(dockerfile);
    const lines = dockerfile.split('\n');
    const stage = [...df.stages].reverse().find((s) => s.line <= finding.line);
    const run = stage?.runs.find((r) => r.line === finding.line);
    if (!stage || !run)
        return undefined;
    const compile = (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__.analyseRun)(run.text, { os: 'linux', architecture: 'arm64' }, {}).compiles[0];
    if (!compile)
        return undefined;
    const shipped = opts.target ? stageRef(df.stages, opts.target, df.stages.length) : df.stages.length - 1;
    const shippedChain = shipped === undefined ? [] : chain(df, shipped);
    const own = chain(df, stage.index);
    const label = stage.name ? `stage "${stage.name}"` : `stage ${stage.index}`;
    if (compile.kind === 'node-native' || compile.kind === 'python-native' || compile.kind === 'rust') {
        if (compile.kind !== 'rust')
            return {
                kind: 'stay-emulated',
                message: `${label} must stay emulated: "${compile.command}" builds native modules that must match the target CPU; build that platform on a native runner instead (gen-ci init makes one job per platform)`,
            };
        return {
            kind: 'manual',
            message: `${label}: cross-compile with cargo --target on the build platform (FROM --platform=$BUILDPLATFORM, a target linker, or tonistiigi/xx's xx-cargo), then COPY the binary into the image`,
        };
    }
    const root = df.stages[own[own.length - 1]];
    // a stage off the shipped ancestry, whose whole chain is too, moves onto the build platform
    if (!own.some((k) => shippedChain.includes(k))) {
        // a JavaScript stage installs node_modules too: pinned, they would hold the build machine's native addons
        if (compile.kind === 'js' && copiesNodeModules(df, own))
            return {
                kind: 'manual',
                message: `${label}: a later stage copies node_modules (or the whole app) from it, and those may hold native addons for the target CPU; bundle on the build platform in its own stage and install production dependencies in an emulated one`,
            };
        const cross = crossCompile(run.text, compile.kind);
        if (cross === undefined)
            return manual(label, compile.command);
        const out = [...lines];
        const [a, b] = instructionLines(out, run.line);
        const runLines = cross === run.text ? out.slice(a, b) : [`RUN ${cross.replace(/\n/g, ' \\\n    ')}`];
        out.splice(a, b - a, ...runLines);
        const declared = new Set(stage.args.filter((x) => x.line < run.line).map((x) => x.name));
        const portable = compile.kind === 'java' || compile.kind === 'js';
        if (!portable && (!declared.has('TARGETOS') || !declared.has('TARGETARCH')))
            out.splice(stage.line, 0, PLATFORM_ARGS_LINE);
        out[root.line - 1] = pinFrom(out[root.line - 1]);
        return result('pin', `${label} is not shipped: build it on the build platform${portable ? ` (${compile.kind === 'java' ? 'bytecode' : 'its output'} runs on every CPU)` : ', cross-compiling for $TARGETOS/$TARGETARCH'}`, dockerfile, out);
    }
    // the compile is in the shipped stage or its ancestry: a new stage cross-compiles, this one copies
    const cross = crossCompile(run.text, compile.kind);
    const workdir = [...stage.expanded].reverse().find((x) => x.keyword === 'WORKDIR' && x.line < run.line)?.text.trim() ?? '/';
    const output = outputOf(run.text, workdir);
    if (cross === undefined || !output)
        return manual(label, compile.command);
    const build = `${stage.name ?? `stage${stage.index}`}-build`;
    const rootImage = root.base;
    // what the RUN needs from the stages it is built on, root first, then from this stage above it:
    // their ARG, ENV, WORKDIR and COPY/ADD lines
    const needs = [...own]
        .reverse()
        .flatMap((k) => (k === stage.index ? collectBefore(lines, stage, run.line) : collectBefore(lines, df.stages[k], Number.MAX_SAFE_INTEGER)));
    const newStage = [
        `FROM --platform=$BUILDPLATFORM ${rootImage} AS ${build}`,
        PLATFORM_ARGS_LINE,
        ...needs,
        `RUN ${cross.replace(/\n/g, ' \\\n    ')}`,
        '',
    ];
    // the new stage goes right before this one: stages from here on move up by one, so numeric
    // --from=N references to them are renumbered
    const out = lines.map((l) => l.replace(/--from=(\d+)\b/g, (m, n) => (Number(n) >= stage.index ? `--from=${Number(n) + 1}` : m)));
    const [a, b] = instructionLines(out, run.line);
    out.splice(a, b - a, `COPY --from=${build} ${output} ${output}`);
    out.splice(stage.line - 1, 0, ...newStage);
    return result('new-stage', `${label} is shipped (or is an ancestor of the shipped stage), so it must stay on the target platform: a new stage "${build}" on the build platform cross-compiles ${output}, and ${label} copies it in`, dockerfile, out);
}
/**
 * Does a stage outside the chain COPY --from one of its stages a node_modules directory, or a whole
 * directory it may sit in (the root, `.`, a WORKDIR of the chain)?
 */
function copiesNodeModules(df, chainOf) {
    const names = new Set(chainOf.flatMap((k) => [String(k), df.stages[k].name].filter((x) => !!x)));
    const trim = (p) => p.replace(/\/+$/, '').replace(/^\.\//, '') || '/';
    const workdirs = new Set(['/', '.', ...chainOf.flatMap((k) => df.stages[k].expanded.filter((x) => x.keyword === 'WORKDIR').map((x) => trim(x.text.trim())))]);
    return df.stages.some((s) => !chainOf.includes(s.index) &&
        s.copyFrom.some((c) => names.has(c.from.toLowerCase()) && c.sources.some((src) => src.includes('node_modules') || workdirs.has(trim(src)))));
}
function manual(label, command) {
    return {
        kind: 'manual',
        message: `${label}: move "${command}" into a stage FROM --platform=$BUILDPLATFORM that cross-compiles for $TARGETOS/$TARGETARCH (tonistiigi/xx has recipes), then COPY its output into this stage`,
    };
}
function pinFrom(text) {
    return /--platform=/i.test(text) ? text.replace(/--platform=\S+/i, '--platform=$BUILDPLATFORM') : text.replace(/^(\s*FROM)\s+/i, '$1 --platform=$BUILDPLATFORM ');
}
/** The stage's instructions before the RUN that it may depend on (ARG, ENV, WORKDIR, COPY, ADD), as written. */
function collectBefore(lines, stage, runLine) {
    const out = [];
    // up to the RUN, or to the next FROM for a stage above this one
    for (let n = stage.line + 1; n < runLine && n <= lines.length; n++) {
        if (/^\s*FROM\b/i.test(lines[n - 1] ?? ''))
            break;
        const text = lines[n - 1] ?? '';
        if (!/^\s*(ARG|ENV|WORKDIR|COPY|ADD)\b/i.test(text))
            continue;
        if (/^\s*ARG\s+TARGET(OS|ARCH)\b/i.test(text))
            continue;
        const [a, b] = instructionLines(lines, n);
        out.push(...lines.slice(a, b));
        n = b;
    }
    return out;
}
function result(kind, message, before, afterLines) {
    const patched = afterLines.join('\n');
    return { kind, message, patched, diff: (0,_scaffold_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .unifiedDiff */ .W)(before, patched, 'a/Dockerfile', 'b/Dockerfile') };
}


/***/ }),

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

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/**
 * A unified diff of two texts (the format of `diff -u` / `git diff`), for --dry-run.
 * Line-based longest common subsequence; generated files are small (hundreds of lines).
 */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function diffOps(a, b) {
    // trim the common head and tail first: re-runs usually change a few lines in the middle
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const am = a.slice(head, a.length - tail);
    const bm = b.slice(head, b.length - tail);
    const n = am.length;
    const m = bm.length;
    // lcs[i][j] = LCS length of am[i..] and bm[j..]
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        const row = lcs[i];
        const next = lcs[i + 1];
        for (let j = m - 1; j >= 0; j--)
            row[j] = am[i] === bm[j] ? next[j + 1] + 1 : Math.max(next[j], row[j + 1]);
    }
    const ops = a.slice(0, head).map((line) => ({ kind: ' ', line }));
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && am[i] === bm[j]) {
            ops.push({ kind: ' ', line: am[i++] });
            j++;
        }
        else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            ops.push({ kind: '+', line: bm[j++] });
        }
        else
            ops.push({ kind: '-', line: am[i++] });
    }
    // deletions before insertions inside a change, as diff -u prints them
    for (let k = 0; k < ops.length; k++) {
        if (ops[k]?.kind === ' ')
            continue;
        let end = k;
        while (end < ops.length && ops[end]?.kind !== ' ')
            end++;
        const block = ops.slice(k, end);
        ops.splice(k, end - k, ...block.filter((o) => o.kind === '-'), ...block.filter((o) => o.kind === '+'));
        k = end - 1;
    }
    for (const line of a.slice(a.length - tail))
        ops.push({ kind: ' ', line });
    return ops;
}
/** `--- a/name` / `+++ b/name` and hunks with `context` lines around each change; '' when equal. */
function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
    if (oldText === newText)
        return '';
    const a = splitLines(oldText);
    const b = splitLines(newText);
    const ops = diffOps(a, b);
    const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
    const out = [`--- ${oldName}`, `+++ ${newName}`];
    if (changed.length === 0) {
        // only the final newline differs
        out.push('@@ -1 +1 @@', '\\ No newline at end of file');
        return `${out.join('\n')}\n`;
    }
    // group changes whose context windows touch into hunks
    const hunks = [];
    for (const k of changed) {
        const last = hunks[hunks.length - 1];
        if (last && k - last[1] <= 2 * context)
            last[1] = k;
        else
            hunks.push([k, k]);
    }
    // line numbers before each op
    const aLine = [];
    const bLine = [];
    let x = 1;
    let y = 1;
    for (const o of ops) {
        aLine.push(x);
        bLine.push(y);
        if (o.kind !== '+')
            x++;
        if (o.kind !== '-')
            y++;
    }
    for (const [first, last] of hunks) {
        const start = Math.max(0, first - context);
        const end = Math.min(ops.length - 1, last + context);
        const slice = ops.slice(start, end + 1);
        const aCount = slice.filter((o) => o.kind !== '+').length;
        const bCount = slice.filter((o) => o.kind !== '-').length;
        const aStart = aCount === 0 ? aLine[start] - 1 : aLine[start];
        const bStart = bCount === 0 ? bLine[start] - 1 : bLine[start];
        const range = (s, c) => (c === 1 ? `${s}` : `${s},${c}`);
        out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
        for (const o of slice)
            out.push(`${o.kind}${o.line}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
