// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, not templates
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { formatPlatform, parsePlatformList } from '../../../src/core/platform.js';
import { buildLegs, generateFiles, gitlabMode, type InitChoices, regenerateCommand } from '../../../src/scaffold/plan.js';

const choices = (over: Partial<InitChoices> = {}): InitChoices => ({
  ci: ['github', 'gitlab'],
  file: 'Dockerfile',
  context: '.',
  platforms: parsePlatformList('linux/amd64,linux/arm64'),
  strategy: 'native',
  image: 'ghcr.io/acme/app',
  defaultBranch: 'main',
  ...over,
});

describe('generateFiles', () => {
  it.each([
    [['github'], ['.github/workflows/multi-arch.yml']],
    [['gitlab'], ['.gitlab-ci.yml']],
    [
      ['github', 'gitlab'],
      ['.github/workflows/multi-arch.yml', '.gitlab-ci.yml'],
    ],
  ] as const)('--ci %j writes %j', (ci, paths) => {
    expect(generateFiles(choices({ ci: [...ci] })).files.map((f) => f.path)).toEqual(paths);
  });

  it('each file says how to regenerate it, with the flags of its CI only', () => {
    const c = choices({ runnerTags: { 'linux/arm64': ['arm'] }, gitlabImage: 'registry.example.com/x' });
    expect(regenerateCommand(c, 'github')).toBe(
      'npx gen-ci init --yes --ci github --file Dockerfile --context . --platforms linux/amd64,linux/arm64 --strategy native --image ghcr.io/acme/app',
    );
    expect(regenerateCommand(c, 'gitlab')).toBe(
      'npx gen-ci init --yes --ci gitlab --file Dockerfile --context . --platforms linux/amd64,linux/arm64 --strategy native --gitlab-image registry.example.com/x --runner-tag linux/arm64=arm',
    );
    const [gh, gl] = generateFiles(c).files;
    expect(gh?.content).toContain(`# Regenerate with: ${regenerateCommand(c, 'github')}`);
    expect(gl?.content).toContain(`# Regenerate with: ${regenerateCommand(c, 'gitlab')}`);
  });

  it('the GitLab file is a native pipeline with a merge job, or buildx under QEMU', () => {
    const native = load(generateFiles(choices({ ci: ['gitlab'] })).files[0]?.content as string) as Record<string, unknown>;
    expect(Object.keys(native)).toEqual(['image-build-linux-amd64', 'image-build-linux-arm64', 'image-merge']);
    const qemu = load(generateFiles(choices({ ci: ['gitlab'], strategy: 'qemu' })).files[0]?.content as string) as Record<string, unknown>;
    expect(Object.keys(qemu)).toEqual(['image-build']);
  });

  it.each([
    ['native', 'linux/amd64,linux/arm64', undefined, 'native'],
    ['native', 'linux/amd64,linux/arm64,linux/arm/v7', undefined, 'buildx'],
    ['native', 'linux/amd64,linux/arm/v7', { 'linux/arm/v7': ['pi'] as string[] }, 'native'],
    ['qemu', 'linux/amd64,linux/arm64', undefined, 'buildx'],
  ] as ['native' | 'qemu', string, Record<string, string[]> | undefined, string][])(
    'GitLab mode for %s %s (%j) is %s',
    (strategy, platforms, runnerTags, mode) => {
      expect(gitlabMode(choices({ strategy, platforms: parsePlatformList(platforms), ...(runnerTags ? { runnerTags } : {}) }))).toBe(mode);
    },
  );

  it('next steps: secrets for other registries, runners to enable', () => {
    const ghcr = generateFiles(choices())
      .next.map((n) => n.text)
      .join('\n');
    expect(ghcr).toMatch(/no secret to add/);
    expect(ghcr).toMatch(/ubuntu-24\.04-arm/);
    expect(ghcr).toMatch(/saas-linux-small-arm64/);
    const hub = generateFiles(choices({ ci: ['github'], image: 'docker.io/acme/app' }))
      .next.map((n) => n.text)
      .join('\n');
    expect(hub).toMatch(/add the repository secrets REGISTRY_USERNAME and REGISTRY_PASSWORD/);
    const v7 = generateFiles(choices({ platforms: parsePlatformList('linux/amd64,linux/arm/v7') }))
      .next.map((n) => n.text)
      .join('\n');
    expect(v7).toMatch(/linux\/arm\/v7 has no hosted runner: built on ubuntu-24\.04 under QEMU/);
    expect(v7).toMatch(/GitLab has no hosted runner for linux\/arm\/v7/);
  });

  it.each([
    [{ ci: [] }, /no CI system/],
    [{ file: '../Dockerfile' }, /inside the repository/],
    [{ context: '/abs' }, /inside the repository/],
    [{ platforms: [] }, /no platforms/],
  ] as [Partial<InitChoices>, RegExp][])('refuses %j', (over, why) => {
    expect(() => generateFiles(choices(over))).toThrow(UsageError);
    expect(() => generateFiles(choices(over))).toThrow(why);
  });
});

describe('buildLegs (which machine compiles what)', () => {
  const legs = (c: InitChoices) => buildLegs(c).map((l) => `${formatPlatform(l.build)}: ${l.targets.map(formatPlatform).join(',')}`);
  it.each([
    [{}, ['linux/amd64: linux/amd64', 'linux/arm64: linux/arm64']],
    [{ strategy: 'qemu' }, ['linux/amd64: linux/amd64,linux/arm64']],
    [{ ci: ['github'], platforms: parsePlatformList('amd64,arm64,arm/v7') }, ['linux/amd64: linux/amd64,linux/arm/v7', 'linux/arm64: linux/arm64']],
  ] as [Partial<InitChoices>, string[]][])('%j', (over, want) => {
    expect(legs(choices(over))).toEqual(want);
  });
});

describe('one release policy on both CIs', () => {
  it.each(['native', 'qemu'] as const)('%s: the workflow gives the action images: and has no tag script; the GitLab pipeline has rules: and the tag script', (strategy) => {
    const [gh, gl] = generateFiles(choices({ strategy, defaultBranch: 'trunk' })).files;
    const wf = load(gh?.content as string) as { jobs: Record<string, { steps: Record<string, unknown>[] }> };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    expect(steps.filter((s) => 'run' in s)).toEqual([]);
    const tagging = steps.filter((s) => (s.with as Record<string, string> | undefined)?.images);
    expect(tagging).toHaveLength(1);
    expect(tagging[0]?.with).toMatchObject({ images: '${{ env.IMAGE }}' });
    expect(JSON.stringify(steps)).not.toMatch(/steps\.tags/);
    const pipeline = load(gl?.content as string) as Record<string, { rules?: { if: string; when?: string }[]; variables?: Record<string, unknown>; script?: string[] }>;
    const jobs = Object.values(pipeline).filter((j) => j && typeof j === 'object' && 'script' in j);
    for (const j of jobs) {
      expect(j.rules?.map((r) => r.if)).toContain('$CI_COMMIT_BRANCH == "trunk"');
      expect(j.rules?.map((r) => r.if)).toContain('$CI_COMMIT_TAG');
    }
    const tagged = jobs.filter((j) => j.script?.some((s) => s.startsWith('# gen-ci tags:')));
    expect(tagged).toHaveLength(1);
    expect(tagged[0]?.variables?.GENCI_DEFAULT_BRANCH).toBe('trunk');
  });
});
