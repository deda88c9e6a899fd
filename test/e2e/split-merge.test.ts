// Split/merge as the generated native workflow runs it: one runner invocation of the action per
// platform (push by digest, digest file into digests-dir), then one in merge mode.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLines, node24, ROOT, rigEnv, runAction, sh, uniqueName } from './runner.js';

let rig: Record<string, string>;
let node: string;
const hello = join(ROOT, 'examples/hello');

beforeAll(() => {
  rig = rigEnv();
  node = node24();
});

function leg(repo: string, platform: string, digestsDir: string, extra: Record<string, string> = {}) {
  const r = runAction(
    { platforms: platform, context: hello, image: repo, 'push-by-digest': 'true', 'digests-dir': digestsDir, driver: 'docker', ...extra },
    { node },
  );
  expect(r.main.code, r.main.stdout).toBe(0);
  return r;
}

describe('split legs + merge (runner protocol, Node 24)', () => {
  it('two legs pushed by digest merge into one tagged index whose platforms run', () => {
    const repo = `${rig.GENCI_REGISTRY}/split/${uniqueName('app')}`;
    const digests = mkdtempSync(join(tmpdir(), 'digests-'));
    const amd = leg(repo, 'linux/amd64', digests);
    const arm = leg(repo, 'linux/arm64', digests, { provenance: 'true' });
    // legs push no tag, only the per-platform cache refs
    const tags = JSON.parse(sh('skopeo', ['list-tags', '--tls-verify=false', `docker://${repo}`]).stdout).Tags as string[];
    expect(tags.sort()).toEqual(['buildcache-linux-amd64', 'buildcache-linux-arm64']);
    // the docker driver's exporter cannot push by digest: the leg exports an OCI layout and our client pushes it
    expect(amd.main.stdout).toMatch(/--output type=oci,dest=\S+\/oci-layout,tar=false/);
    expect(amd.main.stdout).toContain(`pushed ${repo}@${amd.outputs.digest} by digest (no tag)`);
    expect(readdirSync(digests).sort()).toEqual([amd.outputs.digest, arm.outputs.digest].map((d) => (d as string).replace('sha256:', '')).sort());
    expect(readFileSync(join(digests, (arm.outputs.digest as string).slice(7)), 'utf8').trim()).toBe('linux/arm64');

    const merged = runAction(
      { merge: 'true', image: repo, 'digests-dir': digests, tags: `${repo}:1.0.0\n${repo}:latest`, platforms: 'linux/amd64,linux/arm64' },
      { node },
    );
    expect(merged.main.code, merged.main.stdout).toBe(0);
    const index = JSON.parse(sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${repo}:latest`]).stdout);
    expect(index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    expect(JSON.parse(merged.outputs.platforms as string)).toEqual({
      'linux/amd64': amd.outputs.digest,
      'linux/arm64': expect.stringMatching(/^sha256:/),
    });
    expect(merged.outputs.image).toBe(`${repo}@${merged.outputs.digest}`);
    expect(merged.summary).toContain('| linux/arm64 |');
    for (const [p, m] of [
      ['linux/amd64', 'x86_64'],
      ['linux/arm64', 'aarch64'],
    ]) {
      const run = sh('docker', ['run', '--rm', '--quiet', '--pull', 'always', '--platform', p as string, `${repo}:1.0.0`]);
      expect(run.stdout, run.stderr).toContain(`running on ${m}`);
    }
  });

  it('a missing leg is never tagged', () => {
    const repo = `${rig.GENCI_REGISTRY}/split/${uniqueName('app')}`;
    const digests = mkdtempSync(join(tmpdir(), 'digests-'));
    leg(repo, 'linux/amd64', digests);
    const merged = runAction({ merge: 'true', 'digests-dir': digests, tags: `${repo}:1`, platforms: 'linux/amd64,linux/arm/v7' }, { node });
    expect(merged.main.code).toBe(1);
    expect(errorLines(merged.main.stdout)).toEqual([`::error::not tagging ${repo}:1: no leg built linux/arm/v7 (the legs have linux/amd64)`]);
    expect(sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${repo}:1`]).code).not.toBe(0);
  });

  it('merge with credentials needs no Docker at all', () => {
    const repo = `${rig.GENCI_AUTH_REGISTRY}/split/${uniqueName('app')}`;
    const digests = mkdtempSync(join(tmpdir(), 'digests-'));
    const creds = { registry: rig.GENCI_AUTH_REGISTRY as string, username: rig.GENCI_RIG_USER as string, password: rig.GENCI_RIG_PASSWORD as string };
    leg(repo, 'linux/amd64', digests, creds);
    // a platform with no native runner: its leg runs on this amd64 machine, emulated by QEMU
    const emulated = leg(repo, 'linux/arm/v7', digests, creds);
    expect(emulated.main.stdout).toContain('QEMU already registered for: linux/arm/v7');
    const noDocker = join(ROOT, '.tmp/empty-path');
    const merged = runAction(
      { merge: 'true', 'digests-dir': digests, tags: `${repo}:v1`, platforms: 'linux/amd64,linux/arm/v7', ...creds },
      { node, env: { PATH: noDocker } },
    );
    expect(merged.main.code, merged.main.stdout).toBe(0);
    expect(Object.keys(JSON.parse(merged.outputs.platforms as string))).toEqual(['linux/amd64', 'linux/arm/v7']);
    expect(merged.all.replace(/^::add-mask::.*$/gm, '')).not.toContain(rig.GENCI_RIG_PASSWORD);
    expect(existsSync(merged.state['docker-config-dir'] as string)).toBe(false);
  });

  it('bad merge input: one line', () => {
    const r = runAction({ merge: 'true', tags: `${rig.GENCI_REGISTRY}/x/y:1`, digests: 'linux/arm64=nope' }, { node });
    expect(errorLines(r.main.stdout)).toEqual([expect.stringMatching(/^::error::(digests: "linux\/arm64=nope" is not a digest|invalid image reference)/)]);
    const both = runAction({ merge: 'true', 'push-by-digest': 'true' }, { node });
    expect(errorLines(both.main.stdout)).toEqual(['::error::push-by-digest and merge are two different jobs: set one of them']);
  });
});
