import { posixShells } from '../../support/shells.js';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeMetadata, DEFAULT_RULES, gitlabContext } from '../../../src/metadata/index.js';
import { checkShellRules, jobRules, tagScript, tagsOtherBranches } from '../../../src/gitlab/tags.js';

/**
 * The job's tag script (POSIX sh) against the engine: for every GitLab event fixture and rule set,
 * the tags and the push decision the script computes are computeMetadata(gitlabContext(env))'s.
 * The expected values are never written here, so the two cannot drift apart.
 */
// dash, bash and busybox ash, all required (a missing shell fails loudly)
const SHELLS: [string, string[]][] = posixShells().map((s) => [s.name, s.argv]);
const SHA = '0123456789abcdef0123456789abcdef01234567';

const EVENTS: Record<string, Record<string, string>> = {
  'push to the default branch': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main', CI_DEFAULT_BRANCH: 'main' },
  'push to another branch': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'feature/Login_x', CI_COMMIT_REF_NAME: 'feature/Login_x', CI_DEFAULT_BRANCH: 'main' },
  'tag v1.2.3': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_REF_NAME: 'v1.2.3', CI_DEFAULT_BRANCH: 'main' },
  'tag 1.2.3 (no v)': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: '1.2.3', CI_DEFAULT_BRANCH: 'main' },
  'tag v1.2.3-rc.1': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2.3-rc.1', CI_DEFAULT_BRANCH: 'main' },
  'tag v2.0.0+build.5': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v2.0.0+build.5', CI_DEFAULT_BRANCH: 'main' },
  'tag v0.3.0': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v0.3.0', CI_DEFAULT_BRANCH: 'main' },
  'tag v01.2.3 (not semver)': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v01.2.3', CI_DEFAULT_BRANCH: 'main' },
  'tag release-2024 (not semver)': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'release-2024', CI_DEFAULT_BRANCH: 'main' },
  'tag with a slash': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'app/v1.4.0', CI_DEFAULT_BRANCH: 'main' },
  'merge request 7': {
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_MERGE_REQUEST_IID: '7',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_COMMIT_REF_NAME: 'feature',
    CI_DEFAULT_BRANCH: 'main',
  },
  'merge request without a source': { CI_MERGE_REQUEST_IID: '12', CI_DEFAULT_BRANCH: 'main' },
  'schedule on the default branch': { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
  'schedule on another branch': { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'dev', CI_DEFAULT_BRANCH: 'main' },
  'web pipeline on the default branch': { CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
  'no default branch known': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' },
  'empty pipeline source': { CI_PIPELINE_SOURCE: '', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
  'ref name only': { CI_COMMIT_REF_NAME: 'main', CI_DEFAULT_BRANCH: 'main' },
  'no sha': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main', CI_COMMIT_SHA: '' },
};

const RULE_SETS: Record<string, string> = {
  DEFAULT_RULES,
  'metadata-action defaults': ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'].join('\n'),
  'branch, tag, pr, sha, raw with affixes and priorities': [
    '# a comment',
    '',
    '  type=ref,event=branch,prefix=br-,suffix=-x  ',
    'type=ref,event=tag',
    'type=ref,event=pr,prefix=mr-',
    'type=sha,format=long,prefix=',
    'type=sha,priority=950',
    'type=raw,value=stable,enable={{is_not_default_branch}}',
    'type=raw,edge,priority=1',
    'type=semver,pattern={{major}},enable={{is_major_zero}}',
    'type=semver,pattern={{version}},prefix=v,priority=10',
  ].join('\n'),
  'latest by a raw rule first': ['type=raw,value=latest', 'type=semver,pattern={{version}}'].join('\n'),
  'tags that need sanitizing and dedup': ['type=raw,value=..a b//c', 'type=ref,event=branch', 'type=raw,value=a-b-c', 'type=raw,value=...'].join('\n'),
  'schedule with its own pattern, disabled rules': ['type=schedule,pattern=weekly', 'type=ref,event=branch,enable=false', 'type=sha,enable=false'].join('\n'),
};

function runScript(shell: string[], env: Record<string, string>): { tags: string[]; push: boolean; out: string } {
  const script = `set -e\n${tagScript()}\nprintf 'TAGS<%s>\\n' "$GENCI_TAGS"\necho "PUSH<$genci_push>"`;
  const [cmd, ...args] = shell as [string, ...string[]];
  const r = spawnSync(cmd, [...args, script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`script failed (${r.status}): ${r.stderr}`);
  const tags = /TAGS<([\s\S]*?)>\n/.exec(r.stdout)?.[1] ?? '';
  return { tags: tags.split('\n').filter(Boolean), push: /PUSH<true>/.test(r.stdout), out: r.stdout };
}

const cases = Object.entries(EVENTS).flatMap(([event, env]) => Object.entries(RULE_SETS).map(([rules, text]) => [event, rules, env, text] as const));

describe.each(SHELLS)('the GitLab tag script under %s', (_name, shell) => {
  it.each(cases)('%s, %s: the engine’s tags and push', (_event, _rules, env, rules) => {
    const full = { CI_COMMIT_SHA: SHA, ...env };
    checkShellRules([rules]);
    const want = computeMetadata(gitlabContext(full), { images: [], rules });
    const got = runScript(shell, { ...full, GENCI_TAG_RULES: rules });
    expect(got.tags).toEqual(want.tagNames);
    expect(got.push).toBe(want.push);
  });

  it('an empty GENCI_TAG_RULES is DEFAULT_RULES; GENCI_DEFAULT_BRANCH replaces CI_DEFAULT_BRANCH', () => {
    const env = { CI_COMMIT_SHA: SHA, CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'release', CI_DEFAULT_BRANCH: 'main' };
    expect(runScript(shell, env).tags).toEqual([]);
    const got = runScript(shell, { ...env, GENCI_DEFAULT_BRANCH: 'release' });
    expect(got.tags).toEqual(computeMetadata(gitlabContext({ ...env, CI_DEFAULT_BRANCH: 'release' }), { images: [] }).tagNames);
    expect(got.tags).toEqual(['sha-0123456', 'latest']);
  });

  it('literal GENCI_TAGS are kept; a merge request still does not push', () => {
    const got = runScript(shell, { GENCI_TAGS: 'a\nb', CI_COMMIT_BRANCH: 'x' });
    expect([got.tags, got.push]).toEqual([['a', 'b'], true]);
    expect(runScript(shell, { GENCI_TAGS: 'a', CI_MERGE_REQUEST_IID: '3' }).push).toBe(false);
  });

  it.each([
    ['type=match,pattern=v(.*)', /type=match is not supported/],
    ['type=semver,pattern={{major}}.{{minor}}.{{patch}}', /pattern=\{\{major\}\}.\{\{minor\}\}.\{\{patch\}\} is not supported/],
    ['type=raw,value={{branch}}', /expression/],
    ['type=edge', /type=edge is not supported/],
    ['type=sha,enable={{date "YYYY"}}', /quoted fields/],
  ])('%s ends the job with a line naming it', (rule, message) => {
    const [cmd, ...args] = shell as [string, ...string[]];
    const r = spawnSync(cmd, [...args, `set -e\n${tagScript()}`], { env: { PATH: process.env.PATH ?? '', GENCI_TAG_RULES: rule }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('rule lines at generation time', () => {
  it.each([
    ['type=match,pattern=v(.*)', /type=match is not supported in a GitLab pipeline/],
    ['type=semver,pattern={{raw}}', /pattern=\{\{raw\}\} is not supported/],
    ['type=semver,pattern={{version}},value=1.0.0', /semver value=\/match= is not supported/],
    ['type=raw,value={{date \'YYYYMMDD\'}}', /value=.* is not supported/],
    ['type=sha,prefix={{branch}}-', /prefix=\{\{branch\}\}- is not supported/],
    ['type=ref,event=branch,enable={{is_default_branch}}x', /enable=.* is not supported/],
    ['type=schedule,pattern={{date \'YYYY\'}}', /schedule pattern/],
    ['type=nope', /unknown type=nope/],
  ])('%s is refused', (line, message) => {
    expect(() => checkShellRules([line])).toThrow(message);
  });

  it('no lines: DEFAULT_RULES; which rule sets tag other branches', () => {
    expect(checkShellRules([]).map((r) => r.line)).toEqual(checkShellRules([DEFAULT_RULES]).map((r) => r.line));
    expect(tagsOtherBranches(checkShellRules([]))).toBe(false);
    expect(tagsOtherBranches(checkShellRules(['type=ref,event=branch']))).toBe(true);
    expect(tagsOtherBranches(checkShellRules(['type=sha']))).toBe(true);
    expect(tagsOtherBranches(checkShellRules(['type=semver,pattern={{version}}', 'type=raw,value=x,enable={{is_default_branch}}']))).toBe(false);
  });

  it.each([
    [{}, ['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']],
    [{ defaultBranch: 'trunk' }, ['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH == "trunk"']],
    [
      { otherBranches: true },
      ['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS', '$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', '$CI_COMMIT_BRANCH'],
    ],
  ])('rules for %o', (o, ifs) => {
    expect(jobRules(o).map((r) => r.if)).toEqual(ifs);
    expect(jobRules({ ...o, merge: true })[0]).toEqual({ if: '$CI_PIPELINE_SOURCE == "merge_request_event"', when: 'never' });
  });
});
