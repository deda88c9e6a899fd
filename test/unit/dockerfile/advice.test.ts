// The fix for an emulated compile is right by construction: a shipped stage (or a FROM ancestor of
// it) is never moved onto $BUILDPLATFORM, which would ship the build machine's binaries under every
// platform. test/e2e/advice-applied.test.ts applies these fixes and builds them on the rig.
import { describe, expect, it } from 'vitest';
import { fixEmulatedCompile } from '../../../src/dockerfile/advice.js';
import { parsePlatformList } from '../../../src/core/platform.js';
import { preflight } from '../../../src/dockerfile/preflight.js';

const ec = (line: number) => ({ code: 'emulated-compile', line });
const findings = async (df: string) =>
  (await preflight({ dockerfile: df, platforms: parsePlatformList('linux/amd64,linux/arm64'), offline: true, buildPlatform: { os: 'linux', architecture: 'amd64' } })).findings.map(
    (f) => `${f.code} ${f.line}`,
  );

describe('fixEmulatedCompile', () => {
  it('a Go builder stage that is not shipped: pinned, cross-compiling with GOOS/GOARCH', () => {
    const df = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM busybox\nCOPY --from=build /out/app /app\n';
    const fix = fixEmulatedCompile(df, ec(4));
    expect(fix?.kind).toBe('pin');
    expect(fix?.patched).toBe(
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\nFROM busybox\nCOPY --from=build /out/app /app\n',
    );
    expect(fix?.diff).toMatch(/^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ /);
  });

  it('a compile in the shipped stage: a new build stage cross-compiles, the shipped stage copies the output', async () => {
    const df = 'FROM gcc:13\nWORKDIR /src\nCOPY hello.c .\nRUN gcc -O2 -o /usr/local/bin/hello hello.c\nCMD ["/usr/local/bin/hello"]\n';
    const fix = fixEmulatedCompile(df, ec(4));
    expect(fix?.kind).toBe('new-stage');
    const patched = fix?.patched as string;
    // the shipped stage keeps its own FROM (no --platform) and copies the cross-compiled binary
    expect(patched).toContain('\nFROM gcc:13\nWORKDIR /src\nCOPY hello.c .\nCOPY --from=stage0-build /usr/local/bin/hello /usr/local/bin/hello\n');
    expect(patched.startsWith('FROM --platform=$BUILDPLATFORM gcc:13 AS stage0-build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY hello.c .\nRUN case "$TARGETARCH" in')).toBe(true);
    expect(patched).toContain('; "$CC" -O2 -o /usr/local/bin/hello hello.c\n');
    // and the preflight has nothing left to say
    expect(await findings(df)).toEqual(['emulated-compile 4']);
    expect(await findings(patched)).toEqual([]);
  });

  it('a compile in an ancestor of the shipped stage is never pinned either', () => {
    const df = 'FROM gcc:13 AS base\nCOPY hello.c /src/\nRUN gcc -o /usr/local/bin/hello /src/hello.c\nFROM base\nCMD ["/usr/local/bin/hello"]\n';
    const fix = fixEmulatedCompile(df, ec(3));
    expect(fix?.kind).toBe('new-stage');
    expect(fix?.patched).toContain('\nFROM gcc:13 AS base\nCOPY hello.c /src/\nCOPY --from=base-build /usr/local/bin/hello /usr/local/bin/hello\nFROM base\n');
  });

  it.each([
    ['a shipped single stage with no known output', 'FROM --platform=$TARGETPLATFORM golang AS b\nARG TARGETOS TARGETARCH\nRUN GOARCH=$TARGETARCH go build .\n', 3],
    ['make in the shipped stage derived from another', 'FROM gcc:13 AS base\nRUN apt-get update\nFROM base AS build\nRUN make\n', 4],
  ])('%s: described, never pinned', (_n, df, line) => {
    const fix = fixEmulatedCompile(df, ec(line));
    expect(fix?.kind).toBe('manual');
    expect(fix?.patched).toBeUndefined();
    expect(fix?.message).toMatch(/FROM --platform=\$BUILDPLATFORM that cross-compiles .* then COPY its output into this stage/);
  });

  it('Java bytecode: a builder stage only needs to move', () => {
    const fix = fixEmulatedCompile('FROM maven AS build\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin\nCOPY --from=build /target/app.jar /app.jar\n', ec(3));
    expect(fix?.kind).toBe('pin');
    expect(fix?.patched).toBe('FROM --platform=$BUILDPLATFORM maven AS build\nCOPY . .\nRUN mvn -B package\nFROM eclipse-temurin\nCOPY --from=build /target/app.jar /app.jar\n');
  });

  it('a JavaScript bundle: the builder stage only needs to move (its output runs on every CPU)', () => {
    const df = 'FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx\nCOPY --from=build /src/dist /usr/share/nginx/html\n';
    const fix = fixEmulatedCompile(df, ec(4));
    expect(fix?.kind).toBe('pin');
    expect(fix?.patched).toBe(df.replace('FROM node:22', 'FROM --platform=$BUILDPLATFORM node:22'));
  });

  it.each([
    ['node_modules', 'FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\nFROM node:22-slim\nCOPY --from=build /src/node_modules ./node_modules\nCOPY --from=build /src/dist ./dist\n'],
    ['the whole WORKDIR', 'FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\nFROM node:22-slim\nCOPY --from=build /src/ /app/\n'],
    ['the root', 'FROM node:22 AS build\nCOPY . .\nRUN yarn && yarn build\nFROM node:22-slim\nCOPY --from=0 / /app\n'],
  ])('a JavaScript stage whose node_modules reach the image (%s) is not pinned: they may hold native addons', (_n, df) => {
    const line = df.split('\n').findIndex((l) => l.startsWith('RUN')) + 1;
    const fix = fixEmulatedCompile(df, ec(line));
    expect(fix?.kind).toBe('manual');
    expect(fix?.patched).toBeUndefined();
    expect(fix?.message).toMatch(/node_modules/);
  });

  it('native addons installed into the image must stay emulated: said plainly, no patch', () => {
    const fix = fixEmulatedCompile('FROM node:22\nCOPY . .\nRUN npm ci && npm rebuild bcrypt --build-from-source\n', ec(3));
    expect(fix?.kind).toBe('stay-emulated');
    expect(fix?.patched).toBeUndefined();
    expect(fix?.message).toMatch(/must stay emulated/);
  });

  it('numeric --from references to later stages are renumbered when a stage is inserted', () => {
    const df = 'FROM gcc:13\nRUN gcc -o /hello /hello.c\nFROM busybox\nCOPY --from=0 /hello /hello\n';
    const fix = fixEmulatedCompile(df, ec(2), { target: '0' });
    expect(fix?.kind).toBe('new-stage');
    expect(fix?.patched).toContain('COPY --from=1 /hello /hello');
  });
});
