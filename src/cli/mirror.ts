import { formatBytes } from '../core/bytes.js';
import { UsageError } from '../core/errors.js';
import { parsePlatformList } from '../core/platform.js';
import { RegistryClient } from '../registry/client.js';
import type { CopyResult } from '../registry/copy.js';
import { inspectImage } from '../registry/inspect.js';
import { BlobLocations } from '../registry/locations.js';
import { destinationFor, type MirrorPair, mirrorImages, parsePairLines } from '../registry/mirror.js';
import {
  clientOptionsFromFlags,
  intFlag,
  locationsFile,
  progressLine,
  REGISTRY_FLAGS,
  runWithTimeout,
  secondsFlag,
  sizeFlag,
  timeoutFlag,
} from '../registry/options.js';
import { formatReference, parseReference, withDigest } from '../registry/reference.js';
import { type Command, flagBool, flagString, printJson } from './command.js';
import { readInputFile, requireConfigDir } from './input.js';

/** --timeout's default, in seconds: the whole mirror, retries included */
const TIMEOUT_S = 600;

/** An up-to-date copy answers from a HEAD alone (platforms []): --json still names its platforms (the manifest cache usually has them). */
async function withPlatforms<R extends CopyResult>(client: RegistryClient, pairs: MirrorPair[], results: R[]): Promise<R[]> {
  return Promise.all(
    results.map(async (r, i) => {
      const pair = pairs[i];
      if (!r.upToDate || r.platforms.length || !pair) return r;
      const info = await inspectImage(client, withDigest(pair.src, r.digest));
      return { ...r, platforms: info.platforms.map((p) => p.platform) };
    }),
  );
}

export const mirrorCommand: Command = {
  name: 'mirror',
  summary: 'copy images with all (or chosen) platforms between registries',
  usage: 'gen-ci mirror SRC DST | SRC=DST… | --file PAIRS  [--platforms list|all] [--timeout SECONDS] [--json]',
  help: `
Copies an image index with every platform manifest and blob (digests preserved), or only the
platforms given with --platforms (the index is rewritten). Blobs the destination already has are
skipped, blobs on the same registry are mounted from any repository known to hold them, the rest
stream through a bounded pool. Child manifests are pushed before the index, so the tag never points
at an incomplete image. No Docker daemon is needed.

Signatures travel with the image (--no-signatures skips them): for the index and every copied
platform manifest, cosign's sha256-<digest>.sig/.att/.sbom tags and the OCI referrers (the
registry's referrers API, else the sha256-<digest> referrers tag) are copied with their blobs;
the destination indexes them by subject, or its referrers tag is merged. --json lists each one.

The whole mirror, retries included, ends within --timeout (default 600 s): a registry that never
answers, keeps failing or asks to retry later than that ends it with one line (exit 1), and no tag is
written for an image that was not copied whole. Each retry is a line on a terminal.

DST may be a prefix ending in "/" (registry.example.com/mirror/): the source path and tag are kept.
Several SRC=DST pairs, or a file of them (one per line, # comments), are mirrored in one run.

Examples:
  gen-ci mirror docker.io/library/alpine:3.20 registry.example.com/mirror/alpine:3.20
  gen-ci mirror golang:1.22=reg.example/mirror/ debian:12=reg.example/mirror/ --platforms linux/amd64,linux/arm64
  gen-ci mirror --file mirror.txt --json`,
  json: [
    'images: one per pair, in order: [{source, destination, digest, mediaType, platforms, upToDate,',
    'blobsUploaded, blobsMounted, blobsPresent, bytesUploaded, manifestsPushed, manifestsPresent}]',
    '(platforms: the runnable platforms at the destination, also when it was already up to date);',
    'signatures: {copied, present, items} of each image (not with --no-signatures)',
  ],
  flags: [
    { name: 'platforms', type: 'string', aliases: ['platform'], description: 'platforms to copy (comma separated) or "all" (default)' },
    { name: 'file', short: 'f', type: 'string', description: 'file of SRC=DST lines' },
    { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
    { name: 'chunk-size', type: 'string', description: 'upload in chunks of this size (e.g. 16M) instead of one streamed PUT' },
    { name: 'no-attestations', type: 'boolean', description: 'with --platforms: drop the attestation manifests of the kept platforms' },
    { name: 'no-signatures', type: 'boolean', description: 'do not copy cosign signatures/attestations/SBOMs and OCI referrers' },
    timeoutFlag(TIMEOUT_S, 'the whole mirror'),
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    const pairs: MirrorPair[] = [];
    const pos = args.positionals;
    if (pos.length === 2 && !pos[0]?.includes('=') && !pos[1]?.includes('=')) {
      const src = parseReference(pos[0] as string);
      pairs.push({ src, dst: destinationFor(src, pos[1] as string) });
    } else {
      for (const p of pos) {
        if (!p.includes('=')) throw new UsageError(`"${p}": give SRC DST, or SRC=DST pairs; see gen-ci mirror --help`);
        pairs.push(...parsePairLines(p, 'argument'));
      }
    }
    const file = flagString(args, 'file');
    if (file) pairs.push(...parsePairLines(await readInputFile(file, 'pairs file'), file));
    if (pairs.length === 0) throw new UsageError('nothing to mirror: give SRC DST, SRC=DST pairs or --file; see gen-ci mirror --help');
    const platformsRaw = flagString(args, 'platforms');
    const platforms = platformsRaw && platformsRaw.trim().toLowerCase() !== 'all' ? parsePlatformList(platformsRaw) : undefined;
    if (platformsRaw !== undefined && platforms?.length === 0) throw new UsageError('--platforms is empty; give a list or "all"');
    // every value is checked before anything is pushed
    const concurrency = intFlag(args, 'concurrency', 8);
    const chunkSize = sizeFlag(args, 'chunk-size');
    const timeoutMs = secondsFlag(args, 'timeout', TIMEOUT_S);
    await requireConfigDir(flagString(args, 'config'));
    const copt = clientOptionsFromFlags(args);
    const client = new RegistryClient(copt);
    const locations = await new BlobLocations(locationsFile(copt.cacheDir)).load();
    const progress = progressLine(io.tty);
    let label = '';
    const json = flagBool(args, 'json');
    try {
      const first = pairs[0] as MirrorPair;
      const what = pairs.length === 1 ? `the mirror of ${formatReference(first.src)}` : `the mirror of ${pairs.length} images`;
      const results = await runWithTimeout(client, io, { timeoutMs, what, host: first.src.registry }, (c) =>
        mirrorImages(c, pairs, {
          platforms,
          keepAttestations: !flagBool(args, 'no-attestations'),
          signatures: !flagBool(args, 'no-signatures'),
          concurrency,
          chunkSize,
          locations,
          onPair: (p) => {
            label = formatReference(p.dst);
          },
          onProgress: (p) => progress.update(label, p),
        }),
      );
      progress.done();
      if (json) printJson(io, { images: await withPlatforms(client, pairs, results) });
      else
        for (const r of results) {
          const what = r.upToDate
            ? 'up to date'
            : `${r.platforms.join(', ') || 'copied'}; ${r.blobsUploaded} blobs uploaded (${formatBytes(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} present; ${r.manifestsPushed} manifests pushed`;
          const sigs =
            r.signatures && r.signatures.copied + r.signatures.present > 0
              ? `; signatures/referrers: ${r.signatures.copied} copied, ${r.signatures.present} present`
              : '';
          io.out(`${r.source} → ${r.destination} ${r.digest}: ${what}${sigs}`);
        }
      return 0;
    } finally {
      progress.done();
      await locations.save();
      client.close();
    }
  },
};
