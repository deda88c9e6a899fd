import { describeError } from '../core/errors.js';
import { Lifecycle, serialiseResources } from '../core/lifecycle.js';
import type { Log } from '../core/log.js';
import { formatPlatform } from '../core/platform.js';
import { summaryMarkdown } from '../core/summary.js';
import { platformDigests } from '../core/pushed.js';
import { readGithubEvent } from '../metadata/index.js';
import { readOptions } from '../pipeline/options.js';
import { runJob } from '../pipeline/run.js';
import { newContext } from '../pipeline/steps.js';
import { actionsCache } from './cache.js';
import * as core from './runner.js';
import { STATE } from './state.js';

const log: Log = {
  info: (l) => core.info(l),
  warning: (l, at) => core.warning(l, at),
  annotateError: (l, at) => core.annotateError(l, at),
  notice: (l) => core.notice(l),
  group: (title, fn) => core.group(title, fn),
};

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
  const inputs = readOptions((name) => core.getInput(name, name !== 'secrets' && name !== 'cosign-password'), { env: process.env, payload: await readGithubEvent(process.env) });
  mask(inputs.password);
  mask(inputs.cosignPassword);
  if (inputs.cosignKey.includes('-----BEGIN')) mask(inputs.cosignKey);
  for (const v of Object.values(inputs.secrets)) mask(v);

  const lifecycle = new Lifecycle((resources) => core.saveState(STATE.resources, serialiseResources(resources)));
  const ctx = newContext(log, lifecycle, inputs, { openCache: actionsCache });
  const out = await runJob(ctx, inputs);
  if (out.builder) core.setOutput('builder', out.builder);
  if (out.metadata !== undefined) core.setOutput('metadata', out.metadata);
  core.setOutput('tags', inputs.tags.join('\n'));
  core.setOutput('labels', inputs.labels.join('\n'));
  core.setOutput('annotations', inputs.annotations.join('\n'));
  core.setOutput('version', inputs.version);
  if (out.digest) core.setOutput('digest', out.digest);
  if (out.image) core.setOutput('image', out.image);
  if (out.signatures) core.setOutput('signatures', out.signatures.map((m) => `${m.platform} ${m.digest} ${m.signature}`).join('\n'));
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
