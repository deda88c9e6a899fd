import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { parsePlatformList } from '../../../src/core/platform.js';
import { selectEntries } from '../../../src/registry/copy.js';
import { descriptorPlatform, type IndexManifest, isAttestation, MT, manifestMediaType } from '../../../src/registry/manifest.js';
import { parseMergeSource, parseMergeSpec } from '../../../src/registry/merge.js';
import { destinationFor, parsePairLines } from '../../../src/registry/mirror.js';
import { formatReference, parseReference } from '../../../src/registry/reference.js';

// captured from the rig: buildx --provenance=true for one platform, and the 4-platform base image
const provenance = JSON.parse(readFileSync(new URL('../../fixtures/registry/buildx-provenance-index.json', import.meta.url), 'utf8')) as IndexManifest;
const busybox = JSON.parse(readFileSync(new URL('../../fixtures/registry/busybox-manifest-list.json', import.meta.url), 'utf8')) as IndexManifest;

describe('index entries', () => {
  it('recognises buildx attestation entries', () => {
    expect(provenance.manifests.map(isAttestation)).toEqual([false, true]);
    expect(descriptorPlatform(provenance.manifests[1] as never)).toBeUndefined();
    expect(descriptorPlatform(busybox.manifests[2] as never)).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
  });

  it('selects platforms (variants matter) and keeps their attestations', () => {
    expect(selectEntries(busybox, parsePlatformList('arm64,armhf')).map((d) => d.platform?.architecture)).toEqual(['arm64', 'arm']);
    expect(selectEntries(busybox, parsePlatformList('linux/arm/v6'))).toEqual([]);
    expect(selectEntries(busybox, undefined)).toBe(busybox.manifests);
    expect(selectEntries(provenance, parsePlatformList('arm64'))).toHaveLength(2);
    expect(selectEntries(provenance, parsePlatformList('arm64'), false)).toHaveLength(1);
    expect(selectEntries(provenance, parsePlatformList('amd64'))).toEqual([]);
  });

  it('media types: declared, else Content-Type, else by shape', () => {
    expect(manifestMediaType(busybox)).toBe(MT.dockerList);
    expect(manifestMediaType({}, `${MT.dockerManifest}; charset=utf-8`)).toBe(MT.dockerManifest);
    expect(manifestMediaType({ manifests: [] }, 'application/json')).toBe(MT.ociIndex);
    expect(manifestMediaType({ config: {} })).toBe(MT.ociManifest);
  });
});

describe('mirror pairs', () => {
  it.each([
    ['alpine:3.20=reg.example/mirror/', 'docker.io/library/alpine:3.20', 'reg.example/mirror/library/alpine:3.20'],
    ['alpine reg.example/mirror/alpine', 'docker.io/library/alpine:latest', 'reg.example/mirror/alpine:latest'],
    ['ghcr.io/o/a:1 = reg.example/a', 'ghcr.io/o/a:1', 'reg.example/a:1'],
    ['ghcr.io/o/a:1=reg.example/a:2 # comment', 'ghcr.io/o/a:1', 'reg.example/a:2'],
    [`ghcr.io/o/a@sha256:${'d'.repeat(64)}=reg.example/m/`, `ghcr.io/o/a@sha256:${'d'.repeat(64)}`, `reg.example/m/o/a@sha256:${'d'.repeat(64)}`],
  ])('%s', (line, src, dst) => {
    const [p] = parsePairLines(line);
    expect(formatReference(p?.src as never)).toBe(src);
    expect(formatReference(p?.dst as never)).toBe(dst);
  });

  it('skips comments and blank lines; reports bad lines', () => {
    expect(parsePairLines('# x\n\n  \n')).toEqual([]);
    expect(() => parsePairLines('a=b=c', 'm.txt')).toThrow('m.txt line 1: expected SRC=DST, got "a=b=c"');
    expect(() => destinationFor(parseReference('alpine'), 'mirror/')).toThrow(UsageError);
  });
});

describe('merge sources and specs', () => {
  it('REF@platform', () => {
    expect(parseMergeSource('reg.example/a:1@linux/arm/v7')).toEqual({
      ref: parseReference('reg.example/a:1'),
      platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
    });
    const d = `sha256:${'c'.repeat(64)}`;
    expect(parseMergeSource(`reg.example/a@${d}`)).toEqual({ ref: parseReference(`reg.example/a@${d}`) });
  });

  it("manifest-tool's from-spec", async () => {
    const spec = await parseMergeSpec(`image: reg.example/app:1.0
tags: ['1', latest]
manifests:
  - image: reg.example/app:1.0-amd64
    platform:
      architecture: amd64
      os: linux
  - image: reg.example/app:1.0-arm64
    platform: {os: linux, architecture: arm64, variant: v8}
  - image: reg.example/app:1.0-any
`);
    expect(formatReference(spec.target)).toBe('reg.example/app:1.0');
    expect(spec.tags).toEqual(['1', 'latest']);
    expect(spec.sources.map((s) => s.platform)).toEqual([{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }, undefined]);
  });

  it.each([
    ['manifests: []', /needs `image:/],
    ['image: a.example/x:1\nmanifests: []', /non-empty/],
    ['image: a.example/x:1\nmanifests: [{platform: {os: linux}}]', /needs an image/],
    ['image: a.example/x:1\nmanifests: [{image: a.example/y, platform: {os: linux}}]', /needs an architecture/],
    ['image: [', /not valid YAML/],
  ])('bad spec %j', async (text, why) => {
    await expect(parseMergeSpec(text)).rejects.toThrow(why);
  });
});
