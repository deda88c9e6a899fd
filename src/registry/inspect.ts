import { formatPlatform, normalise, type Platform, runsOn, samePlatform, variantCloseness } from '../core/platform.js';
import type { RegistryClient } from './client.js';
import {
  descriptorPlatform,
  type FetchedManifest,
  type ImageManifest,
  isAttestation,
  isIndex,
  REF_DIGEST_ANNOTATION,
  REF_TYPE_ANNOTATION,
} from './manifest.js';
import { formatReference, type Reference, withDigest } from './reference.js';

export interface PlatformEntry {
  /** os/arch[/variant], normalised */
  platform: string;
  os: string;
  architecture: string;
  variant?: string;
  digest: string;
  mediaType: string;
  /** size of the platform manifest in bytes, as the index states it */
  size: number;
}

export interface AttestationEntry {
  digest: string;
  mediaType: string;
  size: number;
  /** the platform manifest it describes (vnd.docker.reference.digest) */
  for?: string;
  type: string;
}

export interface ImageInfo {
  reference: string;
  mediaType: string;
  digest: string;
  /** true for an index / manifest list, false for a single image manifest */
  index: boolean;
  platforms: PlatformEntry[];
  attestations: AttestationEntry[];
}

function entry(p: Platform, digest: string, mediaType: string, size: number): PlatformEntry {
  const n = normalise(p);
  return { platform: formatPlatform(n), os: n.os, architecture: n.architecture, ...(n.variant ? { variant: n.variant } : {}), digest, mediaType, size };
}

/** The platform an image's config declares (single-platform images carry it only there). */
export async function configPlatform(client: RegistryClient, ref: Reference, manifest: ImageManifest): Promise<Platform | undefined> {
  const bytes = await client.getBlobBytes(ref.registry, ref.repository, manifest.config.digest);
  const cfg = JSON.parse(bytes.toString('utf8')) as { os?: string; architecture?: string; variant?: string };
  if (!cfg.os || !cfg.architecture) return undefined;
  return normalise({ os: cfg.os, architecture: cfg.architecture, variant: cfg.variant });
}

/** Describe a fetched manifest: its platforms (from the index, or the config for a single image) and attestations. */
export async function describeManifest(client: RegistryClient, ref: Reference, m: FetchedManifest): Promise<ImageInfo> {
  const info: ImageInfo = { reference: formatReference(ref), mediaType: m.mediaType, digest: m.digest, index: isIndex(m), platforms: [], attestations: [] };
  if (isIndex(m)) {
    for (const d of m.json.manifests) {
      const p = descriptorPlatform(d);
      if (isAttestation(d) || !p) {
        info.attestations.push({
          digest: d.digest,
          mediaType: d.mediaType,
          size: d.size,
          ...(d.annotations?.[REF_DIGEST_ANNOTATION] ? { for: d.annotations[REF_DIGEST_ANNOTATION] } : {}),
          type: d.annotations?.[REF_TYPE_ANNOTATION] ?? 'unknown',
        });
      } else info.platforms.push(entry(p, d.digest, d.mediaType, d.size));
    }
  } else {
    const p = await configPlatform(client, ref, m.json as ImageManifest);
    if (p) info.platforms.push(entry(p, m.digest, m.mediaType, m.bytes.length));
  }
  return info;
}

/**
 * What is behind a reference: media type, digest, platform → manifest digest/size, attestations.
 * When the client has a manifest cache, a HEAD answers for a known digest and nothing is pulled.
 */
export async function inspectImage(client: RegistryClient, ref: Reference): Promise<ImageInfo> {
  let m: FetchedManifest | undefined;
  if (!ref.digest && client.opts.cacheDir) {
    const head = await client.headManifest(ref);
    if (head) m = await client.getManifest(withDigest(ref, head.digest), { allowMissing: true });
  }
  m ??= await client.getManifest(ref);
  return describeManifest(client, ref, m);
}

/** The entry for a platform: exact match first (variants included), then, for arm, a lower variant containerd would accept. */
export function findPlatform(info: ImageInfo, want: Platform): { entry: PlatformEntry; exact: boolean } | undefined {
  const exact = info.platforms.find((e) => samePlatform(e, want));
  if (exact) return { entry: exact, exact: true };
  // containerd's matching: the closest older variant of the same architecture runs too
  const compatible = info.platforms.filter((e) => runsOn(e, want)).sort((a, b) => variantCloseness(b, want) - variantCloseness(a, want));
  return compatible[0] ? { entry: compatible[0], exact: false } : undefined;
}
