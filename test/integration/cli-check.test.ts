// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not template literals
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, RIG, requireRig, tempDir } from './registry/helpers.js';

function dockerfile(text: string): string {
  const dir = tempDir('genci-check-');
  const file = join(dir, 'Dockerfile');
  writeFileSync(file, text);
  return file;
}

beforeAll(async () => {
  await requireRig();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
});

describe('gen-ci check against the rig', () => {
  const lacksRiscv = dockerfile(`FROM ${RIG.baseNoRiscv}\nCMD ["sh"]\n`);

  it('fails when the base image lacks a target platform, naming the image, the platform and what it has', async () => {
    const run = await cli(['check', '--file', lacksRiscv, '--platforms', 'linux/amd64,linux/riscv64']);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`error: line 1: ${RIG.baseNoRiscv} has no linux/riscv64; it has linux/amd64, linux/arm64`);
    expect(run.out).toContain('preflight failed');
  });

  it('passes for amd64 + arm64', async () => {
    const run = await cli(['check', '--file', lacksRiscv, '--platforms', 'linux/amd64,linux/arm64', '--json']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.out);
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.images).toEqual([
      { image: RIG.baseNoRiscv, line: 1, needed: ['linux/amd64', 'linux/arm64'], available: ['linux/amd64', 'linux/arm64'], missing: [] },
    ]);
  });

  it('resolves a multi-stage Dockerfile with a FROM --platform=$BUILDPLATFORM builder and ARG substitution', async () => {
    const file = dockerfile(
      [
        `ARG BUILDER=${RIG.baseNoRiscv}`,
        'ARG RUNTIME',
        'FROM --platform=$BUILDPLATFORM ${BUILDER} AS build',
        'ARG TARGETARCH',
        'RUN echo building for $TARGETARCH > /out',
        'FROM ${RUNTIME:-scratch}',
        'COPY --from=build /out /out',
      ].join('\n'),
    );
    // the builder only runs on the build platform, so its lack of riscv64 does not matter
    const run = await cli([
      'check',
      '-f',
      file,
      '--platforms',
      'linux/amd64,linux/riscv64',
      '--build-arg',
      `RUNTIME=${RIG.base}`,
      '--build-platform',
      'linux/amd64',
      '--json',
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const r = JSON.parse(run.out);
    expect(r.images.map((i: { image: string; needed: string[] }) => [i.image, i.needed])).toEqual([
      [RIG.baseNoRiscv, ['linux/amd64']],
      [RIG.base, ['linux/amd64', 'linux/riscv64']],
    ]);
    // without the builder pinned, the same base would be needed for riscv64 and fail
    const unpinned = dockerfile(`FROM ${RIG.baseNoRiscv} AS build\nRUN make\nFROM ${RIG.base}\nCOPY --from=build /x /x\n`);
    const bad = await cli(['check', '-f', unpinned, '--platforms', 'linux/amd64,linux/riscv64', '--build-platform', 'linux/amd64']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`${RIG.baseNoRiscv} has no linux/riscv64`);
    expect(bad.out).toContain('warning: line 2: stage "build" runs "make" under emulation for linux/riscv64');
  });

  it('a missing image is an error that names it', async () => {
    const file = dockerfile(`FROM ${RIG.open}/does/not-exist:1\n`);
    const run = await cli(['check', '-f', file, '--platforms', 'linux/amd64']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`cannot look up ${RIG.open}/does/not-exist:1: ${RIG.open}/does/not-exist:1 not found`);
  });

  it('bad usage exits 2', async () => {
    expect((await cli(['check', '-f', lacksRiscv])).code).toBe(2);
    expect((await cli(['check', '-f', lacksRiscv, '--platforms', 'linux/sparc'])).code).toBe(2);
    // a missing Dockerfile is an input error like any other: exit 2, one line naming it
    const missing = join(tempDir(), 'nope');
    expect(await cli(['check', '-f', missing, '--platforms', 'amd64'])).toEqual({ code: 2, out: '', err: `gen-ci: Dockerfile not found: ${missing}` });
  });
});
