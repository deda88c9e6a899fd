import { describe, expect, it } from 'vitest';
import { type Descriptor, type FetchedManifest, type IndexManifest, MT } from '../../../src/registry/manifest.js';
import { digestOf } from '../../../src/registry/digest.js';
import {
  cosignCandidates,
  cosignTags,
  coveredDigests,
  isReferrersIndex,
  mergeReferrers,
  referrerDescriptor,
  referrersTag,
} from '../../../src/registry/signatures.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const C = `sha256:${'c'.repeat(64)}`;

function fetched(json: object, mediaType?: string): FetchedManifest {
  const bytes = Buffer.from(JSON.stringify(json));
  return { mediaType: mediaType ?? (json as { mediaType: string }).mediaType, digest: digestOf(bytes), bytes, json: json as FetchedManifest['json'] };
}

describe('referrersTag (the distribution-spec referrers tag schema)', () => {
  it.each([
    // the spec's own table
    [A, `sha256-${'a'.repeat(64)}`],
    [`sha512:${'a'.repeat(128)}`, `sha512-${'a'.repeat(64)}`],
    [
      'test+algorithm+using+algorithm+separators+and+lots+of+characters+to+excercise+overall+truncation:alsoSome=InTheEncodedSectionToShowHyphenReplacementAndLotsAndLotsOfCharactersToExcerciseEncodedTruncation',
      'test-algorithm-using-algorithm-s-alsoSome-InTheEncodedSectionToShowHyphenReplacementAndLotsAndLot',
    ],
    ['sha256:0123', 'sha256-0123'],
  ])('%s → %s', (digest, tag) => {
    expect(referrersTag(digest)).toBe(tag);
  });
});

describe('cosignTags', () => {
  it.each([
    [A, [`sha256-${'a'.repeat(64)}.sig`, `sha256-${'a'.repeat(64)}.att`, `sha256-${'a'.repeat(64)}.sbom`]],
    [`sha512:${'f'.repeat(128)}`, ['sig', 'att', 'sbom'].map((s) => `sha512-${'f'.repeat(128)}.${s}`)],
  ])('%s', (digest, tags) => {
    expect(cosignTags(digest).map((t) => t.tag)).toEqual(tags);
    expect(cosignTags(digest).map((t) => t.kind)).toEqual(['sig', 'att', 'sbom']);
  });
});

describe('cosignCandidates', () => {
  const sigA = `sha256-${'a'.repeat(64)}.sig`;
  const attB = `sha256-${'b'.repeat(64)}.att`;
  it.each([
    ['only the tags the list holds', [A, B], new Set(['latest', sigA, attB, `sha256-${'c'.repeat(64)}.sig`]), [`${A} sig`, `${B} att`]],
    ['nothing for an unsigned image', [A, B], new Set(['latest', `sha256-${'a'.repeat(64)}`]), []],
    ['every candidate without a tag list', [A], undefined, [`${A} sig`, `${A} att`, `${A} sbom`]],
  ])('%s', (_name, digests, tags, want) => {
    expect(cosignCandidates(digests, tags).map((c) => `${c.subject} ${c.kind}`)).toEqual(want);
  });
});

describe('referrerDescriptor (what a referrers list holds for a manifest)', () => {
  const config = { mediaType: 'application/vnd.oci.empty.v1+json', digest: digestOf('{}'), size: 2 };
  const subject = { mediaType: MT.ociIndex, digest: A, size: 100 };
  it.each([
    [
      'artifactType and annotations of the manifest',
      {
        schemaVersion: 2,
        mediaType: MT.ociManifest,
        artifactType: 'application/vnd.example.sbom.v1',
        config,
        layers: [],
        subject,
        annotations: { 'org.opencontainers.image.created': 'now' },
      },
      { artifactType: 'application/vnd.example.sbom.v1', annotations: { 'org.opencontainers.image.created': 'now' } },
    ],
    [
      'no artifactType: the config media type',
      { schemaVersion: 2, mediaType: MT.ociManifest, config: { ...config, mediaType: 'application/vnd.example.sig.config' }, layers: [], subject },
      { artifactType: 'application/vnd.example.sig.config' },
    ],
    ['an index without artifactType: none', { schemaVersion: 2, mediaType: MT.ociIndex, manifests: [], subject }, {}],
    ['empty annotations are left out', { schemaVersion: 2, mediaType: MT.ociIndex, manifests: [], annotations: {} }, {}],
  ])('%s', (_name, json, extra) => {
    const m = fetched(json);
    expect(referrerDescriptor(m)).toEqual({ mediaType: json.mediaType, digest: m.digest, size: m.bytes.length, ...extra });
  });
});

describe('mergeReferrers (the referrers tag index on a registry without the API)', () => {
  const d = (digest: string, artifactType = 'x/y'): Descriptor => ({ mediaType: MT.ociManifest, digest, size: 10, artifactType });
  const idx = (manifests: Descriptor[], extra: object = {}): IndexManifest => ({ schemaVersion: 2, mediaType: MT.ociIndex, manifests, ...extra });
  it.each([
    ['nothing there yet: a new index', undefined, [d(A)], idx([d(A)]), [A]],
    ['appended after what is there, which is kept', idx([d(B, 'other/tool')]), [d(A)], idx([d(B, 'other/tool'), d(A)]), [A]],
    ['no duplicates', idx([d(A)]), [d(A), d(B)], idx([d(A), d(B)]), [B]],
    ['twice in the input: once', undefined, [d(C), d(C)], idx([d(C)]), [C]],
    ['already complete: nothing added', idx([d(A), d(B)]), [d(B)], idx([d(A), d(B)]), []],
    ['annotations of the index are kept', idx([], { annotations: { k: 'v' } }), [d(A)], idx([d(A)], { annotations: { k: 'v' } }), [A]],
  ])('%s', (_name, current, add, want, added) => {
    const r = mergeReferrers(current, add);
    expect(r.index).toEqual(want);
    expect(r.added.map((x) => x.digest)).toEqual(added);
  });
});

describe('isReferrersIndex', () => {
  it.each([
    ['an OCI index', fetched({ schemaVersion: 2, mediaType: MT.ociIndex, manifests: [] }), true],
    ['a Docker manifest list', fetched({ schemaVersion: 2, mediaType: MT.dockerList, manifests: [] }), false],
    ['an image manifest', fetched({ schemaVersion: 2, mediaType: MT.ociManifest, config: {}, layers: [] }), false],
  ])('%s: %s', (_name, m, want) => {
    expect(isReferrersIndex(m)).toBe(want);
  });
});

describe('coveredDigests (the manifests a copy wrote)', () => {
  const entry = (digest: string, architecture: string, extra: Partial<Descriptor> = {}): Descriptor => ({
    mediaType: MT.ociManifest,
    digest,
    size: 1,
    platform: { os: architecture === 'unknown' ? 'unknown' : 'linux', architecture },
    ...extra,
  });
  const index = fetched({
    schemaVersion: 2,
    mediaType: MT.ociIndex,
    manifests: [
      entry(A, 'amd64'),
      entry(B, 'arm64'),
      entry(C, 'unknown', { annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': B } }),
    ],
  });
  const image = fetched({ schemaVersion: 2, mediaType: MT.ociManifest, config: {}, layers: [] });
  it.each([
    ['every platform: the index and each entry', index, index.digest, undefined, [index.digest, A, B, C]],
    ['a subset: the kept entries and their attestations, not the rewritten index', index, 'sha256:rewritten', [{ os: 'linux', architecture: 'arm64' }], [B, C]],
    ['a single image: itself', image, image.digest, undefined, [image.digest]],
  ])('%s', (_name, top, digest, platforms, want) => {
    expect(coveredDigests(top, { digest }, platforms)).toEqual(want);
  });
});
