// One platform slug everywhere (core/platform.ts platformSlug): for every platform, the action's
// per-platform cache ref, the GitHub workflow's artifact slug, and the GitLab pipeline's job name,
// per-arch tag and cache ref (the last two computed by the job's own shell) agree.
import { spawnSync } from 'node:child_process';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatPlatform, parsePlatform, platformSlug } from '../../src/core/platform.js';
import { renderWorkflow } from '../../src/github/workflow.js';
import { generatePipeline } from '../../src/gitlab/pipeline.js';
import { SMALL_FUNCTIONS } from '../../src/gitlab/shell.js';
import { readOptions } from '../../src/pipeline/options.js';
import { planBuild } from '../../src/pipeline/plan.js';

const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64', 'linux/amd64/v3'];

/** The action's split leg for one platform: its registry cache ref (REPOSITORY:buildcache-SLUG). */
function actionCacheSuffix(platform: string): string {
  const o = readOptions((n) => ({ platforms: platform, image: 'r.io/o/app', 'push-by-digest': 'true', cache: 'registry' })[n] ?? '');
  const args = planBuild(o, { builder: 'b', versions: {}, tempDir: '/t', secretFiles: {} }).args;
  const to = args[args.indexOf('--cache-to') + 1] as string;
  return (/ref=r\.io\/o\/app:buildcache-([^,]+)/.exec(to) as RegExpExecArray)[1] as string;
}

/** The GitHub workflow's matrix slug for one platform (artifact names, the leg's digest file). */
function workflowSlug(platform: string): string {
  const yml = renderWorkflow({ image: 'ghcr.io/o/app', file: 'Dockerfile', context: '.', platforms: [parsePlatform(platform)], strategy: 'native', defaultBranch: 'main' });
  const jobs = (load(yml) as { jobs: Record<string, { strategy?: { matrix: { include: { slug: string }[] } } }> }).jobs;
  return jobs.build?.strategy?.matrix.include[0]?.slug as string;
}

/** GitLab: the per-arch job's name, and the slug its shell computes for tags and cache refs. */
function gitlabSlugs(platform: string): { job: string; shell: string } {
  const doc = generatePipeline({ mode: 'native', image: 'r.io/o/app', platforms: [platform], runnerTags: { [platform]: ['t'] } });
  const job = Object.keys(doc.jobs).find((j) => j.startsWith('image-build-')) as string;
  const r = spawnSync('sh', ['-c', `${SMALL_FUNCTIONS}\ngenci_arch_slug "$1"`, 'sh', platform], { encoding: 'utf8', env: { PATH: process.env.PATH, GENCI_IMAGE: 'x' } });
  return { job: job.slice('image-build-'.length), shell: r.stdout };
}

describe('one platform slug across the action, the workflow and GitLab', () => {
  it.each(PLATFORMS)('%s', (p) => {
    const slug = platformSlug(parsePlatform(p));
    expect(slug).toBe(formatPlatform(parsePlatform(p)).replaceAll('/', '-'));
    expect(actionCacheSuffix(p)).toBe(slug);
    expect(workflowSlug(p)).toBe(slug);
    expect(gitlabSlugs(p)).toEqual({ job: slug, shell: slug });
  });
});
