import { UsageError } from '../core/errors.js';
import { buildahDoc } from './buildah.js';
import { buildkitDoc } from './buildkit.js';
import { buildxDoc } from './buildx.js';
import { inlineLayout, type Layout } from './common.js';
import { kanikoDoc } from './kaniko.js';
import { mirrorJob } from './mirror.js';
import { GENERATED_BY, type PipelineDoc, renderDoc } from './model.js';
import { nativeDoc } from './native.js';
import { type GitlabOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { inlineSource } from './settings.js';

const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];

/** The jobs of one mode (no mirror job). */
export function modeDoc(l: Layout, o: Pick<ResolvedOptions, 'mode' | 'buildahStrategy'>): PipelineDoc {
  switch (o.mode) {
    case 'buildx':
      return buildxDoc(l);
    case 'native':
      return nativeDoc(l);
    case 'kaniko':
      return kanikoDoc(l);
    case 'buildah':
      return buildahDoc(l, o.buildahStrategy);
    case 'buildkit':
      return buildkitDoc(l);
  }
}

function usesPerArchJobs(o: ResolvedOptions): boolean {
  return o.mode === 'native' || o.mode === 'kaniko' || (o.mode === 'buildah' && o.buildahStrategy === 'native');
}

/** Stages, when the pipeline uses any beyond GitLab's defaults. */
export function stagesFor(doc: PipelineDoc): string[] | undefined {
  const used = [...new Set(Object.values(doc.jobs).map((j) => j.stage))];
  if (used.every((s) => DEFAULT_STAGES.includes(s))) return undefined;
  return used.filter((s) => s !== '.pre' && s !== '.post');
}

/** A self-contained `.gitlab-ci.yml` document for the options. */
export function generatePipeline(options: GitlabOptions): PipelineDoc {
  const o = resolveOptions(options);
  const l = inlineLayout(o, inlineSource(o));
  if (usesPerArchJobs(o) && l.perArch.kind === 'jobs') {
    const missing = l.perArch.jobs.filter((j) => j.tags.length === 0).map((j) => j.platform);
    if (missing.length) {
      throw new UsageError(
        `no runner tags for ${missing.join(', ')}: per-arch jobs need a runner of that architecture; pass --runner-tag ${missing[0]}=TAG (GitLab.com hosts amd64 and arm64 runners only)`,
      );
    }
  }
  const jobs = { ...(o.mirror.value ? { [`${o.jobPrefix}-mirror`]: mirrorJob(l, o.mirrorStage) } : {}), ...modeDoc(l, o).jobs };
  const doc: PipelineDoc = { jobs };
  const stages = stagesFor(doc);
  return stages ? { stages, jobs } : doc;
}

export function renderPipeline(options: GitlabOptions, command?: string): string {
  const header = [`${GENERATED_BY} (mode: ${options.mode}).`, ...(command ? [`Regenerate with: ${command.replace(/[\r\n]+/g, ' ')}`] : [])];
  return renderDoc(generatePipeline(options), header);
}
