import { checkDocker, type DockerInfo } from '../core/docker.js';
import { describeError } from '../core/errors.js';
import type { Log } from '../core/log.js';
import { formatPlatform } from '../core/platform.js';
import { summaryMarkdown } from '../core/summary.js';
import { platformDigests, type PushedImage } from '../core/verify.js';
import { type ActionInputs, readInputs } from './inputs.js';
import * as core from './runner.js';
import { STATE } from './state.js';
import {
  build,
  describeBuilder,
  login,
  mergeLegs,
  mirrorBases,
  newContext,
  preflightCheck,
  type RunContext,
  setupBuilder,
  setupQemu,
  targetRepository,
  verify,
  writeDigestFile,
} from './steps.js';

const log: Log = {
  info: (l) => core.info(l),
  warning: (l) => core.warning(l),
  group: (title, fn) => core.group(title, fn),
};

interface Outcome {
  digest?: string;
  image?: string;
  pushed?: PushedImage;
  cache?: { cached: number; total: number };
}

/** The user's story: check → mirror → qemu → builder → build → verify → summary. */
async function buildImage(ctx: RunContext, inputs: ActionInputs, docker: Promise<DockerInfo | Error> | undefined): Promise<Outcome> {
  // explicit mirror pairs first (the Dockerfile may already name the copies); auto needs the check's list of FROM images
  if (inputs.mirror && inputs.mirror !== 'auto') await log.group('Mirror base images', () => mirrorBases(ctx, inputs, []));
  const bases = inputs.check || inputs.mirror === 'auto' ? await log.group('Check base images', () => preflightCheck(ctx, inputs)) : [];
  if (inputs.mirror === 'auto') await log.group('Mirror base images', () => mirrorBases(ctx, inputs, bases));
  await log.group('QEMU', () => setupQemu(ctx, inputs));
  const builder = await log.group('Builder', () => setupBuilder(ctx, inputs));
  if (builder.created) core.saveState(STATE.builderCreated, builder.name);
  core.setOutput('builder', builder.name);

  const probe = await docker;
  if (probe instanceof Error) throw probe;
  if (probe) log.info(`Docker ${probe.server}`);
  const about = describeBuilder(ctx, builder.name);
  const result = await log.group(`Build ${inputs.platforms.map(formatPlatform).join(', ')}`, () => build(ctx, inputs, builder));
  const info = await about;
  if (info) log.info(`builder ${builder.name} (${info.driver}) supports: ${info.platforms.join(', ') || 'unknown'}`);
  core.setOutput('metadata', result.metadata);

  const repo = targetRepository(inputs);
  const out: Outcome = { digest: result.digest, cache: result.cache, image: result.digest && repo ? `${repo}@${result.digest}` : undefined };
  if (inputs.push && result.digest && repo && inputs.verify) {
    out.pushed = await log.group('Verify', () => verify(ctx, repo, result.digest as string, inputs.platforms));
    log.info(`registry has ${out.pushed.platforms.map((p) => p.platform).join(', ')}`);
  }
  if (inputs.pushByDigest && inputs.digestsDir && result.digest) {
    log.info(`digest recorded in ${writeDigestFile(inputs.digestsDir, result.digest, inputs.platforms)}`);
  }
  return out;
}

/** Merge job: the split legs' digests become one tagged index. */
async function mergeImage(ctx: RunContext, inputs: ActionInputs): Promise<Outcome> {
  const merged = await log.group('Merge', () => mergeLegs(ctx, inputs));
  const repo = targetRepository(inputs) as string;
  const pushed = inputs.verify ? await log.group('Verify', () => verify(ctx, repo, merged.digest, inputs.platforms)) : merged.pushed;
  return { digest: merged.digest, image: `${repo}@${merged.digest}`, pushed };
}

export async function main(): Promise<void> {
  const started = Date.now();
  core.saveState(STATE.isPost, 'true');
  const inputs = readInputs((name) => core.getInput(name));
  if (inputs.password) core.setSecret(inputs.password);
  for (const v of Object.values(inputs.secrets)) if (v) core.setSecret(v);

  const ctx = newContext(log);
  core.saveState(STATE.tempDir, ctx.tempDir);
  // the Docker probe runs alongside login, QEMU and builder set-up; its answer comes first
  // whenever it failed, since a missing engine is the root of whatever else then failed
  const docker = inputs.merge ? undefined : checkDocker().catch((err: unknown) => err as Error);
  const dockerFirst = async <T>(step: Promise<T>): Promise<T> => {
    try {
      return await step;
    } catch (err) {
      const probe = await docker;
      throw probe instanceof Error ? probe : err;
    }
  };
  const configDir = await dockerFirst(log.group('Login', () => login(ctx, inputs)));
  if (configDir) core.saveState(STATE.dockerConfig, configDir);

  const out = inputs.merge ? await mergeImage(ctx, inputs) : await dockerFirst(buildImage(ctx, inputs, docker));
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
