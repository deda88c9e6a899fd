import { readFile } from 'node:fs/promises';
import { UsageError, UserError } from '../core/errors.js';
import type { RegistryClient } from './client.js';
import { type CopyOptions, type CopyResult, copyImage, Transfer } from './copy.js';
import { BlobLocations } from './locations.js';
import { formatReference, isRegistryHost, parseReference, type Reference } from './reference.js';
import { copiedDigests, SignatureCopier, type SignatureReport } from './signatures.js';

export interface MirrorPair {
  src: Reference;
  dst: Reference;
}

/**
 * A destination for a source: a full reference, or a prefix ending in "/" under which the source
 * keeps its repository path and tag (docker.io/library/alpine:3 + reg.example/mirror/ →
 * reg.example/mirror/library/alpine:3).
 */
export function destinationFor(src: Reference, dst: string): Reference {
  const d = dst.trim();
  if (d.endsWith('/')) {
    const prefix = d.replace(/\/+$/, '');
    const ref = parseReference(`${prefix}/${src.repository}${keyOf(src)}`);
    if (!isRegistryHost(prefix.split('/')[0] as string))
      throw new UsageError(`mirror prefix "${dst}" must start with a registry host (e.g. registry.example.com/mirror/)`);
    return ref;
  }
  const ref = parseReference(d, { defaultTag: false });
  return ref.tag || ref.digest ? ref : parseReference(`${formatReference(ref)}${keyOf(src)}`);
}

/** The source's tag and digest as a reference suffix (a digest-only source stays digest-only). */
function keyOf(src: Reference): string {
  return `${src.tag ? `:${src.tag}` : ''}${src.digest ? `@${src.digest}` : ''}` || ':latest';
}

/** `SRC=DST` or `SRC DST`; blank lines and # comments are skipped. */
export function parsePairLines(text: string, origin = 'pairs'): MirrorPair[] {
  const out: MirrorPair[] = [];
  text.split('\n').forEach((line, i) => {
    const l = line.replace(/(^|\s)#.*$/, '').trim();
    if (!l) return;
    const parts = l.includes('=') ? l.split('=').map((x) => x.trim()) : l.split(/\s+/);
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`${origin} line ${i + 1}: expected SRC=DST, got "${l}"`);
    const src = parseReference(parts[0]);
    out.push({ src, dst: destinationFor(src, parts[1]) });
  });
  return out;
}

export async function readPairsFile(path: string): Promise<MirrorPair[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parsePairLines(text, path);
}

export interface MirrorOptions extends CopyOptions {
  onPair?: (pair: MirrorPair, index: number) => void;
  /** copy cosign signature/attestation/SBOM tags and OCI referrers of every copied manifest (default true) */
  signatures?: boolean;
}

export interface MirrorResult extends CopyResult {
  /** what signatures and referrers were copied or already there (absent with signatures: false) */
  signatures?: SignatureReport;
}

/**
 * Mirror several images in one run: they share connections, tokens and the knowledge of where
 * blobs live, so later pairs mount what earlier ones uploaded. Each image's signatures and
 * referrers follow it once the image itself is complete in the destination.
 */
export async function mirrorImages(client: RegistryClient, pairs: MirrorPair[], opts: MirrorOptions = {}): Promise<MirrorResult[]> {
  const locations = opts.locations ?? new BlobLocations();
  const transfer = new Transfer(client, { ...opts, locations });
  const signatures = opts.signatures === false ? undefined : new SignatureCopier(client, transfer);
  const results: MirrorResult[] = [];
  for (const [i, pair] of pairs.entries()) {
    opts.onPair?.(pair, i);
    try {
      const r: MirrorResult = await copyImage(client, pair.src, pair.dst, opts, transfer);
      if (signatures) {
        try {
          signatures.tagSet(pair.src).catch(() => {}); // under way while the index is read; copy() reports its failure
          r.signatures = await signatures.copy(pair.src, pair.dst, await copiedDigests(client, pair.src, r, opts));
        } catch (e) {
          if (e instanceof UserError) throw new UserError(`copying the signatures and referrers: ${e.message} (--no-signatures skips them)`, e.exitCode);
          throw e;
        }
        transfer.finish();
      }
      results.push(r);
    } catch (e) {
      if (e instanceof UserError && pairs.length > 1)
        throw new UserError(`mirror ${formatReference(pair.src)} → ${formatReference(pair.dst)}: ${e.message}`, e.exitCode);
      throw e;
    }
  }
  return results;
}
