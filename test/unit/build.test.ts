import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attestationValue, buildEnv, buildxBuildArgs, type BuildOptions, cacheSettings, explainBuildFailure, parseMetadata } from '../../src/core/build.js';
import { repositoryOf } from '../../src/registry/reference.js';
import { parsePlatformList } from '../../src/core/platform.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/buildx/${name}`, import.meta.url), 'utf8');

const base: BuildOptions = {
  builder: 'b',
  platforms: parsePlatformList('linux/amd64,linux/arm64'),
  context: '.',
  tags: ['127.0.0.1:5000/app:1'],
  labels: [],
  buildArgs: [],
  secretFiles: {},
  push: true,
  load: false,
  outputs: [],
  cache: 'none',
  cacheFrom: [],
  cacheTo: [],
  provenance: 'false',
  sbom: 'false',
  metadataFile: '/tmp/m.json',
};

describe('buildArgs', () => {
  it('turns inputs into one argument array', () => {
    expect(
      buildxBuildArgs({ ...base, file: 'docker/Dockerfile', target: 'rt', labels: ['a=b c'], buildArgs: ['X=1;rm -rf /', 'Y'], secretFiles: { npm: '/tmp/s/npm' }, cache: 'registry' }),
    ).toEqual([
      'buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64,linux/arm64',
      '--file', 'docker/Dockerfile', '--target', 'rt', '--tag', '127.0.0.1:5000/app:1', '--label', 'a=b c',
      '--build-arg', 'X=1;rm -rf /', '--build-arg', 'Y', '--secret', 'id=npm,src=/tmp/s/npm',
      '--cache-from', 'type=registry,ref=127.0.0.1:5000/app:buildcache',
      '--cache-to', 'type=registry,ref=127.0.0.1:5000/app:buildcache,mode=max',
      '--provenance=false', '--sbom=false', '--metadata-file', '/tmp/m.json', '--push', '.',
    ]);
  });

  it('raw outputs override push/load; load alone', () => {
    expect(buildxBuildArgs({ ...base, outputs: ['type=oci,dest=/tmp/o.tar'] })).toContain('type=oci,dest=/tmp/o.tar');
    expect(buildxBuildArgs({ ...base, outputs: ['type=oci,dest=/tmp/o.tar'] })).not.toContain('--push');
    const l = buildxBuildArgs({ ...base, push: false, load: true });
    expect(l).toContain('--load');
    expect(l).not.toContain('--push');
  });

  it('split legs push by digest with a per-platform cache ref', () => {
    const args = buildxBuildArgs({ ...base, platforms: parsePlatformList('linux/arm64'), tags: [], pushByDigest: 'ghcr.io/o/app', cache: 'registry', cacheSuffix: 'linux-arm64' });
    expect(args).toContain('type=image,name=ghcr.io/o/app,push-by-digest=true,name-canonical=true,push=true');
    expect(args).toContain('type=registry,ref=ghcr.io/o/app:buildcache-linux-arm64,mode=max');
    expect(args).not.toContain('--tag');
    expect(args).not.toContain('--push');
    const viaLayout = buildxBuildArgs({ ...base, tags: [], pushByDigest: 'ghcr.io/o/app', ociLayout: '/tmp/l' });
    expect(viaLayout).toContain('type=oci,dest=/tmp/l,tar=false');
    expect(() => buildxBuildArgs({ ...base, pushByDigest: 'ghcr.io/o/app:1' })).toThrow(/must be a repository without tag/);
  });

  it('rejects bad input in one line', () => {
    expect(() => buildxBuildArgs({ ...base, tags: [] })).toThrow(/push: true needs at least one tag/);
    expect(() => buildxBuildArgs({ ...base, tags: ['Bad/Name:1'] })).toThrow(/not a valid image reference/);
    expect(() => buildxBuildArgs({ ...base, buildArgs: ['1X=2'] })).toThrow(/not NAME=value/);
    expect(() => buildxBuildArgs({ ...base, platforms: [] })).toThrow(/at least one platform/);
  });

  it('cache shorthands', () => {
    expect(cacheSettings({ ...base, cache: 'gha', cacheScope: 'linux-amd64' })).toEqual({
      from: ['type=gha,scope=linux-amd64'],
      to: ['type=gha,mode=max,scope=linux-amd64'],
    });
    expect(cacheSettings({ ...base, cache: 'registry', cacheFrom: ['type=local,src=/c'] })).toEqual({ from: ['type=local,src=/c'], to: [] });
    expect(() => cacheSettings({ ...base, cache: 'registry', tags: [] })).toThrow(/first tag/);
    expect(repositoryOf('127.0.0.1:5000/a/b:1')).toBe('127.0.0.1:5000/a/b');
    expect(repositoryOf('127.0.0.1:5000/a/b@sha256:00')).toBe('127.0.0.1:5000/a/b');
    expect(repositoryOf('localhost:5000/a')).toBe('localhost:5000/a');
  });

  it('attestations off by default, with the env switch', () => {
    expect(attestationValue('provenance', '')).toBe('false');
    expect(attestationValue('provenance', 'True')).toBe('true');
    expect(attestationValue('provenance', 'mode=max')).toBe('mode=max');
    expect(() => attestationValue('sbom', 'maybe')).toThrow(/sbom: "maybe"/);
    expect(buildEnv({ provenance: 'false', sbom: 'false' })).toEqual({ BUILDX_NO_DEFAULT_ATTESTATIONS: '1' });
    expect(buildEnv({ provenance: 'true', sbom: 'false' })).toEqual({});
  });

  it('reads the digest from buildx metadata; a missing or broken file is an error naming buildx\'s last line', () => {
    expect(parseMetadata('{"containerimage.digest":"sha256:ab","image.name":"r/a:1"}', '')).toMatchObject({ digest: 'sha256:ab' });
    expect(parseMetadata('{"buildx.build.ref":"b/b/x"}', '').digest).toBeUndefined();
    const out = '#12 exporting to image\n#12 DONE 0.1s\n';
    expect(() => parseMetadata(undefined, out)).toThrow("buildx wrote no metadata file, so the build's result is unknown (buildx's last line: #12 DONE 0.1s)");
    expect(() => parseMetadata('not json', out)).toThrow("buildx's metadata file is not JSON (buildx's last line: #12 DONE 0.1s)");
    expect(() => parseMetadata('[1]', out)).toThrow(/holds no object/);
  });

  it('buildx < 0.10: no --provenance/--sbom flags at all', () => {
    const args = buildxBuildArgs({ ...base, attestationFlags: false });
    expect(args.some((a) => a.startsWith('--provenance') || a.startsWith('--sbom'))).toBe(false);
  });
});

describe('explainBuildFailure (real buildx 0.13 output)', () => {
  it('names the base image and the missing platform', () => {
    const line = explainBuildFailure(fixture('no-match-platform.txt'));
    expect(line).toBe(
      'base image 127.0.0.1:5000/base/busybox-noriscv:latest has no linux/riscv64 variant (buildx: no match for platform in manifest); drop linux/riscv64 from platforms, or use a base image that is published for it (check with: gen-ci inspect 127.0.0.1:5000/base/busybox-noriscv:latest)',
    );
  });

  it('says the registry refused the credentials', () => {
    expect(explainBuildFailure(fixture('push-unauthorized.txt'))).toMatch(/^the registry refused the credentials \(401 Unauthorized\)/);
  });

  it('exec format error points at QEMU', () => {
    expect(explainBuildFailure('#5 [linux/arm64 2/2] RUN make\n#5 0.1 exec /bin/sh: exec format error\nERROR: failed to solve')).toMatch(/exec format error" for linux\/arm64.*qemu: true/);
  });

  it('falls back to the last error line', () => {
    expect(explainBuildFailure('#1 foo\nERROR: failed to solve: something odd\n')).toBe('docker buildx build failed: failed to solve: something odd');
  });
});
