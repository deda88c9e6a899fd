// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, not templates
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { parsePlatformList } from '../../../src/core/platform.js';
import {
  credentialsFor,
  defaultStrategy,
  generateWorkflow,
  platformSlug,
  registryOf,
  renderWorkflow,
  TAGS_SCRIPT,
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
      tags: '${{ steps.tags.outputs.tags }}',
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
  it('one job builds every platform; pushes with tags except on pull requests', () => {
    const j = jobs(base({ strategy: 'qemu', platforms: parsePlatformList('linux/amd64,linux/arm64,linux/arm/v7') }));
    expect(Object.keys(j)).toEqual(['build']);
    expect(j.build?.['runs-on']).toBe('ubuntu-24.04');
    expect(step(j.build as Job, 'Build (pull request: no push)').with).toEqual({ platforms: 'linux/amd64,linux/arm64,linux/arm/v7', context: '.' });
    expect(step(j.build as Job, 'Build and push').with).toEqual({
      platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
      context: '.',
      tags: '${{ steps.tags.outputs.tags }}',
      push: 'true',
      registry: 'ghcr.io',
      username: '${{ github.actor }}',
      password: '${{ secrets.GITHUB_TOKEN }}',
    });
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

describe('the tags script', () => {
  const run = (env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'genci-tags-'));
    const out = join(dir, 'out');
    writeFileSync(out, '');
    const r = spawnSync('bash', ['-e', '-c', TAGS_SCRIPT], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, IMAGE: 'ghcr.io/a/b', SHA: 'abc123', DEFAULT_BRANCH: 'main', ...env },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(out, 'utf8')
      .trim()
      .replace(/^tags=/, '')
      .split(',');
  };
  it.each([
    ['branch', 'main', ['ghcr.io/a/b:abc123', 'ghcr.io/a/b:latest']],
    ['branch', 'feature/x', ['ghcr.io/a/b:abc123']],
    ['tag', 'v1.2.3', ['ghcr.io/a/b:abc123', 'ghcr.io/a/b:1.2.3', 'ghcr.io/a/b:1.2', 'ghcr.io/a/b:1']],
    ['tag', 'v2.0.0-rc.1', ['ghcr.io/a/b:abc123', 'ghcr.io/a/b:2.0.0-rc.1']],
    ['tag', 'v1+build/x', ['ghcr.io/a/b:abc123', 'ghcr.io/a/b:1-build-x']],
  ])('%s %s', (type, name, tags) => {
    expect(run({ REF_TYPE: type, REF_NAME: name })).toEqual(tags);
  });
});
