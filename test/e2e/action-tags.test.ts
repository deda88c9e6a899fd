// Issue #13 on the rig: the bundled action (Node 24) run as a GitHub tag event with images + the
// default tag rules pushes 1.2.3, 1.2, 1 and latest for an owner with capital letters, and the
// pushed index and each platform manifest carry the OCI annotations; the merge job's index too.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { node24, ROOT, rigEnv, runAction, sh, uniqueName } from './runner.js';

let rig: Record<string, string>;
let node: string;
const hello = join(ROOT, 'examples/hello');
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

beforeAll(() => {
  rig = rigEnv();
  for (const k of ['GENCI_HELPER_REGISTRY', 'GENCI_REGISTRY']) if (!rig[k]) throw new Error(`the rig has no ${k}: run bash scripts/rig.sh up (npm test does)`);
  node = node24();
});

const defaults = () => ({ context: hello, 'driver-opts': 'network=host', 'helper-registry': rig.GENCI_HELPER_REGISTRY as string, 'helper-cache': 'false' });

/** A tag push event of Owner/App, as a runner provides it (variables + payload file). */
function tagEvent(tag: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'gen-ci-event-'));
  const path = join(dir, 'event.json');
  const payload = {
    ref: `refs/tags/${tag}`,
    repository: { name: 'App', default_branch: 'main', html_url: 'https://github.com/Owner/App', description: 'Hello, every platform', license: { spdx_id: 'MIT' } },
    head_commit: { id: SHA, timestamp: '2026-11-30T08:00:00Z' },
  };
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: 'push', GITHUB_REF: `refs/tags/${tag}`, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'Owner/App', GITHUB_EVENT_PATH: path };
}

function raw(ref: string): { mediaType?: string; annotations?: Record<string, string>; manifests?: { digest: string; platform?: { architecture: string } }[] } {
  const r = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The image tags of a repository (the registry cache's buildcache* tags set apart). */
function tagsOf(repo: string): string[] {
  const r = sh('skopeo', ['list-tags', '--tls-verify=false', `docker://${repo}`]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout).Tags as string[]).filter((t) => !t.startsWith('buildcache')).sort();
}

function expectOci(a: Record<string, string> | undefined, what: string) {
  expect(a, `${what} has no annotations`).toBeDefined();
  expect(a?.['org.opencontainers.image.version'], what).toBe('1.2.3');
  expect(a?.['org.opencontainers.image.revision'], what).toBe(SHA);
  expect(a?.['org.opencontainers.image.description'], what).toBe('Hello, every platform');
  expect(a?.['org.opencontainers.image.source'], what).toBe('https://github.com/Owner/App');
  expect(a?.['org.opencontainers.image.created'], what).toBe('2026-11-30T08:00:00.000Z');
}

describe('images + the default tag rules on a v1.2.3 tag event', { timeout: 600_000 }, () => {
  it('pushes 1.2.3, 1.2, 1 and latest for Owner (lowercased); the index and each manifest carry the OCI annotations', () => {
    const name = uniqueName('tags');
    const image = `${rig.GENCI_REGISTRY}/Tags-Owner/${name}`;
    const repo = image.toLowerCase();
    const r = runAction(
      { ...defaults(), platforms: 'linux/amd64,linux/arm64', images: image, push: 'true', reproducible: 'true' },
      { node, env: tagEvent('v1.2.3') },
    );
    expect(r.main.code, r.main.stdout + r.main.stderr).toBe(0);
    expect(tagsOf(repo)).toEqual(['1', '1.2', '1.2.3', 'latest']);
    expect(r.outputs.version).toBe('1.2.3');
    expect(r.outputs.tags?.split('\n')).toEqual(['1.2.3', '1.2', '1', 'latest'].map((t) => `${repo}:${t}`));
    const index = raw(`${repo}:1.2.3`);
    expectOci(index.annotations, 'the index');
    const children = (index.manifests ?? []).filter((m) => m.platform && m.platform.architecture !== 'unknown');
    expect(children).toHaveLength(2);
    for (const c of children) expectOci(raw(`${repo}@${c.digest}`).annotations, `the ${c.platform?.architecture} manifest`);
  });

  it('split legs and a merge job with images: the merged index gets the tags and the index annotations', () => {
    const name = uniqueName('tagsmerge');
    const image = `${rig.GENCI_REGISTRY}/Tags-Owner/${name}`;
    const repo = image.toLowerCase();
    const digests = mkdtempSync(join(tmpdir(), 'digests-'));
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const leg = runAction({ ...defaults(), platforms: platform, image: repo, 'push-by-digest': 'true', 'digests-dir': digests }, { node, env: tagEvent('v1.2.3') });
      expect(leg.main.code, leg.main.stdout).toBe(0);
    }
    expect(readdirSync(digests)).toHaveLength(2);
    const m = runAction({ merge: 'true', platforms: 'linux/amd64,linux/arm64', images: image, 'digests-dir': digests }, { node, env: tagEvent('v1.2.3') });
    expect(m.main.code, m.main.stdout + m.main.stderr).toBe(0);
    expect(tagsOf(repo)).toEqual(['1', '1.2', '1.2.3', 'latest']);
    const index = raw(`${repo}:latest`);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.annotations?.['org.opencontainers.image.version']).toBe('1.2.3');
    expect(index.annotations?.['org.opencontainers.image.description']).toBe('Hello, every platform');
  });
});
