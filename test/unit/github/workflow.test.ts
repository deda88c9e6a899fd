// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, not templates
import { platformSlug } from '../../../src/core/platform.js';
import { registryOf } from '../../../src/registry/reference.js';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { parsePlatformList } from '../../../src/core/platform.js';
import {
  credentialsFor,
  defaultStrategy,
  generateWorkflow,
  renderWorkflow,
  type WorkflowOptions,
} from '../../../src/github/workflow.js';
import { actionlint } from '../../support/actionlint.js';

const base = (over: Partial<WorkflowOptions> = {}): WorkflowOptions => ({
  image: 'ghcr.io/acme/app',
  platforms: parsePlatformList('linux/amd64,linux/arm64'),
  strategy: 'native',
  context: '.',
  defaultBranch: 'main',
  ...over,
});

type Job = { 'runs-on': string; steps: Record<string, unknown>[]; strategy?: { matrix: { include: Record<string, string>[] } }; needs?: string; if?: string };
const jobs = (o: WorkflowOptions) => (load(renderWorkflow(o)) as { jobs: Record<string, Job> }).jobs;
const step = (job: Job, name: string) => job.steps.find((s) => s.name === name) as { if?: string; uses?: string; with: Record<string, unknown> };

describe('defaultStrategy', () => {
  it.each([
    ['linux/amd64,linux/arm64', 'native'],
    ['linux/amd64', 'native'],
    ['linux/arm64', 'native'],
    ['linux/amd64,linux/arm64,linux/arm/v7', 'qemu'],
    ['linux/riscv64', 'qemu'],
    ['linux/386', 'qemu'],
  ])('%s -> %s', (platforms, strategy) => {
    expect(defaultStrategy(parsePlatformList(platforms))).toBe(strategy);
  });
});

describe('platformSlug, registryOf, credentialsFor', () => {
  it.each([
    ['linux/amd64', 'linux-amd64'],
    ['linux/arm/v7', 'linux-arm-v7'],
    ['arm64', 'linux-arm64'],
  ])('slug %s -> %s', (p, slug) => expect(platformSlug(parsePlatformList(p)[0] as never)).toBe(slug));

  it.each([
    ['ghcr.io/acme/app', 'ghcr.io'],
    ['registry.example.com:5000/team/app', 'registry.example.com:5000'],
    ['localhost/app', 'localhost'],
    ['acme/app', 'docker.io'],
    ['docker.io/acme/app', 'docker.io'],
  ])('registry of %s is %s', (image, registry) => expect(registryOf(image)).toBe(registry));

  it('ghcr.io uses the job token, other registries two secrets', () => {
    expect(credentialsFor('ghcr.io')).toEqual({ username: '${{ github.actor }}', password: '${{ secrets.GITHUB_TOKEN }}', secrets: [] });
    expect(credentialsFor('docker.io').secrets).toEqual(['REGISTRY_USERNAME', 'REGISTRY_PASSWORD']);
  });
});

describe('native strategy', () => {
  it('builds one leg per platform on its own runner, with QEMU fallback legs on ubuntu-24.04', () => {
    const j = jobs(base({ platforms: parsePlatformList('linux/amd64,linux/arm64,linux/arm/v7,linux/riscv64') }));
    expect(j.build?.strategy?.matrix.include).toEqual([
      { platform: 'linux/amd64', runner: 'ubuntu-24.04', slug: 'linux-amd64' },
      { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', slug: 'linux-arm64' },
      { platform: 'linux/arm/v7', runner: 'ubuntu-24.04', slug: 'linux-arm-v7' },
      { platform: 'linux/riscv64', runner: 'ubuntu-24.04', slug: 'linux-riscv64' },
    ]);
    expect(j.build?.['runs-on']).toBe('${{ matrix.runner }}');
    expect(renderWorkflow(base({ platforms: parsePlatformList('linux/amd64,linux/arm/v7') }))).toMatch(
      /^# linux\/arm\/v7: no GitHub-hosted runner, built on ubuntu-24\.04 under QEMU/m,
    );
  });

  it("split legs push by digest and upload the digest file (the action's split contract)", () => {
    const build = jobs(base()).build as Job;
    const split = step(build, 'Build and push by digest');
    expect(split.uses).toBe('gen-ci/gen-ci@v1');
    expect(split.if).toBe("github.event_name != 'pull_request'");
    expect(split.with).toEqual({
      platforms: '${{ matrix.platform }}',
      context: '.',
      image: '${{ env.IMAGE }}',
      'push-by-digest': 'true',
      'digests-dir': '${{ runner.temp }}/digests',
      registry: 'ghcr.io',
      username: '${{ github.actor }}',
      password: '${{ secrets.GITHUB_TOKEN }}',
    });
    const upload = step(build, 'Upload the digest');
    expect(upload.uses).toBe('actions/upload-artifact@v4');
    expect(upload.with).toMatchObject({ name: 'digests-${{ matrix.slug }}', path: '${{ runner.temp }}/digests/*' });
  });

  it('the merge job downloads every digest and creates the tagged index (the merge contract)', () => {
    const merge = jobs(base()).merge as Job;
    expect(merge.needs).toBe('build');
    expect(merge.if).toBe("github.event_name != 'pull_request'");
    const download = step(merge, 'Download the digests');
    expect(download.uses).toBe('actions/download-artifact@v4');
    expect(download.with).toEqual({ pattern: 'digests-*', 'merge-multiple': true, path: '${{ runner.temp }}/digests' });
    expect(step(merge, 'Create the tagged index').with).toEqual({
      merge: 'true',
      platforms: 'linux/amd64,linux/arm64',
      image: '${{ env.IMAGE }}',
      'digests-dir': '${{ runner.temp }}/digests',
      images: '${{ env.IMAGE }}',
      registry: 'ghcr.io',
      username: '${{ github.actor }}',
      password: '${{ secrets.GITHUB_TOKEN }}',
    });
  });

  it('pull requests build each platform without pushing and without logging in', () => {
    const pr = step(jobs(base()).build as Job, 'Build (pull request: no push)');
    expect(pr.if).toBe("github.event_name == 'pull_request'");
    expect(pr.with).toEqual({ platforms: '${{ matrix.platform }}', context: '.' });
  });
});

describe('qemu strategy', () => {
  it('one step builds every platform; the action makes the tags from the event and pushes nothing for a pull request', () => {
    const j = jobs(base({ strategy: 'qemu', platforms: parsePlatformList('linux/amd64,linux/arm64,linux/arm/v7') }));
    expect(Object.keys(j)).toEqual(['build']);
    expect(j.build?.['runs-on']).toBe('ubuntu-24.04');
    expect(j.build?.steps.map((s) => s.name ?? s.uses)).toEqual(['actions/checkout@v4', 'Build and push (pull requests: build only)']);
    const build = step(j.build as Job, 'Build and push (pull requests: build only)');
    expect(build.if).toBeUndefined();
    expect(build.with).toEqual({
      platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
      context: '.',
      images: '${{ env.IMAGE }}',
      push: 'true',
      registry: 'ghcr.io',
      username: '${{ github.actor }}',
      password: '${{ secrets.GITHUB_TOKEN }}',
    });
  });
});

describe('tags', () => {
  it('no shell step computes tags: every step is an action', () => {
    for (const strategy of ['native', 'qemu'] as const)
      for (const job of Object.values(jobs(base({ strategy })))) expect(job.steps.filter((s) => 'run' in s)).toEqual([]);
  });

  it.each([
    ['native', 'merge', 'Create the tagged index'],
    ['qemu', 'build', 'Build and push (pull requests: build only)'],
  ] as const)('%s: tag rules, when given, reach the action as tag-rules, one per line', (strategy, job, name) => {
    const j = jobs(base({ strategy, tagRules: ['type=semver,pattern={{version}}', 'type=ref,event=branch'] }));
    expect(step(j[job] as Job, name).with['tag-rules']).toBe('type=semver,pattern={{version}}\ntype=ref,event=branch\n');
    expect(step(jobs(base({ strategy }))[job] as Job, name).with['tag-rules']).toBeUndefined();
  });

  it('the header states the policy', () => {
    expect(renderWorkflow(base({ defaultBranch: 'trunk' }))).toMatch(/^# X\.Y\.Z, X\.Y, X \(not 0\) and latest, a pre-release only itself; pushes to trunk, the default branch, latest and sha-<short>;$/m);
  });
});

describe('workflow-level settings', () => {
  it('triggers on the default branch, v* tags and pull requests; may write packages', () => {
    const doc = load(renderWorkflow(base({ defaultBranch: 'trunk' }))) as Record<string, unknown>;
    expect(doc.on).toEqual({ push: { branches: ['trunk'], tags: ['v*'] }, pull_request: null, workflow_dispatch: null });
    expect(doc.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(doc.env).toEqual({ IMAGE: 'ghcr.io/acme/app' });
  });

  it("passes file only when it is not the context's Dockerfile", () => {
    const pr = step(jobs(base({ context: 'app', file: 'docker/app.Dockerfile' })).build as Job, 'Build (pull request: no push)');
    expect(pr.with).toEqual({ platforms: '${{ matrix.platform }}', context: 'app', file: 'docker/app.Dockerfile' });
  });

  it('other registries log in with two secrets', () => {
    const split = step(jobs(base({ image: 'docker.io/acme/app' })).build as Job, 'Build and push by digest');
    expect(split.with).toMatchObject({ registry: 'docker.io', username: '${{ secrets.REGISTRY_USERNAME }}', password: '${{ secrets.REGISTRY_PASSWORD }}' });
  });

  it.each([['ghcr.io/Acme/App'], ['ghcr.io/acme/app:latest'], ['ghcr.io/acme/app@sha256:abc'], ['']])('refuses image %j', (image) => {
    expect(() => generateWorkflow(base({ image }))).toThrow(UsageError);
  });

  it('is deterministic and carries the regenerate command', () => {
    const o = base({ command: 'npx gen-ci init --yes --ci github' });
    expect(renderWorkflow(o)).toBe(renderWorkflow(o));
    expect(renderWorkflow(o)).toMatch(/^# Regenerate with: npx gen-ci init --yes --ci github$/m);
    expect(renderWorkflow(o)).toMatch(/^on:$/m);
  });
});

describe('actionlint', () => {
  const variants: [string, Partial<WorkflowOptions>][] = [
    ['native amd64+arm64', {}],
    ['native with QEMU legs', { platforms: parsePlatformList('linux/amd64,linux/arm64,linux/arm/v7,linux/riscv64') }],
    ['qemu', { strategy: 'qemu', platforms: parsePlatformList('linux/amd64,linux/arm64,linux/arm/v7') }],
    ['docker hub, file, context', { image: 'docker.io/acme/app', context: 'svc', file: 'svc/Containerfile' }],
    ['native with tag rules', { tagRules: ['type=semver,pattern={{version}}', 'type=sha,prefix=git-'] }],
    ['qemu with tag rules', { strategy: 'qemu', tagRules: ['type=ref,event=branch'] }],
  ];
  it.each(variants)('%s passes', async (_name, over) => {
    expect(await actionlint(renderWorkflow(base(over)))).toEqual([]);
  });

  it('an unknown runner label is reported (nothing is filtered)', async () => {
    const yaml = renderWorkflow(base({ strategy: 'qemu' })).replace('runs-on: ubuntu-24.04', 'runs-on: ubuntu-99.04');
    const errors = await actionlint(yaml);
    expect(errors.map((e) => e.kind)).toEqual(['runner-label']);
    expect(errors[0]?.message).toMatch(/ubuntu-99\.04/);
  });
});
