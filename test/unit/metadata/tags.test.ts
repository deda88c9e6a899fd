// docker/metadata-action's own expectations (__tests__/meta.test.ts, by case id), replayed on
// the engine with the same refs, SHAs, rules and flavors: the version, its tags and latest.
import { describe, expect, it } from 'vitest';
import { computeMetadata, type EventContext, githubContext, type MetadataOptions } from '../../../src/metadata/index.js';

const NOW = new Date('2020-01-10T00:30:00.000Z');
const SHA = {
  dev: '860c1904a1ce19322e91ac35af1ab07466440c37',
  master: '266574110acf203503badf966df2ea24b5d732d7',
  pr: 'a9c8c5828b91be19d9728548b24759e352367ef1',
};

/** A context as metadata-action's fixtures give it: event name, ref, sha, payload repository default_branch master. */
function ctx(event: string, ref: string, sha: string, payload: Record<string, unknown> = {}): EventContext {
  const c = githubContext({ GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_SHA: sha }, { repository: { default_branch: 'master' }, ...payload });
  return { ...c, commitDate: NOW };
}

const pushDev = ctx('push', 'refs/heads/dev', SHA.dev);
const pushMaster = ctx('push', 'refs/heads/master', SHA.master);
const dispatch = ctx('workflow_dispatch', 'refs/heads/master', SHA.dev);
const tag = (t: string) => ctx('push', `refs/tags/${t}`, SHA.dev, { base_ref: 'refs/heads/master' });
const pr = ctx('pull_request', 'refs/pull/15/merge', SHA.pr, { pull_request: { base: { ref: 'master' } } });
const prTarget = ctx('pull_request_target', 'refs/heads/master', SHA.master, { number: 15, pull_request: { base: { ref: 'master' } } });
const schedule = ctx('schedule', 'refs/heads/master', SHA.dev);

/** metadata-action's default `tags` (its README "tags input"); gen-ci's own default differs (DEFAULT_RULES). */
const MDA_DEFAULT = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

type Case = [id: string, context: EventContext, rules: string[], options: Partial<MetadataOptions>, version: string, tags: string[]];

const CASES: Case[] = [
  ['push01', pushDev, MDA_DEFAULT, {}, 'dev', ['dev']],
  ['push02', pushMaster, ['type=edge'], {}, 'edge', ['edge']],
  ['push04', dispatch, ['type=edge'], {}, 'edge', ['edge']],
  ['push07', pushDev, ['type=ref,event=branch', 'type=sha'], {}, 'dev', ['dev', 'sha-860c190']],
  ['push09', pushDev, ['type=edge,branch=dev', 'type=sha'], {}, 'edge', ['edge', 'sha-860c190']],
  ['push10', pushMaster, ['type=edge,branch=dev', 'type=sha'], {}, 'sha-2665741', ['sha-2665741']],
  ['push13', pushMaster, ['type=ref,priority=2000,event=branch', 'type=edge'], {}, 'master', ['master', 'edge']],
  ['push14', pushMaster, ['type=semver,pattern={{version}},value=v1.2.3', 'type=edge'], {}, '1.2.3', ['1.2.3', 'edge', 'latest']],
  ['push15', pushMaster, ['type=match,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'], {}, '1.2.3', ['1.2.3', 'edge', 'latest']],
  ['push16', pushMaster, ['type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'], {}, 'edge', ['edge']],
  [
    'push17',
    pushMaster,
    [
      'type=raw,value=mytag-{{branch}}',
      "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
      "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
      "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      'type=raw,value=mytag-tag-{{tag}}',
      'type=raw,value=mytag-baseref-{{base_ref}}',
      'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
    ],
    {},
    'mytag-master',
    ['mytag-master', 'mytag-20200110', 'mytag-cd-20200110', 'mytag-20200110-093000', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'],
  ],
  ['push18', pushDev, ['type=ref,event=branch', 'type=sha,format=long'], {}, 'dev', ['dev', `sha-${SHA.dev}`]],
  [
    'push19',
    pushDev,
    ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long', 'type=raw,value=defbranch,enable={{is_default_branch}}'],
    {},
    `sha-${SHA.dev}`,
    [`sha-${SHA.dev}`],
  ],
  [
    'push22',
    pushDev,
    ['type=edge,branch=master', 'type=sha,format=long', 'type=raw,value=notdefbranch,enable={{is_not_default_branch}}'],
    {},
    'notdefbranch',
    ['notdefbranch', `sha-${SHA.dev}`],
  ],
  ['tag01', tag('release1'), MDA_DEFAULT, {}, 'release1', ['release1', 'latest']],
  ['tag02', tag('20200110-RC2'), MDA_DEFAULT, {}, '20200110-RC2', ['20200110-RC2', 'latest']],
  ['tag03', tag('20200110-RC2'), ['type=match,pattern=\\d{8}'], { latest: 'false' }, '20200110', ['20200110']],
  ['tag05', tag('v1.1.1'), ['type=match,"pattern=\\d.\\d.\\d"'], {}, '1.1.1', ['1.1.1', 'latest']],
  ['tag07', tag('v2.0.8-beta.67'), ['type=match,"pattern=\\d.\\d.\\d-(alpha|beta).\\d+"'], {}, '2.0.8-beta.67', ['2.0.8-beta.67', 'latest']],
  [
    'tag09',
    tag('v2.0.8-beta.67'),
    ['type=match,"pattern=v(.*)-beta.(.*)",group=1', 'type=match,"pattern=v(.*)-beta.(.*)",group=2'],
    {},
    '2.0.8',
    ['2.0.8', '67', 'latest'],
  ],
  ['tag10', tag('sometag'), ['type=match,"pattern=\\d.\\d"'], {}, '', []],
  [
    'tag11',
    tag('v1.1.1'),
    ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'],
    {},
    '1.1.1',
    ['1.1.1', '1.1', '1', 'latest'],
  ],
  ['tag12', tag('v1.1.1'), ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'], {}, '1.1.1', ['1.1.1', 'latest']],
  ['tag13', tag('v2.0.8-beta.67'), ['type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'], {}, '2.0.8-beta.67', ['2.0.8-beta.67']],
  [
    'tag14',
    tag('sometag'),
    ['type=ref,event=tag', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'],
    { latest: 'false' },
    'sometag',
    ['sometag'],
  ],
  [
    'tag15',
    tag('v2.0.8-beta.67'),
    ['type=raw,priority=2000,foo', 'type=semver,pattern={{version}}', 'type=match,"pattern=\\d.\\d"'],
    {},
    'foo',
    ['foo', '2.0.8-beta.67', '2.0'],
  ],
  ['tag16', tag('v1.1.1'), ['type=raw,priority=2000,foo', 'type=ref,event=tag', 'type=edge'], {}, 'foo', ['foo', 'v1.1.1']],
  [
    'tag19',
    tag('p1/v1.0.0'),
    ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=1,suffix=', 'type=ref,event=pr', 'type=sha'],
    { suffix: '-dev' },
    '1.0.0-dev',
    ['1.0.0-dev', '1.0', 'sha-860c190-dev', 'latest'],
  ],
  [
    'tag20',
    tag('v1.1.1'),
    ['type=raw,{{tag}}-{{sha}}-foo', 'type=raw,{{base_ref}}-foo', 'type=raw,defbranch-foo,enable={{is_default_branch}}'],
    {},
    'v1.1.1-860c190-foo',
    ['v1.1.1-860c190-foo', 'master-foo'],
  ],
  [
    'tag21',
    tag('v1.1.1'),
    ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'],
    { suffix: '-dev', suffixLatest: true },
    '1.1.1-dev',
    ['1.1.1-dev', 'latest-dev'],
  ],
  [
    'tag22',
    tag('v1.1.1'),
    ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'],
    { prefix: 'foo-', prefixLatest: true, suffix: '-dev', suffixLatest: true },
    'foo-1.1.1-dev',
    ['foo-1.1.1-dev', 'foo-latest-dev'],
  ],
  ['tag31', tag('v2.0.8-beta.67'), ['type=semver,pattern={{raw}}'], {}, 'v2.0.8-beta.67', ['v2.0.8-beta.67']],
  ['tag34', tag('p1/v1.0.0'), ['type=semver,pattern={{version}},"match=v(\\d.\\d.\\d)$"'], {}, '1.0.0', ['1.0.0', 'latest']],
  ['latest05', tag('v1.1.1'), MDA_DEFAULT, {}, 'v1.1.1', ['v1.1.1', 'latest']],
  ['latest06', tag('v2.0.8-beta.67'), ['type=match,"pattern=\\d.\\d.\\d"'], {}, '2.0.8', ['2.0.8', 'latest']],
  ['latest07', tag('v1.1.1'), ['type=ref,event=tag'], { latest: 'false' }, 'v1.1.1', ['v1.1.1']],
  ['pr01', pr, MDA_DEFAULT, {}, 'pr-15', ['pr-15']],
  ['pr03', pr, ['type=ref,event=pr', 'type=sha'], {}, 'pr-15', ['pr-15', 'sha-a9c8c58']],
  ['pr04', pr, ['type=sha,priority=2000', 'type=ref,event=pr'], {}, 'sha-a9c8c58', ['sha-a9c8c58', 'pr-15']],
  ['pr05', pr, ['type=ref,event=pr'], { prefix: 'glo-', suffix: '-bal' }, 'pr-15-bal', ['pr-15-bal']],
  ['pr06', pr, ['type=ref,event=pr,prefix='], { prefix: 'glo-', suffix: '-bal' }, '15-bal', ['15-bal']],
  ['pr07', prTarget, ['type=sha,priority=2000', 'type=ref,event=pr'], {}, 'sha-2665741', ['sha-2665741', 'pr-15']],
  ['pr11', pr, ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'], {}, 'mytag-master', ['mytag-master']],
  ['schedule01', schedule, MDA_DEFAULT, {}, 'nightly', ['nightly', 'master']],
  [
    'schedule02',
    schedule,
    ["type=schedule,pattern={{date 'YYYYMMDD'}}", "type=schedule,pattern=source-date-{{commit_date 'YYYY-MM-DD'}}"],
    {},
    '20200110',
    ['20200110', 'source-date-2020-01-10'],
  ],
  ['schedule03', schedule, ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss'}}"], {}, '20200110-003000', ['20200110-003000']],
  [
    'raw03',
    tag('release1'),
    ['type=ref,event=tag', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'],
    {},
    'release1',
    ['release1', 'my', 'custom', 'tags', 'latest'],
  ],
  ['raw06', tag('v1.1.1'), ['type=raw,my', 'type=raw,custom', 'type=raw,tags'], {}, 'my', ['my', 'custom', 'tags']],
  [
    'raw07',
    pushDev,
    ['type=ref,priority=90,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'],
    { latest: 'true' },
    'my',
    ['my', 'custom', 'tags', 'dev', 'latest'],
  ],
  [
    'raw09',
    pushDev,
    ['type=match,pattern=\\d{8}', 'type=raw,my,prefix=foo-,suffix=-bar', 'type=raw,custom', 'type=raw,tags'],
    { latest: 'false', prefix: 'glo-', suffix: '-bal' },
    'foo-my-bar',
    ['foo-my-bar', 'glo-custom-bal', 'glo-tags-bal'],
  ],
  ['raw10', pushDev, ['type=raw,foo', 'type=raw,bar,enable=false', 'type=raw,baz,enable=true'], { latest: 'false' }, 'foo', ['foo', 'baz']],
];

describe("metadata-action's cases (__tests__/meta.test.ts)", () => {
  it.each(CASES)('%s', (_id, context, rules, options, version, tags) => {
    const m = computeMetadata(context, { images: ['user/app'], rules, now: NOW, ...options });
    expect(m.version).toBe(version);
    expect(m.tagNames).toEqual(tags);
    expect(m.tags).toEqual(tags.map((t) => `user/app:${t}`));
  });

  it('latest08: image names are lowercased (ghcr.io/MyUSER/MyApp → ghcr.io/myuser/myapp)', () => {
    const m = computeMetadata(tag('v1.1.1'), { images: ['org/app', 'ghcr.io/MyUSER/MyApp'], rules: ['type=ref,event=tag'], latest: 'false' });
    expect(m.tags).toEqual(['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1']);
  });

  it('latest10 / tag33: without images the tags are the tag names', () => {
    expect(computeMetadata(tag('v2.0.8-beta.67'), { images: [], rules: ['type=match,"pattern=\\d.\\d.\\d"'] }).tags).toEqual(['2.0.8', 'latest']);
  });

  it('push11 / README "Image name and tag sanitization": invalid characters become -; my/branch → my-branch', () => {
    expect(computeMetadata(ctx('push', 'refs/heads/my/branch', SHA.dev), { images: [], rules: ['type=ref,event=branch'] }).tags).toEqual(['my-branch']);
    expect(computeMetadata(ctx('push', 'refs/heads/feat@#x', SHA.dev), { images: [], rules: ['type=ref,event=branch'] }).tags).toEqual(['feat-x']);
  });

  it('latest09: extra labels and annotations override or add (sorted by key)', () => {
    const m = computeMetadata(tag('v1.1.1'), {
      images: [],
      rules: ['type=ref,event=tag'],
      labels: ['maintainer=CrazyMax', 'org.opencontainers.image.title=Mine'],
      annotations: ['maintainer=Foo'],
    });
    expect(m.labels.maintainer).toBe('CrazyMax');
    expect(m.labels['org.opencontainers.image.title']).toBe('Mine');
    expect(m.annotations.maintainer).toBe('Foo');
    expect(Object.keys(m.labels)).toEqual([...Object.keys(m.labels)].sort((a, b) => a.localeCompare(b)));
  });

  it('labels may use global expressions (README "Global expressions": commit_date in a label)', () => {
    const m = computeMetadata(tag('v1.1.1'), {
      images: [],
      rules: ['type=ref,event=tag'],
      labels: ["org.opencontainers.image.created={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}"],
    });
    expect(m.labels['org.opencontainers.image.created']).toBe('2020-01-10T00:30:00.000Z');
  });

  it('a pull_request_target run is built as its pull request (context.ts: refs/pull/N/merge)', () => {
    expect(computeMetadata(prTarget, { images: [], rules: ['type=ref,event=pr'] }).tags).toEqual(['pr-15']);
  });

  it('DOCKER_METADATA_PR_HEAD_SHA=true takes the head SHA of the pull request (pr-head-sha cases)', () => {
    const c = githubContext(
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/15/merge', GITHUB_SHA: SHA.pr, DOCKER_METADATA_PR_HEAD_SHA: 'true' },
      { pull_request: { head: { sha: '743ea6b4ee6b6a9d35e0d1a1ec39fdc7ab8cd3b7' } } },
    );
    expect(computeMetadata(c, { images: [], rules: ['type=sha'] }).tags).toEqual(['sha-743ea6b']);
  });

  it('the short SHA length is settable (DOCKER_METADATA_SHORT_SHA_LENGTH)', () => {
    expect(computeMetadata(pushDev, { images: [], rules: ['type=sha'], shortShaLength: 12 }).tags).toEqual(['sha-860c1904a1ce']);
  });

  it('a duplicate latest (type=raw,value=latest and latest=true) is listed once', () => {
    expect(computeMetadata(pushMaster, { images: [], rules: ['type=raw,value=latest'], latest: true }).tags).toEqual(['latest']);
  });
});
