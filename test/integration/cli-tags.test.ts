// gen-ci tags outside CI, on a real git repository in a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;
let sha: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_COMMITTER_DATE: '2024-05-06T07:08:09+02:00',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gen-ci-tags-'));
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
  git('add', 'Dockerfile');
  git('commit', '-q', '-m', 'first');
  git('tag', 'v1.2.3');
  git('remote', 'add', 'origin', 'git@github.com:Octo-Org/Hello-World.git');
  sha = git('rev-parse', 'HEAD');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  // not a CI job, whatever runs this test
  for (const k of Object.keys(process.env)) if (k.startsWith('CI_') || k.startsWith('GITHUB_') || k === 'GITLAB_CI') vi.stubEnv(k, undefined);
  // git reads no user config here either
  vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  return () => vi.unstubAllEnvs();
});

const tags = async (...argv: string[]) => {
  const r = await runCli(['tags', '--images', 'ghcr.io/Octo-Org/Hello-World', '--dir', dir, '--json', ...argv]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
};

describe('gen-ci tags in a git repository', () => {
  it('on main (HEAD attached, tagged v1.2.3): the branch; main is not known as the default without origin/HEAD', async () => {
    const j = await tags('--why');
    expect(j.context).toEqual({ source: 'git', event: 'push', ref: 'refs/heads/main', sha, defaultBranch: null });
    expect(j.tags).toEqual([]);
    expect(j.push).toBe(false);
  });

  it('--default-branch main: sha and latest', async () => {
    const j = await tags('--default-branch', 'main');
    expect(j.tags).toEqual([`ghcr.io/octo-org/hello-world:sha-${sha.slice(0, 7)}`, 'ghcr.io/octo-org/hello-world:latest']);
    expect(j.labels['org.opencontainers.image.source']).toBe('https://github.com/Octo-Org/Hello-World');
    expect(j.labels['org.opencontainers.image.title']).toBe('Hello-World');
    expect(j.labels['org.opencontainers.image.revision']).toBe(sha);
  });

  it('origin/HEAD names the default branch', async () => {
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    try {
      expect((await tags()).context.defaultBranch).toBe('main');
    } finally {
      git('symbolic-ref', '--delete', 'refs/remotes/origin/HEAD');
      git('update-ref', '-d', 'refs/remotes/origin/main');
    }
  });

  it('--ref refs/tags/v1.2.3: the release tags', async () => {
    expect((await tags('--ref', 'refs/tags/v1.2.3')).tagNames).toEqual(['1.2.3', '1.2', '1', 'latest']);
  });

  it('HEAD detached at v1.2.3 (how CIs check out a tag): 1.2.3, 1.2, 1, latest', async () => {
    git('checkout', '-q', '--detach', 'v1.2.3');
    try {
      const j = await tags();
      expect(j.context.ref).toBe('refs/tags/v1.2.3');
      expect(j.tags).toEqual(['1.2.3', '1.2', '1', 'latest'].map((t) => `ghcr.io/octo-org/hello-world:${t}`));
      expect(j.version).toBe('1.2.3');
      expect(j.push).toBe(true);
      // the text form: the same tags, one per line
      const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--dir', dir]);
      expect(r.out.split('\n')).toEqual(['ghcr.io/o/r:1.2.3', 'ghcr.io/o/r:1.2', 'ghcr.io/o/r:1', 'ghcr.io/o/r:latest']);
    } finally {
      git('checkout', '-q', 'main');
    }
  });

  it('{{commit_date}} is the commit time from git', async () => {
    const j = await tags('--default-branch', 'main', '--rule', "type=raw,value=build-{{commit_date 'YYYYMMDD-HHmmss'}}");
    expect(j.tagNames).toEqual(['build-20240506-050809']);
  });

  it('outside a git repository: one line, exit 2', async () => {
    const r = await runCli(['tags', '--images', 'ghcr.io/o/r', '--dir', tmpdir()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^gen-ci: not a git repository: /);
  });
});
