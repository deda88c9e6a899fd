import type { BuilderInfo } from '../core/builder.js';
import type { Versions } from '../core/capabilities.js';
import { checkDocker, type DockerInfo } from '../core/docker.js';
import { describeError } from '../core/errors.js';
import { Lifecycle, serialiseResources } from '../core/lifecycle.js';
import type { Log } from '../core/log.js';
import { formatPlatform } from '../core/platform.js';
import { needsVersions } from '../pipeline/plan.js';
import { summaryMarkdown } from '../core/summary.js';
import { platformDigests, type PushedImage } from '../core/verify.js';
import { readGithubEvent } from '../metadata/index.js';
import { type ActionInputs, readInputs } from './inputs.js';
import * as core from './runner.js';
import { STATE } from './state.js';
import {
  type BuilderResult,
  build,
  builderVersions,
  buildxVersion,
  createBuilder,
  describeBuilder,
  existingBuilder,
  login,
  mergeLegs,
  mirrorBases,
  newContext,
  preflightCheck,
  type RunContext,
  setupQemu,
  targetRepository,
  verify,
  writeDigestFile,
} from './steps.js';

const log: Log = {
  info: (l) => core.info(l),
  warning: (l, at) => core.warning(l, at),
  annotateError: (l, at) => core.annotateError(l, at),
  notice: (l) => core.notice(l),
  group: (title, fn) => core.group(title, fn),
};

interface Outcome {
  digest?: string;
  /** set only when something was pushed */
  image?: string;
  pushed?: PushedImage;
  cache?: { cached: number; total: number };
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


/** The user's story: check → mirror → qemu → builder → build → verify → summary. */
async function buildImage(ctx: RunContext, inputs: ActionInputs, probes: Probes): Promise<Outcome> {
  // an existing builder (builder input, driver: docker) is inspected alongside the first steps:
  // its platforms may spare a QEMU install, and its driver decides how a split leg pushes
  const reusedInfo = probes.reuse.then((name) => (typeof name === 'string' ? describeBuilder(ctx, name) : undefined));

  // explicit mirror pairs first (the Dockerfile may already name the copies); auto needs the check's list of FROM images
  if (inputs.mirror && inputs.mirror !== 'auto') await log.group('Mirror base images', () => mirrorBases(ctx, inputs, []));
  const bases = inputs.check || inputs.mirror === 'auto' ? await log.group('Check base images', () => preflightCheck(ctx, inputs)) : [];
  if (inputs.mirror === 'auto') await log.group('Mirror base images', () => mirrorBases(ctx, inputs, bases));
  const reuse = await value(probes.reuse);

  const docker = probes.docker ? await value(probes.docker) : undefined;
  if (docker) log.info(`Docker ${docker.server}${docker.platform ? ` (${docker.platform})` : ''}`);
  await log.group('QEMU', () => setupQemu(ctx, inputs, { daemonPlatform: docker?.platform, builder: reuse ? () => reusedInfo : undefined }));

  // only a split leg needs the reused builder's driver before building (docker: through an OCI layout)
  const reused = reuse && inputs.pushByDigest && inputs.builder ? await reusedInfo : undefined;
  const builder: BuilderResult = await log.group('Builder', async () =>
    reuse ? { name: reuse, created: false, driver: inputs.driver === 'docker' && !inputs.builder ? 'docker' : reused?.driver } : createBuilder(ctx, inputs),
  );
  core.setOutput('builder', builder.name);

  const info: Promise<BuilderInfo | undefined> = reuse ? reusedInfo : describeBuilder(ctx, builder.name);
  // only gated features wait for the tools' versions; otherwise they are read alongside the build
  const versions = needsVersions(inputs) ? builderVersions(await value(probes.buildx), await info) : {};
  const result = await log.group(`Build ${inputs.platforms.map(formatPlatform).join(', ')}`, () => build(ctx, inputs, builder, versions));
  const about = await info;
  if (about) log.info(`builder ${builder.name} (${about.driver}, BuildKit ${about.buildkit || 'unknown'}) supports: ${about.platforms.join(', ') || 'unknown'}`);
  core.setOutput('metadata', result.metadata);

  const repo = targetRepository(inputs);
  const pushed = inputs.push && !inputs.outputs.length && result.digest && repo;
  const out: Outcome = { digest: result.digest, cache: result.cache, image: pushed ? `${repo}@${result.digest}` : undefined };
  if (pushed) out.pushed = await readBack(ctx, inputs, repo, result.digest as string);
  if (inputs.pushByDigest && inputs.digestsDir && result.digest) {
    log.info(`digest recorded in ${writeDigestFile(inputs.digestsDir, result.digest, inputs.platforms)}`);
  }
  return out;
}

/** Read the pushed index back: verify fails on a missing platform; with verify: false it only reports. */
async function readBack(ctx: RunContext, inputs: ActionInputs, repo: string, digest: string): Promise<PushedImage | undefined> {
  if (inputs.verify) {
    const pushed = await log.group('Verify', () => verify(ctx, repo, digest, inputs.platforms));
    log.info(`registry has ${pushed.platforms.map((p) => p.platform).join(', ')}`);
    return pushed;
  }
  try {
    return await verify(ctx, repo, digest, []);
  } catch (err) {
    log.warning(`could not read ${repo}@${digest} back (verify: false, so the job goes on): ${describeError(err)}`);
    return undefined;
  }
}

/** Merge job: the split legs' digests become one tagged index. */
async function mergeImage(ctx: RunContext, inputs: ActionInputs): Promise<Outcome> {
  if (!inputs.metadataPush) {
    // the tag rules' policy: a pull request is built and checked, and nothing is tagged
    ctx.log.notice(`merge: not tagging anything for this event (${inputs.tags.join(', ') || 'no tags'}): the tag rules push nothing for pull requests`);
    return {};
  }
  const merged = await log.group('Merge', () => mergeLegs(ctx, inputs));
  const repo = targetRepository(inputs) as string;
  const pushed = inputs.verify ? await log.group('Verify', () => verify(ctx, repo, merged.digest, inputs.platforms)) : merged.pushed;
  return { digest: merged.digest, image: `${repo}@${merged.digest}`, pushed };
}

/** Mask a secret value, and each of its lines (the runner matches masks line by line). */
function mask(value: string): void {
  if (!value) return;
  core.setSecret(value);
  if (/[\r\n]/.test(value)) for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line.trim());
}

export async function main(): Promise<void> {
  const started = Date.now();
  // every input is read and checked before anything happens (no docker call, no file)
  // secrets are read untrimmed: a value's leading or trailing white space is part of it
  const inputs = readInputs((name) => core.getInput(name, name !== 'secrets'), { env: process.env, payload: await readGithubEvent(process.env) });
  mask(inputs.password);
  for (const v of Object.values(inputs.secrets)) mask(v);

  const lifecycle = new Lifecycle((resources) => core.saveState(STATE.resources, serialiseResources(resources)));
  const ctx = newContext(log, lifecycle, inputs);
  // a remote builder needs the buildx client, not a local daemon; a merge needs neither
  const probes: Probes = {
    docker: inputs.merge || (inputs.driver === 'remote' && !inputs.builder) ? undefined : settle(checkDocker()),
    buildx: inputs.merge ? Promise.resolve(undefined) : settle(buildxVersion(ctx)),
    reuse: inputs.merge ? Promise.resolve(undefined) : settle(existingBuilder(ctx, inputs)),
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
  await dockerFirst(() => log.group('Login', () => login(ctx, inputs)));

  const out = inputs.merge ? await mergeImage(ctx, inputs) : await dockerFirst(() => buildImage(ctx, inputs, probes));
  core.setOutput('tags', inputs.tags.join('\n'));
  core.setOutput('labels', inputs.labels.join('\n'));
  core.setOutput('annotations', inputs.annotations.join('\n'));
  core.setOutput('version', inputs.version);
  if (out.digest) core.setOutput('digest', out.digest);
  if (out.image) core.setOutput('image', out.image);
  core.setOutput('platforms', JSON.stringify(out.pushed ? platformDigests(out.pushed) : {}));

  if (inputs.summary) {
    const md = summaryMarkdown({
      image: out.image,
      digest: out.digest,
      pushed: out.pushed,
      platforms: inputs.platforms.map(formatPlatform),
      cacheHits: out.cache,
      durationMs: Date.now() - started,
    });
    if (!core.writeSummary(md)) log.info(md);
  }
}

main().catch((err: unknown) => {
  core.setFailed(describeError(err));
});
