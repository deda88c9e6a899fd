import type { IncomingMessage } from 'node:http';
import type { Platform } from '../core/platform.js';
import { pullScope, pushScope } from './auth.js';
import { type RegistryClient, RegistryError } from './client.js';
import { type CopyResult, selectEntries, type Transfer } from './copy.js';
import { type Descriptor, type FetchedManifest, type ImageManifest, type IndexManifest, isIndex, isIndexType, MT, serialiseIndex } from './manifest.js';
import { formatReference, normaliseRegistry, type Reference, withDigest } from './reference.js';

/**
 * Signatures and referrers that travel with a mirrored image:
 * - cosign's tags `sha256-<hex>.sig`, `.att` and `.sbom` beside each copied manifest;
 * - OCI referrers (distribution-spec 1.1): read with `GET /v2/<name>/referrers/<digest>` where the
 *   registry has that API, else from the referrers tag schema (`sha256-<hex>` holding an image
 *   index of them); written to the destination with a manifest PUT that the registry indexes by its
 *   `subject` (it answers `OCI-Subject`), else by merging them into the referrers tag there.
 * Everything a signature or referrer references is pushed before it, and a referrers tag only
 * after every manifest it lists, so no destination tag ever points at something incomplete.
 */

/** cosign's tag suffixes: signatures, attestations, SBOMs. */
export const COSIGN_SUFFIXES = ['sig', 'att', 'sbom'] as const;
export type CosignKind = (typeof COSIGN_SUFFIXES)[number];

/** How deep referrers of referrers are followed (a signature on an SBOM attached to an image is 2). */
export const MAX_REFERRER_DEPTH = 3;

/** cosign's tags for a manifest digest (`sha256:ab…` → `sha256-ab….sig`, `.att`, `.sbom`). */
export function cosignTags(digest: string): { kind: CosignKind; tag: string }[] {
  const base = digest.replace(':', '-');
  return COSIGN_SUFFIXES.map((kind) => ({ kind, tag: `${base}.${kind}` }));
}

/**
 * The referrers tag schema's tag for a digest: the algorithm truncated to 32 characters, `-`, the
 * encoded part truncated to 64, any character a tag may not hold replaced with `-`.
 */
export function referrersTag(digest: string): string {
  const i = digest.indexOf(':');
  const algorithm = (i < 0 ? '' : digest.slice(0, i)).slice(0, 32);
  const encoded = digest.slice(i + 1).slice(0, 64);
  return `${algorithm}-${encoded}`.replace(/[^a-zA-Z0-9._-]/g, '-');
}

/** The descriptor a referrers list holds for a manifest: artifactType (else the config's media type) and its annotations. */
export function referrerDescriptor(m: FetchedManifest): Descriptor {
  const json = m.json as Partial<ImageManifest> & Partial<IndexManifest> & { artifactType?: string };
  const artifactType = json.artifactType || (isIndex(m) ? undefined : json.config?.mediaType);
  return {
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.bytes.length,
    ...(artifactType ? { artifactType } : {}),
    ...(json.annotations && Object.keys(json.annotations).length ? { annotations: json.annotations } : {}),
  };
}

/**
 * A referrers index with `add` merged in: existing entries are kept as they are (in order), new
 * ones are appended, none twice (by digest). `added` is what was not there yet.
 */
export function mergeReferrers(current: IndexManifest | undefined, add: Descriptor[]): { index: IndexManifest; added: Descriptor[] } {
  const manifests = [...(current?.manifests ?? [])];
  const have = new Set(manifests.map((d) => d.digest));
  const added: Descriptor[] = [];
  for (const d of add) {
    if (have.has(d.digest)) continue;
    have.add(d.digest);
    manifests.push(d);
    added.push(d);
  }
  return { index: { ...(current ?? {}), schemaVersion: 2, mediaType: MT.ociIndex, manifests }, added };
}

/** Whether a manifest read from a referrers tag is the image index the schema wants there. */
export function isReferrersIndex(m: FetchedManifest): m is FetchedManifest & { json: IndexManifest } {
  return m.mediaType === MT.ociIndex && Array.isArray((m.json as IndexManifest).manifests);
}

/**
 * The cosign tags to look at for these digests: those the tag list holds, or every candidate when
 * there is no tag list (then each is looked up, and a missing one is skipped).
 */
export function cosignCandidates(digests: string[], tags: Set<string> | undefined): { subject: string; kind: CosignKind; tag: string }[] {
  return digests.flatMap((subject) => cosignTags(subject).flatMap((t) => (!tags || tags.has(t.tag) ? [{ subject, ...t }] : [])));
}

/** Digests of the manifests a copy wrote, for which signatures are looked up: the index (when its digest was kept) and its entries. */
export function coveredDigests(sourceTop: FetchedManifest, result: Pick<CopyResult, 'digest'>, platforms?: Platform[], keepAttestations = true): string[] {
  if (!isIndex(sourceTop)) return [sourceTop.digest];
  const entries = selectEntries(sourceTop.json, platforms, keepAttestations).map((d) => d.digest);
  return [...(sourceTop.digest === result.digest ? [sourceTop.digest] : []), ...entries];
}

export interface SignatureItem {
  /** a cosign tag's kind, or an OCI referrer */
  kind: CosignKind | 'referrer';
  /** the manifest it belongs to */
  subject: string;
  /** the signature, attestation, SBOM or referrer manifest */
  digest: string;
  /** cosign: the tag it lives under */
  tag?: string;
  /** referrer: its artifact type */
  artifactType?: string;
  /** referrer: how the destination lists it, by the referrers API or in the referrers tag */
  via?: 'api' | 'tag';
  /** copied now, or the destination had it */
  status: 'copied' | 'present';
}

export interface SignatureReport {
  copied: number;
  present: number;
  items: SignatureItem[];
}

interface ReferrersList {
  descriptors: Descriptor[];
  via: 'api' | 'tag';
}

const REFERRERS_LIMIT = 4 * 1024 * 1024;

async function readBody(res: IncomingMessage, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of res) {
    n += (c as Buffer).length;
    if (n > REFERRERS_LIMIT) {
      res.destroy();
      throw new RegistryError(`${what} is larger than ${REFERRERS_LIMIT} bytes`, 200);
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

function tagRef(ref: Reference, tag: string): Reference {
  return { registry: ref.registry, repository: ref.repository, tag };
}

/**
 * Finds and copies signatures and referrers for one mirror run. It remembers, per registry,
 * whether the referrers API answers (a 404 means it does not: the tag schema is used from then on)
 * and, per source repository, its tag list, so a warm mirror of an unsigned image costs one tag
 * list and one referrers request, issued together.
 */
export class SignatureCopier {
  private readonly api = new Map<string, boolean>();
  private readonly tagLists = new Map<string, Promise<Set<string> | undefined>>();

  constructor(
    readonly client: RegistryClient,
    readonly transfer: Transfer,
  ) {}

  /** The repository's tags, once per run; undefined when the registry will not list them (each candidate is then looked up). */
  tagSet(ref: Reference): Promise<Set<string> | undefined> {
    const key = `${normaliseRegistry(ref.registry)}/${ref.repository}`;
    let p = this.tagLists.get(key);
    if (!p) {
      p = this.client.listTags(ref.registry, ref.repository).then(
        (tags) => new Set(tags),
        (e) => {
          if (e instanceof RegistryError) return undefined;
          throw e;
        },
      );
      this.tagLists.set(key, p);
    }
    return p;
  }

  /**
   * The referrers of `subject` in `ref`'s repository: the referrers API where the registry has it
   * (followed across Link pages), else the referrers tag schema; `tags` (the repository's tag
   * list) spares the GET of a referrers tag that does not exist.
   */
  async referrers(ref: Reference, subject: string, tags?: Promise<Set<string> | undefined>): Promise<ReferrersList> {
    const registry = normaliseRegistry(ref.registry);
    if (this.api.get(registry) !== false) {
      const what = `referrers of ${ref.registry}/${ref.repository}@${subject}`;
      let path: string | undefined = `/v2/${ref.repository}/referrers/${subject}`;
      const descriptors: Descriptor[] = [];
      const seen = new Set<string>();
      while (path) {
        seen.add(path);
        const res = await this.client.request({
          registry: ref.registry,
          method: 'GET',
          path,
          headers: { accept: MT.ociIndex },
          scopes: [pullScope(ref.repository)],
          what,
        });
        const status = res.statusCode ?? 0;
        const type = String(res.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim();
        if (status === 200 && type === MT.ociIndex) {
          const j = JSON.parse((await readBody(res, what)).toString('utf8')) as Partial<IndexManifest>;
          if (!Array.isArray(j.manifests)) throw new RegistryError(`${what}: the registry answered an index without manifests`, 200);
          descriptors.push(...j.manifests);
          this.api.set(registry, true);
          const link = res.headers.link as string | undefined;
          const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
          path = next && !seen.has(next) ? next : undefined;
          continue;
        }
        if (descriptors.length) await this.client.expect(res, [], `GET ${what} (next page)`, ref.registry);
        // the spec: a 404 means no referrers API (go-containerregistry also falls back on 400,
        // 406 and an answer that is not an image index); anything else is an error
        if (status === 404 || (status === 200 && type !== MT.ociIndex)) this.api.set(registry, false);
        else if (status !== 400 && status !== 406) await this.client.expect(res, [200], `GET ${what}`, ref.registry);
        res.resume();
        break;
      }
      if (this.api.get(registry) === true) return { descriptors, via: 'api' };
    }
    const tag = referrersTag(subject);
    const known = await tags;
    if (known && !known.has(tag)) return { descriptors: [], via: 'tag' };
    const m = await this.client.getManifest(tagRef(ref, tag), { allowMissing: true });
    // the spec: a referrers tag that does not hold an image index means no referrers
    return { descriptors: m && isReferrersIndex(m) ? m.json.manifests : [], via: 'tag' };
  }

  /** Referrers of several subjects: the first alone while the registry's API support is unknown, then the rest together. */
  private async referrersOfAll(ref: Reference, subjects: string[], tags: Promise<Set<string> | undefined>): Promise<Map<string, Descriptor[]>> {
    const out = new Map<string, Descriptor[]>();
    let rest = subjects;
    if (!this.api.has(normaliseRegistry(ref.registry)) && subjects.length > 1) {
      out.set(subjects[0] as string, (await this.referrers(ref, subjects[0] as string, tags)).descriptors);
      rest = subjects.slice(1);
    }
    const lists = await Promise.all(rest.map((s) => this.referrers(ref, s, tags)));
    for (const [i, s] of rest.entries()) out.set(s, (lists[i] as ReferrersList).descriptors);
    return out;
  }

  /** Copy the cosign tags and referrers of `digests` (manifests already in dst) from src's repository to dst's. */
  async copy(src: Reference, dst: Reference, digests: string[]): Promise<SignatureReport> {
    const items: SignatureItem[] = [];
    const tags = this.tagSet(src);
    // discovery, level by level: referrers of the manifests, then referrers of those referrers
    const levels: Map<string, Descriptor[]>[] = [];
    const seen = new Set(digests);
    let subjects = [...seen];
    for (let depth = 0; depth < MAX_REFERRER_DEPTH && subjects.length; depth++) {
      const level = await this.referrersOfAll(src, subjects, tags);
      const found = [...level.entries()].filter(([, ds]) => ds.length);
      if (!found.length) break;
      levels.push(new Map(found));
      subjects = [...new Set(found.flatMap(([, ds]) => ds.map((d) => d.digest)))].filter((d) => !seen.has(d));
      for (const d of subjects) seen.add(d);
    }
    const cosign = cosignCandidates([...seen], await tags);
    const copyLevels = async () => {
      // a level's referrers exist in dst before referrers of them are pushed
      for (const level of levels) await Promise.all([...level.entries()].map(([subject, ds]) => this.copyReferrers(src, dst, subject, ds, items)));
    };
    await Promise.all([copyLevels(), ...cosign.map((c) => this.copyCosignTag(src, dst, c, items))]);
    // a stable report: by manifest (the index first), then sig, att, sbom, referrers
    const order = [...seen];
    const kinds = [...COSIGN_SUFFIXES, 'referrer'];
    items.sort(
      (a, b) => order.indexOf(a.subject) - order.indexOf(b.subject) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.digest.localeCompare(b.digest),
    );
    return { copied: items.filter((i) => i.status === 'copied').length, present: items.filter((i) => i.status === 'present').length, items };
  }

  private async copyCosignTag(src: Reference, dst: Reference, c: { subject: string; kind: CosignKind; tag: string }, items: SignatureItem[]): Promise<void> {
    const [s, d] = await Promise.all([this.client.headManifest(tagRef(src, c.tag)), this.client.headManifest(tagRef(dst, c.tag))]);
    if (!s) return; // no such tag (or it went away since the tag list)
    if (d?.digest === s.digest) {
      items.push({ kind: c.kind, subject: c.subject, digest: s.digest, tag: c.tag, status: 'present' });
      return;
    }
    const m = await this.client.getManifest(withDigest(src, s.digest));
    await this.transfer.contents(src, dst, m);
    await this.client.putManifest(tagRef(dst, c.tag), m.bytes, m.mediaType);
    items.push({ kind: c.kind, subject: c.subject, digest: m.digest, tag: c.tag, status: 'copied' });
  }

  private async copyReferrers(src: Reference, dst: Reference, subject: string, wanted: Descriptor[], items: SignatureItem[]): Promise<void> {
    const there = await this.referrers(dst, subject);
    const have = new Set(there.descriptors.map((d) => d.digest));
    const needTag: FetchedManifest[] = [];
    const pushed: FetchedManifest[] = [];
    await Promise.all(
      wanted.map(async (d) => {
        if (have.has(d.digest)) {
          items.push({ kind: 'referrer', subject, digest: d.digest, artifactType: d.artifactType, via: there.via, status: 'present' });
          return;
        }
        const m = await this.client.getManifest(withDigest(src, d.digest));
        await this.transfer.contents(src, dst, m);
        if (!(await this.putReferrer(dst, m))) needTag.push(m);
        pushed.push(m);
      }),
    );
    if (needTag.length) {
      // the destination did not index the subject: merge into its referrers tag, read just before
      // writing; every manifest it lists is in place by now
      const ref = tagRef(dst, referrersTag(subject));
      const current = await this.client.getManifest(ref, { allowMissing: true });
      if (current && !isReferrersIndex(current))
        throw new RegistryError(
          `${formatReference(ref)} holds a ${current.mediaType}, not the referrers index the OCI referrers tag schema keeps there; not overwriting it`,
          409,
        );
      const { index, added } = mergeReferrers(current?.json as IndexManifest | undefined, needTag.map(referrerDescriptor));
      if (added.length) await this.client.putManifest(ref, serialiseIndex(index), MT.ociIndex);
    }
    const viaTag = new Set(needTag.map((m) => m.digest));
    for (const m of pushed)
      items.push({
        kind: 'referrer',
        subject,
        digest: m.digest,
        artifactType: referrerDescriptor(m).artifactType,
        via: viaTag.has(m.digest) ? 'tag' : 'api',
        status: 'copied',
      });
  }

  /** PUT a referrer by digest; true when the registry processed its subject (answered `OCI-Subject`). */
  private async putReferrer(dst: Reference, m: FetchedManifest): Promise<boolean> {
    const what = `manifest ${dst.registry}/${dst.repository}@${m.digest}`;
    const res = await this.client.request({
      registry: dst.registry,
      method: 'PUT',
      path: `/v2/${dst.repository}/manifests/${m.digest}`,
      headers: { 'content-type': m.mediaType },
      body: m.bytes,
      scopes: [pushScope(dst.repository)],
      what,
    });
    res.resume();
    await this.client.expect(res, [200, 201, 202], `PUT ${what}`, dst.registry);
    const subject = (m.json as { subject?: Descriptor }).subject?.digest;
    return subject !== undefined && Boolean(res.headers['oci-subject']);
  }
}

/**
 * Digests of what a copy wrote: the image, or the index (when its digest was kept) and its kept
 * entries. The source index is read by digest (the client's manifest cache usually has it).
 */
export async function copiedDigests(
  client: RegistryClient,
  src: Reference,
  result: CopyResult,
  opts: { platforms?: Platform[]; keepAttestations?: boolean } = {},
): Promise<string[]> {
  if (!opts.platforms && !isIndexType(result.mediaType)) return [result.digest];
  const top = await client.getManifest(opts.platforms ? src : withDigest(src, result.digest));
  return coveredDigests(top, result, opts.platforms, opts.keepAttestations ?? true);
}
