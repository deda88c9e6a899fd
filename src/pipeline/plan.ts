// The job's decisions, as pure functions: typed inputs + facts probed from the machine
// (tool versions, the daemon's platform, the builder's platforms, registered emulators) ->
// the exact commands, environment and files. The effects (src/pipeline/steps.ts) only run them.
import { join } from 'node:path';
import type { JobOptions } from './options.js';
import { type EmulatorPlan, emulatorEntry, planEmulators } from '../core/binfmt.js';
import { type BuildOptions, buildEnv, buildxBuildArgs } from '../core/build.js';
import { buildkitdToml, createBuilderArgs } from '../core/builder.js';
import { unsupported, type Versions } from '../core/capabilities.js';
import { UsageError, UserError } from '../core/errors.js';
import { buildctlArgs } from '../core/buildctl.js';
import { appendNodeArgs, checkNodes, localNodeName, localNodeRunArgs, nodeCreateArgs, unownedPlatforms } from '../core/nodes.js';
import { helperImage, PINNED_BUILDKIT } from '../core/helper-images.js';
import { type Platform, parsePlatformList, platformSetSlug } from '../core/platform.js';
import type { MergeSource } from '../registry/merge.js';
import { formatReference, parseReference, repositoryOf, validateImageName, withDigest } from '../registry/reference.js';

/** The repository an image is pushed to: image input, else the first tag's. */
export function targetRepository(i: Pick<JobOptions, 'image' | 'tags'>): string | undefined {
  return i.image ?? (i.tags[0] ? repositoryOf(i.tags[0]) : undefined);
}

/** `linux/arm64` -> `linux-arm64`: cache refs, gha scopes and local cache directories of this platform set. */
export function jobSlug(i: Pick<JobOptions, 'platforms'>): string {
  return platformSetSlug(i.platforms);
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

export interface NodeBuilderPlan {
  name: string;
  driver: 'remote' | 'kubernetes';
  /** `docker buildx create` of each --node (the first creates the builder) */
  nodeArgs: string[][];
  /** the platforms no node owns, built on the local node */
  localPlatforms: string[];
  /** remote driver: the local node is a BuildKit container gen-ci starts */
  localContainer?: { name: string; image: string; runArgs: string[]; endpoint: string };
  /** buildkitd.toml for the local container */
  toml?: { path: string; content: string };
  /** every command, in order, if every node answers (the dry run) */
  commands: string[][];
}

/** A builder of native nodes (pure): each --node owns its platforms, a local node the rest. */
export function planNodeBuilder(i: JobOptions, name: string, tempDir: string, extraLocal: string[] = []): NodeBuilderPlan {
  const driver = i.nodes[0]?.driver ?? 'remote';
  const localPlatforms = [...unownedPlatforms(i.platforms, i.nodes), ...extraLocal];
  const nodeArgs = nodeCreateArgs(name, i.nodes, undefined, i.driverOpts);
  const plan: NodeBuilderPlan = { name, driver, nodeArgs, localPlatforms, commands: nodeArgs.map((a) => ['docker', ...a]) };
  if (!localPlatforms.length) return plan;
  if (driver === 'remote') {
    const content = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
    plan.toml = content ? { path: join(tempDir, 'buildkitd.toml'), content } : undefined;
    const container = `${localNodeName(name)}`;
    const image = i.driverOpts.find((o) => o.startsWith('image='))?.slice(6) ?? helperImage(PINNED_BUILDKIT, i.buildkitImage, i.helperRegistry);
    const network = i.driverOpts.find((o) => o.startsWith('network='))?.slice(8);
    const runArgs = localNodeRunArgs(container, image, { network, configFile: plan.toml?.path });
    plan.localContainer = { name: container, image, runArgs, endpoint: `docker-container://${container}` };
    plan.commands.push(['docker', ...runArgs]);
  }
  const local = { name: localNodeName(name), endpoint: plan.localContainer?.endpoint ?? '', platforms: localPlatforms, driverOpts: driver === 'kubernetes' ? i.driverOpts : [] };
  plan.commands.push(['docker', ...appendNodeArgs(name, driver, local, !i.nodes.length)]);
  return plan;
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
  /** the executable: docker (buildx), buildctl or buildctl-daemonless.sh */
  command: string;
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

/** The build's settings for either backend, after what the tools' versions allow (pure). */
function buildOptionsFor(i: JobOptions, f: BuildFacts): { opts: BuildOptions; warnings: string[]; ociLayout?: string } {
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
    metadataFile: join(f.tempDir, 'metadata.json'),
    cacheScope: slug,
    pushByDigest: repo,
    cacheSuffix: i.pushByDigest ? slug : undefined,
    ociLayout,
    localCacheDir: f.localCacheDir,
  };
  return { opts, warnings, ociLayout };
}

/** `docker buildx build …`, its environment and what the tools' versions allow (pure). */
export function planBuild(i: JobOptions, f: BuildFacts): BuildPlan {
  const { opts, warnings, ociLayout } = buildOptionsFor(i, f);
  return { command: 'docker', args: buildxBuildArgs(opts), env: buildEnv(opts), metadataFile: opts.metadataFile, ociLayout, warnings };
}

/** How buildctl reaches BuildKit: an address (--addr, BUILDKIT_HOST) or a daemonless run. */
export interface BuildctlTarget {
  /** buildctl, or buildctl-daemonless.sh (starts a rootless buildkitd for this one build) */
  command: 'buildctl' | 'buildctl-daemonless.sh';
  addr?: string;
}

/** `buildctl build …` for the same settings: the same build, without Docker (pure). */
export function planBuildctl(i: JobOptions, f: Omit<BuildFacts, 'builder' | 'driver'>, target: BuildctlTarget, env: NodeJS.ProcessEnv = process.env): BuildPlan {
  if (i.load) throw new UsageError('load: buildctl cannot load an image into Docker; push it, or give an output such as type=docker,dest=FILE');
  const { opts, warnings } = buildOptionsFor(i, { ...f, builder: '', driver: 'buildctl' });
  const { builder: _b, load: _l, ociLayout: _o, attestationFlags: _a, ...rest } = opts;
  const args = insecureAttrs(buildctlArgs({ ...rest, addr: target.addr }, env), i.insecureRegistries);
  return { command: target.command, args, env: {}, metadataFile: opts.metadataFile, warnings };
}

/**
 * buildctl has no builder config for plain-HTTP registries of its own: an image output or registry
 * cache whose registry is in insecure-registries gets BuildKit's registry.insecure=true (pure).
 */
function insecureAttrs(args: string[], hosts: string[]): string[] {
  if (!hosts.length) return args;
  const flags = new Set(['--output', '--export-cache', '--import-cache']);
  const insecure = (v: string) =>
    hosts.some((h) => new RegExp(`(^|,|")(name|ref)=${h.replace(/[.]/g, '\\.')}/`).test(v)) && !/registry\.insecure=/.test(v);
  return args.map((a, n) => (n > 0 && flags.has(args[n - 1] as string) && insecure(a) ? `${a},registry.insecure=true` : a));
}

/** Which backend runs the build (pure, given what is on PATH and in the environment). */
export function resolveBackend(
  i: Pick<JobOptions, 'backend' | 'buildkitAddr' | 'nodes' | 'builder'>,
  facts: { docker: boolean; buildctl: boolean; daemonless: boolean; buildkitHost?: string },
): { backend: 'buildx' } | ({ backend: 'buildctl' } & BuildctlTarget) {
  const buildctl = (): { backend: 'buildctl' } & BuildctlTarget => {
    const addr = i.buildkitAddr ?? facts.buildkitHost;
    if (addr) {
      if (!facts.buildctl) throw new UserError(`backend buildctl: buildctl is not on PATH (BuildKit at ${addr} needs the buildctl client)`);
      return { backend: 'buildctl', command: 'buildctl', addr: i.buildkitAddr };
    }
    if (facts.daemonless) return { backend: 'buildctl', command: 'buildctl-daemonless.sh' };
    if (!facts.buildctl) throw new UserError('backend buildctl: neither buildctl nor buildctl-daemonless.sh is on PATH (install BuildKit, or run in the moby/buildkit image)');
    // buildctl's own default: unix:///run/buildkit/buildkitd.sock
    return { backend: 'buildctl', command: 'buildctl' };
  };
  if (i.backend === 'buildx') return { backend: 'buildx' };
  if (i.backend === 'buildctl') return buildctl();
  if (!facts.docker && !i.nodes.length && !i.builder && (facts.buildctl || facts.daemonless)) return buildctl();
  // Docker (or nothing at all: the Docker probe then says, in one line, what is missing)
  return { backend: 'buildx' };
}

/**
 * Everything about the inputs that can be wrong, found before the first side effect (pure):
 * the same checks the planners make later, run on placeholder facts.
 */
export function validateJob(i: JobOptions): void {
  if (i.sign === 'key' && !i.cosignKey) throw new UsageError('sign: key needs cosign-key (the private key\'s PEM text from a secret, a key file, or a KMS URI such as awskms://…)');
  if (i.sign !== 'key' && i.cosignKey) throw new UsageError('cosign-key is set but sign is not key; set sign: key (or true)');
  if (i.sign !== 'false' && !i.push && !i.merge && !i.pushNotice) throw new UsageError('sign needs push: true (it signs what was pushed), or a merge job');
  if (i.sign !== 'false' && i.pushByDigest) throw new UsageError('sign goes in the merge job: it signs the merged index and every platform manifest (a split leg pushes no index of its own)');
  if (i.merge) {
    const first = i.tags[0];
    if (!first) throw new UsageError('merge needs tags: the index is pushed under them');
    for (const t of i.tags) validateImageName(t);
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
  checkNodes(i.nodes);
  if (i.nodes.length && i.backend === 'buildctl') throw new UsageError('nodes need the buildx backend: buildctl drives one BuildKit daemon per build');
  if (i.nodes.length && i.builder) throw new UsageError('nodes make their own builder; leave builder empty (or give the nodes to your builder with docker buildx create --append)');
  if (i.buildkitAddr && i.backend === 'buildx') throw new UsageError('buildkit-addr is for backend: buildctl; with buildx use driver: remote and endpoint');
  const secretFiles = Object.fromEntries(Object.keys(i.secrets).map((id) => [id, '/nonexistent/secret']));
  const facts = { versions: {}, tempDir: '/nonexistent', secretFiles, localCacheDir: i.cache === 'local' ? '/nonexistent/cache' : undefined };
  if (i.backend === 'buildctl') {
    planBuildctl(i, facts, { command: 'buildctl', addr: i.buildkitAddr });
    return;
  }
  planBuilder(i, 'gen-ci-check', '/nonexistent');
  planBuild(i, { ...facts, builder: 'gen-ci-check' });
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
