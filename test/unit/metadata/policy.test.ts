// gen-ci's default release policy (DEFAULT_RULES, latest=auto) over one event of each kind, on
// GitHub (env + the event payload fixture), GitLab (CI_* variables) and plain git (GitFacts).
// Each row names the metadata-action behaviour it rests on (README section, or __tests__/meta.test.ts case).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMetadata, type EventContext, gitContextFrom, githubContext, gitlabContext } from '../../../src/metadata/index.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const NOW = new Date('2020-01-10T00:30:00.000Z');
const IMAGES = ['ghcr.io/Octo-Org/Hello-World', 'docker.io/octo/app'];

function event(name: string): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/metadata/github', `${name}.json`), 'utf8'));
}

function github(eventName: string, ref: string, fixture: string): EventContext {
  const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: eventName, GITHUB_REF: ref, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'Octo-Org/Hello-World' };
  return githubContext(env, event(fixture));
}

function gitlab(vars: Record<string, string>): EventContext {
  return gitlabContext({
    GITLAB_CI: 'true',
    CI_COMMIT_SHA: SHA,
    CI_DEFAULT_BRANCH: 'main',
    CI_PROJECT_NAME: 'hello-world',
    CI_PROJECT_URL: 'https://gitlab.com/octo-org/hello-world',
    CI_COMMIT_TIMESTAMP: '2024-05-06T07:08:09+02:00',
    ...vars,
  });
}

const both = (names: string[]) => IMAGES.map((i) => i.toLowerCase()).flatMap((i) => names.map((n) => `${i}:${n}`));

// [case, context, tag names, push, version, follows]
const TABLE: [string, EventContext, string[], boolean, string, string][] = [
  [
    'GitHub push to the default branch',
    github('push', 'refs/heads/main', 'push_main'),
    ['sha-860c190', 'latest'],
    true,
    'sha-860c190',
    // README "Latest tag": type=raw,value=latest,enable={{is_default_branch}}; "type=sha" (7 chars, sha- prefix); meta.test push17/push19
    'README Latest tag + type=sha',
  ],
  [
    'GitHub push to another branch',
    github('push', 'refs/heads/feature/login', 'push_feature'),
    [],
    false,
    '',
    // meta.test push19: {{is_default_branch}} is false off the default branch, so neither raw latest nor sha
    'meta.test push19',
  ],
  [
    'GitHub tag v1.2.3',
    github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3'),
    ['1.2.3', '1.2', '1', 'latest'],
    true,
    '1.2.3',
    // meta.test tag11: {{version}}, {{major}}.{{minor}}, {{major}} → 1.1.1, 1.1, 1, latest (README "Latest tag": semver adds latest)
    'meta.test tag11',
  ],
  [
    'GitHub tag v1.2.3-rc.1 (pre-release)',
    github('push', 'refs/tags/v1.2.3-rc.1', 'tag_v1.2.3-rc.1'),
    ['1.2.3-rc.1'],
    true,
    '1.2.3-rc.1',
    // README type=semver IMPORTANT note + meta.test tag13: a pre-release only extends {{version}}, latest false
    'meta.test tag13',
  ],
  [
    'GitHub tag v0.3.0 (major zero)',
    github('push', 'refs/tags/v0.3.0', 'tag_v0.3.0'),
    ['0.3.0', '0.3', 'latest'],
    true,
    '0.3.0',
    // README "Major version zero": the {{major}} rule is disabled for v0.x (there by an enable= expression)
    'README Major version zero',
  ],
  [
    'GitHub pull_request',
    github('pull_request', 'refs/pull/15/merge', 'pull_request'),
    ['pr-15'],
    false,
    'pr-15',
    // README type=ref table: pull_request refs/pull/2/merge → pr-2; meta.test pr01
    'README type=ref',
  ],
  [
    'GitHub schedule',
    github('schedule', 'refs/heads/main', 'schedule'),
    ['nightly', 'sha-860c190', 'latest'],
    true,
    'nightly',
    // README type=schedule (pattern=nightly, priority 1000); {{is_default_branch}} is true on schedule (meta.ts) — meta.test schedule01
    'README type=schedule',
  ],
  [
    'GitHub workflow_dispatch on the default branch',
    github('workflow_dispatch', 'refs/heads/main', 'workflow_dispatch'),
    ['sha-860c190', 'latest'],
    true,
    'sha-860c190',
    // README type=ref table: workflow_dispatch runs on refs/heads/master like a push; meta.test push04
    'meta.test push04',
  ],
  [
    'GitLab branch',
    gitlab({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'feature/login', CI_COMMIT_REF_NAME: 'feature/login' }),
    [],
    false,
    '',
    'as GitHub push to another branch',
  ],
  [
    'GitLab default branch',
    gitlab({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main' }),
    ['sha-860c190', 'latest'],
    true,
    'sha-860c190',
    'as GitHub push to the default branch',
  ],
  [
    'GitLab tag',
    gitlab({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_REF_NAME: 'v1.2.3' }),
    ['1.2.3', '1.2', '1', 'latest'],
    true,
    '1.2.3',
    'as GitHub tag v1.2.3',
  ],
  [
    'GitLab merge request',
    gitlab({
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_COMMIT_REF_NAME: 'feature/login',
    }),
    ['pr-7'],
    false,
    'pr-7',
    'as GitHub pull_request',
  ],
  [
    'GitLab schedule on the default branch',
    gitlab({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main' }),
    ['nightly', 'sha-860c190', 'latest'],
    true,
    'nightly',
    'as GitHub schedule',
  ],
  [
    'plain git, on the default branch',
    gitContextFrom({ sha: SHA, branch: 'main', tags: [], defaultBranch: 'main' }),
    ['sha-860c190', 'latest'],
    true,
    'sha-860c190',
    'as a push',
  ],
  [
    'plain git, detached at v1.2.3',
    gitContextFrom({ sha: SHA, tags: ['v1.2.3'], defaultBranch: 'main' }),
    ['1.2.3', '1.2', '1', 'latest'],
    true,
    '1.2.3',
    'as a tag push (context: git reads a detached HEAD at a tag as refs/tags/TAG)',
  ],
  [
    'plain git, on another branch',
    gitContextFrom({ sha: SHA, branch: 'dev', tags: ['v1.2.3'], defaultBranch: 'main' }),
    [],
    false,
    '',
    'a branch wins over a tag when HEAD is attached',
  ],
];

describe('the default policy (DEFAULT_RULES, latest=auto)', () => {
  it.each(TABLE)('%s', (_name, ctx, names, push, version) => {
    const m = computeMetadata(ctx, { images: IMAGES, now: NOW });
    expect(m.tagNames).toEqual(names);
    expect(m.tags).toEqual(both(names));
    expect(m.push).toBe(push);
    expect(m.version).toBe(version);
    expect(m.labels['org.opencontainers.image.version']).toBe(version);
    expect(m.labels['org.opencontainers.image.revision']).toBe(SHA);
    expect(m.annotations).toEqual(m.labels);
  });

  it('images are lowercased: ghcr.io/Octo-Org/Hello-World → ghcr.io/octo-org/hello-world (README "Image name and tag sanitization")', () => {
    const m = computeMetadata(github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3'), { images: 'ghcr.io/Octo-Org/Hello-World', now: NOW });
    expect(m.tags[0]).toBe('ghcr.io/octo-org/hello-world:1.2.3');
    expect(m.images).toEqual(['ghcr.io/octo-org/hello-world']);
  });

  it('the GitHub labels come from the payload repository (metadata-action: the repository API), created is the run time', () => {
    const m = computeMetadata(github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3'), { images: [], now: NOW });
    expect(m.labels).toEqual({
      'org.opencontainers.image.created': '2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description': 'This your first repo!',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/Octo-Org/Hello-World',
      'org.opencontainers.image.title': 'Hello-World',
      'org.opencontainers.image.url': 'https://github.com/Octo-Org/Hello-World',
      'org.opencontainers.image.version': '1.2.3',
    });
  });

  it('the reasons say what each rule did, and why latest and push', () => {
    const m = computeMetadata(github('pull_request', 'refs/pull/15/merge', 'pull_request'), { images: [], now: NOW });
    expect(m.reasons.find((r) => r.rule === 'type=ref,event=pr')).toEqual({ rule: 'type=ref,event=pr', tag: 'pr-15', why: 'a pull request' });
    expect(m.reasons.find((r) => r.rule.startsWith('type=semver'))?.why).toBe('refs/pull/15/merge is not a tag');
    expect(m.reasons.find((r) => r.rule === 'push')?.why).toMatch(/pull\/merge request \(15\): built, not pushed/);
    expect(m.reasons.find((r) => r.rule === 'latest')?.tag).toBeNull();
  });

  it('push can be forced on a pull request, and is never true without a tag', () => {
    expect(computeMetadata(github('pull_request', 'refs/pull/15/merge', 'pull_request'), { images: [], push: true }).push).toBe(true);
    expect(computeMetadata(github('push', 'refs/heads/feature/login', 'push_feature'), { images: [], push: true }).push).toBe(false);
  });

  it('latest=false drops the automatic latest of a release; the default-branch latest is a rule and stays', () => {
    expect(computeMetadata(github('push', 'refs/tags/v1.2.3', 'tag_v1.2.3'), { images: [], latest: 'false' }).tagNames).toEqual(['1.2.3', '1.2', '1']);
    expect(computeMetadata(github('push', 'refs/heads/main', 'push_main'), { images: [], latest: false }).tagNames).toEqual(['sha-860c190', 'latest']);
  });
});
