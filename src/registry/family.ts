import { UserError } from '../core/errors.js';
import { type Descriptor, type ImageManifest, MT } from './manifest.js';

/** Docker schema 2 media types and their OCI equivalents (config and layers). */
const DOCKER_TO_OCI: Record<string, string> = {
  'application/vnd.docker.container.image.v1+json': 'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.image.rootfs.diff.tar.gzip': 'application/vnd.oci.image.layer.v1.tar+gzip',
  'application/vnd.docker.image.rootfs.diff.tar': 'application/vnd.oci.image.layer.v1.tar',
  'application/vnd.docker.image.rootfs.diff.tar.zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
};

export type Family = 'oci' | 'docker';

export function familyOf(mediaType: string | undefined): Family {
  return mediaType === MT.dockerManifest || mediaType === MT.dockerList ? 'docker' : 'oci';
}

/**
 * A Docker schema 2 image manifest rewritten as an OCI image manifest (pure). Blobs are
 * unchanged (the config JSON and gzip layers are the same bytes); only descriptors' media
 * types change, so the manifest gets a new digest.
 */
export function dockerToOci(m: ImageManifest): Buffer {
  const convert = (d: Descriptor, what: string): Descriptor => {
    const mediaType = DOCKER_TO_OCI[d.mediaType ?? ''] ?? (d.mediaType?.startsWith('application/vnd.oci.') ? d.mediaType : undefined);
    if (!mediaType) throw new UserError(`cannot convert ${what} of media type ${d.mediaType} to OCI (foreign or unknown layer); rebuild that platform with OCI media types`);
    return { ...d, mediaType };
  };
  const out = {
    schemaVersion: 2,
    mediaType: MT.ociManifest,
    config: convert(m.config, 'the config'),
    layers: (m.layers ?? []).map((l, i) => convert(l, `layer ${i + 1}`)),
    ...(m.annotations ? { annotations: m.annotations } : {}),
  };
  return Buffer.from(JSON.stringify(out, null, 2));
}

/** The parts of an image config every platform of one image should agree on. */
export const ESSENTIALS = ['Entrypoint', 'Cmd', 'WorkingDir', 'User', 'ExposedPorts', 'Volumes', 'StopSignal'] as const;

export type Essentials = Partial<Record<(typeof ESSENTIALS)[number], unknown>>;

export function essentialsOf(configJson: string): Essentials {
  let cfg: { config?: Record<string, unknown> };
  try {
    cfg = JSON.parse(configJson);
  } catch {
    return {};
  }
  const c = cfg.config ?? {};
  const out: Essentials = {};
  for (const k of ESSENTIALS) if (c[k] !== undefined && c[k] !== null && c[k] !== '') out[k] = c[k];
  return out;
}

/** First disagreement between legs, as one line (pure); undefined when they agree. */
export function essentialsDrift(legs: { platform: string; essentials: Essentials }[]): string | undefined {
  const [first, ...rest] = legs;
  if (!first) return undefined;
  for (const k of ESSENTIALS) {
    const want = JSON.stringify(first.essentials[k] ?? null);
    const other = rest.find((l) => JSON.stringify(l.essentials[k] ?? null) !== want);
    if (other) {
      return `the platforms disagree on ${k}: ${first.platform} has ${want}, ${other.platform} has ${JSON.stringify(other.essentials[k] ?? null)}; they look like different builds — rebuild every platform from one commit`;
    }
  }
  return undefined;
}
