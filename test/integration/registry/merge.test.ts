import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, RIG, requireRig, skopeoRaw, tempDir, uniqueRepo } from './helpers.js';

const repo = uniqueRepo();
const img = (tag: string) => `${RIG.open}/${repo}:${tag}`;

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

beforeAll(async () => {
  await requireRig();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
  const ctx = tempDir('genci-merge-ctx-');
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${RIG.base}\nARG TARGETARCH\nRUN echo "built for $TARGETARCH" > /hello\n`);
  // two single-platform images, each pushed by buildx with provenance on: an index of the image
  // plus an unknown/unknown attestation manifest — what `docker manifest create` refuses
  for (const arch of ['amd64', 'arm64'])
    docker(['buildx', 'build', '--builder', 'default', '--platform', `linux/${arch}`, '--provenance=true', '-t', img(arch), '--push', '-q', ctx]);
}, 300_000);

describe('gen-ci merge against the rig', () => {
  it('the buildx pushes are indexes with attestation entries', () => {
    const idx = JSON.parse(skopeoRaw(img('amd64')));
    expect(idx.manifests.map((m: { platform: { os: string } }) => m.platform.os)).toEqual(['linux', 'unknown']);
  });

  it('merges two provenance-carrying single-arch images into one clean 2-platform index that runs', async () => {
    const run = await cli(['merge', img('multi'), img('amd64'), img('arm64'), '--json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const idx = JSON.parse(skopeoRaw(img('multi')));
    expect(idx.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(idx.manifests.map((m: { platform: { architecture: string; os: string } }) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    for (const arch of ['amd64', 'arm64']) {
      const out = docker(['run', '--rm', '--pull', 'always', '--platform', `linux/${arch}`, img('multi'), 'cat', '/hello']);
      expect(out).toBe(`built for ${arch}`);
    }
  });

  it('copies across registries and keeps attestations when asked', async () => {
    const target = `${RIG.mirror}/${uniqueRepo()}:multi`;
    const run = await cli(['merge', target, img('amd64'), img('arm64'), '--keep-attestations', '--json']);
    expect(run.err).toBe('');
    const r = JSON.parse(run.out);
    expect(r.attestations).toBe(2);
    expect(r.blobsUploaded).toBeGreaterThan(0);
    const idx = JSON.parse(skopeoRaw(target));
    expect(idx.manifests).toHaveLength(4);
    expect(idx.manifests.filter((m: { platform: { os: string } }) => m.platform.os === 'unknown')).toHaveLength(2);
    expect(docker(['run', '--rm', '--pull', 'always', '--platform', 'linux/arm64', target, 'cat', '/hello'])).toBe('built for arm64');
  });

  it('refuses duplicate platforms unless told which wins', async () => {
    const dup = await cli(['merge', img('dup'), img('amd64'), RIG.baseNoRiscv]);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain(`linux/amd64 comes from both ${img('amd64')} and ${RIG.baseNoRiscv}`);
    const first = await cli(['merge', img('dup'), img('amd64'), RIG.baseNoRiscv, '--prefer', 'first', '--json']);
    expect(first.code).toBe(0);
    const r = JSON.parse(first.out);
    expect(r.platforms.map((p: { platform: string; source: string }) => `${p.platform} ${p.source}`)).toEqual([
      `linux/amd64 ${img('amd64')}`,
      `linux/arm64 ${RIG.baseNoRiscv}`,
    ]);
  });

  it("accepts manifest-tool's from-spec YAML, with a platform picked from an index", async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, 'spec.yaml');
    writeFileSync(
      spec,
      `image: ${img('spec')}\ntags: [spec-latest]\nmanifests:\n  - image: ${img('arm64')}\n    platform: {os: linux, architecture: arm64, variant: v8}\n  - image: ${RIG.base}\n    platform:\n      os: linux\n      architecture: riscv64\n`,
    );
    const run = await cli(['merge', '--spec', spec, '--json']);
    expect(run.err).toBe('');
    const idx = JSON.parse(skopeoRaw(img('spec-latest')));
    expect(idx.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual(['arm64', 'riscv64']);
  });

  it('bad usage exits 2', async () => {
    expect((await cli(['merge', img('x')])).code).toBe(2);
    expect((await cli(['merge', img('x'), img('amd64'), '--prefer', 'middle'])).code).toBe(2);
  });
});
