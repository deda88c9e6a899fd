import * as core from './runner.js';
import { repositoryOf } from '../core/build.js';
import { checkDocker } from '../core/docker.js';
import { describeError } from '../core/errors.js';
import type { Log } from '../core/log.js';
import { formatPlatform } from '../core/platform.js';
import { summaryMarkdown } from '../core/summary.js';
import { platformDigests, type PushedImage } from '../core/verify.js';
import { readInputs } from './inputs.js';
import { STATE } from './state.js';
import { build, describeBuilder, login, newContext, setupBuilder, setupQemu, verify } from './steps.js';

const log: Log = {
  info: (l) => core.info(l),
  warning: (l) => core.warning(l),
  group: (title, fn) => core.group(title, fn),
};

/** The user's story: check → login → qemu → builder → build → verify → summary. */
export async function main(): Promise<void> {
  const started = Date.now();
  core.saveState(STATE.isPost, 'true');
  const inputs = readInputs((name) => core.getInput(name));
  if (inputs.password) core.setSecret(inputs.password);
  for (const v of Object.values(inputs.secrets)) if (v) core.setSecret(v);

  const ctx = newContext(log);
  core.saveState(STATE.tempDir, ctx.tempDir);

  await log.group('Docker', async () => {
    const d = await checkDocker();
    log.info(`Docker ${d.server}`);
  });
  const configDir = await log.group('Login', () => login(ctx, inputs));
  if (configDir) core.saveState(STATE.dockerConfig, configDir);
  await log.group('QEMU', () => setupQemu(ctx, inputs));
  const builder = await log.group('Builder', () => setupBuilder(ctx, inputs));
  if (builder.created) core.saveState(STATE.builderCreated, builder.name);
  core.setOutput('builder', builder.name);

  const about = describeBuilder(ctx, builder.name);
  const result = await log.group(`Build ${inputs.platforms.map(formatPlatform).join(', ')}`, () => build(ctx, inputs, builder.name));
  const info = await about;
  if (info) log.info(`builder ${builder.name} (${info.driver}) supports: ${info.platforms.join(', ') || 'unknown'}`);
  core.setOutput('metadata', result.metadata);
  if (result.digest) core.setOutput('digest', result.digest);

  let pushed: PushedImage | undefined;
  const image = result.digest && inputs.tags[0] ? `${repositoryOf(inputs.tags[0])}@${result.digest}` : undefined;
  if (image) core.setOutput('image', image);
  if (inputs.push && result.digest && inputs.tags.length && inputs.verify) {
    pushed = await log.group('Verify', () => verify(ctx, inputs, result.digest as string));
    log.info(`registry has ${pushed.platforms.map((p) => p.platform).join(', ')}`);
  }
  core.setOutput('platforms', JSON.stringify(pushed ? platformDigests(pushed) : {}));

  if (inputs.summary) {
    const md = summaryMarkdown({
      image,
      digest: result.digest,
      pushed,
      platforms: inputs.platforms.map(formatPlatform),
      cacheHits: result.cache,
      durationMs: Date.now() - started,
    });
    if (!core.writeSummary(md)) log.info(md);
  }
}

main().catch((err: unknown) => {
  core.setFailed(describeError(err));
});
