// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not template literals
import { describe, expect, it } from 'vitest';
import { formatPlatform, parsePlatformList } from '../../../src/core/platform.js';
import { type PreflightOptions, preflight } from '../../../src/dockerfile/preflight.js';
import type { ImageInfo } from '../../../src/registry/inspect.js';

// a registry of image → platforms, standing in for lookups (the real path is covered by the integration test)
const IMAGES: Record<string, string> = {
  'docker.io/library/golang:1.22': 'linux/amd64,linux/arm64,linux/arm/v7,linux/386',
  'docker.io/library/alpine:3.20': 'linux/amd64,linux/arm64,linux/arm/v6,linux/arm/v7,linux/riscv64',
  'docker.io/library/debian:12': 'linux/amd64,linux/arm64,linux/arm/v7',
  'docker.io/library/amd64only:1': 'linux/amd64',
  'docker.io/library/armv6:1': 'linux/arm/v6',
  'docker.io/arm64v8/alpine:latest': 'linux/arm64',
  'docker.io/amd64/alpine:latest': 'linux/amd64',
  // a single image manifest (no index), its platform from its config
  'docker.io/library/single:1': 'single linux/amd64',
};
const looked: string[] = [];
async function lookup(ref: string): Promise<ImageInfo> {
  looked.push(ref);
  const p = IMAGES[ref];
  if (!p) throw new Error(`${ref} not found`);
  const single = p.startsWith('single ');
  const platforms = parsePlatformList(p.replace(/^single /, '')).map((x) => ({ platform: formatPlatform(x), ...x, digest: 'sha256:0', mediaType: 'm', size: 1 }));
  return { reference: ref, mediaType: 'i', digest: 'sha256:1', index: !single, platforms, attestations: [] };
}

function run(dockerfile: string, platforms: string, extra: Partial<PreflightOptions> = {}) {
  return preflight({ dockerfile, platforms: parsePlatformList(platforms), lookup, buildPlatform: { os: 'linux', architecture: 'amd64' }, ...extra });
}
const codes = async (p: ReturnType<typeof run>) => (await p).findings.map((f) => `${f.level} ${f.code} ${f.line}`);

describe('preflight: base image platforms', () => {
  it('names the image, the missing platform and what it has', async () => {
    const r = await run('FROM debian:12\n', 'linux/amd64,linux/riscv64');
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.message).toBe('line 1: docker.io/library/debian:12 has no linux/riscv64; it has linux/amd64, linux/arm64, linux/arm/v7');
    expect(r.images[0]?.missing).toEqual(['linux/riscv64']);
  });

  it('compares variants: arm/v7 is not arm/v6; a lower arm variant is a warning', async () => {
    const r = await run('FROM armv6:1\n', 'linux/arm/v7');
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['platform-fallback']);
    const r2 = await run('FROM debian:12\n', 'linux/arm/v6');
    expect(r2.ok).toBe(false);
  });

  it('a stage pinned to $BUILDPLATFORM needs only the build platform; stage references inherit it', async () => {
    const r = await run(
      'FROM --platform=$BUILDPLATFORM amd64only:1 AS tools\nFROM tools AS build\nRUN go build ./...\nFROM alpine:3.20\nCOPY --from=build /x /x\n',
      'linux/arm64,linux/riscv64',
    );
    expect(r.ok).toBe(true);
    expect(r.images.map((i) => [i.image, i.needed])).toEqual([
      ['docker.io/library/amd64only:1', ['linux/amd64']],
      ['docker.io/library/alpine:3.20', ['linux/arm64', 'linux/riscv64']],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('substitutes ARGs (defaults, --build-arg, automatic platform args) per platform', async () => {
    const r = await run('ARG REG=docker.io\nARG PREFIX=${TARGETARCH}\nFROM ${REG}/${PREFIX}/alpine\n', 'linux/amd64,linux/arm64');
    expect(r.images.map((i) => [i.image, i.needed])).toEqual([
      ['docker.io/amd64/alpine:latest', ['linux/amd64']],
      ['docker.io/arm64/alpine:latest', ['linux/arm64']],
    ]);
    const r2 = await run('ARG VARIANT=amd64\nFROM ${VARIANT}/alpine\n', 'linux/amd64', { buildArgs: { VARIANT: 'arm64v8' } });
    expect(r2.images.map((i) => i.image)).toEqual(['docker.io/arm64v8/alpine:latest']);
    expect(r2.ok).toBe(false);
    const r3 = await run('ARG BASE\nFROM ${BASE:-debian:12}\n', 'linux/arm64');
    expect(r3.images.map((i) => i.image)).toEqual(['docker.io/library/debian:12']);
  });

  it('only stages the target needs are checked; --target picks one; COPY --from an image counts', async () => {
    const df = 'FROM amd64only:1 AS unused\nFROM debian:12 AS base\nCOPY --from=golang:1.22 /usr/local/go /go\nFROM base\n';
    const r = await run(df, 'linux/arm64');
    expect(r.images.map((i) => i.image).sort()).toEqual(['docker.io/library/debian:12', 'docker.io/library/golang:1.22']);
    const r2 = await run(df, 'linux/arm64', { target: 'unused' });
    expect(r2.ok).toBe(false);
    await expect(run(df, 'linux/arm64', { target: 'nope' })).rejects.toThrow('Dockerfile has no stage named "nope"');
  });

  it('scratch is no image; a lookup failure is an error naming the image', async () => {
    expect((await run('FROM scratch\nCOPY x /\n', 'linux/amd64')).images).toEqual([]);
    const r = await run('FROM nothere:1\n', 'linux/amd64');
    expect(r.findings[0]?.message).toBe('line 1: cannot look up docker.io/library/nothere:1: docker.io/library/nothere:1 not found');
  });
});

describe('preflight: warnings', () => {
  it('compiling under emulation, once per stage', async () => {
    const df = 'FROM golang:1.22 AS build\nRUN go build -o /app .\nRUN go test ./...\nFROM alpine:3.20\n';
    const r = await run(`${df}COPY --from=build /app /app\n`, 'linux/amd64,linux/arm64');
    expect(r.findings.map((f) => f.message)).toEqual([
      'line 2: stage "build" runs "go build" under emulation for linux/arm64 (slow, often 5-20x); build it on the build platform (FROM --platform=$BUILDPLATFORM) with GOOS=$TARGETOS GOARCH=$TARGETARCH',
    ]);
    // native only: no emulation, no warning
    expect(await codes(run(`${df}COPY --from=build /app /app\n`, 'linux/amd64'))).toEqual([]);
  });

  it('$TARGETARCH in a shell-form RUN without ARG in that stage', async () => {
    const r = await run(
      'ARG TARGETARCH\nFROM alpine:3.20 AS a\nRUN echo $TARGETARCH\nARG TARGETOS\nRUN echo ${TARGETOS} ${TARGETARCH}\nRUN ["sh", "-c", "echo $TARGETVARIANT"]\nFROM a\nRUN echo $TARGETOS\nFROM alpine:3.20 AS e\nENV TARGETARCH=x\nFROM e\nRUN echo $TARGETARCH\nFROM alpine:3.20\nCOPY --from=1 / /\nCOPY --from=3 / /\n',
      'linux/amd64',
    );
    expect(r.findings.map((f) => f.message)).toEqual([
      'line 3: RUN uses $TARGETARCH but stage "a" has no "ARG TARGETARCH", so the shell sees it empty; add ARG TARGETARCH after the FROM',
      'line 5: RUN uses $TARGETARCH but stage "a" has no "ARG TARGETARCH", so the shell sees it empty; add ARG TARGETARCH after the FROM',
      // line 8 (FROM a; RUN echo $TARGETOS): BuildKit carries stage a's ARG TARGETOS into the stage
      // based on it (test/integration/dockerfile-semantics.test.ts builds it), so there is no finding
    ]);
  });

  it('COPY, ADD, ENV and WORKDIR expand platform args themselves: without ARG they expand empty', async () => {
    const df = 'FROM alpine:3.20\nCOPY bin/app-$TARGETARCH /app\nARG TARGETOS\nENV OS=${TARGETOS}\nWORKDIR /w/$TARGETVARIANT\n';
    expect(await codes(run(df, 'linux/arm64'))).toEqual(['warning undeclared-platform-arg 2', 'warning undeclared-platform-arg 5']);
  });

  it('a quoted FROM value is read as BuildKit reads it', async () => {
    const r = await run('ARG TAG=3.20\nFROM alpine:"${TAG}" AS a\nFROM \'alpine\':"3.20"\nCOPY --from=a / /\n', 'linux/amd64');
    expect(r.images.map((i) => i.image)).toEqual(['docker.io/library/alpine:3.20']);
    expect(r.findings).toEqual([]);
  });

  it('hard-coded amd64 in download URLs when other platforms are built', async () => {
    const df =
      'FROM alpine:3.20\nRUN wget -O- https://get.example.com/tool_Linux_x86_64.tar.gz | tar xz\nARG TARGETARCH\nRUN curl -fsSL https://dl.example.com/v1/tool-${TARGETARCH}.tgz\nADD https://nodejs.org/dist/v20.0.0/node-v20.0.0-linux-x64.tar.xz /opt/\n';
    expect(await codes(run(df, 'linux/amd64,linux/arm64'))).toEqual(['warning hardcoded-arch 2', 'warning hardcoded-arch 5']);
    expect(await codes(run(df, 'linux/amd64'))).toEqual([]);
    // a stage on the build platform may download build-platform tools
    expect(await codes(run('FROM --platform=$BUILDPLATFORM alpine:3.20\nRUN curl -O https://e.com/x-amd64\n', 'linux/arm64'))).toEqual([]);
  });
});

describe('preflight: what BuildKit does not refuse', () => {
  it('a single-platform base used for another platform is a warning (BuildKit builds it, with the base\'s binaries)', async () => {
    const r = await run('FROM single:1\n', 'linux/amd64,linux/arm64');
    expect(r.ok).toBe(true);
    expect(await codes(Promise.resolve(r))).toEqual(['warning single-platform-base 1']);
    expect(r.findings[0]?.message).toMatch(/single-platform image for linux\/amd64; BuildKit uses it for linux\/arm64 too/);
  });

  it('linux/arm64/v9 is served by an arm64 image (containerd matching), with no finding', async () => {
    const r = await run('FROM alpine:3.20\n', 'linux/arm64/v9');
    expect(r.findings).toEqual([]);
    expect(r.images[0]?.missing).toEqual([]);
  });
});

describe('preflight: BuildKit directives', () => {
  it('# check=skip= silences the named codes (kebab or CamelCase, or all)', async () => {
    const body = 'FROM alpine:3.20\nRUN echo $TARGETARCH\n';
    expect(await codes(run(`# check=skip=undeclared-platform-arg\n${body}`, 'linux/arm64'))).toEqual([]);
    expect(await codes(run(`# check=skip=JSONArgsRecommended,UndeclaredPlatformArg;error=true\n${body}`, 'linux/arm64'))).toEqual([]);
    expect(await codes(run(`# check=skip=all\n${body}`, 'linux/arm64'))).toEqual([]);
    // a directive after a blank line is a plain comment (BuildKit stops reading directives there)
    expect(await codes(run(`\n# check=skip=all\n${body}`, 'linux/arm64'))).toEqual(['warning undeclared-platform-arg 4']);
  });
});

describe('preflight: by what the shell runs, per target platform', () => {
  it.each([
    ['package names are not compiles', 'FROM debian:12\nRUN apt-get update && apt-get install -y make gcc\n', []],
    ['echo text is not a compile', 'FROM debian:12\nRUN echo "we make our folders"\n', []],
    ['a version probe is not a compile', 'FROM debian:12\nRUN javac --version || true\n', []],
    ['installing yarn is not a compile', 'FROM debian:12\nRUN npm install -g yarn\n', []],
    ['go run compiles', 'FROM golang:1.22\nRUN go run ./cmd/gen\n', ['warning emulated-compile 2']],
    ['the compile line, not the install line before it', 'FROM debian:12\nRUN apt-get install -y gcc\nCOPY . .\nRUN gcc -o /app main.c\n', ['warning emulated-compile 4']],
    [
      'a make only in the fallback branch for other architectures',
      'FROM debian:12\nARG TARGETARCH\nRUN case "$TARGETARCH" in amd64|arm64) curl -fsSLO "https://e.com/t-$TARGETARCH.tgz" ;; *) make ;; esac\n',
      [],
    ],
    [
      'a case with a branch for every built platform is no hard-coded download',
      'FROM debian:12\nRUN case "$(uname -m)" in x86_64) curl -fsSLO https://e.com/t-amd64.tgz ;; aarch64) curl -fsSLO https://e.com/t-arm64.tgz ;; esac\n',
      [],
    ],
    ['a download fixed to amd64', 'FROM debian:12\nRUN curl -fsSL https://e.com/tool_linux_amd64.tar.gz | tar xz\n', ['warning hardcoded-arch 2']],
    ['ARG ARCH=amd64 driving a URL', 'FROM debian:12\nARG ARCH=amd64\nRUN curl -fsSLO https://e.com/tool-${ARCH}.tgz\n', ['warning hardcoded-arch 2']],
    ['ARG ARCH=x86_64 driving a FROM name', 'ARG ARCH=x86_64\nFROM debian:12 AS x\nFROM alpine:3.20\nCOPY --from=x / /\nFROM alpine:3.20\n', []],
  ] as [string, string, string[]][])('%s', async (_name, df, want) => {
    expect(await codes(run(df, 'linux/amd64,linux/arm64'))).toEqual(want);
  });

  it('ARG ARCH=amd64 in a FROM name', async () => {
    expect(await codes(run('ARG ARCH=amd64\nFROM ${ARCH}/alpine:latest\n', 'linux/amd64,linux/arm64'))).toEqual([
      'error missing-platform 2',
      'warning hardcoded-arch 1',
    ]);
  });

  it('a Windows target is never "emulated" (its RUN steps cannot run on a Linux builder at all)', async () => {
    expect(await codes(run('FROM debian:12\nRUN go build ./...\n', 'windows/amd64', { lookup: async (ref) => ({ reference: ref, mediaType: 'i', digest: 'sha256:1', index: true, platforms: [{ platform: 'windows/amd64', os: 'windows', architecture: 'amd64', digest: 'sha256:0', mediaType: 'm', size: 1 }], attestations: [] }) }))).toEqual([]);
  });
});
