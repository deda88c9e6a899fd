// Issue #4, consistent merges, on real pushes: legs of mixed manifest families become one
// single-family (OCI) index that runs; legs that disagree on their config are refused.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, RIG, requireRig, skopeoRaw, tempDir, uniqueRepo } from './helpers.js';

const repo = uniqueRepo();
const img = (tag: string) => `${RIG.open}/${repo}:${tag}`;
const docker = (args: string[]) =>
  execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } }).trim();

beforeAll(async () => {
  await requireRig();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
  const ctx = tempDir('genci-family-ctx-');
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${RIG.base}\nARG TARGETARCH\nRUN echo "built for $TARGETARCH" > /hello\nCMD ["cat", "/hello"]\n`);
  const other = tempDir('genci-family-other-');
  writeFileSync(join(other, 'Dockerfile'), `FROM ${RIG.base}\nCMD ["echo", "another build"]\n`);
  const b = ['buildx', 'build', '--builder', 'default', '--provenance=false', '-q'];
  // amd64 with Docker media types (the docker driver's default), arm64 with OCI media types
  docker([...b, '--platform', 'linux/amd64', '-t', img('docker-amd64'), '--push', ctx]);
  docker([...b, '--platform', 'linux/arm64', '--output', `type=image,name=${img('oci-arm64')},oci-mediatypes=true,push=true`, ctx]);
  docker([...b, '--platform', 'linux/arm64', '-t', img('other-arm64'), '--push', other]);
}, 300_000);

describe('merging legs of different manifest families', () => {
  it('the legs really differ', () => {
    expect(JSON.parse(skopeoRaw(img('docker-amd64'))).mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(JSON.parse(skopeoRaw(img('oci-arm64'))).mediaType).toMatch(/^application\/vnd\.oci\.image\.(manifest|index)\.v1\+json$/);
  });

  it('yields one valid OCI index: the Docker leg is converted, blobs unchanged, and both platforms run', async () => {
    const run = await cli(['merge', img('mixed'), `${img('docker-amd64')}@linux/amd64`, `${img('oci-arm64')}@linux/arm64`]);
    expect(run.code, run.err).toBe(0);
    const idx = JSON.parse(skopeoRaw(img('mixed')));
    expect(idx.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(idx.manifests.map((m: { mediaType: string }) => m.mediaType)).toEqual([
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ]);
    const amd = JSON.parse(
      execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${RIG.open}/${repo}@${idx.manifests[0].digest}`], { encoding: 'utf8' }),
    );
    const orig = JSON.parse(skopeoRaw(img('docker-amd64')));
    expect(amd.config.digest).toBe(orig.config.digest);
    expect(amd.layers.map((l: { digest: string }) => l.digest)).toEqual(orig.layers.map((l: { digest: string }) => l.digest));
    expect(amd.layers[0].mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
    for (const [p, want] of [
      ['linux/amd64', 'built for amd64'],
      ['linux/arm64', 'built for arm64'],
    ]) {
      expect(execFileSync('docker', ['run', '--rm', '--quiet', '--pull', 'always', '--platform', p as string, img('mixed')], { encoding: 'utf8' })).toContain(
        want,
      );
    }
  });

  it('legs that disagree on their config are refused in one line, and nothing is tagged', async () => {
    const run = await cli(['merge', img('drift'), `${img('docker-amd64')}@linux/amd64`, `${img('other-arm64')}@linux/arm64`]);
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^gen-ci: not merging into .*:drift: the platforms disagree on Cmd: linux\/amd64 has \["cat","\/hello"\], linux\/arm64 has \["echo","another build"\]; they look like different builds/,
      ),
    ]);
    expect(() => skopeoRaw(img('drift'))).toThrow();
  });
});
