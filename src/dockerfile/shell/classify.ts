// What a simple command runs, from its expanded argv: wrappers are peeled off (sudo, env, nice, time,
// xx-*, npx, …), then argv[0]'s basename and sub-command decide whether it compiles for the machine it
// runs on. Arguments of package managers, echo and printf are data, never commands.

/** `js`: a JavaScript/TypeScript build (bundlers, tsc, `npm run build`): its output runs on every CPU */
export type CompileKind = 'go' | 'rust' | 'c' | 'make' | 'java' | 'dotnet' | 'node-native' | 'python-native' | 'js';

export type Classified =
  | { type: 'compile'; kind: CompileKind; command: string }
  /** `sh -c SCRIPT`: index into argv of the script operand */
  | { type: 'shell'; scriptIndex: number }
  /** `sh`/`bash` reading its script from stdin (a heredoc) */
  | { type: 'shell-stdin' }
  /** `eval ARGS…`: the joined args from index on */
  | { type: 'eval'; from: number }
  /** echo/printf: arguments are text (no URLs, no commands) */
  | { type: 'text' }
  | { type: 'other'; name: string };

export interface Unwrapped {
  /** index of the real command in argv */
  start: number;
  /** NAME=VALUE pairs set by `env` */
  assigns: [string, string][];
  /** argv[start] renamed (xx-go → go) */
  name: string;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const XX: Record<string, string> = {
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
const WRAPPERS: Record<string, Set<string>> = {
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

export const basename = (word: string): string => word.slice(word.lastIndexOf('/') + 1);

/** Peel wrappers off argv: `sudo -E env CGO_ENABLED=0 nice -n 5 xx-go build` → start at xx-go, named go. */
export function unwrap(argv: string[]): Unwrapped {
  const assigns: [string, string][] = [];
  let i = 0;
  for (let guard = 0; guard < 16 && i < argv.length; guard++) {
    const name = basename(argv[i]!);
    if (name === 'command' && argv.slice(i + 1).some((a) => a === '-v' || a === '-V')) break;
    if (name in WRAPPERS || WRAPPER_OPERAND.has(name)) {
      const valued = WRAPPERS[name] ?? new Set<string>();
      i++;
      while (i < argv.length) {
        const a = argv[i]!;
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
        if (!a.startsWith('-') || a === '-') break;
        i += valued.has(a) ? 2 : 1;
      }
      if (WRAPPER_OPERAND.has(name) && name !== 'chpst') i++;
      continue;
    }
    if (RUNNERS.has(name) && argv[i + 1] === 'run') {
      i += 2;
      while (i < argv.length && argv[i]!.startsWith('-')) i += argv[i] === '-n' || argv[i] === '--name' ? 2 : 1;
      continue;
    }
    break;
  }
  const word = argv[i] ?? '';
  const base = basename(word);
  return { start: i, assigns, name: XX[base] ?? base };
}

const has = (args: string[], ...flags: string[]) => args.some((a) => flags.includes(a));
const firstOperand = (args: string[], valued: Set<string> = new Set()): string | undefined => {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (valued.has(a)) i++;
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
const isQuery = (args: string[]) =>
  args.some((a) => VERSION_QUERY.has(a) || /^--?print(?:-|$)/.test(a)) || (args.length === 1 && ['-v', '-V', '-vV', '-h'].includes(args[0]!));
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
export const NATIVE_NODE_PACKAGES = new Set([
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
const JS_BUILDERS: Record<string, string | undefined> = {
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
const npmName = (spec: string): string => {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at > 0 ? spec.slice(0, at) : spec;
};

export interface ClassifyHints {
  /** npm_config_build_from_source=true (or similar) is set for the command */
  buildFromSource: boolean;
  /** the script elsewhere uses node-gyp: installs from package.json build native addons */
  nodeGyp: boolean;
}

function node(name: string, args: string[], hints: ClassifyHints): Classified | undefined {
  const sub = name === 'yarn' ? (firstOperand(args) ?? 'install') : firstOperand(args, new Set(['--prefix', '-C', '--dir', '--filter', '-w', '--workspace']));
  if (!sub) return undefined;
  const command = `${name} ${sub}`;
  if (sub === 'rebuild' || sub === 'rb') return { type: 'compile', kind: 'node-native', command };
  // `npm run build`, `yarn build`, `pnpm run build:prod`, `bun run build`
  const runs = sub === 'run' || sub === 'run-script';
  const script = runs ? args[args.indexOf(sub) + 1] : name === 'npm' ? undefined : sub;
  if (script && BUILD_SCRIPT.test(script)) return { type: 'compile', kind: 'js', command: runs ? `${command} ${script}` : command };
  if (!NODE_INSTALL.has(sub)) return undefined;
  if (hints.buildFromSource || has(args, '--build-from-source', '--build_from_source')) return { type: 'compile', kind: 'node-native', command };
  const packages = args.filter((a) => !a.startsWith('-') && a !== sub).map(npmName);
  if (packages.some((p) => NATIVE_NODE_PACKAGES.has(p))) return { type: 'compile', kind: 'node-native', command };
  const global = has(args, '-g', '--global', 'global');
  if (hints.nodeGyp && !global && packages.every((p) => p !== 'node-gyp')) return { type: 'compile', kind: 'node-native', command };
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
function pip(args: string[]): Classified | undefined {
  const sub = firstOperand(args, PIP_VALUED);
  if (sub !== 'install' && sub !== 'wheel') return undefined;
  const command = `pip ${sub}`;
  const rest = args.slice(args.indexOf(sub) + 1);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--no-binary' || a.startsWith('--no-binary=')) {
      const value = a === '--no-binary' ? rest[++i] : a.slice('--no-binary='.length);
      if (value !== ':none:') return { type: 'compile', kind: 'python-native', command };
      continue;
    }
    if (a === '-e' || a === '--editable') continue;
    if (a.startsWith('-')) {
      if (PIP_VALUED.has(a)) i++;
      continue;
    }
    if (a.endsWith('.whl')) continue;
    if (a === '.' || a === '..' || /^\.{0,2}\//.test(a) || SDIST.test(a) || /^(?:git|hg|svn|bzr)\+/.test(a)) {
      return { type: 'compile', kind: 'python-native', command };
    }
  }
  return undefined;
}

function python(args: string[]): Classified | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-m') {
      const mod = args[i + 1];
      if (mod === 'pip') return pip(args.slice(i + 2));
      if (mod === 'build') return { type: 'compile', kind: 'python-native', command: 'python -m build' };
      return undefined;
    }
    if (a.startsWith('-')) continue;
    if (basename(a) === 'setup.py') {
      const sub = args.slice(i + 1).find((x) => /^(?:build|build_ext|install|bdist_wheel|bdist_egg|bdist|develop)$/.test(x));
      return sub ? { type: 'compile', kind: 'python-native', command: `setup.py ${sub}` } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Classify argv (already unwrapped: argv[0] is the command, named `name`). */
export function classifyCommand(name: string, argv: string[], hints: ClassifyHints): Classified {
  const args = argv.slice(1);
  const compile = (kind: CompileKind, command: string): Classified => ({ type: 'compile', kind, command });
  const other: Classified = { type: 'other', name };
  if (name === 'echo' || name === 'printf') return { type: 'text' };
  if (name === 'eval') return { type: 'eval', from: 1 };
  if (SHELLS.has(name)) {
    let cflag = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') continue;
      if (/^[-+][a-zA-Z]+$/.test(a)) {
        if (a.startsWith('-') && a.includes('c')) cflag = true;
        if (a.includes('o')) i++; // -o pipefail, -euo pipefail
        continue;
      }
      return cflag ? { type: 'shell', scriptIndex: i + 1 } : other;
    }
    return cflag ? other : { type: 'shell-stdin' };
  }
  if (isQuery(args)) return other;
  switch (name) {
    case 'go': {
      const sub = firstOperand(args, new Set(['-C']));
      return sub && ['build', 'install', 'run', 'test'].includes(sub) ? compile('go', `go ${sub}`) : other;
    }
    case 'cargo': {
      const rest = args.filter((a) => !a.startsWith('+'));
      const sub = firstOperand(rest, new Set(['-Z', '--config', '-C', '--color']));
      if (!sub) return other;
      if (['build', 'b', 'install', 'rustc', 'run', 'r', 'test', 't', 'bench', 'zigbuild'].includes(sub)) return compile('rust', `cargo ${sub}`);
      const next = rest[rest.indexOf(sub) + 1];
      if ((sub === 'chef' && next === 'cook') || (sub === 'auditable' && next === 'build')) return compile('rust', `cargo ${sub} ${next}`);
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
      if (args[0] === 'pip') return pip(args.slice(1)) ?? other;
      if (args[0] === 'build' || has(args, '--no-binary')) return compile('python-native', `uv ${args[0] ?? ''}`.trim());
      return other;
    }
  }
  if (/^pip\d(?:\.\d+)?$/.test(name)) return pip(args) ?? other;
  if (/^python(?:\d(?:\.\d+)?)?$/.test(name)) return python(args) ?? other;
  if (NODE_MANAGERS.has(name)) return node(name, args, hints) ?? other;
  if (name in JS_BUILDERS) {
    const sub = JS_BUILDERS[name];
    if (sub === undefined) return name === 'tsc' && has(args, '--noEmit', '--noemit') ? other : compile('js', name);
    return firstOperand(args) === sub ? compile('js', `${name} ${sub}`) : other;
  }
  if (name === 'node' || name === 'bun' || name === 'deno' || name === 'tsx' || name === 'ts-node') {
    const file = firstOperand(args.filter((a) => a !== 'run'), new Set(['-r', '--require', '--import', '--loader', '-e', '--eval']));
    if (file && JS_BUILD_FILE.test(basename(file))) return compile('js', `${name} ${basename(file)}`);
  }
  if (C_COMPILER.test(name)) {
    return has(args, '-c', '-o') || args.some((a) => C_SOURCE.test(a) || a.startsWith('-o')) ? compile('c', name) : other;
  }
  return other;
}
