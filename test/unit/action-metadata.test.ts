// The action's tags, labels and annotations from the GitHub event (src/pipeline/metadata.ts through
// readOptions): images + tag-rules, the default policy, push off on pull requests, OCI metadata.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/pipeline/options.js';
import { indexAnnotations } from '../../src/pipeline/steps.js';

const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
const get = (over: Record<string, string> = {}) => (name: string) => over[name] ?? action.inputs[name]?.default ?? '';
const NOW = new Date('2026-12-02T10:00:00Z');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const repo = { name: 'App', default_branch: 'main', html_url: 'https://github.com/Owner/App', description: 'an app', license: { spdx_id: 'MIT' } };
const github = (ref: string, event = 'push', payload: Record<string, unknown> = {}) => ({
  env: { GITHUB_REF: ref, GITHUB_EVENT_NAME: event, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'Owner/App', GITHUB_SERVER_URL: 'https://github.com' },
  payload: { repository: repo, ...payload },
  now: NOW,
});

describe('images + tag-rules in the action', () => {
  const rows: [what: string, ref: string, event: string, payload: Record<string, unknown>, tags: string[], push: boolean][] = [
    ['a release tag', 'refs/tags/v1.2.3', 'push', {}, ['1.2.3', '1.2', '1', 'latest'], true],
    ['a pre-release tag', 'refs/tags/v1.2.3-rc.1', 'push', {}, ['1.2.3-rc.1'], true],
    ['the default branch', 'refs/heads/main', 'push', {}, ['sha-0123456', 'latest'], true],
    ['a pull request (built, not pushed)', 'refs/pull/7/merge', 'pull_request', { number: 7, pull_request: { number: 7, base: { ref: 'main' }, head: { sha: SHA } } }, ['pr-7'], false],
  ];
  it.each(rows)('%s', (_w, ref, event, payload, names, push) => {
    const i = readOptions(get({ images: 'ghcr.io/Owner/App', push: 'true' }), github(ref, event, payload));
    expect(i.tags).toEqual(names.map((n) => `ghcr.io/owner/app:${n}`));
    expect(i.push).toBe(push);
    expect(Boolean(i.pushNotice)).toBe(!push);
    // the merge job tags nothing when the rules push nothing
    expect(i.metadataPush).toBe(push);
  });

  it('the version output and the OCI labels; annotations on the index and each manifest of a multi-platform build', () => {
    const i = readOptions(get({ images: 'ghcr.io/Owner/App', push: 'true' }), github('refs/tags/v1.2.3'));
    expect(i.version).toBe('1.2.3');
    expect(i.labels).toContain('org.opencontainers.image.version=1.2.3');
    expect(i.labels).toContain(`org.opencontainers.image.revision=${SHA}`);
    expect(i.labels).toContain('org.opencontainers.image.source=https://github.com/Owner/App');
    expect(i.labels).toContain('org.opencontainers.image.created=2026-12-02T10:00:00.000Z');
    expect(i.annotations).toContain('index:org.opencontainers.image.description=an app');
    expect(i.annotations).toContain('manifest:org.opencontainers.image.description=an app');
    expect(indexAnnotations(i.annotations)['org.opencontainers.image.licenses']).toBe('MIT');
  });

  it('one platform: manifest annotations only (there is no index to annotate)', () => {
    const i = readOptions(get({ images: 'ghcr.io/o/a', platforms: 'linux/arm64' }), github('refs/heads/main'));
    expect(i.annotations.length).toBeGreaterThan(0);
    expect(i.annotations.every((a) => a.startsWith('manifest:'))).toBe(true);
  });

  it("the user's labels and annotations win over the OCI set; oci-metadata: false keeps only theirs", () => {
    const on = readOptions(get({ images: 'ghcr.io/o/a', labels: 'org.opencontainers.image.title=Mine\nteam=x', annotations: 'team=x' }), github('refs/heads/main'));
    expect(on.labels).toContain('org.opencontainers.image.title=Mine');
    expect(on.labels).toContain('team=x');
    expect(on.annotations).toContain('index:team=x');
    const off = readOptions(get({ tags: 'r/a:1', labels: 'team=x', 'oci-metadata': 'false' }), github('refs/heads/main'));
    expect(off.labels).toEqual(['team=x']);
    expect(off.annotations).toEqual([]);
  });

  it('literal tags are kept as given, with the OCI labels of the run', () => {
    const i = readOptions(get({ tags: 'r/a:1' }), github('refs/heads/feature'));
    expect(i.tags).toEqual(['r/a:1']);
    expect(i.version).toBe('');
    expect(i.labels).toContain(`org.opencontainers.image.revision=${SHA}`);
  });

  it('no GitHub run and no images: no OCI set is invented', () => {
    const i = readOptions(get({ tags: 'r/a:1', labels: 'a=b' }));
    expect(i.labels).toEqual(['a=b']);
  });

  it('reproducible: SOURCE_DATE_EPOCH and created from the pushed commit', () => {
    const payload = { head_commit: { id: SHA, timestamp: '2026-11-30T08:00:00Z' } };
    const i = readOptions(get({ images: 'ghcr.io/o/a', reproducible: 'true' }), github('refs/heads/main', 'push', payload));
    expect(i.sourceDateEpoch).toBe(Date.parse('2026-11-30T08:00:00Z') / 1000);
    expect(i.labels).toContain('org.opencontainers.image.created=2026-11-30T08:00:00.000Z');
    const none = readOptions(get({ images: 'ghcr.io/o/a', reproducible: 'true' }), github('refs/heads/main', 'workflow_dispatch'));
    expect(none.sourceDateEpoch).toBeUndefined();
    expect(none.metadataWarning).toMatch(/no commit time/);
  });

  it.each([
    [{ images: 'ghcr.io/o/a', tags: 'r/a:1' }, /tags .* or images .*, not both/],
    [{ 'tag-rules': 'type=sha' }, /tag-rules needs images/],
    [{ images: 'ghcr.io/o/a', latest: 'maybe' }, /latest: "maybe" is not auto, true or false/],
  ])('bad input %j is one line', (over, why) => {
    expect(() => readOptions(get(over), github('refs/heads/main'))).toThrow(why);
  });
});
