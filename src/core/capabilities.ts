/**
 * Which optional flags the installed buildx and the builder's BuildKit allow. Versions are read
 * once (`docker buildx version`, `docker buildx inspect`), every optional feature is gated on them,
 * and a requested feature that is not there is dropped with one warning naming the input, as
 * @docker/actions-toolkit does (versionSatisfies).
 */

export type Version = [number, number, number];

/** "v0.13.2", "0.29.1-desktop.1" -> [0, 29, 1]; "v0.0.0+unknown" -> undefined (pure). */
export function parseVersion(text: string): Version | undefined {
  const m = /\bv?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  const v: Version = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  // Debian's dockerd reports its embedded BuildKit as "v0.0.0+unknown": that is no version
  return v.every((n) => n === 0) ? undefined : v;
}

/** The version in `docker buildx version` output: "github.com/docker/buildx 0.13.1 <commit>". */
export function parseBuildxVersion(output: string): Version | undefined {
  const line = output.split('\n').find((l) => /buildx/.test(l)) ?? output;
  return parseVersion(line.replace(/^\S*buildx\S*\s*/, ''));
}

export function atLeast(v: Version | undefined, min: Version): boolean {
  if (!v) return true; // unknown: assume a current tool rather than drop what the user asked for
  for (let i = 0; i < 3; i++) {
    if ((v[i] as number) !== min[i]) return (v[i] as number) > (min[i] as number);
  }
  return true;
}

export const formatVersion = (v: Version): string => v.join('.');

export interface Versions {
  buildx?: Version;
  /** the builder's BuildKit (what buildx inspect reports; for a pinned image its real version, whatever its tag says) */
  buildkit?: Version;
}

interface Gate {
  input: string;
  buildx?: Version;
  buildkit?: Version;
  what: string;
}

/** Minimum versions, from buildx's and BuildKit's release notes. */
export const GATES = {
  /** --provenance / --sbom flags (and BUILDX_NO_DEFAULT_ATTESTATIONS) arrived in buildx 0.10 */
  attestationFlags: { input: 'provenance', buildx: [0, 10, 0], what: 'the --provenance/--sbom flags' },
  /** attestations themselves are made by BuildKit 0.11+ */
  provenance: { input: 'provenance', buildkit: [0, 11, 0], what: 'provenance attestations' },
  sbom: { input: 'sbom', buildkit: [0, 11, 0], what: 'SBOM attestations' },
  /** the image exporter's push-by-digest with name-canonical */
  pushByDigest: { input: 'push-by-digest', buildkit: [0, 10, 0], what: 'push by digest (name-canonical)' },
  /** --annotation arrived in buildx 0.12; BuildKit exports index/manifest annotations since 0.11 */
  annotations: { input: 'oci-metadata', buildx: [0, 12, 0], buildkit: [0, 11, 0], what: 'OCI annotations (--annotation)' },
  /** the GitHub Actions cache backend */
  ghaCache: { input: 'cache', buildx: [0, 8, 0], buildkit: [0, 10, 0], what: 'the gha cache' },
} satisfies Record<string, Gate>;

export type Feature = keyof typeof GATES;

/** undefined when the feature is available, else the one warning to print (pure). */
export function unsupported(feature: Feature, v: Versions): string | undefined {
  const g: Gate = GATES[feature];
  const tooOld: string[] = [];
  if (g.buildx && !atLeast(v.buildx, g.buildx)) tooOld.push(`buildx ≥ ${formatVersion(g.buildx)} (this runner has ${formatVersion(v.buildx as Version)})`);
  if (g.buildkit && !atLeast(v.buildkit, g.buildkit))
    tooOld.push(`BuildKit ≥ ${formatVersion(g.buildkit)} (the builder runs ${formatVersion(v.buildkit as Version)})`);
  return tooOld.length ? `${g.input}: ${g.what} not available, it needs ${tooOld.join(' and ')}; building without it` : undefined;
}
