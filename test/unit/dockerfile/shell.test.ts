// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell variables, not template literals
import { describe, expect, it } from 'vitest';
import { analyseRun, type CompileKind, fixedArches, listCommands, splitCommands } from '../../../src/dockerfile/shell.js';

const ARM64 = { os: 'linux', architecture: 'arm64' };
const AMD64 = { os: 'linux', architecture: 'amd64' };
const ARMV7 = { os: 'linux', architecture: 'arm', variant: 'v7' };
type Target = { os: string; architecture: string; variant?: string };

const kinds = (script: string, target: Target = ARM64, vars?: Record<string, string>): CompileKind[] =>
  analyseRun(script, target, vars).compiles.map((c) => c.kind);

describe('analyseRun: what compiles', () => {
  const rows: [script: string, expected: CompileKind[], vars?: Record<string, string>][] = [
    // package names, text and version queries are not builds
    ['apt-get update && apt-get install -y make gcc', []],
    ['apk add g++', []],
    ['apk add --no-cache build-base gcc musl-dev make', []],
    ['yum install -y gcc make && dnf install -y cmake', []],
    ['brew install go', []],
    ['echo "we make our folders"', []],
    ['printf "%s\\n" "go build"', []],
    ['javac --version', []],
    ['gcc --version && go version && go env GOPATH && go mod download', []],
    ['npm install -g yarn', []],
    ['npm ci && npm run test && npm run lint', []],
    ['npx tsc --noEmit -p .', []],
    ['node server.js', []],
    ['node --version && npx vite --help', []],
    ['npx vite', []],
    ['yarn install --frozen-lockfile && yarn start', []],
    ['pip install requests', []],
    ['pip install -r ./requirements.txt --find-links /wheels', []],
    ['python -m pip install --no-cache-dir -r requirements.txt', []],
    ['cmake -S . -B build', []],
    ['mvn dependency:go-offline', []],
    ['# make all\ntrue', []],
    // builds
    ['go run ./cmd/gen', ['go']],
    ['CGO_ENABLED=0 go build -o /app .', ['go']],
    ['env CGO_ENABLED=0 GOOS=linux go build -v -o /app .', ['go']],
    ['xx-go build -o /out/app ./cmd/app', ['go']],
    ['/usr/local/go/bin/go install ./...', ['go']],
    ['cargo build --release', ['rust']],
    ['cargo +nightly build --locked', ['rust']],
    ['xx-cargo build --release --target-dir ./build', ['rust']],
    ['cargo chef cook --release --recipe-path recipe.json', ['rust']],
    ['make -j$(nproc)', ['make']],
    ['./configure && make && make install', ['make', 'make']],
    ['cmake -S . -B build && cmake --build build -j', ['make']],
    ['meson setup build && meson compile -C build && ninja -C build', ['make', 'make']],
    ['gcc -O2 -o hello hello.c', ['c']],
    ['xx-clang -o /out/x main.c', ['c']],
    ['aarch64-linux-gnu-gcc -c foo.c', ['c']],
    ['mvn -B package', ['java']],
    ['./mvnw -B -DskipTests clean install', ['java']],
    ['./gradlew build --no-daemon', ['java']],
    ['gradle :app:bootJar', ['java']],
    ['javac -d out src/Main.java', ['java']],
    ['dotnet restore && dotnet publish -c Release -o /app', ['dotnet']],
    ['pip install --no-binary :all: lxml', ['python-native']],
    ['pip install --no-binary=:all: psycopg2', ['python-native']],
    ['pip install .', ['python-native']],
    ['pip wheel --wheel-dir /wheels .', ['python-native']],
    ['python setup.py build_ext --inplace', ['python-native']],
    ['python3 -m build --wheel', ['python-native']],
    ['npm ci && npm rebuild bcrypt --build-from-source', ['node-native']],
    ['npm install sharp@0.33', ['node-native']],
    ['yarn add bcrypt', ['node-native']],
    ['npm_config_build_from_source=true npm ci', ['node-native']],
    ['npm i -g node-gyp && npm ci', ['node-native']],
    ['npx -y node-gyp rebuild', ['node-native']],
    // JavaScript/TypeScript builds: architecture-independent output, still slow under emulation
    ['npm ci && npm run build', ['js']],
    ['npm run-script build:prod', ['js']],
    ['yarn build', ['js']],
    ['pnpm run compile', ['js']],
    ['bun run bundle', ['js']],
    ['npx tsc -p . && npx esbuild src/index.ts --bundle', ['js', 'js']],
    ['node build.mjs', ['js']],
    ['node --require ./env.js scripts/esbuild.config.mjs', ['js']],
    ['npx vite build && npx next build', ['js', 'js']],
    ['./node_modules/.bin/webpack --mode production', ['js']],
    // wrappers and nested shells
    ["sh -c 'go build ./...'", ['go']],
    ["bash -euo pipefail -c 'cd /src && make'", ['make']],
    ['sudo -u builder make install', ['make']],
    ['time nice -n 10 cargo build', ['rust']],
    ['eval "go build ./cmd/x"', ['go']],
    ['bash <<EOF\ngo build ./...\nEOF', ['go']],
    ['build() { go build "$@"; }\nbuild ./cmd/a', ['go']],
    // a RUN heredoc body
    ['set -eux\ncd /src\n./configure --prefix=/usr\nmake\n', ['make']],
    // comment lines inside continuations (Dockerfile drops them)
    ['apt-get install -y \\\n  # tools\n  gcc \\\n  make', []],
  ];
  it.each(rows)('%j → %j', (script, expected, vars) => {
    expect(kinds(script, ARM64, vars)).toEqual(expected);
  });

  it('names the command and the 0-based line it starts on', () => {
    const r = analyseRun('set -eux; \\\n  apt-get update; \\\n  CGO_ENABLED=0 go build \\\n    -o /app .\nmake', ARM64);
    expect(r.compiles).toEqual([
      { kind: 'go', command: 'go build', line: 2 },
      { kind: 'make', command: 'make', line: 4 },
    ]);
  });

  it('offsets lines of a nested sh -c script', () => {
    expect(analyseRun("true\nsh -c 'echo hi\n  make'", ARM64).compiles).toEqual([{ kind: 'make', command: 'make', line: 2 }]);
  });
});

describe('analyseRun: architecture dispatch', () => {
  const uname = 'case "$(uname -m)" in x86_64) curl -fsSL https://x/y-amd64.tgz ;; aarch64) curl -fsSL https://x/y-arm64.tgz ;; esac';
  const rows: [name: string, script: string, target: Target, vars: Record<string, string> | undefined, compiles: CompileKind[], arches: string[][]][] = [
    ['uname -m case, arm64', uname, ARM64, undefined, [], [['arm64']]],
    ['uname -m case, amd64', uname, AMD64, undefined, [], [['amd64']]],
    ['uname -m case, arm/v7: no branch', uname, ARMV7, undefined, [], []],
    ['TARGETARCH case, amd64', 'case "$TARGETARCH" in amd64) ;; *) make ;; esac', AMD64, { TARGETARCH: 'amd64' }, [], []],
    ['TARGETARCH case, arm64', 'case "$TARGETARCH" in amd64) ;; *) make ;; esac', ARM64, { TARGETARCH: 'arm64' }, ['make'], []],
    ['TARGETARCH not given: every branch', 'case "$TARGETARCH" in amd64) go build ;; *) make ;; esac', ARM64, undefined, ['go', 'make'], []],
    [
      'dpkg case with patterns',
      'case "$(dpkg --print-architecture)" in amd64|i386) make ;; armhf|armel) cargo build ;; *) go build ;; esac',
      ARMV7,
      undefined,
      ['rust'],
      [],
    ],
    ['apk --print-arch glob', 'case $(apk --print-arch) in arm*) make ;; esac', ARMV7, undefined, ['make'], []],
    [
      'if [ uname = x86_64 ] else',
      'if [ "$(uname -m)" = x86_64 ]; then curl -LO https://a/t-x86_64.tgz; else curl -LO https://a/t-aarch64.tgz; fi',
      ARM64,
      undefined,
      [],
      [['aarch64']],
    ],
    [
      '[[ ]] with elif',
      'if [[ $TARGETARCH == amd64 ]]; then make; elif [[ $TARGETARCH == arm* ]]; then go build; fi',
      ARM64,
      { TARGETARCH: 'arm64' },
      ['go'],
      [],
    ],
    ['[ ] && on TARGETARCH, not taken', '[ "$TARGETARCH" = "amd64" ] && make', ARM64, { TARGETARCH: 'arm64' }, [], []],
    ['[ ] && on TARGETARCH, taken', '[ "$TARGETARCH" = "amd64" ] && make', AMD64, { TARGETARCH: 'amd64' }, ['make'], []],
    ['[ ] || on TARGETARCH', '[ "$TARGETARCH" != "amd64" ] || make', AMD64, { TARGETARCH: 'amd64' }, ['make'], []],
    ['unknown variable: both branches', 'if [ "$FLAVOUR" = full ]; then make; else go build; fi', ARM64, undefined, ['make', 'go'], []],
    ['variable from vars decides', 'if [ "$FLAVOUR" = full ]; then make; else go build; fi', ARM64, { FLAVOUR: 'full' }, ['make'], []],
  ];
  it.each(rows)('%s', (_name, script, target, vars, compiles, arches) => {
    const r = analyseRun(script, target, vars);
    expect(r.compiles.map((c) => c.kind)).toEqual(compiles);
    expect(r.downloads.map((d) => d.arches)).toEqual(arches);
  });
});

describe('analyseRun: downloads', () => {
  const rows: [script: string, vars: Record<string, string> | undefined, urls: [string, string[]][]][] = [
    ['dpkgArch="$(dpkg --print-architecture)"; wget "https://g/gosu-$dpkgArch"', undefined, [['https://g/gosu-${dpkgArch}', []]]],
    ['ARCH=$(uname -m) && curl -fsSLO https://e/tool-${ARCH}.tar.gz', undefined, [['https://e/tool-${ARCH}.tar.gz', []]]],
    [
      'case "$TARGETARCH" in amd64) ARCH=x86_64;; arm64) ARCH=aarch64;; esac; curl -fsSLO "https://e/t-${ARCH}.tgz"',
      { TARGETARCH: 'arm64' },
      [['https://e/t-${ARCH}.tgz', []]],
    ],
    ['curl -fsSLO "https://e/t-${TARGETARCH}.tgz"', { TARGETARCH: 'arm64' }, [['https://e/t-${TARGETARCH}.tgz', []]]],
    ['curl -L https://e/tool_linux_amd64.tar.gz | tar xz', undefined, [['https://e/tool_linux_amd64.tar.gz', ['amd64']]]],
    ['V=1.2; curl -L "https://e/v${V}/tool-${V}-x86_64-linux.tgz" -o /t.tgz', undefined, [['https://e/v1.2/tool-1.2-x86_64-linux.tgz', ['x86_64']]]],
    ['curl -L https://e/${PLAT}/tool.tgz', { PLAT: 'linux-aarch64' }, [['https://e/linux-aarch64/tool.tgz', ['aarch64']]]],
    ['wget -q https://e/x64dbg/sample-win-x64.zip', undefined, [['https://e/x64dbg/sample-win-x64.zip', ['x64']]]],
    ['wget -q https://e/examd64/armhfx/tool.tgz', undefined, [['https://e/examd64/armhfx/tool.tgz', []]]],
    ['echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list', undefined, []],
    ['dnf install -y https://e/pkg-1.0.x86_64.rpm', undefined, [['https://e/pkg-1.0.x86_64.rpm', ['x86_64']]]],
  ];
  it.each(rows)('%j', (script, vars, urls) => {
    expect(analyseRun(script, ARM64, vars).downloads.map((d) => [d.url, d.arches])).toEqual(urls);
  });

  it('fixedArches matches whole tokens only', () => {
    expect(fixedArches('https://e/t_linux_amd64.tgz')).toEqual(['amd64']);
    expect(fixedArches('https://e/t-linux-x86-64-armv7.tgz')).toEqual(['x86-64', 'armv7']);
    expect(fixedArches('https://e/armv7l/t')).toEqual(['armv7l']);
    expect(fixedArches('https://e/xamd64y/t')).toEqual([]);
  });
});

describe('analyseRun: platform variables', () => {
  const rows: [script: string, vars: string[]][] = [
    ['echo $TARGETARCH', ['TARGETARCH']],
    ["echo '$TARGETARCH'", []],
    ['echo "${TARGETOS}/${TARGETARCH}" ${BUILDPLATFORM:-x}', ['TARGETOS', 'TARGETARCH', 'BUILDPLATFORM']],
    ['cat > /etc/x <<EOF\narch=$TARGETARCH\nEOF', ['TARGETARCH']],
    ["cat > /etc/x <<'EOF'\narch=$TARGETARCH\nEOF", []],
    ["sh -c 'echo $TARGETVARIANT'", ['TARGETVARIANT']],
    ['echo $ARCH $TARGETARCHIVE', []],
  ];
  it.each(rows)('%j → %j', (script, vars) => {
    expect(analyseRun(script, ARM64).platformVars).toEqual(vars);
  });
});

describe('analyseRun: odd input never throws', () => {
  it.each([
    ['if then fi ( "make', ['make']],
    ['case x in', []],
    ['', []],
    ['echo "unterminated && go build', []],
    ['}}}; make; {{', ['make']],
  ] as [string, CompileKind[]][])('%j', (script, expected) => {
    expect(kinds(script)).toEqual(expected);
  });
});

describe('splitCommands / listCommands', () => {
  it('splits on separators, keeps quotes together and lines of continued commands', () => {
    expect(splitCommands('a "b c" && d \\\n e; f | g\nh')).toEqual([
      { argv: ['a', 'b c'], line: 0 },
      { argv: ['d', 'e'], line: 0 },
      { argv: ['f'], line: 1 },
      { argv: ['g'], line: 1 },
      { argv: ['h'], line: 2 },
    ]);
  });
  it('lists simple commands from the parse tree', () => {
    expect(listCommands("apt-get install -y \\\n  gcc && echo 'x y'\nmake")).toEqual([
      { argv: ['apt-get', 'install', '-y', 'gcc'], line: 0 },
      { argv: ['echo', 'x y'], line: 1 },
      { argv: ['make'], line: 2 },
    ]);
  });
});
