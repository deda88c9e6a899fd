// The job's decisions, as pure functions: typed inputs + facts probed from the machine
// (tool versions, the daemon's platform, the builder's platforms, registered emulators) ->
// the exact commands, environment and files. The effects (src/pipeline/steps.ts) only run them.
import { join } from 'node:path';
import type { JobOptions } from './options.js';
import { type EmulatorPlan, emulatorEntry, planEmulators } from '../core/binfmt.js';
import { type BuildOptions, buildArgs, buildEnv, platformSlug, repositoryOf, validateTag } from '../core/build.js';
import { buildkitdToml, createBuilderArgs } from '../core/builder.js';
import { unsupported, type Versions } from '../core/capabilities.js';
import { UsageError } from '../core/errors.js';
import { helperImage, PINNED_BUILDKIT } from '../core/helper-images.js';
import { formatPlatform, type Platform, parsePlatformList } from '../core/platform.js';
import type { MergeSource } from '../registry/merge.js';
import { formatReference, parseReference, withDigest } from '../registry/reference.js';

/** The repository an image is pushed to: image input, else the first tag's. */
export function targetRepository(i: Pick<JobOptions, 'image' | 'tags'>): string | undefined {
  return i.image ?? (i.tags[0] ? repositoryOf(i.tags[0]) : undefined);
}

/** `linux/arm64` -> `linux-arm64`: cache refs, gha scopes and local cache directories of this platform set. */
export function jobSlug(i: Pick<JobOptions, 'platforms'>): string {
  return platformSlug(i.platforms.map(formatPlatform));
}

export type BuilderPlan =
  /** an existing builder: the builder input, or the engine's own (driver: docker) */
  | { kind: 'existing'; name?: string }
  | {
      kind: 'create';
      name: string;
      args: string[];
      /** the BuildKit image to make available first (docker-container) */
      image?: string;
      /** buildkitd.toml to write before creating */
      toml?: { path: string; content: string };
    };

/** How the builder comes to be (pure; `name` and `tempDir` are the run's). */
export function planBuilder(i: JobOptions, name: string, tempDir: string): BuilderPlan {
  if (i.builder) return { kind: 'existing', name: i.builder };
  if (i.driver === 'docker') return { kind: 'existing' };
  const content = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
  const toml = content ? { path: join(tempDir, 'buildkitd.toml'), content } : undefined;
  let driverOpts = i.driverOpts;
  let image: string | undefined;
  if (i.driver === 'docker-container') {
    // the BuildKit image: pinned, from helper-registry when set; an image= driver-opt wins
    const given = driverOpts.find((o) => o.startsWith('image='))?.slice(6);
    image = given ?? helperImage(PINNED_BUILDKIT, i.buildkitImage, i.helperRegistry);
    if (!given) driverOpts = [`image=${image}`, ...driverOpts];
  }
  const args = createBuilderArgs({ name, driver: i.driver, driverOpts, configFile: toml?.path, endpoint: i.endpoint });
  return { kind: 'create', name, args, image, toml };
}

export interface QemuFacts {
  /** platforms the machine that runs the builder executes natively (the daemon's os/arch) */
  native: Platform[];
  /** qemu-* entries registered in this machine's kernel */
  registered: string[];
  /** an existing builder's own platform list: what it lists it can run (emulated or not) */
  builderPlatforms?: Platform[];
}

export type QemuPlan = { skip: string } | EmulatorPlan;

/**
 * Which emulators to install (pure). A remote builder runs elsewhere: its host's emulators are
 * its own business, and installing any here would be wrong (or, with no daemon, fatal).
 */
export function planQemu(i: JobOptions, facts: QemuFacts): QemuPlan {
  if (i.driver === 'remote' && !i.builder) return { skip: 'remote builder: QEMU is up to the BuildKit host, nothing installed here' };
  // a platform the builder lists counts as registered: auto leaves it, true refreshes it
  const listed = (facts.builderPlatforms ?? []).map(emulatorEntry).filter((e): e is string => Boolean(e));
  return planEmulators(i.platforms, i.qemu, facts.native, [...new Set([...facts.registered, ...listed])]);
}

export interface BuildFacts {
  builder: string;
  /** the builder's driver (docker: push-by-digest goes through an OCI layout) */
  driver?: string;
  versions: Versions;
  tempDir: string;
  /** secret id -> file (randomly named, inside tempDir) */
  secretFiles: Record<string, string>;
  /** cache: local */
  localCacheDir?: string;
}

export interface BuildPlan {
  args: string[];
  env: Record<string, string>;
  metadataFile: string;
  /** docker driver, push-by-digest: the OCI layout our registry client pushes afterwards */
  ociLayout?: string;
  /** one line per feature the tools cannot do (the input named) */
  warnings: string[];
}

/** What the tools' versions must be known for before building (gated features only). */
export function needsVersions(i: JobOptions): boolean {
  return i.provenance !== 'false' || i.sbom !== 'false' || i.pushByDigest || i.cache === 'gha';
}

/** `docker buildx build …`, its environment and what the tools' versions allow (pure). */
export function planBuild(i: JobOptions, f: BuildFacts): BuildPlan {
  const warnings: string[] = [];
  const gate = (feature: Parameters<typeof unsupported>[0], on: boolean): boolean => {
    if (!on) return false;
    const why = unsupported(feature, f.versions);
    if (why) warnings.push(why);
    return !why;
  };
  let provenance = i.provenance;
  let sbom = i.sbom;
  if (provenance !== 'false' && !gate('provenance', true)) provenance = 'false';
  if (sbom !== 'false' && !gate('sbom', true)) sbom = 'false';
  // Both off (the default): BUILDX_NO_DEFAULT_ATTESTATIONS=1 says it to buildx >= 0.10, and older
  // ones make no attestations, so no flag is passed and buildx's version need not be known.
  // On request: buildx < 0.10 has no --provenance/--sbom flags.
  let attestationFlags = provenance !== 'false' || sbom !== 'false';
  if (attestationFlags && unsupported('attestationFlags', f.versions)) {
    warnings.push(unsupported('attestationFlags', f.versions) as string);
    provenance = 'false';
    sbom = 'false';
    attestationFlags = false;
  }
  if (i.pushByDigest) gate('pushByDigest', true);
  if (i.cache === 'gha' && !i.cacheFrom.length && !i.cacheTo.length) gate('ghaCache', true);

  const slug = jobSlug(i);
  const metadataFile = join(f.tempDir, 'metadata.json');
  const repo = i.pushByDigest ? targetRepository(i) : undefined;
  if (i.pushByDigest && !repo) throw new UsageError('push-by-digest needs image (a repository such as ghcr.io/owner/app) or a tag to take it from');
  const ociLayout = repo && f.driver === 'docker' ? join(f.tempDir, 'oci-layout') : undefined;
  const opts: BuildOptions = {
    builder: f.builder,
    platforms: i.platforms,
    context: i.context,
    file: i.file,
    tags: i.tags,
    labels: i.labels,
    annotations: i.annotations.length && gate('annotations', true) ? i.annotations : [],
    sourceDateEpoch: i.sourceDateEpoch,
    buildArgs: i.buildArgs,
    target: i.target,
    secretFiles: f.secretFiles,
    push: i.push,
    load: i.load,
    outputs: i.outputs,
    cache: i.cache,
    cacheFrom: i.cacheFrom,
    cacheTo: i.cacheTo,
    provenance,
    sbom,
    attestationFlags,
    metadataFile,
    cacheScope: slug,
    pushByDigest: repo,
    cacheSuffix: i.pushByDigest ? slug : undefined,
    ociLayout,
    localCacheDir: f.localCacheDir,
  };
  return { args: buildArgs(opts), env: buildEnv(opts), metadataFile, ociLayout, warnings };
}

/**
 * Everything about the inputs that can be wrong, found before the first side effect (pure):
 * the same checks the planners make later, run on placeholder facts.
 */
export function validateJob(i: JobOptions): void {
  if (i.merge) {
    const first = i.tags[0];
    if (!first) throw new UsageError('merge needs tags: the index is pushed under them');
    for (const t of i.tags) validateTag(t);
    const target = parseReference(first);
    if (!target.tag) throw new UsageError(`tags: "${first}" needs a tag for the merged index`);
    for (const e of i.tags.slice(1).map((t) => parseReference(t))) {
      if (e.registry !== target.registry || e.repository !== target.repository) {
        throw new UsageError(
          `merge tags must share one repository (${target.registry}/${target.repository}); "${formatReference(e)}" does not — mirror it afterwards with gen-ci mirror`,
        );
      }
    }
    const repo = targetRepository(i) as string;
    for (const d of i.digests) parseLeg(d, repo);
    return;
  }
  planBuilder(i, 'gen-ci-check', '/nonexistent');
  const secretFiles = Object.fromEntries(Object.keys(i.secrets).map((id) => [id, '/nonexistent/secret']));
  planBuild(i, { builder: 'gen-ci-check', versions: {}, tempDir: '/nonexistent', secretFiles, localCacheDir: i.cache === 'local' ? '/nonexistent/cache' : undefined });
}

/** One merge leg: sha256:…, a bare hex digest, REPOSITORY@sha256:…, or PLATFORM=any of those (pure). */
export function parseLeg(entry: string, repo: string, platformHint?: string): MergeSource {
  let platform: Platform | undefined;
  let value = entry.trim();
  const eq = value.indexOf('=');
  if (eq > 0) {
    platform = parsePlatformList(value.slice(0, eq))[0];
    value = value.slice(eq + 1).trim();
  } else if (platformHint) {
    const ps = parsePlatformList(platformHint);
    if (ps.length === 1) platform = ps[0];
  }
  const ref = /^sha256:[a-f0-9]{64}$/.test(value)
    ? withDigest(parseReference(repo), value)
    : /^[a-f0-9]{64}$/.test(value)
      ? withDigest(parseReference(repo), `sha256:${value}`)
      : parseReference(value);
  if (!ref.digest) throw new UsageError(`digests: "${entry}" is not a digest (sha256:…, REPOSITORY@sha256:… or PLATFORM=sha256:…)`);
  return platform ? { ref, platform } : { ref };
}
