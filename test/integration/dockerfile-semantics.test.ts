// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not template literals
// The preflight's BuildKit rules, each checked against the rig's real buildx/BuildKit: the build shows
// what BuildKit does, and the preflight (with the real registry client) must agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlatformList } from '../../src/core/platform.js';
import { preflight } from '../../src/dockerfile/preflight.js';
import { RegistryClient } from '../../src/registry/client.js';

const REG = '127.0.0.1:5000';
const BASE = `${REG}/base/busybox:latest`;
let client: RegistryClient;

function build(dockerfile: string, platforms: string): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bk-sem-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  const r = spawnSync('docker', ['buildx', 'build', '--builder', 'default', '--progress', 'plain', '--no-cache', '--provenance=false', '--platform', platforms, dir], {
    encoding: 'utf8',
    env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
const check = (dockerfile: string, platforms: string) =>
  preflight({ dockerfile, platforms: parsePlatformList(platforms), client, buildPlatform: { os: 'linux', architecture: 'amd64' } });

beforeAll(() => {
  const up = spawnSync('curl', ['-fsS', `http://${REG}/v2/`]);
  if (up.status !== 0) throw new Error('the rig is not up: run bash scripts/rig.sh up (npm test does)');
  client = new RegistryClient({});
});
afterAll(() => client.close());

describe('BuildKit semantics, on the rig', () => {
  it('an ARG declared in a parent stage is in scope in the stage built FROM it', async () => {
    const df = `FROM ${BASE} AS a\nARG TARGETARCH\nFROM a\nRUN echo "arch=$TARGETARCH"\n`;
    const b = build(df, 'linux/arm64');
    expect(b.code, b.out).toBe(0);
    expect(b.out).toMatch(/^#\d+ [\d.]+ arch=arm64$/m);
    expect((await check(df, 'linux/arm64')).findings.map((f) => f.code)).toEqual([]);
  });

  it('without any ARG the RUN sees it empty, and the preflight says so', async () => {
    const df = `FROM ${BASE}\nRUN echo "arch=$TARGETARCH."\n`;
    const b = build(df, 'linux/arm64');
    expect(b.out).toMatch(/^#\d+ [\d.]+ arch=\.$/m);
    expect((await check(df, 'linux/arm64')).findings.map((f) => `${f.code} ${f.line}`)).toEqual(['undeclared-platform-arg 2']);
  });

  it('COPY expands $TARGETARCH itself: empty without ARG', async () => {
    const df = `FROM ${BASE}\nCOPY Dockerfile /df-$TARGETARCH\nRUN ls / | grep '^df-'\n`;
    const b = build(df, 'linux/amd64');
    expect(b.out).toMatch(/^#\d+ [\d.]+ df-$/m);
    expect((await check(df, 'linux/amd64')).findings.map((f) => `${f.code} ${f.line}`)).toEqual(['undeclared-platform-arg 2']);
  });

  it('a quoted FROM value builds, and the preflight resolves it', async () => {
    const df = `ARG TAG=latest\nFROM ${REG}/base/busybox:"\${TAG}"\nRUN true\n`;
    expect(build(df, 'linux/amd64').code).toBe(0);
    const r = await check(df, 'linux/amd64,linux/arm64');
    expect(r.findings).toEqual([]);
    expect(r.images.map((i) => i.image)).toEqual([BASE]);
  });

  it('a single-platform base builds for another platform (BuildKit does not refuse it): a warning, not an error', async () => {
    const single = `${REG}/base/single-amd64:1`;
    const push = spawnSync('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', '--override-arch', 'amd64', `docker://${BASE}`, `docker://${single}`], {
      encoding: 'utf8',
    });
    expect(push.status, push.stderr).toBe(0);
    const df = `FROM ${single}\nRUN ["/bin/uname", "-m"]\n`;
    const b = build(df, 'linux/arm64');
    expect(b.code, b.out).toBe(0);
    // the "arm64" image's RUN ran the amd64 binaries of the base
    expect(b.out).toMatch(/^#\d+ [\d.]+ x86_64$/m);
    const r = await check(df, 'linux/arm64');
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => `${f.level} ${f.code}`)).toEqual(['warning single-platform-base']);
  });
});
