// Contexts: GitHub env + payload, GitLab CI_* variables, git facts.
import { describe, expect, it } from 'vitest';
import { gitContextFrom, githubContext, gitlabContext, isDefaultBranch } from '../../../src/metadata/index.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';

describe('githubContext', () => {
  it('reads env and payload; the commit date from the pushed commit', () => {
    const c = githubContext(
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'Octo/Repo', GITHUB_SERVER_URL: 'https://github.com' },
      {
        repository: { default_branch: 'main', name: 'Repo', license: { spdx_id: 'Apache-2.0' } },
        commits: [{ id: SHA, timestamp: '2024-05-06T07:08:09+02:00' }],
      },
    );
    expect(c).toEqual({
      source: 'github',
      event: 'push',
      ref: 'refs/heads/main',
      sha: SHA,
      defaultBranch: 'main',
      commitDate: new Date('2024-05-06T05:08:09Z'),
      repo: { name: 'Repo', url: 'https://github.com/Octo/Repo', license: 'Apache-2.0' },
    });
  });

  it('without a payload: name and URL from GITHUB_REPOSITORY, no default branch', () => {
    const c = githubContext({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1',
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SERVER_URL: 'https://ghe.example/',
    });
    expect(c.repo).toEqual({ name: 'r', url: 'https://ghe.example/o/r' });
    expect(c.defaultBranch).toBeUndefined();
  });

  it('base_ref: a pull request target, or a tag push base_ref (README {{base_ref}})', () => {
    expect(githubContext({ GITHUB_REF: 'refs/pull/2/merge', GITHUB_EVENT_NAME: 'pull_request' }, { pull_request: { base: { ref: 'master' } } }).baseRef).toBe(
      'master',
    );
    expect(githubContext({ GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_EVENT_NAME: 'push' }, { base_ref: 'refs/heads/master' }).baseRef).toBe('master');
    expect(githubContext({ GITHUB_REF: 'refs/heads/master', GITHUB_EVENT_NAME: 'push' }, { base_ref: 'refs/heads/master' }).baseRef).toBeUndefined();
  });
});

describe('isDefaultBranch (metadata-action meta.ts is_default_branch)', () => {
  const base = { source: 'github' as const, sha: SHA, repo: {}, defaultBranch: 'main' };
  it.each([
    ['push', 'refs/heads/main', true],
    ['push', 'refs/heads/dev', false],
    ['push', 'refs/tags/v1.2.3', false],
    ['pull_request', 'refs/pull/1/merge', false],
    ['schedule', 'refs/heads/dev', true],
    ['create', 'refs/tags/v1', true],
    ['issues', 'refs/heads/x', true],
    ['schedule', '', false],
  ])('%s %s → %s', (event, ref, want) => {
    expect(isDefaultBranch({ ...base, event, ref })).toBe(want);
  });
});

describe('gitlabContext', () => {
  const common = {
    CI_COMMIT_SHA: SHA,
    CI_DEFAULT_BRANCH: 'main',
    CI_PROJECT_NAME: 'app',
    CI_PROJECT_URL: 'https://gitlab.com/g/app',
    CI_PROJECT_DESCRIPTION: 'An app',
  };
  it.each([
    [{ CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push' }, 'refs/heads/main', 'push'],
    [{ CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_REF_NAME: 'v1.2.3', CI_PIPELINE_SOURCE: 'push' }, 'refs/tags/v1.2.3', 'push'],
    [{ CI_MERGE_REQUEST_IID: '7', CI_COMMIT_REF_NAME: 'feat' }, 'refs/pull/7/merge', 'merge_request_event'],
    [{ CI_COMMIT_REF_NAME: 'main', CI_PIPELINE_SOURCE: 'web' }, 'refs/heads/main', 'web'],
    [{ CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' }, 'refs/heads/main', 'schedule'],
  ])('%j → %s', (vars, ref, event) => {
    const c = gitlabContext({ ...common, ...vars });
    expect(c.ref).toBe(ref);
    expect(c.event).toBe(event);
    expect(c.sha).toBe(SHA);
    expect(c.defaultBranch).toBe('main');
    expect(c.repo).toEqual({ name: 'app', description: 'An app', url: 'https://gitlab.com/g/app' });
  });

  it('a merge request has its target as base_ref; the commit timestamp is read', () => {
    const c = gitlabContext({
      ...common,
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_COMMIT_TIMESTAMP: '2024-05-06T07:08:09+00:00',
    });
    expect(c.baseRef).toBe('main');
    expect(c.commitDate?.toISOString()).toBe('2024-05-06T07:08:09.000Z');
  });
});

describe('gitContextFrom', () => {
  it('an attached HEAD is its branch, even when tagged; a detached one its (highest semver) tag', () => {
    expect(gitContextFrom({ sha: SHA, branch: 'main', tags: ['v1.0.0'] }).ref).toBe('refs/heads/main');
    expect(gitContextFrom({ sha: SHA, tags: ['v1.0.0', 'v1.10.0', 'v1.2.0', 'nightly'] }).ref).toBe('refs/tags/v1.10.0');
    expect(gitContextFrom({ sha: SHA, tags: ['b', 'a'] }).ref).toBe('refs/tags/b');
    expect(gitContextFrom({ sha: SHA, tags: [] }).ref).toBe('');
  });

  it('overrides win; the remote becomes the repository URL and name', () => {
    const c = gitContextFrom(
      { sha: SHA, branch: 'dev', tags: [], defaultBranch: 'main', remoteUrl: 'git@github.com:Octo/Repo.git', commitDate: '2024-05-06T07:08:09+02:00' },
      { ref: 'refs/tags/v2.0.0', defaultBranch: 'trunk' },
    );
    expect(c).toEqual({
      source: 'git',
      event: 'push',
      ref: 'refs/tags/v2.0.0',
      sha: SHA,
      defaultBranch: 'trunk',
      commitDate: new Date('2024-05-06T05:08:09Z'),
      repo: { name: 'Repo', url: 'https://github.com/Octo/Repo' },
    });
  });
});
