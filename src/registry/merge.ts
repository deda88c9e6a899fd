import { digestOf } from './digest.js';
import { UsageError, UserError } from '../core/errors.js';
import { formatPlatform, normalise, type Platform, parsePlatform, samePlatform } from '../core/platform.js';
import type { RegistryClient } from './client.js';
import { Transfer, type TransferOptions, type TransferStats } from './copy.js';
import { configPlatform } from './inspect.js';
import {
  type Descriptor,
  descriptorPlatform,
  type ImageManifest,
  isAttestation,
  isIndex,
  MT,
  REF_DIGEST_ANNOTATION,
  serialiseIndex,
} from './manifest.js';
import { formatReference, parseReference, type Reference, withDigest } from './reference.js';
import { dockerToOci, essentialsDrift, essentialsOf, familyOf } from './family.js';

export interface MergeSource {
  ref: Reference;
  /** take only this platform from an index, or declare the platform of a single manifest */
  platform?: Platform;
}

export interface MergeOptions extends TransferOptions {
  /** also carry the attestation manifests (provenance, SBOM) of the kept platforms */
  keepAttestations?: boolean;
  /** when two sources provide the same platform: which wins (default: refuse) */
  prefer?: 'first' | 'last';
  /** more tags to point at the merged index */
  extraTags?: string[];
  /** platforms that must each come from some source, or nothing is pushed or tagged */
  require?: Platform[];
  /** skip the check that all platforms agree on entrypoint, cmd, user, workdir, ports … */
  allowConfigDrift?: boolean;
  /** annotations of the merged index (an OCI index then, whatever the legs' family: a Docker list has none) */
  annotations?: Record<string, string>;
}

export interface MergeResult extends TransferStats {
  target: string;
  digest: string;
  mediaType: string;
  platforms: { platform: string; digest: string; source: string }[];
  attestations: number;
}

interface Candidate {
  /** converted from Docker to OCI media types (already pushed to the target) */
  converted?: boolean;
  desc: Descriptor;
  platform: Platform;
  source: MergeSource;
  attestations: Descriptor[];
}

/** Runnable platform manifests a source contributes (with their attestations). */
async function candidates(client: RegistryClient, s: MergeSource): Promise<Candidate[]> {
  const m = await client.getManifest(s.ref);
  const name = formatReference(s.ref);
  if (!isIndex(m)) {
    const declared = await configPlatform(client, s.ref, m.json as ImageManifest);
    if (s.platform && declared && !samePlatform(declared, s.platform))
      throw new UserError(`${name} is built for ${formatPlatform(declared)} (its config says so), not ${formatPlatform(s.platform)}`);
    const p = s.platform ?? declared;
    if (!p) throw new UserError(`${name} declares no platform in its config; give one (SRC@platform or platform: in the spec)`);
    const desc: Descriptor = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: { ...normalise(p) } };
    return [{ desc, platform: normalise(p), source: s, attestations: [] }];
  }
  const runnable = m.json.manifests.filter((d) => !isAttestation(d) && descriptorPlatform(d));
  const picked = s.platform ? runnable.filter((d) => samePlatform(descriptorPlatform(d) as Platform, s.platform as Platform)) : runnable;
  if (s.platform && picked.length === 0)
    throw new UserError(
      `${name} has no ${formatPlatform(s.platform)}; it has ${runnable.map((d) => formatPlatform(descriptorPlatform(d) as Platform)).join(', ') || 'no runnable platform'}`,
    );
  if (picked.length === 0) throw new UserError(`${name} is an index without any runnable platform manifest`);
  return picked.map((d) => ({
    desc: d,
    platform: descriptorPlatform(d) as Platform,
    source: s,
    attestations: m.json.manifests.filter((a) => isAttestation(a) && a.annotations?.[REF_DIGEST_ANNOTATION] === d.digest),
  }));
}

/** One candidate per platform; two sources of one platform need --prefer to say which wins. */
function pickPerPlatform(all: Candidate[], prefer: MergeOptions['prefer']): Candidate[] {
  const chosen = new Map<string, Candidate>();
  for (const c of all) {
    const key = formatPlatform(c.platform);
    const prev = chosen.get(key);
    if (prev && prev.desc.digest !== c.desc.digest) {
      if (!prefer)
        throw new UserError(
          `${key} comes from both ${formatReference(prev.source.ref)} and ${formatReference(c.source.ref)}; say which wins with --prefer first|last, or pick one platform per source (SRC@platform)`,
        );
      if (prefer === 'first') continue;
      chosen.delete(key);
    }
    chosen.set(key, c);
  }
  return [...chosen.values()];
}

/** Nothing is tagged unless every required platform comes from some leg. */
function requirePlatforms(picked: Candidate[], require: Platform[] | undefined, target: Reference): void {
  if (!require?.length) return;
  const have = picked.map((c) => formatPlatform(c.platform));
  const missing = require.map((p) => formatPlatform(normalise(p))).filter((p) => !have.includes(p));
  if (missing.length) throw new UserError(`not tagging ${formatReference(target)}: no leg built ${missing.join(', ')} (the legs have ${have.join(', ')})`);
}

/** The legs must be one image for several platforms: the essentials of their configs agree. */
async function requireSameImage(client: RegistryClient, picked: Candidate[], target: Reference): Promise<void> {
  const legs = await Promise.all(
    picked.map(async (c) => {
      const m = await client.getManifest(withDigest(c.source.ref, c.desc.digest));
      const cfg = (m.json as ImageManifest).config;
      const bytes = cfg ? await client.getBlobBytes(c.source.ref.registry, c.source.ref.repository, cfg.digest) : Buffer.from('{}');
      return { platform: formatPlatform(c.platform), essentials: essentialsOf(bytes.toString('utf8')) };
    }),
  );
  const drift = essentialsDrift(legs);
  if (drift) throw new UserError(`not merging into ${formatReference(target)}: ${drift}`);
}

/** One manifest family per index: when the legs mix Docker and OCI, the Docker legs are rewritten as OCI in the target. */
async function oneFamily(client: RegistryClient, t: Transfer, picked: Candidate[], target: Reference): Promise<void> {
  if (new Set(picked.map((c) => familyOf(c.desc.mediaType))).size < 2) return;
  await Promise.all(
    picked
      .filter((c) => familyOf(c.desc.mediaType) === 'docker')
      .map(async (c) => {
        const m = await client.getManifest(withDigest(c.source.ref, c.desc.digest));
        await t.contents(c.source.ref, target, m);
        const bytes = dockerToOci(m.json as ImageManifest);
        const digest = await client.putManifest(withDigest(target, digestOf(bytes)), bytes, MT.ociManifest);
        c.desc = { ...c.desc, mediaType: MT.ociManifest, digest, size: bytes.length };
        c.converted = true;
        c.attestations = [];
      }),
  );
}

/** The index document: each leg's descriptor with its normalised platform, attestations when kept, the index annotations. */
function indexOf(picked: Candidate[], opts: MergeOptions): { bytes: Buffer; mediaType: string } {
  const manifests: Descriptor[] = picked.map((c) => {
    const { annotations: _a, platform: _p, ...base } = c.desc;
    return { ...base, platform: { ...(c.desc.platform ?? {}), ...normalise(c.platform) }, ...(c.desc.annotations ? { annotations: c.desc.annotations } : {}) };
  });
  if (opts.keepAttestations) for (const c of picked) manifests.push(...c.attestations);
  const annotated = Object.keys(opts.annotations ?? {}).length > 0;
  const allDocker = !annotated && manifests.every((d) => d.mediaType === MT.dockerManifest);
  const mediaType = allDocker ? MT.dockerList : MT.ociIndex;
  return { bytes: serialiseIndex({ schemaVersion: 2, mediaType, manifests, ...(annotated ? { annotations: opts.annotations } : {}) }), mediaType };
}

/**
 * Build one index from per-platform images (single manifests or indexes with attestations), copying
 * manifests and blobs into the target repository where needed, then push the index under the tag.
 * Replaces `docker manifest create --amend` + `push` and manifest-tool.
 */
export async function mergeImages(client: RegistryClient, target: Reference, sources: MergeSource[], opts: MergeOptions = {}): Promise<MergeResult> {
  if (sources.length === 0) throw new UsageError('merge needs at least one source image');
  if (!target.tag) throw new UsageError(`the merge target ${formatReference(target)} needs a tag`);
  const picked = pickPerPlatform((await Promise.all(sources.map((s) => candidates(client, s)))).flat(), opts.prefer);
  requirePlatforms(picked, opts.require, target);
  if (!opts.allowConfigDrift) await requireSameImage(client, picked, target);
  const t = new Transfer(client, opts);
  await oneFamily(client, t, picked, target);
  // children first: the tag never points at an index whose manifests are not there
  await Promise.all(picked.flatMap((c) => [c.desc, ...(opts.keepAttestations ? c.attestations : [])].map((d) => t.manifest(c.source.ref, target, d))));
  const { bytes, mediaType } = indexOf(picked, opts);
  await client.putManifest(target, bytes, mediaType);
  for (const tag of opts.extraTags ?? []) await client.putManifest({ ...target, tag }, bytes, mediaType);
  t.stats.manifestsPushed++;
  t.finish();
  return {
    target: formatReference(target),
    digest: digestOf(bytes),
    mediaType,
    platforms: picked.map((c) => ({ platform: formatPlatform(c.platform), digest: c.desc.digest, source: formatReference(c.source.ref) })),
    attestations: opts.keepAttestations ? picked.reduce((n, c) => n + c.attestations.length, 0) : 0,
    ...t.stats,
  };
}

/** `REF` or `REF@linux/arm64` (the platform after the last @ that is not a digest). */
export function parseMergeSource(arg: string): MergeSource {
  const at = arg.lastIndexOf('@');
  if (at > 0 && !arg.slice(at + 1).includes(':')) return { ref: parseReference(arg.slice(0, at)), platform: parsePlatform(arg.slice(at + 1)) };
  return { ref: parseReference(arg) };
}

/** manifest-tool's `from-spec` YAML: image, optional tags, manifests: [{image, platform: {os, architecture, variant}}]. */
export async function parseMergeSpec(text: string): Promise<{ target: Reference; sources: MergeSource[]; tags: string[] }> {
  // loaded on demand: the YAML parser is a large module most runs never need
  const { load } = await import('js-yaml');
  let doc: unknown;
  try {
    doc = load(text);
  } catch (e) {
    throw new UsageError(`the merge spec is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const d = doc as { image?: unknown; tags?: unknown; manifests?: unknown };
  if (!d || typeof d !== 'object' || typeof d.image !== 'string') throw new UsageError('the merge spec needs `image: registry/name:tag`');
  if (!Array.isArray(d.manifests) || d.manifests.length === 0) throw new UsageError('the merge spec needs a non-empty `manifests:` list');
  const sources = d.manifests.map((m: { image?: unknown; platform?: { os?: string; architecture?: string; variant?: string } }, i: number) => {
    if (!m || typeof m.image !== 'string') throw new UsageError(`manifests[${i}] of the merge spec needs an image`);
    const p = m.platform;
    let platform: Platform | undefined;
    if (p) {
      if (!p.architecture) throw new UsageError(`manifests[${i}].platform needs an architecture`);
      platform = parsePlatform([p.os ?? 'linux', p.architecture, p.variant].filter(Boolean).join('/'));
    }
    return { ref: parseReference(m.image), ...(platform ? { platform } : {}) };
  });
  const tags = Array.isArray(d.tags) ? d.tags.map(String) : [];
  return { target: parseReference(d.image), sources, tags };
}
