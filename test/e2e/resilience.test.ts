// Issue #4 on the rig: helper-image pulls retried with backoff, the one-line final failure,
// cache: local that stays CACHED and does not grow.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registryProxy } from '../support/registry-proxy.js';
import { errorLines, node24, ROOT, removeImage, rigEnv, runAction, runActionAsync, runPost, sh, standinImage, uniqueName, warningLines } from './runner.js';

let rig: Record<string, string>;
let node: string;
const hello = join(ROOT, 'examples/hello');

beforeAll(() => {
  rig = rigEnv();
  node = node24();
});

function duBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? duBytes(p) : statSync(p).size;
  }
  return n;
}

describe('helper images: retries and the final message', () => {
  it('a pull that fails twice then succeeds is retried, and the build passes', async () => {
    // the stand-in binfmt image under the pinned name, in a local "mirror" registry behind a flaky proxy
    const mirrorPath = `mirror-${uniqueName('h')}`;
    const upstreamImage = `${rig.GENCI_MIRROR_REGISTRY}/${mirrorPath}/tonistiigi/binfmt:qemu-v8.1.5`;
    standinImage(upstreamImage);
    expect(sh('docker', ['push', '--quiet', upstreamImage]).code).toBe(0);
    const proxy = await registryProxy(rig.GENCI_MIRROR_REGISTRY as string, { failManifests: 2, failStatus: 503 });
    const image = `${proxy.host}/${mirrorPath}/tonistiigi/binfmt:qemu-v8.1.5`;
    removeImage(image, upstreamImage);
    try {
      const r = await runActionAsync(
        {
          platforms: 'linux/amd64,linux/arm64',
          context: hello,
          driver: 'docker',
          qemu: 'true',
          'helper-registry': `${proxy.host}/${mirrorPath}`,
          'helper-cache': 'false',
        },
        { node },
      );
      expect(r.main.code, r.main.stdout).toBe(0);
      expect(proxy.failed()).toBe(2);
      const w = warningLines(r.main.stdout);
      expect(w).toHaveLength(2);
      expect(w[0]).toMatch(new RegExp(`^::warning::pull of ${image.replace(/[.*]/g, '\\$&')} failed \\(.*503.*\\); retry 1/3 in 1\\.0 s$`));
      expect(w[1]).toMatch(/retry 2\/3 in 2\.0 s$/);
      expect(r.main.stdout).toContain(`stand-in binfmt: --install arm64`);
    } finally {
      await proxy.close();
      removeImage(image);
    }
  });

  it('a pull that always fails ends in one line naming the image and what to do', () => {
    // the pinned image from Docker Hub: unreachable from the rig, as in an outage
    removeImage('tonistiigi/binfmt:qemu-v8.1.5');
    const r = runAction(
      { platforms: 'linux/arm64', context: hello, driver: 'docker', qemu: 'true', retries: '1', 'helper-cache': 'false' },
      { node },
    );
    expect(r.main.code).toBe(1);
    expect(warningLines(r.main.stdout)).toHaveLength(1);
    expect(errorLines(r.main.stdout)).toEqual([
      expect.stringMatching(
        /^::error::could not pull tonistiigi\/binfmt:qemu-v8\.1\.5: .*; mirror it into a registry you control \(gen-ci mirror\) and set helper-registry, or keep it in the Actions cache \(helper-cache: true\)$/,
      ),
    ]);
  });
});

describe('cache: local', () => {
  it('three builds in one job: all CACHED after the first, the directory does not grow; post removes it', () => {
    const platforms = 'linux/amd64,linux/riscv64';
    const dir = join(tmpdir(), 'gen-ci-buildx-cache', 'linux-amd64+linux-riscv64');
    sh('rm', ['-rf', dir, `${dir}.new`]);
    const inputs = { platforms, context: hello, driver: 'docker', cache: 'local', 'build-args': `STAMP=${uniqueName('s')}` };
    // steps of one job: the job's post steps run at its end, after the last build
    const first = runAction(inputs, { node, post: false });
    expect(first.main.code, first.main.stdout).toBe(0);
    const size1 = duBytes(dir);
    const blobs1 = readdirSync(join(dir, 'blobs/sha256')).sort();
    expect(size1).toBeGreaterThan(0);
    let last = first;
    for (let i = 0; i < 2; i++) {
      sh('docker', ['buildx', 'prune', '--all', '--force']);
      last = runAction(inputs, { node, post: false });
      expect(last.main.code, last.main.stdout).toBe(0);
      expect(last.main.stdout).toContain(`--cache-from type=local,src=${dir}`);
      expect(last.summary).toMatch(/(\d+)\/\1 steps from cache/);
      // rotation: the directory holds what the last build used, the same blobs as after the first
      // build; only the cache config record (timestamps) may differ by a few bytes
      const blobs = readdirSync(join(dir, 'blobs/sha256')).sort();
      expect(blobs.length).toBe(blobs1.length);
      // the layers are the first build's; what changed is the cache's own records (its config and manifest)
      expect(blobs.filter((b) => !blobs1.includes(b)).length).toBeLessThanOrEqual(2);
      expect(duBytes(dir)).toBeLessThan(size1 + 1024);
    }
    const post = runPost(last, { node });
    expect(post.code, post.stderr).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});
