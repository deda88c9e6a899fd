export const id = 835;
export const ids = [835];
export const modules = {

/***/ 5835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLATFORM_VARS: () => (/* binding */ PLATFORM_VARS),
  analyseRun: () => (/* binding */ analyseRun),
  fixedArches: () => (/* reexport */ arch_names/* fixedArches */.J),
  listCommands: () => (/* binding */ listCommands),
  splitCommands: () => (/* binding */ splitCommands)
});

// EXTERNAL MODULE: ./src/dockerfile/arch-names.ts
var arch_names = __webpack_require__(8245);
// EXTERNAL MODULE: ./node_modules/mvdan-sh/index.js
var mvdan_sh = __webpack_require__(2914);
var mvdan_sh_default = /*#__PURE__*/__webpack_require__.n(mvdan_sh);
;// CONCATENATED MODULE: ./src/dockerfile/shell/classify.ts
// What a simple command runs, from its expanded argv: wrappers are peeled off (sudo, env, nice, time,
// xx-*, npx, …), then argv[0]'s basename and sub-command decide whether it compiles for the machine it
// runs on. Arguments of package managers, echo and printf are data, never commands.
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const XX = {
    'xx-go': 'go',
    'xx-cargo': 'cargo',
    'xx-clang': 'clang',
    'xx-clang++': 'clang++',
    'xx-cc': 'cc',
    'xx-c++': 'c++',
    'xx-apk': 'apk',
    'xx-apt': 'apt',
    'xx-apt-get': 'apt-get',
};
/** option flags of a wrapper that take a value (the next word) */
const WRAPPERS = {
    sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T']),
    doas: new Set(['-u', '-C']),
    env: new Set(['-u', '-C', '-S', '--unset', '--chdir']),
    nice: new Set(['-n', '--adjustment']),
    time: new Set(['-f', '-o', '--format', '--output']),
    nohup: new Set(),
    exec: new Set(['-a']),
    command: new Set(),
    builtin: new Set(),
    stdbuf: new Set(['-i', '-o', '-e']),
    ionice: new Set(['-c', '-n', '-p', '-t']),
    chrt: new Set(),
    eatmydata: new Set(),
    ccache: new Set(),
    sccache: new Set(),
    distcc: new Set(),
    xargs: new Set(['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--replace']),
    npx: new Set(['-p', '--package', '-c', '--call']),
    timeout: new Set(['-k', '-s', '--kill-after', '--signal']),
};
/** wrappers that take one positional operand before the command (a user, a duration, a mask) */
const WRAPPER_OPERAND = new Set(['gosu', 'su-exec', 'timeout', 'taskset', 'chroot', 'chpst']);
/** `<tool> run CMD…` runners */
const RUNNERS = new Set(['poetry', 'pipenv', 'uv', 'pdm', 'hatch', 'conda', 'mamba', 'micromamba']);
const basename = (word) => word.slice(word.lastIndexOf('/') + 1);
/** Peel wrappers off argv: `sudo -E env CGO_ENABLED=0 nice -n 5 xx-go build` → start at xx-go, named go. */
function unwrap(argv) {
    const assigns = [];
    let i = 0;
    for (let guard = 0; guard < 16 && i < argv.length; guard++) {
        const name = basename(argv[i]);
        if (name === 'command' && argv.slice(i + 1).some((a) => a === '-v' || a === '-V'))
            break;
        if (name in WRAPPERS || WRAPPER_OPERAND.has(name)) {
            const valued = WRAPPERS[name] ?? new Set();
            i++;
            while (i < argv.length) {
                const a = argv[i];
                if (a === '--') {
                    i++;
                    break;
                }
                if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
                    const eq = a.indexOf('=');
                    assigns.push([a.slice(0, eq), a.slice(eq + 1)]);
                    i++;
                    continue;
                }
                if (!a.startsWith('-') || a === '-')
                    break;
                i += valued.has(a) ? 2 : 1;
            }
            if (WRAPPER_OPERAND.has(name) && name !== 'chpst')
                i++;
            continue;
        }
        if (RUNNERS.has(name) && argv[i + 1] === 'run') {
            i += 2;
            while (i < argv.length && argv[i].startsWith('-'))
                i += argv[i] === '-n' || argv[i] === '--name' ? 2 : 1;
            continue;
        }
        break;
    }
    const word = argv[i] ?? '';
    const base = basename(word);
    return { start: i, assigns, name: XX[base] ?? base };
}
const has = (args, ...flags) => args.some((a) => flags.includes(a));
const firstOperand = (args, valued = new Set()) => {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a.startsWith('-')) {
            if (valued.has(a))
                i++;
            continue;
        }
        return a;
    }
    return undefined;
};
const C_COMPILER = /^(?:[\w.]+-)*(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|tcc|icx|icpx)(?:-\d+(?:\.\d+)*)?$/;
const C_SOURCE = /\.(?:c|cc|cpp|cxx|c\+\+|C|m|mm|s|S|o|a)$/;
const VERSION_QUERY = new Set(['--version', '-version', '--help', '-help', '-dumpmachine', '-dumpversion', '-dumpfullversion']);
/** `gcc --version`, `rustc -vV`, `make -v`: a query, not a build (`go build -v` is verbose, so -v counts only alone) */
const isQuery = (args) => args.some((a) => VERSION_QUERY.has(a) || /^--?print(?:-|$)/.test(a)) || (args.length === 1 && ['-v', '-V', '-vV', '-h'].includes(args[0]));
const MAVEN_PHASES = new Set(['compile', 'test-compile', 'process-classes', 'test', 'package', 'integration-test', 'verify', 'install', 'deploy']);
const GRADLE_TASKS = new Set([
    'build',
    'assemble',
    'jar',
    'bootJar',
    'shadowJar',
    'installDist',
    'distTar',
    'distZip',
    'compileJava',
    'compileKotlin',
    'classes',
    'war',
    'bootWar',
    'nativeCompile',
    'test',
]);
const SBT_TASKS = /^(?:compile|package|assembly|stage|publishLocal|[\w-]+\/(?:stage|packageBin|publishLocal)|universal:packageBin|docker:stage)$/;
/** npm packages that compile a native addon on install (no or unreliable prebuilt binaries) */
const NATIVE_NODE_PACKAGES = new Set([
    'bcrypt',
    'sharp',
    'sqlite3',
    'better-sqlite3',
    'canvas',
    'node-sass',
    'argon2',
    'bufferutil',
    'utf-8-validate',
    'grpc',
    're2',
    'leveldown',
    'zeromq',
    'node-pty',
    'serialport',
    '@serialport/bindings-cpp',
    'usb',
    'cpu-features',
    'kerberos',
    'libxmljs',
    'libxmljs2',
    'fibers',
    'deasync',
    'microtime',
    'farmhash',
    'ffi-napi',
    'ref-napi',
    'isolated-vm',
    'node-rdkafka',
    'hiredis',
    'lmdb',
    'sodium-native',
    'bcrypt-pbkdf-native',
    'robotjs',
    'node-expat',
    'iconv',
    'unix-dgram',
    'epoll',
    'heapdump',
]);
const NODE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun', 'cnpm']);
/** package.json scripts that conventionally build the app: build, build:prod, compile, bundle, dist … */
const BUILD_SCRIPT = /^(?:build|compile|bundle|dist|prod|production)(?:[:_-][\w:.-]*)?$/;
/** JavaScript/TypeScript build tools: command → the sub-command that builds (undefined: the bare command builds) */
const JS_BUILDERS = {
    tsc: undefined,
    esbuild: undefined,
    webpack: undefined,
    'webpack-cli': undefined,
    rollup: undefined,
    tsup: undefined,
    swc: undefined,
    babel: undefined,
    ncc: 'build',
    vite: 'build',
    parcel: 'build',
    next: 'build',
    nuxt: 'build',
    nuxi: 'build',
    ng: 'build',
    astro: 'build',
    'react-scripts': 'build',
    'vue-cli-service': 'build',
    gatsby: 'build',
    remix: 'build',
    turbo: 'build',
    nx: 'build',
};
/** a script file run by node that builds: build.mjs, scripts/build.js, esbuild.config.mjs, bundle.ts … */
const JS_BUILD_FILE = /(?:build|bundle|compile)[\w.-]*\.[cm]?[jt]s$/;
const NODE_INSTALL = new Set(['install', 'i', 'ci', 'add', 'install-ci-test', 'install-test', 'it', 'cit']);
/** `name@1.2.3` / `@scope/name@^1` → name */
const npmName = (spec) => {
    const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
    return at > 0 ? spec.slice(0, at) : spec;
};
function node(name, args, hints) {
    const sub = name === 'yarn' ? (firstOperand(args) ?? 'install') : firstOperand(args, new Set(['--prefix', '-C', '--dir', '--filter', '-w', '--workspace']));
    if (!sub)
        return undefined;
    const command = `${name} ${sub}`;
    if (sub === 'rebuild' || sub === 'rb')
        return { type: 'compile', kind: 'node-native', command };
    // `npm run build`, `yarn build`, `pnpm run build:prod`, `bun run build`
    const runs = sub === 'run' || sub === 'run-script';
    const script = runs ? args[args.indexOf(sub) + 1] : name === 'npm' ? undefined : sub;
    if (script && BUILD_SCRIPT.test(script))
        return { type: 'compile', kind: 'js', command: runs ? `${command} ${script}` : command };
    if (!NODE_INSTALL.has(sub))
        return undefined;
    if (hints.buildFromSource || has(args, '--build-from-source', '--build_from_source'))
        return { type: 'compile', kind: 'node-native', command };
    const packages = args.filter((a) => !a.startsWith('-') && a !== sub).map(npmName);
    if (packages.some((p) => NATIVE_NODE_PACKAGES.has(p)))
        return { type: 'compile', kind: 'node-native', command };
    const global = has(args, '-g', '--global', 'global');
    if (hints.nodeGyp && !global && packages.every((p) => p !== 'node-gyp'))
        return { type: 'compile', kind: 'node-native', command };
    return undefined;
}
const PIP_VALUED = new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '--platform',
    '--python-version',
    '--implementation',
    '--abi',
    '--only-binary',
    '--trusted-host',
    '--cache-dir',
    '--progress-bar',
    '--timeout',
    '--retries',
    '--src',
    '--upgrade-strategy',
    '-w',
    '--wheel-dir',
    '-d',
    '--dest',
    '--python',
    '--log',
    '--proxy',
    '--cert',
    '--client-cert',
    '--config-settings',
    '-C',
    '--global-option',
    '--report',
]);
const SDIST = /\.(?:tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/;
/** pip install/wheel builds from source: --no-binary, a source directory, an sdist or a VCS URL */
function pip(args) {
    const sub = firstOperand(args, PIP_VALUED);
    if (sub !== 'install' && sub !== 'wheel')
        return undefined;
    const command = `pip ${sub}`;
    const rest = args.slice(args.indexOf(sub) + 1);
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (a === '--no-binary' || a.startsWith('--no-binary=')) {
            const value = a === '--no-binary' ? rest[++i] : a.slice('--no-binary='.length);
            if (value !== ':none:')
                return { type: 'compile', kind: 'python-native', command };
            continue;
        }
        if (a === '-e' || a === '--editable')
            continue;
        if (a.startsWith('-')) {
            if (PIP_VALUED.has(a))
                i++;
            continue;
        }
        if (a.endsWith('.whl'))
            continue;
        if (a === '.' || a === '..' || /^\.{0,2}\//.test(a) || SDIST.test(a) || /^(?:git|hg|svn|bzr)\+/.test(a)) {
            return { type: 'compile', kind: 'python-native', command };
        }
    }
    return undefined;
}
function python(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-m') {
            const mod = args[i + 1];
            if (mod === 'pip')
                return pip(args.slice(i + 2));
            if (mod === 'build')
                return { type: 'compile', kind: 'python-native', command: 'python -m build' };
            return undefined;
        }
        if (a.startsWith('-'))
            continue;
        if (basename(a) === 'setup.py') {
            const sub = args.slice(i + 1).find((x) => /^(?:build|build_ext|install|bdist_wheel|bdist_egg|bdist|develop)$/.test(x));
            return sub ? { type: 'compile', kind: 'python-native', command: `setup.py ${sub}` } : undefined;
        }
        return undefined;
    }
    return undefined;
}
/** Classify argv (already unwrapped: argv[0] is the command, named `name`). */
function classifyCommand(name, argv, hints) {
    const args = argv.slice(1);
    const compile = (kind, command) => ({ type: 'compile', kind, command });
    const other = { type: 'other', name };
    if (name === 'echo' || name === 'printf')
        return { type: 'text' };
    if (name === 'eval')
        return { type: 'eval', from: 1 };
    if (SHELLS.has(name)) {
        let cflag = false;
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (a === '--')
                continue;
            if (/^[-+][a-zA-Z]+$/.test(a)) {
                if (a.startsWith('-') && a.includes('c'))
                    cflag = true;
                if (a.includes('o'))
                    i++; // -o pipefail, -euo pipefail
                continue;
            }
            return cflag ? { type: 'shell', scriptIndex: i + 1 } : other;
        }
        return cflag ? other : { type: 'shell-stdin' };
    }
    if (isQuery(args))
        return other;
    switch (name) {
        case 'go': {
            const sub = firstOperand(args, new Set(['-C']));
            return sub && ['build', 'install', 'run', 'test'].includes(sub) ? compile('go', `go ${sub}`) : other;
        }
        case 'cargo': {
            const rest = args.filter((a) => !a.startsWith('+'));
            const sub = firstOperand(rest, new Set(['-Z', '--config', '-C', '--color']));
            if (!sub)
                return other;
            if (['build', 'b', 'install', 'rustc', 'run', 'r', 'test', 't', 'bench', 'zigbuild'].includes(sub))
                return compile('rust', `cargo ${sub}`);
            const next = rest[rest.indexOf(sub) + 1];
            if ((sub === 'chef' && next === 'cook') || (sub === 'auditable' && next === 'build'))
                return compile('rust', `cargo ${sub} ${next}`);
            return other;
        }
        case 'rustc':
            return args.some((a) => a.endsWith('.rs')) ? compile('rust', 'rustc') : other;
        case 'maturin':
            return ['build', 'develop'].includes(args[0] ?? '') ? compile('rust', `maturin ${args[0]}`) : other;
        case 'make':
        case 'gmake':
        case 'bmake':
            return has(args, '-n', '--dry-run', '--just-print') ? other : compile('make', name);
        case 'cmake':
            return has(args, '--build') ? compile('make', 'cmake --build') : other;
        case 'ninja':
        case 'samu':
            return has(args, '-t', '-n') ? other : compile('make', name);
        case 'meson':
            return firstOperand(args) === 'compile' ? compile('make', 'meson compile') : other;
        case 'bazel':
        case 'bazelisk': {
            const sub = firstOperand(args);
            return sub && ['build', 'run', 'test'].includes(sub) ? compile('make', `${name} ${sub}`) : other;
        }
        case 'zig': {
            const sub = firstOperand(args);
            return sub && ['build', 'cc', 'c++', 'build-exe', 'build-lib'].includes(sub) ? compile('c', `zig ${sub}`) : other;
        }
        case 'mvn':
        case 'mvnw': {
            const phase = args.find((a) => MAVEN_PHASES.has(a));
            return phase ? compile('java', `${name} ${phase}`) : other;
        }
        case 'gradle':
        case 'gradlew': {
            const task = args.find((a) => !a.startsWith('-') && GRADLE_TASKS.has(a.slice(a.lastIndexOf(':') + 1)));
            return task ? compile('java', `${name} ${task}`) : other;
        }
        case 'sbt': {
            const task = args.find((a) => a.split(/\s+/).some((t) => SBT_TASKS.test(t)));
            return task ? compile('java', `sbt ${task}`) : other;
        }
        case 'javac':
            return args.some((a) => a.endsWith('.java') || a.startsWith('@')) ? compile('java', 'javac') : other;
        case 'dotnet': {
            const sub = firstOperand(args);
            return sub && ['build', 'publish', 'pack', 'msbuild'].includes(sub) ? compile('dotnet', `dotnet ${sub}`) : other;
        }
        case 'node-gyp':
        case 'node-pre-gyp':
        case 'prebuild': {
            const sub = firstOperand(args);
            return (sub && ['rebuild', 'build', 'configure'].includes(sub)) || has(args, '--build-from-source')
                ? compile('node-native', `${name} ${sub ?? ''}`.trim())
                : other;
        }
        case 'pip':
        case 'pip3':
            return pip(args) ?? other;
        case 'uv': {
            if (args[0] === 'pip')
                return pip(args.slice(1)) ?? other;
            if (args[0] === 'build' || has(args, '--no-binary'))
                return compile('python-native', `uv ${args[0] ?? ''}`.trim());
            return other;
        }
    }
    if (/^pip\d(?:\.\d+)?$/.test(name))
        return pip(args) ?? other;
    if (/^python(?:\d(?:\.\d+)?)?$/.test(name))
        return python(args) ?? other;
    if (NODE_MANAGERS.has(name))
        return node(name, args, hints) ?? other;
    if (name in JS_BUILDERS) {
        const sub = JS_BUILDERS[name];
        if (sub === undefined)
            return name === 'tsc' && has(args, '--noEmit', '--noemit') ? other : compile('js', name);
        return firstOperand(args) === sub ? compile('js', `${name} ${sub}`) : other;
    }
    if (name === 'node' || name === 'bun' || name === 'deno' || name === 'tsx' || name === 'ts-node') {
        const file = firstOperand(args.filter((a) => a !== 'run'), new Set(['-r', '--require', '--import', '--loader', '-e', '--eval']));
        if (file && JS_BUILD_FILE.test(basename(file)))
            return compile('js', `${name} ${basename(file)}`);
    }
    if (C_COMPILER.test(name)) {
        return has(args, '-c', '-o') || args.some((a) => C_SOURCE.test(a) || a.startsWith('-o')) ? compile('c', name) : other;
    }
    return other;
}

;// CONCATENATED MODULE: ./src/dockerfile/shell.ts
// Shell-aware analysis of a RUN instruction's script: which commands compile for the machine they run
// on, which URLs are fetched (and which architecture names are baked into them), and which platform
// variables the script reads. Pure: no I/O, no network, synchronous.
//
// Parser: mvdan-sh, the GopherJS build of mvdan.cc/sh/v3/syntax (the parser behind shfmt, by the
// same author). It is a real POSIX/bash parser (quoting, $'…', heredocs, case/if/for/while, $( ) and
// backticks, functions, [[ ]]), it is synchronous (the alternative port, sh-syntax, is WASM behind an
// async init, which the synchronous analyseRun contract rules out), has no dependencies but Node's
// `util`, and bundles into a single file with @vercel/ncc. Its typings are in shell/mvdan-sh.d.ts.
// On a parse error (or odd input) analyseRun falls back to splitting on ;, &&, ||, | and newlines.
//
// The AST is then run through a small abstract interpreter per target platform: variables are
// tracked (values from `vars`, assignments, `$(uname -m)` and friends), `case`/`if`/`&&`/`||` on an
// architecture take only the branch for the target, and when a condition cannot be decided every
// branch is analysed (union).
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions, not template literals



const PLATFORM_VARS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
const PLATFORM_SET = new Set(PLATFORM_VARS);
const { syntax } = (mvdan_sh_default());
// ---------------------------------------------------------------------------------------------
// operator codes (Go token enums) learnt from probes, so a parser upgrade that renumbers them is harmless
function probeOps() {
    const parse = (src) => syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(src, '').Stmts;
    const bin = (src) => parse(src)[0].Cmd.Op;
    const test = (src) => parse(src)[0].Cmd.X.Op;
    const unary = (src) => parse(src)[0].Cmd.X.Op;
    const exp = (src) => parse(src)[0].Cmd.Args[0].Parts[0].Exp.Op;
    return {
        and: bin('a && b'),
        or: bin('a || b'),
        pipe: bin('a | b'),
        pipeAll: bin('a |& b'),
        tEq: test('[[ a == b ]]'),
        tAssign: test('[[ a = b ]]'),
        tNe: test('[[ a != b ]]'),
        tRe: test('[[ a =~ b ]]'),
        tAnd: test('[[ a && b ]]'),
        tOr: test('[[ a || b ]]'),
        tNot: unary('[[ ! a ]]'),
        tN: unary('[[ -n a ]]'),
        tZ: unary('[[ -z a ]]'),
        defUnset: exp('${a-b}'),
        defEmpty: exp('${a:-b}'),
        assignUnset: exp('${a=b}'),
        assignEmpty: exp('${a:=b}'),
        altUnset: exp('${a+b}'),
        altEmpty: exp('${a:+b}'),
        remSmallPrefix: exp('${a#b}'),
        remLargePrefix: exp('${a##b}'),
        remSmallSuffix: exp('${a%b}'),
        remLargeSuffix: exp('${a%%b}'),
    };
}
let OPS;
const ops = () => {
    OPS ??= probeOps();
    return OPS;
};
function archNames(target) {
    const v = (target.variant ?? '').toLowerCase();
    const a = target.architecture.toLowerCase();
    const t = (uname, dpkg, apk) => ({ uname, dpkg, apk, goarch: a, os: target.os });
    switch (a) {
        case 'amd64':
            return t('x86_64', 'amd64', 'x86_64');
        case 'arm64':
            return t('aarch64', 'arm64', 'aarch64');
        case 'arm':
            if (v === 'v6')
                return t('armv6l', 'armel', 'armhf');
            if (v === 'v5')
                return t('armv5tel', 'armel', 'armel');
            return t('armv7l', 'armhf', 'armv7');
        case '386':
            return t('i686', 'i386', 'x86');
        case 'ppc64le':
            return t('ppc64le', 'ppc64el', 'ppc64le');
        case 'mips64le':
            return t('mips64', 'mips64el', 'mips64el');
        case 'loong64':
            return t('loongarch64', 'loong64', 'loongarch64');
        default:
            return t(a, a, a);
    }
}
const PH = '\u0000';
const UNKNOWN = { t: undefined, arch: false };
const known = (text) => ({ value: text, shown: text, scan: text, arch: false });
const opaque = (shown, arch) => ({ value: undefined, shown, scan: PH, arch });
function concat(vals) {
    let value = '';
    let shown = '';
    let scan = '';
    let arch = false;
    for (const v of vals) {
        value = value === undefined || v.value === undefined ? undefined : value + v.value;
        shown += v.shown;
        scan += v.scan;
        arch ||= v.arch;
    }
    return { value, shown, scan, arch };
}
function sameVal(a, b) {
    if (!a || !b)
        return a === b;
    return a.value === b.value && a.scan === b.scan && a.arch === b.arch;
}
/** backslash removal in an unquoted literal (`\`+newline is a continuation) */
const unquote = (s) => s.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1');
/** inside double quotes only \$ \` \" \\ and \newline are escapes */
const undquote = (s) => s.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
function ansiC(s) {
    const map = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (all, c) => {
        if (c in map)
            return map[c];
        if (c[0] === 'x')
            return String.fromCharCode(Number.parseInt(c.slice(1), 16));
        if (/^[0-7]+$/.test(c))
            return String.fromCharCode(Number.parseInt(c, 8));
        return all;
    });
}
/** a shell glob as a regular expression source */
function globSource(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\' && i + 1 < glob.length)
            out += escapeRe(glob[++i]);
        else if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end < 0)
                out += '\\[';
            else {
                let body = glob.slice(i + 1, end);
                if (body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                out += `[${body.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            out += escapeRe(c);
    }
    return out;
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// ---------------------------------------------------------------------------------------------
// the interpreter
const ARCH_COMMANDS = (argv, names) => {
    const [cmd, ...args] = argv;
    const a = args.join(' ');
    switch (basename(cmd ?? '')) {
        case 'uname':
            if (/^(?:-m|--machine|-p|--processor|-i|--hardware-platform)$/.test(a))
                return names.uname;
            if (a === '' || a === '-s' || a === '--kernel-name')
                return names.os === 'linux' ? 'Linux' : names.os;
            return undefined;
        case 'arch':
            return a === '' ? names.uname : undefined;
        case 'dpkg':
            return a === '--print-architecture' ? names.dpkg : undefined;
        case 'dpkg-architecture':
            return /^(?:-q ?|--query )DEB_(?:HOST|BUILD)_ARCH$/.test(a) ? names.dpkg : undefined;
        case 'apk':
            return a === '--print-arch' ? names.apk : undefined;
        case 'rpm':
            return /^(?:--eval|-E) %\{?_arch\}?$/.test(a) ? names.uname : undefined;
        case 'go':
            if (a === 'env GOARCH')
                return names.goarch;
            if (a === 'env GOOS')
                return names.os;
            return undefined;
        case 'xx-info':
            if (a === 'arch')
                return names.goarch;
            if (a === 'march')
                return names.uname;
            if (a === 'debian-arch')
                return names.dpkg;
            if (a === 'alpine-arch')
                return names.apk;
            return undefined;
    }
    return undefined;
};
class Interp {
    out;
    names;
    vars;
    hints;
    depth;
    funcs = new Map();
    /** > 0 while running a branch chosen by a platform-dependent condition */
    archCtx = 0;
    /** bumped whenever a platform-dependent value is read (lets $(…) tell whether it depends on one) */
    archReads = 0;
    calls = 0;
    constructor(out, names, vars, hints, depth) {
        this.out = out;
        this.names = names;
        this.vars = vars;
        this.hints = hints;
        this.depth = depth;
    }
    run(parsed, env, lineBase) {
        for (const v of parsed.platformVars)
            this.out.platformVars.add(v);
        this.stmts(parsed.file.Stmts, env, lineBase);
    }
    stmts(list, env, base) {
        let last = { t: true, arch: false };
        for (const s of list)
            last = this.stmt(s, env, base);
        return last;
    }
    stmt(s, env, base) {
        const line = base + s.Pos().Line() - 1;
        let r = UNKNOWN;
        if (s.Cmd)
            r = this.command(s.Cmd, s, env, base, line);
        for (const rd of s.Redirs)
            if (rd.Word)
                this.word(rd.Word, env, base);
        if (s.Negated && r.t !== undefined)
            r = { t: !r.t, arch: r.arch };
        return s.Background ? UNKNOWN : r;
    }
    /** run `fn` as a branch the platform decided (assignments in it become platform-derived) */
    inArch(arch, fn) {
        if (arch)
            this.archCtx++;
        try {
            return fn();
        }
        finally {
            if (arch)
                this.archCtx--;
        }
    }
    /** run alternative branches on copies of env and merge what they assign */
    union(env, arch, branches, includeNone) {
        const results = [];
        for (const b of branches) {
            const e = new Map(env);
            this.inArch(arch, () => b(e));
            results.push(e);
        }
        if (includeNone)
            results.push(new Map(env));
        const keys = new Set();
        for (const e of results)
            for (const k of e.keys())
                keys.add(k);
        for (const k of keys) {
            const first = results[0].get(k);
            if (results.every((e) => sameVal(e.get(k), first))) {
                if (first)
                    env.set(k, first);
                else
                    env.delete(k);
            }
            else {
                env.set(k, opaque(`\${${k}}`, arch || results.some((e) => e.get(k)?.arch)));
            }
        }
    }
    command(cmd, s, env, base, line) {
        const o = ops();
        switch (syntax.NodeType(cmd)) {
            case 'CallExpr':
                return this.call(cmd, s, env, base, line);
            case 'BinaryCmd': {
                const b = cmd;
                if (b.Op === o.and || b.Op === o.or) {
                    const x = this.stmt(b.X, env, base);
                    const and = b.Op === o.and;
                    if (x.t === !and)
                        return x; // false && … / true || …: the right side never runs
                    let y = UNKNOWN;
                    if (x.t === undefined)
                        this.union(env, x.arch, [(e) => (y = this.stmt(b.Y, e, base))], true);
                    else
                        y = this.inArch(x.arch, () => this.stmt(b.Y, env, base));
                    const t = x.t === and ? y.t : y.t === !and ? !and : undefined;
                    return { t, arch: x.arch || y.arch };
                }
                this.stmt(b.X, new Map(env), base);
                this.stmt(b.Y, new Map(env), base);
                return UNKNOWN;
            }
            case 'IfClause':
                this.ifClause(cmd, env, base);
                return UNKNOWN;
            case 'CaseClause':
                this.caseClause(cmd, env, base);
                return UNKNOWN;
            case 'Block':
                return this.stmts(cmd.Stmts, env, base);
            case 'Subshell':
                return this.stmts(cmd.Stmts, new Map(env), base);
            case 'ForClause': {
                const f = cmd;
                if (syntax.NodeType(f.Loop) === 'WordIter') {
                    const it = f.Loop;
                    const items = it.Items.map((w) => this.word(w, env, base));
                    const only = items.length === 1 ? items[0] : undefined;
                    env.set(it.Name.Value, only ??
                        opaque(`\${${it.Name.Value}}`, items.some((v) => v.arch)));
                }
                this.stmts(f.Do, env, base);
                return UNKNOWN;
            }
            case 'WhileClause': {
                const w = cmd;
                this.stmts(w.Cond, env, base);
                this.stmts(w.Do, env, base);
                return UNKNOWN;
            }
            case 'FuncDecl': {
                const f = cmd;
                this.funcs.set(f.Name.Value, f.Body);
                return { t: true, arch: false };
            }
            case 'DeclClause': {
                const d = cmd;
                for (const a of d.Args)
                    this.assign(a, env, base);
                return { t: true, arch: false };
            }
            case 'TestClause':
                return this.testExpr(cmd.X, env, base);
            case 'TimeClause':
            case 'CoprocClause': {
                const inner = cmd.Stmt;
                return inner ? this.stmt(inner, env, base) : UNKNOWN;
            }
            default:
                return UNKNOWN;
        }
    }
    ifClause(c, env, base) {
        const cond = this.stmts(c.Cond, env, base);
        const otherwise = (e) => {
            if (!c.Else)
                return;
            if (c.Else.Cond.length === 0)
                this.stmts(c.Else.Then, e, base);
            else
                this.ifClause(c.Else, e, base);
        };
        if (cond.t === true)
            this.inArch(cond.arch, () => this.stmts(c.Then, env, base));
        else if (cond.t === false)
            this.inArch(cond.arch, () => otherwise(env));
        else
            this.union(env, cond.arch, [(e) => this.stmts(c.Then, e, base), otherwise], false);
    }
    caseClause(c, env, base) {
        const subject = this.word(c.Word, env, base);
        const possible = [];
        let decided = false;
        for (const item of c.Items) {
            const m = item.Patterns.map((p) => this.matchPattern(subject, p, env, base));
            const t = m.some((x) => x === true) ? true : m.every((x) => x === false) ? false : undefined;
            if (t === false)
                continue;
            possible.push(item.Stmts);
            if (t === true) {
                decided = true;
                break;
            }
        }
        if (decided && possible.length === 1)
            this.inArch(subject.arch, () => this.stmts(possible[0], env, base));
        else
            this.union(env, subject.arch, possible.map((p) => (e) => this.stmts(p, e, base)), !decided);
    }
    /** does subject match the glob pattern word? undefined when either side is unknown */
    matchPattern(subject, pattern, env, base) {
        const source = this.patternSource(pattern.Parts, env, base, false);
        if (source === undefined || subject.value === undefined)
            return undefined;
        return new RegExp(`^(?:${source})$`, 's').test(subject.value);
    }
    patternSource(parts, env, base, quoted) {
        let out = '';
        for (const p of parts) {
            const type = syntax.NodeType(p);
            if (type === 'Lit')
                out += quoted ? escapeRe(undquote(p.Value)) : globSource(p.Value);
            else if (type === 'SglQuoted')
                out += escapeRe(p.Dollar ? ansiC(p.Value) : p.Value);
            else if (type === 'DblQuoted') {
                const inner = this.patternSource(p.Parts, env, base, true);
                if (inner === undefined)
                    return undefined;
                out += inner;
            }
            else {
                const v = this.part(p, env, base, quoted);
                if (v.value === undefined)
                    return undefined;
                out += quoted ? escapeRe(v.value) : globSource(v.value);
            }
        }
        return out;
    }
    assign(a, env, base) {
        if (!a.Name || a.Naked)
            return;
        const name = a.Name.Value;
        let v = a.Value ? this.word(a.Value, env, base) : known('');
        if (a.Array)
            v = opaque(`\${${name}}`, false);
        if (a.Append)
            v = concat([this.lookup(name, env), v]);
        if (this.archCtx > 0)
            v = { ...v, scan: PH, arch: true };
        env.set(name, v);
    }
    lookup(name, env) {
        const v = env.get(name);
        if (v) {
            if (v.arch)
                this.archReads++;
            return v;
        }
        const given = this.vars[name];
        if (PLATFORM_SET.has(name)) {
            this.archReads++;
            return { value: given, shown: `\${${name}}`, scan: PH, arch: true };
        }
        if (given !== undefined)
            return known(given);
        return opaque(`\${${name}}`, false);
    }
    word(w, env, base) {
        return concat(w.Parts.map((p) => this.part(p, env, base, false)));
    }
    part(p, env, base, quoted) {
        switch (syntax.NodeType(p)) {
            case 'Lit': {
                const text = (quoted ? undquote : unquote)(p.Value);
                return known(text);
            }
            case 'SglQuoted': {
                const q = p;
                return known(q.Dollar ? ansiC(q.Value) : q.Value);
            }
            case 'DblQuoted':
                return concat(p.Parts.map((x) => this.part(x, env, base, true)));
            case 'ParamExp':
                return this.paramExp(p, env, base);
            case 'CmdSubst':
                return this.cmdSubst(p.Stmts, env, base);
            case 'ProcSubst':
                this.stmts(p.Stmts, new Map(env), base);
                return opaque('<(…)', false);
            case 'ArithmExp':
                return opaque('$((…))', false);
            default:
                return opaque('…', false);
        }
    }
    paramExp(pe, env, base) {
        const name = pe.Param?.Value ?? '';
        const ref = `\${${name}}`;
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            return opaque(pe.Short ? `$${name}` : ref, false);
        const v = this.lookup(name, env);
        if (pe.Length || pe.Excl || pe.Index || pe.Slice || pe.Repl)
            return opaque(ref, v.arch);
        if (!pe.Exp)
            return v.arch ? { ...v, shown: ref } : v;
        const o = ops();
        const op = pe.Exp.Op;
        const set = env.has(name) || this.vars[name] !== undefined;
        if (!set && PLATFORM_SET.has(name))
            return opaque(ref, true); // not given: could be anything
        const arg = () => (pe.Exp?.Word ? this.word(pe.Exp.Word, env, base) : known(''));
        const nonEmpty = set && v.value !== '';
        const undecided = (x) => opaque(ref, v.arch || x.arch);
        if (op === o.defUnset || op === o.defEmpty || op === o.assignUnset || op === o.assignEmpty) {
            const useVar = op === o.defUnset || op === o.assignUnset ? set : nonEmpty;
            if (useVar && (v.value !== undefined || v.arch))
                return v.arch ? { ...v, shown: ref } : v;
            if (!set) {
                const d = arg();
                if (op === o.assignUnset || op === o.assignEmpty)
                    env.set(name, d);
                return d;
            }
            return undecided(arg());
        }
        if (op === o.altUnset || op === o.altEmpty) {
            const useAlt = op === o.altUnset ? set : nonEmpty;
            if (!set)
                return known('');
            return useAlt && v.value !== undefined ? arg() : undecided(arg());
        }
        if (op === o.remSmallPrefix || op === o.remLargePrefix || op === o.remSmallSuffix || op === o.remLargeSuffix) {
            const pat = pe.Exp.Word ? this.patternSource(pe.Exp.Word.Parts, env, base, false) : '';
            if (v.value === undefined || pat === undefined)
                return opaque(ref, v.arch);
            const lazy = op === o.remSmallPrefix || op === o.remSmallSuffix ? '?' : '';
            let value;
            if (op === o.remSmallPrefix || op === o.remLargePrefix)
                value = v.value.replace(new RegExp(`^(?:${pat.replace(/\.\*/g, `.*${lazy}`)})`, 's'), '');
            else {
                // shortest suffix: the latest start that matches to the end
                const re = new RegExp(`^(?:${pat})$`, 's');
                let cut = v.value.length;
                for (let i = v.value.length; i >= 0; i--) {
                    if (re.test(v.value.slice(i))) {
                        cut = i;
                        if (lazy)
                            break;
                    }
                }
                value = v.value.slice(0, cut);
            }
            return v.arch ? { value, shown: ref, scan: PH, arch: true } : known(value);
        }
        return opaque(ref, v.arch);
    }
    cmdSubst(stmts, env, base) {
        const before = this.archReads;
        this.stmts(stmts, new Map(env), base);
        const only = stmts.length === 1 ? stmts[0].Cmd : null;
        if (only && syntax.NodeType(only) === 'CallExpr' && only.Args.length > 0) {
            const args = only.Args.map((w) => this.word(w, env, base));
            const argv = args.map((a) => a.value ?? a.shown);
            const shown = `$(${argv.join(' ')})`;
            const arch = ARCH_COMMANDS(argv, this.names);
            if (arch !== undefined) {
                this.archReads++;
                return { value: arch, shown, scan: PH, arch: true };
            }
            const cmd = basename(argv[0] ?? '');
            if (cmd === 'echo' && args.length > 1 && !argv[1].startsWith('-')) {
                const v = concat(args.slice(1).flatMap((a, i) => (i ? [known(' '), a] : [a])));
                return v.arch ? { ...v, shown, scan: PH } : v;
            }
            return opaque(shown, this.archReads > before);
        }
        return opaque('$(…)', this.archReads > before);
    }
    /** `[ … ]` / `test …` */
    bracket(args) {
        const arch = args.some((a) => a.arch);
        const v = args.map((a) => a.value);
        if (v[0] === '!' && v.length > 1) {
            const r = this.bracket(args.slice(1));
            return { t: r.t === undefined ? undefined : !r.t, arch };
        }
        for (const joiner of ['-o', '-a']) {
            const at = v.indexOf(joiner);
            if (at > 0) {
                const l = this.bracket(args.slice(0, at));
                const r = this.bracket(args.slice(at + 1));
                const or = joiner === '-o';
                const t = l.t === or || r.t === or ? or : l.t === undefined || r.t === undefined ? undefined : !or;
                return { t, arch };
            }
        }
        if (v.length === 3 && ['=', '==', '!='].includes(v[1] ?? '')) {
            if (v[0] === undefined || v[2] === undefined)
                return { t: undefined, arch };
            return { t: (v[0] === v[2]) === (v[1] !== '!='), arch };
        }
        if (v.length === 2 && (v[0] === '-n' || v[0] === '-z')) {
            if (v[1] === undefined)
                return { t: undefined, arch };
            return { t: (v[1] !== '') === (v[0] === '-n'), arch };
        }
        if (v.length === 1)
            return { t: v[0] === undefined ? undefined : v[0] !== '', arch };
        return { t: undefined, arch };
    }
    /** `[[ … ]]` */
    testExpr(x, env, base) {
        const o = ops();
        const type = syntax.NodeType(x);
        if (type === 'Word') {
            const v = this.word(x, env, base);
            return { t: v.value === undefined ? undefined : v.value !== '', arch: v.arch };
        }
        if (type === 'ParenTest')
            return this.testExpr(x.X, env, base);
        if (type === 'UnaryTest') {
            const u = x;
            if (u.Op === o.tNot) {
                const r = this.testExpr(u.X, env, base);
                return { t: r.t === undefined ? undefined : !r.t, arch: r.arch };
            }
            if ((u.Op === o.tN || u.Op === o.tZ) && syntax.NodeType(u.X) === 'Word') {
                const v = this.word(u.X, env, base);
                return { t: v.value === undefined ? undefined : (v.value !== '') === (u.Op === o.tN), arch: v.arch };
            }
            return UNKNOWN;
        }
        if (type === 'BinaryTest') {
            const b = x;
            if (b.Op === o.tAnd || b.Op === o.tOr) {
                const l = this.testExpr(b.X, env, base);
                const r = this.testExpr(b.Y, env, base);
                const or = b.Op === o.tOr;
                const t = l.t === or || r.t === or ? or : l.t === undefined || r.t === undefined ? undefined : !or;
                return { t, arch: l.arch || r.arch };
            }
            if (syntax.NodeType(b.X) !== 'Word' || syntax.NodeType(b.Y) !== 'Word')
                return UNKNOWN;
            const left = this.word(b.X, env, base);
            if (b.Op === o.tEq || b.Op === o.tAssign || b.Op === o.tNe) {
                const right = this.word(b.Y, env, base);
                const m = this.matchPattern(left, b.Y, env, base);
                const arch = left.arch || right.arch;
                return { t: m === undefined ? undefined : m === (b.Op !== o.tNe), arch };
            }
            if (b.Op === o.tRe) {
                const right = this.word(b.Y, env, base);
                if (left.value === undefined || right.value === undefined)
                    return { t: undefined, arch: left.arch || right.arch };
                try {
                    return { t: new RegExp(right.value).test(left.value), arch: left.arch || right.arch };
                }
                catch {
                    return { t: undefined, arch: left.arch || right.arch };
                }
            }
        }
        return UNKNOWN;
    }
    call(c, s, env, base, line) {
        if (c.Args.length === 0) {
            for (const a of c.Assigns)
                this.assign(a, env, base);
            return { t: true, arch: false };
        }
        // prefix assignments apply to this command only
        const local = new Map(env);
        for (const a of c.Assigns)
            this.assign(a, local, base);
        const args = c.Args.map((w) => this.word(w, env, base));
        const argv = args.map((a) => a.value ?? a.shown);
        const u = unwrap(argv);
        for (const [k, v] of u.assigns)
            local.set(k, known(v));
        const run = argv.slice(u.start);
        const runArgs = args.slice(u.start);
        if (run.length === 0)
            return UNKNOWN;
        const name = u.name;
        if (name === '[' || name === 'test')
            return this.bracket(runArgs.slice(1, name === '[' && run[run.length - 1] === ']' ? -1 : undefined));
        if (name === 'true' || name === ':')
            return { t: true, arch: false };
        if (name === 'false')
            return { t: false, arch: false };
        if (name === 'unset') {
            for (const n of run.slice(1))
                env.delete(n);
            return { t: true, arch: false };
        }
        const fn = this.funcs.get(name);
        if (fn && this.calls < 64) {
            this.calls++;
            this.stmt(fn, env, base);
            return UNKNOWN;
        }
        const fromSource = local.get('npm_config_build_from_source')?.value ?? this.vars['npm_config_build_from_source'];
        const hints = { buildFromSource: fromSource === 'true' || fromSource === '1', nodeGyp: this.hints.nodeGyp };
        const cls = classifyCommand(name, run, hints);
        switch (cls.type) {
            case 'compile':
                this.out.compiles.push({ kind: cls.kind, command: cls.command, line });
                break;
            case 'shell': {
                const w = c.Args[u.start + cls.scriptIndex];
                const script = runArgs[cls.scriptIndex];
                if (w && script)
                    this.nested(script.value ?? script.shown, local, base + w.Pos().Line() - 1);
                return UNKNOWN;
            }
            case 'shell-stdin':
                for (const rd of s.Redirs) {
                    if (!rd.Hdoc)
                        continue;
                    const body = this.word(rd.Hdoc, local, base);
                    this.nested(body.value ?? body.shown, local, base + rd.Hdoc.Pos().Line() - 1);
                }
                return UNKNOWN;
            case 'eval':
                this.nested(run.slice(cls.from).join(' '), local, line);
                return UNKNOWN;
            case 'text':
                return UNKNOWN;
            case 'other':
                break;
        }
        for (const a of runArgs.slice(1)) {
            const m = /^(?:-[-\w]*=|[\w.-]+=)?(https?:\/\/.+)$/s.exec(a.shown);
            if (!m)
                continue;
            const scan = /(https?:\/\/.+)$/s.exec(a.scan)?.[1] ?? a.scan;
            this.out.downloads.push({ url: m[1], line, arches: (0,arch_names/* fixedArches */.J)(scan) });
        }
        return UNKNOWN;
    }
    nested(script, env, lineBase) {
        if (this.depth >= 8)
            return;
        const inner = new Interp(this.out, this.names, this.vars, this.hints, this.depth + 1);
        inner.archCtx = this.archCtx;
        const file = parse(script);
        if (file)
            inner.run(file, new Map(env), lineBase);
        else
            fallback(script, lineBase, this.out, this.hints, this.vars);
    }
}
function collectPlatformVars(file, into) {
    syntax.Walk(file, (n) => {
        if (n && syntax.NodeType(n) === 'ParamExp') {
            const name = n.Param?.Value;
            if (name && PLATFORM_SET.has(name))
                into.add(name);
        }
        return true;
    });
}
// Reading the GopherJS tree costs tens of microseconds a field, so a script analysed for several
// targets is parsed (and walked for platform variables) once.
const CACHE = new Map();
const CACHE_SIZE = 128;
function parse(script) {
    const hit = CACHE.get(script);
    if (hit !== undefined)
        return hit ?? undefined;
    let parsed = null;
    for (const lang of [syntax.LangBash, syntax.LangPOSIX]) {
        try {
            const file = syntax.NewParser(syntax.KeepComments(false), syntax.Variant(lang)).Parse(script, '');
            const vars = new Set();
            collectPlatformVars(file, vars);
            parsed = { file, platformVars: [...vars] };
            break;
        }
        catch {
            // try the next dialect, then the fallback
        }
    }
    if (CACHE.size >= CACHE_SIZE)
        CACHE.delete(CACHE.keys().next().value);
    CACHE.set(script, parsed);
    return parsed ?? undefined;
}
/** Dockerfile semantics: a comment line inside a `\` continuation is dropped; keep the line count with a bare `\`. */
function dropContinuedComments(script) {
    const lines = script.split('\n');
    for (let i = 1; i < lines.length; i++) {
        const prev = lines[i - 1];
        if (/^\s*#/.test(lines[i]) && /(?:^|[^\\])(?:\\\\)*\\$/.test(prev))
            lines[i] = '\\';
    }
    return lines.join('\n');
}
// ---------------------------------------------------------------------------------------------
// fallback: no parse tree, so split on separators (quote-aware) and classify each piece
/** Split a script into simple commands without a parser: quotes respected, `\`+newline joined. */
function splitCommands(script) {
    const out = [];
    let words = [];
    let word;
    let line = 0;
    let start = 0;
    let quote = '';
    const endWord = () => {
        if (word !== undefined)
            words.push(word);
        word = undefined;
    };
    const endCommand = () => {
        endWord();
        while (words.length && /^(?:if|then|elif|else|fi|do|done|while|until|!|\{|\}|\(|\)|esac|in)$/.test(words[0]))
            words.shift();
        while (words.length && /^[^=]*\)$/.test(words[0]))
            words.shift(); // case patterns: x86_64)
        if (words.length)
            out.push({ argv: words, line: start });
        words = [];
    };
    for (let i = 0; i < script.length; i++) {
        const c = script[i];
        if (word === undefined && words.length === 0 && !quote && !/\s/.test(c))
            start = line;
        if (c === '\n')
            line++;
        if (quote === "'") {
            if (c === "'")
                quote = '';
            else
                word += c;
            continue;
        }
        if (c === '\\') {
            const next = script[i + 1];
            if (next === '\n') {
                line++;
                i++;
                continue;
            }
            if (next !== undefined) {
                word = (word ?? '') + next;
                i++;
            }
            continue;
        }
        if (quote === '"') {
            if (c === '"')
                quote = '';
            else
                word += c;
            continue;
        }
        if (c === "'" || c === '"') {
            quote = c;
            word ??= '';
            continue;
        }
        if (c === '#' && word === undefined) {
            while (i + 1 < script.length && script[i + 1] !== '\n')
                i++;
            continue;
        }
        if (c === '\n' || c === ';' || c === '&' || c === '|') {
            endCommand();
            continue;
        }
        if (/\s/.test(c)) {
            endWord();
            continue;
        }
        word = (word ?? '') + c;
    }
    endCommand();
    return out;
}
function fallback(script, lineBase, out, hints, vars) {
    for (const m of script.matchAll(/'[^']*'|\$\{?([A-Z]+)\b/g))
        if (m[1] && PLATFORM_SET.has(m[1]))
            out.platformVars.add(m[1]);
    const expand = (w) => w.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (all, n) => (PLATFORM_SET.has(n) ? PH : (vars[n] ?? all)));
    for (const cmd of splitCommands(script)) {
        const argv = [...cmd.argv];
        while (argv.length && /^[A-Za-z_]\w*=/.test(argv[0]))
            argv.shift();
        const u = unwrap(argv);
        const run = argv.slice(u.start);
        if (!run.length)
            continue;
        const line = lineBase + cmd.line;
        const cls = classifyCommand(u.name, run, { buildFromSource: false, nodeGyp: hints.nodeGyp });
        if (cls.type === 'compile')
            out.compiles.push({ kind: cls.kind, command: cls.command, line });
        if (cls.type === 'text')
            continue;
        for (const a of run.slice(1)) {
            const m = /^(?:-[-\w]*=|[\w.-]+=)?(https?:\/\/.+)$/s.exec(a);
            if (m)
                out.downloads.push({ url: m[1], line, arches: (0,arch_names/* fixedArches */.J)(expand(m[1])) });
        }
    }
}
// ---------------------------------------------------------------------------------------------
/**
 * Analyse a RUN's shell script for one target platform.
 * target: the platform the RUN executes for, e.g. { os: 'linux', architecture: 'arm64' } (variant optional);
 * vars: values of ARG/ENV in scope (may include TARGETARCH etc.; a platform variable not given is unknown,
 * so a dispatch on it analyses every branch).
 */
function analyseRun(script, target, vars = {}) {
    const out = { compiles: [], downloads: [], platformVars: new Set() };
    const hints = { nodeGyp: /(?<![\w-])node-gyp(?![\w-])/.test(script) };
    try {
        const text = dropContinuedComments(script);
        const file = parse(text);
        if (file)
            new Interp(out, archNames(target), vars, hints, 0).run(file, new Map(), 0);
        else
            fallback(text, 0, out, hints, vars);
    }
    catch {
        // never throw: whatever the interpreter missed, the fallback still classifies
        const partial = { compiles: [], downloads: [], platformVars: new Set() };
        try {
            fallback(script, 0, partial, hints, vars);
        }
        catch {
            // give up quietly
        }
        return { compiles: partial.compiles, downloads: partial.downloads, platformVars: [...partial.platformVars] };
    }
    return { compiles: out.compiles, downloads: out.downloads, platformVars: PLATFORM_VARS.filter((v) => out.platformVars.has(v)) };
}
/** The simple commands of a script, in order (argv as written, quotes removed; no branch selection). */
function listCommands(script) {
    const file = (() => {
        try {
            return parse(dropContinuedComments(script))?.file;
        }
        catch {
            return undefined;
        }
    })();
    if (!file)
        return splitCommands(script);
    const out = [];
    syntax.Walk(file, (n) => {
        if (n && syntax.NodeType(n) === 'CallExpr' && n.Args.length > 0) {
            const argv = n.Args.map((w) => wordText(w));
            out.push({ argv, line: n.Pos().Line() - 1 });
        }
        return true;
    });
    return out;
}
function wordText(w) {
    const part = (p, quoted) => {
        switch (syntax.NodeType(p)) {
            case 'Lit':
                return (quoted ? undquote : unquote)(p.Value);
            case 'SglQuoted':
                return p.Dollar ? ansiC(p.Value) : p.Value;
            case 'DblQuoted':
                return p.Parts.map((x) => part(x, true)).join('');
            case 'ParamExp':
                return `\${${p.Param?.Value ?? ''}}`;
            default:
                return '…';
        }
    };
    return w.Parts.map((p) => part(p, false)).join('');
}



/***/ })

};
