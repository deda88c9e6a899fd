import { isUnknownPlatform, normalise, type Platform } from '../core/platform.js';

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

export const INDEX_TYPES: readonly string[] = [MT.ociIndex, MT.dockerList];
export const MANIFEST_ACCEPT = [MT.ociIndex, MT.dockerList, MT.ociManifest, MT.dockerManifest].join(', ');

/** Annotations buildx puts on attestation manifests inside an index. */
export const REF_TYPE_ANNOTATION = 'vnd.docker.reference.type';
export const REF_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform & { 'os.version'?: string; 'os.features'?: string[]; features?: string[] };
  annotations?: Record<string, string>;
  urls?: string[];
  artifactType?: string;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface IndexManifest {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
}

/** A manifest as fetched: exact bytes (digests are over bytes, never over re-serialised JSON). */
export interface FetchedManifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
  json: ImageManifest | IndexManifest;
}

export function isIndexType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && INDEX_TYPES.includes(mediaType);
}

export function isIndex(m: FetchedManifest): m is FetchedManifest & { json: IndexManifest } {
  return isIndexType(m.mediaType) || Array.isArray((m.json as IndexManifest).manifests);
}

/** The media type a manifest declares, falling back to the Content-Type the registry sent. */
export function manifestMediaType(json: { mediaType?: string; manifests?: unknown; config?: unknown }, contentType?: string): string {
  if (json.mediaType) return json.mediaType;
  const ct = contentType?.split(';')[0]?.trim();
  if (ct && ct !== 'application/json' && ct !== 'text/plain') return ct;
  return Array.isArray(json.manifests) ? MT.ociIndex : MT.ociManifest;
}

/** An attestation entry (buildx's provenance/SBOM): unknown/unknown platform or the attestation annotation. */
export function isAttestation(d: Descriptor): boolean {
  return d.annotations?.[REF_TYPE_ANNOTATION] === 'attestation-manifest' || (d.platform !== undefined && isUnknownPlatform(d.platform));
}

/** Normalised platform of an index entry, or undefined when it has none. */
export function descriptorPlatform(d: Descriptor): Platform | undefined {
  if (!d.platform || isUnknownPlatform(d.platform)) return undefined;
  return normalise(d.platform);
}

/** Blobs an image manifest references: config first, then layers (foreign layers with urls are skipped). */
export function manifestBlobs(m: ImageManifest): Descriptor[] {
  const out: Descriptor[] = [];
  if (m.config) out.push(m.config);
  for (const l of m.layers ?? []) if (!l.urls?.length) out.push(l);
  return out;
}

/** Serialise an index the way buildx/containerd do: two-space indentation, stable key order. */
export function serialiseIndex(index: IndexManifest): Buffer {
  return Buffer.from(JSON.stringify(index, null, 2));
}
