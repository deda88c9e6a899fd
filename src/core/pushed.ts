import { UserError } from './errors.js';
import { descriptorPlatform, type ImageManifest, type IndexManifest, isAttestation, manifestMediaType } from '../registry/manifest.js';
import { formatPlatform, normalise, type Platform } from './platform.js';

export interface PushedPlatform {
  platform: string;
  digest: string;
  /** manifest + config + layers, bytes; undefined until the child manifest is read */
  size?: number;
}

export interface PushedImage {
  mediaType: string;
  digest: string;
  platforms: PushedPlatform[];
  /** number of attestation manifests (unknown/unknown entries) */
  attestations: number;
}

/** The JSON of a manifest as read back: an index or an image manifest, fields optional as registries send them. */
type ManifestJson = Partial<IndexManifest> & Partial<ImageManifest>;

/** Read an image index (or a single manifest built for one platform) (pure). */
export function describePushed(raw: string, digest: string, requested: Platform[]): PushedImage {
  let doc: ManifestJson;
  try {
    doc = JSON.parse(raw) as ManifestJson;
  } catch {
    throw new UserError(`the registry returned something that is not a manifest for ${digest}`);
  }
  const mediaType = manifestMediaType(doc);
  if (!doc.manifests) {
    // a single-platform push without attestations is a plain manifest
    const only = requested.length === 1 ? formatPlatform(requested[0] as Platform) : 'unknown';
    return { mediaType, digest, platforms: [{ platform: only, digest, size: manifestSize(doc, raw) }], attestations: 0 };
  }
  const platforms: PushedPlatform[] = [];
  let attestations = 0;
  for (const m of doc.manifests) {
    const platform = descriptorPlatform(m);
    // buildx's provenance/SBOM entries (and any entry without a runnable platform)
    if (!platform || isAttestation(m)) {
      attestations++;
      continue;
    }
    platforms.push({ platform: formatPlatform(platform), digest: m.digest });
  }
  return { mediaType, digest, platforms, attestations };
}

/** Bytes of a platform image: the manifest itself, its config and its layers (pure). */
export function manifestSize(doc: ManifestJson, raw: string): number {
  return Buffer.byteLength(raw) + (doc.config?.size ?? 0) + (doc.layers ?? []).reduce((n, l) => n + l.size, 0);
}

export function childSize(raw: string): number | undefined {
  try {
    return manifestSize(JSON.parse(raw) as ManifestJson, raw);
  } catch {
    return undefined;
  }
}

/** Requested platforms absent from what was pushed (pure; both sides normalised). */
export function missingPlatforms(requested: Platform[], pushed: PushedImage): string[] {
  const have = new Set(pushed.platforms.map((p) => p.platform));
  return requested.map((p) => formatPlatform(normalise(p))).filter((p) => !have.has(p));
}

/** platform -> digest, the action's `platforms` output. */
export function platformDigests(pushed: PushedImage): Record<string, string> {
  return Object.fromEntries(pushed.platforms.map((p) => [p.platform, p.digest]));
}
