import { UsageError } from '../core/errors.js';
import { RegistryClient } from '../registry/client.js';
import { BlobLocations } from '../registry/locations.js';
import type { MergeSource } from '../registry/merge.js';
import { clientOptionsFromFlags, intFlag, locationsFile, progressLine, REGISTRY_FLAGS, runWithTimeout, secondsFlag, timeoutFlag } from '../registry/options.js';
import { formatReference, parseReference, parseTag, type Reference } from '../registry/reference.js';
import { type Command, flagBool, flagList, flagString, printJson } from './command.js';
import { readInputFile, requireConfigDir } from './input.js';

/** --timeout's default, in seconds: the whole merge, retries included */
const TIMEOUT_S = 120;

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'build one multi-platform index from per-platform images',
  usage: 'gen-ci merge TARGET SRC[@platform]… | --spec FILE  [--keep-attestations] [--prefer first|last] [--timeout SECONDS] [--json]',
  help: `
Takes the runnable platform manifests of each SRC, which may be a single image manifest or an index
(such as buildx pushes with provenance: one platform plus an unknown/unknown attestation entry), and
pushes one index under TARGET. Manifests and blobs are copied (mounted on the same registry) into
TARGET's repository when sources live elsewhere. Two sources with the same platform are refused
unless --prefer says which wins. Legs of mixed manifest families (Docker and OCI) become one OCI index
(the Docker manifests are rewritten with OCI media types; blobs are unchanged); legs that disagree on
entrypoint, cmd, user, workdir or ports are refused unless --allow-config-drift. SRC@linux/arm64 picks one platform from an index (or declares the
platform of a manifest whose config lacks it).

--spec reads manifest-tool's from-spec YAML:
  image: registry.example.com/app:1.0
  tags: [latest]
  manifests:
    - image: registry.example.com/app:1.0-amd64
      platform: {os: linux, architecture: amd64}
    - image: registry.example.com/app:1.0-arm64
      platform: {os: linux, architecture: arm64, variant: v8}

Every value (TARGET, each SRC and platform, --tag, the spec) is checked before anything is pushed.
The whole merge, retries included, ends within --timeout (default 120 s), with one line if it does
not: the index is pushed last, so a merge cut short leaves TARGET as it was.

Replaces: docker manifest create --amend + docker manifest push, manifest-tool push from-args/from-spec.

Examples:
  gen-ci merge reg.example/app:1.0 reg.example/app:1.0-amd64 reg.example/app:1.0-arm64
  gen-ci merge --spec manifest.yaml --keep-attestations`,
  json: [
    'target, digest, mediaType; platforms: [{platform, digest, source}]; attestations: how many were kept;',
    'tags: the extra tags pointed at the index; blobsUploaded, blobsMounted, blobsPresent, bytesUploaded,',
    'manifestsPushed, manifestsPresent',
  ],
  flags: [
    { name: 'spec', type: 'string', description: 'manifest-tool from-spec YAML file' },
    { name: 'keep-attestations', type: 'boolean', description: 'carry provenance/SBOM attestation manifests of the kept platforms' },
    { name: 'prefer', type: 'string', description: 'when sources share a platform: first or last wins (default: refuse)' },
    { name: 'allow-config-drift', type: 'boolean', description: 'merge even when the platforms disagree on entrypoint, cmd, user, workdir, ports' },
    { name: 'tag', short: 't', type: 'list', description: 'also point this tag at the merged index' },
    { name: 'concurrency', type: 'string', description: 'blobs copied at once (default 8)' },
    timeoutFlag(TIMEOUT_S, 'the whole merge'),
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    const { mergeImages, parseMergeSource, parseMergeSpec } = await import('../registry/merge.js');
    let target: Reference;
    let sources: MergeSource[];
    let tags = flagList(args, 'tag');
    const spec = flagString(args, 'spec');
    if (spec) {
      if (args.positionals.length) throw new UsageError('give either --spec or TARGET SRC…, not both');
      const text = await readInputFile(spec, 'merge spec');
      const parsed = await parseMergeSpec(text);
      target = parsed.target;
      sources = parsed.sources;
      tags = [...parsed.tags, ...tags];
    } else {
      const [t, ...srcs] = args.positionals;
      if (!t || srcs.length === 0) throw new UsageError('merge needs TARGET and at least one SRC (or --spec FILE); see gen-ci merge --help');
      target = parseReference(t);
      sources = srcs.map(parseMergeSource);
    }
    const prefer = flagString(args, 'prefer');
    if (prefer !== undefined && prefer !== 'first' && prefer !== 'last') throw new UsageError(`--prefer takes first or last, not "${prefer}"`);
    // every value is checked before anything is pushed: a bad extra tag must not leave the index half tagged
    for (const t of tags) parseTag(t);
    const concurrency = intFlag(args, 'concurrency', 8);
    const timeoutMs = secondsFlag(args, 'timeout', TIMEOUT_S);
    await requireConfigDir(flagString(args, 'config'));
    const copt = clientOptionsFromFlags(args);
    const client = new RegistryClient(copt);
    const locations = await new BlobLocations(locationsFile(copt.cacheDir)).load();
    const progress = progressLine(io.tty);
    try {
      const r = await runWithTimeout(client, io, { timeoutMs, what: `the merge into ${formatReference(target)}`, host: target.registry }, (c) =>
        mergeImages(c, target, sources, {
          keepAttestations: flagBool(args, 'keep-attestations'),
          prefer: prefer as 'first' | 'last' | undefined,
          allowConfigDrift: flagBool(args, 'allow-config-drift'),
          extraTags: tags,
          concurrency,
          locations,
          onProgress: (p) => progress.update(formatReference(target), p),
        }),
      );
      progress.done();
      if (flagBool(args, 'json')) printJson(io, { ...r, tags });
      else {
        io.out(`${r.target} ${r.digest}`);
        for (const p of r.platforms) io.out(`  ${p.platform.padEnd(16)} ${p.digest}  from ${p.source}`);
        if (r.attestations) io.out(`  + ${r.attestations} attestation manifest(s)`);
        for (const t of tags) io.out(`  also tagged ${t}`);
      }
      return 0;
    } finally {
      progress.done();
      await locations.save();
      client.close();
    }
  },
};
