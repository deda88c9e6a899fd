import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const EVENTS = join(import.meta.dirname, '../fixtures/metadata/github');
const CI_VARS = [
  'GITHUB_ACTIONS',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_REF',
  'GITHUB_SHA',
  'GITHUB_REPOSITORY',
  'GITLAB_CI',
  'DOCKER_METADATA_PR_HEAD_SHA',
];

/** The environment of one CI job: every CI variable of the test's own runner cleared first. */
function env(vars: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (k.startsWith('CI_') || CI_VARS.includes(k)) vi.stubEnv(k, undefined);
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
}

function github(event: string, ref: string, fixture: string): void {
  env({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_REF: ref,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'Octo-Org/Hello-World',
    GITHUB_EVENT_PATH: join(EVENTS, `${fixture}.json`),
  });
}

function gitlab(vars: Record<string, string>): void {
  env({ GITLAB_CI: 'true', CI_COMMIT_SHA: SHA, CI_DEFAULT_BRANCH: 'main', CI_PROJECT_NAME: 'app', CI_PROJECT_URL: 'https://gitlab.com/g/app', ...vars });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('gen-ci tags (usage)', () => {
  it('--help gives the usage, the default policy and the JSON shape', async () => {
    const r = await runCli(['tags', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci tags --images IMAGE[,IMAGE…] [--rule LINE…] [--latest auto|true|false] [--format lines|docker-args|env] [--json]');
    expect(r.out).toContain('on tag v1.2.3 the tags');
    expect(r.out).toContain('--tag-rule');
    expect(r.out).toContain('reasons: [{rule, tag, why}]');
  });

  it.each([
    [['tags', 'ghcr.io/o/r'], /takes no arguments/],
    [['tags', '--images', 'ghcr.io/o/r', '--latest', 'maybe'], /--latest takes auto, true or false/],
    [['tags', '--images', 'ghcr.io/o/r', '--format', 'yaml'], /--format takes lines, docker-args, env/],
    [['tags', '--images', 'ghcr.io/o/r', '--rule', 'type=foo'], /unknown type=foo/],
    [['tags', '--images', 'ghcr.io/o/r', '--rule', 'type=sha,formt=long'], /has no attribute formt/],
    [['tags', '--images', 'ghcr.io/o/r', '--rule', 'type=raw,value={{nope}}'], /unknown expression \{\{nope\}\}/],
    [['tags', '--images', 'ghcr.io/o/r:1.0'], /has a tag or digest/],
    [['tags', '--images', 'ghcr.io/o/r', '--ref', 'v1.2.3'], /--ref takes refs\/heads\/BRANCH/],
    [['tags', '--images', 'ghcr.io/o/r', '--label', 'novalue'], /KEY=VALUE/],
    [['tags', '--imags', 'ghcr.io/o/r'], /did you mean --images/],
  ])('%j is bad usage (exit 2)', async (argv, why) => {
    github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3');
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
    const j = await runCli([...argv, '--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out)).toMatchObject({ ok: false, error: { code: 'usage' } });
  });
});

describe('gen-ci tags on GitHub', () => {
  it('a v1.2.3 tag: 1.2.3, 1.2, 1 and latest for each image, lowercased', async () => {
    github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3');
    const r = await runCli(['tags', '--images', 'ghcr.io/Octo-Org/Hello-World,docker.io/octo/app']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'ghcr.io/octo-org/hello-world:1.2.3',
      'ghcr.io/octo-org/hello-world:1.2',
      'ghcr.io/octo-org/hello-world:1',
      'ghcr.io/octo-org/hello-world:latest',
      'docker.io/octo/app:1.2.3',
      'docker.io/octo/app:1.2',
      'docker.io/octo/app:1',
      'docker.io/octo/app:latest',
    ]);
  });

  it('--json: one object with the tags, labels, annotations, push and the context', async () => {
    github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3');
    const r = await runCli(['tags', '--image', 'ghcr.io/Octo-Org/Hello-World', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)[0]).toBe('ok');
    expect(j).toMatchObject({
      ok: true,
      version: '1.2.3',
      tagNames: ['1.2.3', '1.2', '1', 'latest'],
      images: ['ghcr.io/octo-org/hello-world'],
      latest: true,
      push: true,
      context: { source: 'github', event: 'push', ref: 'refs/tags/v1.2.3', sha: SHA, defaultBranch: 'main' },
    });
    expect(j.labels['org.opencontainers.image.source']).toBe('https://github.com/Octo-Org/Hello-World');
    expect(j.annotations['org.opencontainers.image.version']).toBe('1.2.3');
    expect(j.reasons.at(-1)).toEqual({ rule: 'push', tag: null, why: 'not a pull/merge request' });
  });

  it('a pull request: pr-15, push false', async () => {
    github('pull_request', 'refs/pull/15/merge', 'pull_request');
    const j = JSON.parse((await runCli(['tags', '--images', 'ghcr.io/o/r', '--json'])).out);
    expect(j).toMatchObject({ tags: ['ghcr.io/o/r:pr-15'], push: false, latest: false });
  });

  it('--rule replaces the policy; --latest false; --label adds', async () => {
    github('push', 'refs/heads/main', 'push_main');
    const r = await runCli([
      'tags',
      '--images',
      'ghcr.io/o/r',
      '--rule',
      'type=ref,event=branch',
      '--tag-rule',
      'type=sha,format=long',
      '--label',
      'maintainer=me',
      '--json',
    ]);
    const j = JSON.parse(r.out);
    expect(j.tags).toEqual(['ghcr.io/o/r:main', `ghcr.io/o/r:sha-${SHA}`]);
    expect(j.labels.maintainer).toBe('me');
    const t = JSON.parse(
      (await runCli(['tags', '--images', 'ghcr.io/o/r', '--rule', 'type=semver,pattern={{version}},value=v2.0.0', '--latest', 'false', '--json'])).out,
    );
    expect(t.tags).toEqual(['ghcr.io/o/r:2.0.0']);
  });

  it('--format docker-args: one buildx argument per line', async () => {
    github('push', 'refs/heads/main', 'push_main');
    const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--format', 'docker-args']);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 2)).toEqual(['--tag=ghcr.io/o/r:sha-860c190', '--tag=ghcr.io/o/r:latest']);
    expect(lines).toContain('--label=org.opencontainers.image.description=This your first repo!');
    expect(lines).toContain('--annotation=org.opencontainers.image.licenses=MIT');
  });

  it('--format env: sh assignments, metadata-action names, that eval reads back', async () => {
    github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3');
    const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--format', 'env', '--label', "quote=it's"]);
    expect(r.out).toContain('DOCKER_METADATA_OUTPUT_VERSION=1.2.3');
    expect(r.out).toContain('GEN_CI_PUSH=true');
    const sh = spawnSync('sh', ['-c', 'eval "$OUT"; printf "%s|%s" "$DOCKER_METADATA_OUTPUT_TAGS" "$DOCKER_METADATA_OUTPUT_LABELS"'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, OUT: r.out },
    });
    const [tags, labels] = sh.stdout.split('|');
    expect(tags?.split('\n')).toEqual(['ghcr.io/o/r:1.2.3', 'ghcr.io/o/r:1.2', 'ghcr.io/o/r:1', 'ghcr.io/o/r:latest']);
    expect(labels).toContain("quote=it's");
    expect(labels).toContain('org.opencontainers.image.description=This your first repo!');
  });

  it('another branch: no tag, a note on stderr, exit 0; --why says what each rule did', async () => {
    github('push', 'refs/heads/feature/login', 'push_feature');
    const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--why']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('github: push refs/heads/feature/login at 860c190, default branch main');
    expect(r.err).toContain('type=raw,value=latest,enable={{is_default_branch}}: - (disabled (enable={{is_default_branch}}))');
    expect(r.err).toContain('gen-ci: no tag for refs/heads/feature/login');
  });

  it('a --dir that is not there is a missing input (exit 2, not-found), as init says it', async () => {
    env({});
    const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--dir', './nope/repo']);
    expect(r).toEqual({ code: 2, out: '', err: 'gen-ci: directory not found: ./nope/repo (--dir)' });
    expect(JSON.parse((await runCli(['tags', '--dir', './nope/repo', '--json'])).out)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a payload that is not JSON is an unreadable input (exit 2)', async () => {
    github('push', 'refs/heads/main', 'push_main');
    vi.stubEnv('GITHUB_EVENT_PATH', join(import.meta.dirname, 'cli-tags.test.ts'));
    const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });
});

describe('gen-ci tags on GitLab', () => {
  it.each([
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2.3' }, ['1.2.3', '1.2', '1', 'latest'], true],
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' }, ['sha-860c190', 'latest'], true],
    [{ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'dev' }, [], false],
    [{ CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7', CI_COMMIT_REF_NAME: 'dev' }, ['pr-7'], false],
  ])('%j → %j, push %s', async (vars, names, push) => {
    gitlab(vars);
    const j = JSON.parse((await runCli(['tags', '--images', 'registry.gitlab.com/G/App', '--json'])).out);
    expect(j.tagNames).toEqual(names);
    expect(j.tags).toEqual(names.map((n) => `registry.gitlab.com/g/app:${n}`));
    expect(j.push).toBe(push);
    expect(j.context.source).toBe('gitlab');
  });

  it('--ref and --default-branch override the CI', async () => {
    gitlab({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'dev' });
    const j = JSON.parse((await runCli(['tags', '--images', 'r.example/app', '--default-branch', 'dev', '--json'])).out);
    expect(j.tagNames).toEqual(['sha-860c190', 'latest']);
    const t = JSON.parse((await runCli(['tags', '--images', 'r.example/app', '--ref', 'refs/tags/v0.3.0', '--json'])).out);
    expect(t.tagNames).toEqual(['0.3.0', '0.3', 'latest']);
  });
});
