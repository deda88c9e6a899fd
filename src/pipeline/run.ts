// The job itself, door-independent: login → check → mirror → QEMU → builder → build → verify
// (or login → merge → verify). The action (src/action/main.ts) and `gen-ci build` (src/cli/build.ts)
// both call runJob; each maps its own input to JobOptions and the result to its own output.
import type { BuilderInfo } from '../core/builder.js';
import type { Versions } from '../core/capabilities.js';
import { checkDocker, type DockerInfo } from '../core/docker.js';
import { describeError } from '../core/errors.js';
import { formatPlatform } from '../core/platform.js';
import type { PushedImage } from '../core/pushed.js';
import type { JobOptions } from './options.js';
import { onPath } from '../core/exec.js';
import { type BuildctlTarget, needsVersions, resolveBackend } from './plan.js';
import {
  type BuilderResult,
  type BuildResult,
  build,
  buildWithBuildctl,
  checkEmulators,
  builderVersions,
  buildxVersion,
  createBuilder,
  createNodeBuilder,
  describeBuilder,
  type NodeBuilt,
  existingBuilder,
  login,
  mergeLegs,
  mirrorBases,
  preflightCheck,
  type RunContext,
  setupQemu,
  signPushed,
  targetRepository,
  verify,
  writeDigestFile,
} from './steps.js';

export interface JobResult {
  digest?: string;
  /** REPOSITORY@DIGEST, set only when something was pushed */
  image?: string;
  pushed?: PushedImage;
  cache?: { cached: number; total: number };
  /** the builder the build ran on */
  builder?: string;
  /** buildx's metadata file (JSON text) */
  metadata?: string;
  /** about the builder: driver, BuildKit version, platforms */
  builderInfo?: BuilderInfo;
  /** native nodes: which node built which platforms */
  nodes?: NodeBuilt[];
  /** sign: the cosign signature of the index and of each platform manifest */
  signatures?: { platform: string; digest: string; signature: string }[];
}

/** Facts probed alongside the first steps; a failed probe is reported before whatever it caused. */
interface Probes {
  docker?: Promise<DockerInfo | Error>;
  buildx: Promise<Versions['buildx'] | Error>;
  /** the builder to reuse (builder input, driver: docker), if any */
  reuse: Promise<string | undefined | Error>;
}

const settle = <T>(p: Promise<T>): Promise<T | Error> => p.catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
async function value<T>(p: Promise<T | Error>): Promise<T> {
  const v = await p;
  if (v instanceof Error) throw v;
  return v;
}

/** What is on this machine's PATH and in its environment that decides the backend. */
export function backendFacts(env: NodeJS.ProcessEnv = process.env): Parameters<typeof resolveBackend>[1] {
  return {
    docker: onPath('docker', env.PATH),
    buildctl: onPath('buildctl', env.PATH),
    daemonless: onPath('buildctl-daemonless.sh', env.PATH),
    buildkitHost: env.BUILDKIT_HOST || undefined,
  };
}

/** The whole job for these options; every resource it creates is recorded in ctx.lifecycle first. */
export async function runJob(ctx: RunContext, o: JobOptions, facts = backendFacts()): Promise<JobResult> {
  const backend = o.merge ? undefined : resolveBackend(o, facts);
  if (backend?.backend === 'buildctl') {
    await ctx.log.group('Login', () => login(ctx, o, { docker: false }));
    return buildWithBuildkit(ctx, o, backend);
  }
  // a remote builder needs the buildx client, not a local daemon; a merge needs neither
  const probes: Probes = {
    docker: o.merge || (o.driver === 'remote' && !o.builder) ? undefined : settle(checkDocker()),
    buildx: o.merge ? Promise.resolve(undefined) : settle(buildxVersion(ctx)),
    reuse: o.merge ? Promise.resolve(undefined) : settle(existingBuilder(ctx, o)),
  };
  // whenever a step fails and the Docker probe failed too, the probe's answer is the root cause
  const dockerFirst = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (err) {
      const probe = probes.docker ? await probes.docker : undefined;
      throw probe instanceof Error ? probe : err;
    }
  };
  await dockerFirst(() => ctx.log.group('Login', () => login(ctx, o, { docker: !o.merge })));
  return o.merge ? mergeImage(ctx, o) : dockerFirst(() => buildImage(ctx, o, probes));
}

/** Before any build: explicit mirror pairs (the Dockerfile may already name the copies), the check, then mirror: auto (it needs the check's FROM images). */
async function prepare(ctx: RunContext, o: JobOptions): Promise<void> {
  const log = ctx.log;
  if (o.mirror && o.mirror !== 'auto') await log.group('Mirror base images', () => mirrorBases(ctx, o, []));
  const bases = o.check || o.mirror === 'auto' ? await log.group('Check base images', () => preflightCheck(ctx, o)) : [];
  if (o.mirror === 'auto') await log.group('Mirror base images', () => mirrorBases(ctx, o, bases));
}

/** Plain BuildKit: check → mirror → (QEMU is the BuildKit host's) → buildctl build → verify. */
async function buildWithBuildkit(ctx: RunContext, o: JobOptions, target: BuildctlTarget): Promise<JobResult> {
  await prepare(ctx, o);
  const where = target.command === 'buildctl-daemonless.sh' ? 'a daemonless BuildKit (buildctl-daemonless.sh)' : `BuildKit at ${target.addr ?? process.env.BUILDKIT_HOST ?? 'unix:///run/buildkit/buildkitd.sock'}`;
  await ctx.log.group('QEMU', async () => checkEmulators(ctx, o, target));
  const result = await ctx.log.group(`Build ${o.platforms.map(formatPlatform).join(', ')} on ${where}`, () => buildWithBuildctl(ctx, o, target));
  return finish(ctx, o, result, target.command === 'buildctl-daemonless.sh' ? 'buildctl-daemonless' : (target.addr ?? process.env.BUILDKIT_HOST ?? 'buildkitd'));
}

/** Pushed: read the index back; a split leg: record its digest. */
async function finish(ctx: RunContext, o: JobOptions, result: BuildResult, builder: string, builderInfo?: BuilderInfo): Promise<JobResult> {
  const repo = targetRepository(o);
  const pushed = o.push && !o.outputs.length && result.digest && repo;
  const out: JobResult = {
    digest: result.digest,
    cache: result.cache,
    image: pushed ? `${repo}@${result.digest}` : undefined,
    builder,
    metadata: result.metadata,
    builderInfo,
  };
  if (pushed) out.pushed = await readBack(ctx, o, repo, result.digest as string);
  if (pushed && o.sign !== 'false') out.signatures = await sign(ctx, o, repo, result.digest as string);
  if (o.pushByDigest && o.digestsDir && result.digest) {
    ctx.log.info(`digest recorded in ${writeDigestFile(o.digestsDir, result.digest, o.platforms)}`);
  }
  return out;
}

/** The user's story: check → mirror → qemu → builder → build → verify. */
async function buildImage(ctx: RunContext, o: JobOptions, probes: Probes): Promise<JobResult> {
  const log = ctx.log;
  // an existing builder (builder input, driver: docker) is inspected alongside the first steps:
  // its platforms may spare a QEMU install, and its driver decides how a split leg pushes
  const reusedInfo = probes.reuse.then((name) => (typeof name === 'string' ? describeBuilder(ctx, name) : undefined));
  await prepare(ctx, o);
  const reuse = await value(probes.reuse);

  const docker = probes.docker ? await value(probes.docker) : undefined;
  if (docker) log.info(`Docker ${docker.server}${docker.platform ? ` (${docker.platform})` : ''}`);
  if (o.nodes.length) return buildOnNodes(ctx, o, probes, docker?.platform);
  await log.group('QEMU', () => setupQemu(ctx, o, { daemonPlatform: docker?.platform, builder: reuse ? () => reusedInfo : undefined }));

  // only a split leg needs the reused builder's driver before building (docker: through an OCI layout)
  const reused = reuse && o.pushByDigest && o.builder ? await reusedInfo : undefined;
  const builder: BuilderResult = await log.group('Builder', async () =>
    reuse ? { name: reuse, created: false, driver: o.driver === 'docker' && !o.builder ? 'docker' : reused?.driver } : createBuilder(ctx, o),
  );

  const info: Promise<BuilderInfo | undefined> = reuse ? reusedInfo : describeBuilder(ctx, builder.name);
  // only gated features wait for the tools' versions; otherwise they are read alongside the build
  const versions = needsVersions(o) ? builderVersions(await value(probes.buildx), await info) : {};
  const result = await log.group(`Build ${o.platforms.map(formatPlatform).join(', ')}`, () => build(ctx, o, builder, versions));
  const about = await info;
  if (about) log.info(`builder ${builder.name} (${about.driver}, BuildKit ${about.buildkit || 'unknown'}) supports: ${about.platforms.join(', ') || 'unknown'}`);

  return finish(ctx, o, result, builder.name, about);
}

/** Native nodes: one builder whose nodes own their platforms (the local node QEMU's), one build, one index. */
async function buildOnNodes(ctx: RunContext, o: JobOptions, probes: Probes, daemonPlatform?: string): Promise<JobResult> {
  const builder = await ctx.log.group('Builder (native nodes)', () => createNodeBuilder(ctx, o, daemonPlatform));
  const info = await describeBuilder(ctx, builder.name);
  const versions = needsVersions(o) ? builderVersions(await value(probes.buildx), info) : {};
  const result = await ctx.log.group(`Build ${o.platforms.map(formatPlatform).join(', ')} on ${new Set(builder.nodes.map((n) => n.node)).size} nodes`, () => build(ctx, o, builder, versions));
  for (const n of builder.nodes) ctx.log.info(`${n.platforms.join(', ')}: built on ${n.node} (${n.endpoint})${n.fallback ? ', QEMU fallback' : ''}`);
  return { ...(await finish(ctx, o, result, builder.name, info)), nodes: builder.nodes };
}

/** Read the pushed index back: verify fails on a missing platform; with verify: false it only reports. */
export async function readBack(ctx: RunContext, o: JobOptions, repo: string, digest: string): Promise<PushedImage | undefined> {
  if (o.verify) {
    const pushed = await ctx.log.group('Verify', () => verify(ctx, repo, digest, o.platforms));
    ctx.log.info(`registry has ${pushed.platforms.map((p) => p.platform).join(', ')}`);
    return pushed;
  }
  try {
    return await verify(ctx, repo, digest, []);
  } catch (err) {
    ctx.log.warning(`could not read ${repo}@${digest} back (verify: false, so the job goes on): ${describeError(err)}`);
    return undefined;
  }
}

/** Merge job: the split legs' digests become one tagged index. */
async function mergeImage(ctx: RunContext, o: JobOptions): Promise<JobResult> {
  if (!o.metadataPush) {
    // the tag rules' policy: a pull request is built and checked, and nothing is tagged
    ctx.log.notice(`merge: not tagging anything for this event (${o.tags.join(', ') || 'no tags'}): the tag rules push nothing for pull requests`);
    return {};
  }
  const merged = await ctx.log.group('Merge', () => mergeLegs(ctx, o));
  const repo = targetRepository(o) as string;
  const pushed = o.verify ? await ctx.log.group('Verify', () => verify(ctx, repo, merged.digest, o.platforms)) : merged.pushed;
  const signatures = o.sign !== 'false' ? await sign(ctx, o, repo, merged.digest) : undefined;
  return { digest: merged.digest, image: `${repo}@${merged.digest}`, pushed, signatures };
}

/** Sign what was pushed: the index and every platform manifest, each verified afterwards. */
async function sign(ctx: RunContext, o: JobOptions, repo: string, digest: string): Promise<JobResult['signatures']> {
  const res = await ctx.log.group(`Sign (cosign, ${o.sign === 'keyless' ? 'keyless' : 'key'})`, () => signPushed(ctx, o, repo, digest));
  ctx.log.info(`verified ${res.signed.length} signatures (the index and ${res.signed.length - 1} platform manifests)`);
  return res.signed.map((m) => ({ platform: m.platform, digest: m.digest, signature: m.signature }));
}
