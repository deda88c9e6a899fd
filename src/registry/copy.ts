import { digestOf } from './digest.js';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { backoffMs, sleep } from '../core/retry.js';
import { UserError } from '../core/errors.js';
import { formatPlatform, type Platform, samePlatform } from '../core/platform.js';
import { abortError, type RegistryClient, RegistryError } from './client.js';
import { configPlatform } from './inspect.js';
import { BlobLocations } from './locations.js';
import {
  type Descriptor,
  descriptorPlatform,
  type FetchedManifest,
  type ImageManifest,
  type IndexManifest,
  isAttestation,
  isIndex,
  manifestBlobs,
  REF_DIGEST_ANNOTATION,
  serialiseIndex,
} from './manifest.js';
import { Pool } from './pool.js';
import { formatReference, normaliseRegistry, type Reference, withDigest } from './reference.js';

export interface CopyProgress {
  blobsTotal: number;
  blobsDone: number;
  bytesTotal: number;
  bytesDone: number;
}

export interface TransferOptions {
  /** blobs copied at once (default 8) */
  concurrency?: number;
  /** where blobs were seen; shared between copies so later ones can mount */
  locations?: BlobLocations;
  /** retries of a whole blob transfer whose streamed upload failed (default 2) */
  blobRetries?: number;
  /** upload in PATCH chunks of this size instead of one streamed PUT */
  chunkSize?: number;
  onProgress?: (p: CopyProgress) => void;
}

export interface CopyOptions extends TransferOptions {
  /** copy only these platforms (the index is rewritten); undefined copies everything, digests preserved */
  platforms?: Platform[];
  /** with `platforms`: keep the attestation manifests of the kept platforms (default true) */
  keepAttestations?: boolean;
}

export interface TransferStats {
  manifestsPushed: number;
  manifestsPresent: number;
  blobsUploaded: number;
  blobsMounted: number;
  blobsPresent: number;
  bytesUploaded: number;
}

export interface CopyResult extends TransferStats {
  source: string;
  destination: string;
  digest: string;
  mediaType: string;
  platforms: string[];
  /** the destination already had exactly this; nothing was read or written */
  upToDate: boolean;
}

/** Wait ms, or reject at once when the operation is cancelled (its deadline passed). */

/** Counts what flows through, for progress (only needed when the source stream does not count itself). */
class Counter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback): void {
    this.bytes += chunk.length;
    cb(null, chunk);
  }
}

/** Streams moving right now, each with the bytes it has read so far (progress is sampled, not pushed per chunk). */
type Moving = { readonly bytes: number };

/**
 * Moves manifests and blobs between repositories: skips what the destination has, mounts across
 * repositories of the same registry, streams the rest through a bounded pool, and pushes every
 * manifest only after everything it references is in place (children before indexes).
 */
export class Transfer {
  readonly stats: TransferStats = { manifestsPushed: 0, manifestsPresent: 0, blobsUploaded: 0, blobsMounted: 0, blobsPresent: 0, bytesUploaded: 0 };
  readonly progress: CopyProgress = { blobsTotal: 0, blobsDone: 0, bytesTotal: 0, bytesDone: 0 };
  readonly locations: BlobLocations;
  private readonly pool: Pool;
  private readonly blobs = new Map<string, Promise<void>>();
  private readonly manifests = new Map<string, Promise<void>>();
  private readonly moving = new Set<Moving>();
  private ticker: NodeJS.Timeout | undefined;
  private lastProgress = 0;

  constructor(
    readonly client: RegistryClient,
    readonly opts: TransferOptions = {},
  ) {
    this.pool = new Pool(opts.concurrency ?? 8);
    this.locations = opts.locations ?? new BlobLocations();
  }

  private tick(force = false): void {
    if (!this.opts.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    let inFlight = 0;
    for (const m of this.moving) inFlight += m.bytes;
    this.opts.onProgress({ ...this.progress, bytesDone: this.progress.bytesDone + inFlight });
  }

  /** Progress is sampled every 100 ms while blobs move (no work per chunk); stopped when all are done or one failed. */
  private sampling(on: boolean): void {
    if (on && !this.ticker && this.opts.onProgress) this.ticker = setInterval(() => this.tick(), 100).unref();
    else if (!on && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  /** Make sure the destination repository has the blob. */
  blob(src: Reference, dst: Reference, d: Descriptor): Promise<void> {
    const key = `${normaliseRegistry(dst.registry)}/${dst.repository}@${d.digest}`;
    let p = this.blobs.get(key);
    if (!p) {
      this.progress.blobsTotal++;
      this.progress.bytesTotal += d.size;
      this.sampling(true);
      // largest first: the big layers of every platform start early and the tail is small blobs,
      // so the pool stays full until the end
      p = this.pool
        .run(() => this.copyBlob(src, dst, d), d.size)
        .then(
          () => {
            this.progress.blobsDone++;
            const all = this.progress.blobsDone === this.progress.blobsTotal;
            if (all) this.sampling(false);
            this.tick(all);
          },
          (e) => {
            this.sampling(false);
            this.pool.abort(e);
            throw e;
          },
        );
      this.blobs.set(key, p);
    }
    return p;
  }

  private async copyBlob(src: Reference, dst: Reference, d: Descriptor): Promise<void> {
    const { client } = this;
    const sameRegistry = normaliseRegistry(src.registry) === normaliseRegistry(dst.registry);
    this.locations.add(src.registry, src.repository, d.digest);
    const retries = this.opts.blobRetries ?? 2;
    for (let attempt = 0; ; attempt++) {
      const known = this.locations.find(dst.registry, d.digest).filter((r) => r !== dst.repository);
      const from = sameRegistry && src.repository !== dst.repository ? src.repository : known[0];
      if (!from || attempt > 0) {
        if ((await client.headBlob(dst.registry, dst.repository, d.digest)) !== undefined) {
          this.stats.blobsPresent++;
          this.progress.bytesDone += d.size;
          this.locations.add(dst.registry, dst.repository, d.digest);
          return;
        }
      }
      // nothing to mount: open the source while the session opens, one round trip instead of two
      const opening = from ? undefined : client.getBlob(src.registry, src.repository, d.digest, d.size);
      opening?.catch(() => {}); // its failure is handled below, where it is awaited
      let session: Awaited<ReturnType<RegistryClient['startUpload']>>;
      try {
        session = await client.startUpload(dst.registry, dst.repository, from ? { repository: from, digest: d.digest } : undefined);
      } catch (e) {
        opening?.then(
          (s) => s.destroy(),
          () => {},
        );
        throw e;
      }
      if (session.mounted) {
        this.stats.blobsMounted++;
        this.progress.bytesDone += d.size;
        this.locations.add(dst.registry, dst.repository, d.digest);
        return;
      }
      if (from && from !== src.repository) this.locations.forget(dst.registry, from, d.digest);
      let moving: Moving | undefined;
      try {
        const source = await (opening ?? client.getBlob(src.registry, src.repository, d.digest, d.size));
        // the client's verifying stream counts what it read; only another kind of stream gets a counter
        let body: Readable = source;
        if (this.opts.onProgress) {
          if (typeof (source as Partial<Moving>).bytes === 'number') moving = source as Readable & Moving;
          else {
            const counter = new Counter();
            body = source.pipe(counter);
            source.on('error', (e) => counter.destroy(e));
            moving = counter;
          }
          this.moving.add(moving);
        }
        if (this.opts.chunkSize) await client.uploadChunked(dst.registry, dst.repository, session.location, d.digest, body, this.opts.chunkSize);
        else await client.putUpload(dst.registry, dst.repository, session.location, d.digest, body, d.size);
      } catch (e) {
        // a digest mismatch may be a corrupting hop (a proxy, a cut connection): the whole transfer is tried again, bounded
        const permanent = e instanceof RegistryError && e.status !== 429 && e.status < 500;
        if (permanent || attempt >= retries) throw e;
        await sleep(backoffMs(attempt, 500), client.opts.signal, abortError);
        continue;
      } finally {
        if (moving) this.moving.delete(moving);
      }
      this.progress.bytesDone += d.size;
      this.stats.blobsUploaded++;
      this.stats.bytesUploaded += d.size;
      this.locations.add(dst.registry, dst.repository, d.digest);
      return;
    }
  }

  /**
   * Make sure the destination has the manifest `d` (by digest) and everything below it.
   * `fetched` skips the GET when the caller already has the manifest.
   */
  manifest(src: Reference, dst: Reference, d: Descriptor, fetched?: FetchedManifest): Promise<void> {
    const key = `${normaliseRegistry(dst.registry)}/${dst.repository}@${d.digest}`;
    let p = this.manifests.get(key);
    if (!p) {
      p = this.copyManifest(src, dst, d, fetched);
      this.manifests.set(key, p);
    }
    return p;
  }

  private async copyManifest(src: Reference, dst: Reference, d: Descriptor, fetched?: FetchedManifest): Promise<void> {
    const target = withDigest(dst, d.digest);
    if (await this.client.headManifest(target)) {
      // a registry accepts a manifest only when everything it references is present
      this.stats.manifestsPresent++;
      return;
    }
    const m = fetched ?? (await this.client.getManifest(withDigest(src, d.digest)));
    await this.contents(src, dst, m);
    await this.client.putManifest(target, m.bytes, m.mediaType);
    this.stats.manifestsPushed++;
  }

  /** Everything a manifest references: child manifests of an index, blobs of an image. */
  async contents(src: Reference, dst: Reference, m: FetchedManifest): Promise<void> {
    if (isIndex(m)) await Promise.all(m.json.manifests.map((c) => this.manifest(src, dst, c)));
    else await Promise.all(manifestBlobs(m.json as ImageManifest).map((b) => this.blob(src, dst, b)));
  }

  finish(): void {
    this.sampling(false);
    this.tick(true);
  }
}

/** Entries of an index to keep for the wanted platforms, with the attestations that describe them. */
export function selectEntries(index: IndexManifest, platforms: Platform[] | undefined, keepAttestations = true): Descriptor[] {
  if (!platforms) return index.manifests;
  const kept = index.manifests.filter((d) => {
    const p = descriptorPlatform(d);
    return !isAttestation(d) && p !== undefined && platforms.some((w) => samePlatform(p, w));
  });
  const digests = new Set(kept.map((d) => d.digest));
  return index.manifests.filter(
    (d) => digests.has(d.digest) || (keepAttestations && isAttestation(d) && digests.has(d.annotations?.[REF_DIGEST_ANNOTATION] ?? '')),
  );
}

function platformsOf(descs: Descriptor[]): string[] {
  return descs.flatMap((d) => {
    const p = descriptorPlatform(d);
    return p && !isAttestation(d) ? [formatPlatform(p)] : [];
  });
}

/**
 * Copy an image (index or single manifest) from src to dst. Without `platforms` everything is
 * copied and every digest is preserved; with it, the index is rewritten to the chosen platforms.
 * The destination tag is written last, so it never points at something incomplete.
 */
export async function copyImage(client: RegistryClient, src: Reference, dst: Reference, opts: CopyOptions = {}, transfer?: Transfer): Promise<CopyResult> {
  const t = transfer ?? new Transfer(client, opts);
  const before = { ...t.stats };
  const result = (digest: string, mediaType: string, platforms: string[], upToDate: boolean): CopyResult => {
    const s = t.stats;
    return {
      source: formatReference(src),
      destination: formatReference(dst),
      digest,
      mediaType,
      platforms,
      upToDate,
      manifestsPushed: s.manifestsPushed - before.manifestsPushed,
      manifestsPresent: s.manifestsPresent - before.manifestsPresent,
      blobsUploaded: s.blobsUploaded - before.blobsUploaded,
      blobsMounted: s.blobsMounted - before.blobsMounted,
      blobsPresent: s.blobsPresent - before.blobsPresent,
      bytesUploaded: s.bytesUploaded - before.bytesUploaded,
    };
  };
  const all = !opts.platforms;
  // HEAD first: when the destination already holds the very same digest there is nothing to pull
  const [srcHead, dstHead] = await Promise.all([client.headManifest(src), dst.digest && !dst.tag ? undefined : client.headManifest(dst)]);
  if (!srcHead) throw new RegistryError(`${formatReference(src)} not found`, 404, 'MANIFEST_UNKNOWN');
  if (all && dstHead?.digest === srcHead.digest) return result(srcHead.digest, srcHead.mediaType, [], true);
  const m = await client.getManifest(withDigest(src, srcHead.digest));
  if (!isIndex(m)) {
    const p = await configPlatform(client, src, m.json as ImageManifest);
    const plat = p ? formatPlatform(p) : 'unknown';
    if (opts.platforms && !(p && opts.platforms.some((w) => samePlatform(p, w))))
      throw new UserError(`${formatReference(src)} is a single-platform image for ${plat}, not ${opts.platforms.map(formatPlatform).join(', ')}`);
    if (dstHead?.digest === m.digest) return result(m.digest, m.mediaType, [plat], true);
    await t.contents(src, dst, m);
    await client.putManifest(dst, m.bytes, m.mediaType);
    t.stats.manifestsPushed++;
    t.finish();
    return result(m.digest, m.mediaType, [plat], false);
  }
  const entries = selectEntries(m.json, opts.platforms, opts.keepAttestations ?? true);
  const platforms = platformsOf(entries);
  if (opts.platforms) {
    const missing = opts.platforms.filter((w) => !platforms.some((p) => p === formatPlatform(w)));
    if (missing.length)
      throw new UserError(
        `${formatReference(src)} has no ${missing.map(formatPlatform).join(', ')}; it has ${platformsOf(m.json.manifests).join(', ') || 'no runnable platform'}`,
      );
  }
  let bytes = m.bytes;
  if (!all && entries.length !== m.json.manifests.length) {
    if (dst.digest && !dst.tag) throw new UserError('a destination by digest cannot receive a subset of platforms (the index changes); give a tag');
    bytes = serialiseIndex({ ...m.json, manifests: entries });
  }
  const digest = digestOf(bytes);
  if (dstHead?.digest === digest) return result(digest, m.mediaType, platforms, true);
  await Promise.all(entries.map((d) => t.manifest(src, dst, d)));
  await client.putManifest(dst.tag ? dst : withDigest(dst, digest), bytes, m.mediaType);
  t.stats.manifestsPushed++;
  t.finish();
  return result(digest, m.mediaType, platforms, false);
}
