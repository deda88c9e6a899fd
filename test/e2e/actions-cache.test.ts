// Issue #4: the real @actions/cache client (inside the bundled action) against a local server
// speaking the Actions cache service protocol: helper images survive a registry outage, and
// cache: local comes back from the Actions cache on a fresh machine.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CacheServer, startCacheServer } from '../support/actions-cache-server.js';
import { registryProxy } from '../support/registry-proxy.js';
import { errorLines, node24, ROOT, removeImage, rigEnv, runActionAsync, sh, standinImage, uniqueName } from './runner.js';

let rig: Record<string, string>;
let node: string;
let cache: CacheServer;
const hello = join(ROOT, 'examples/hello');

/** The runner's cache variables; an undefined one must be absent. */
const cacheEnv = () => Object.fromEntries(Object.entries(cache.env).filter(([, v]) => v !== undefined)) as Record<string, string>;

beforeAll(async () => {
  rig = rigEnv();
  node = node24();
  cache = await startCacheServer({ protocol: 'v2' });
});
afterAll(() => cache.close());

describe('the Actions cache (real @actions/cache client, local cache service)', () => {
  it('with the helper image gone and its registry down, a run whose cache holds it succeeds without pulling', async () => {
    const path = `helpers-${uniqueName('c')}`;
    const upstream = `${rig.GENCI_MIRROR_REGISTRY}/${path}/tonistiigi/binfmt:qemu-v8.1.5`;
    standinImage(upstream);
    expect(sh('docker', ['push', '--quiet', upstream]).code).toBe(0);
    const proxy = await registryProxy(rig.GENCI_MIRROR_REGISTRY as string);
    const image = `${proxy.host}/${path}/tonistiigi/binfmt:qemu-v8.1.5`;
    removeImage(upstream, image);
    rmSync(join(tmpdir(), 'gen-ci-helper-images'), { recursive: true, force: true });
    const inputs = { platforms: 'linux/amd64,linux/arm64', context: hello, driver: 'docker', qemu: 'true', 'helper-registry': `${proxy.host}/${path}` };

    // run 1: pulled through the registry, then saved to the Actions cache
    const first = await runActionAsync(inputs, { node, env: cacheEnv() });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.stdout).toContain(`${image}: saved to the Actions cache for the next runs`);
    expect(cache.entries().map((e) => e.key)).toContainEqual(expect.stringMatching(/^gen-ci-helper-127\.0\.0\.1-\d+-helpers-.*-qemu-v8\.1\.5-[a-f0-9]{16}$/));

    // run 2: a fresh machine (no local image, no local tar), and the registry is gone
    await proxy.close();
    removeImage(image);
    rmSync(join(tmpdir(), 'gen-ci-helper-images'), { recursive: true, force: true });
    const before = cache.requests.length;
    const second = await runActionAsync(inputs, { node, env: cacheEnv() });
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.stdout).toContain(`${image}: restored from the Actions cache`);
    expect(second.main.stdout).not.toContain('pull of');
    expect(second.main.stdout).toContain('stand-in binfmt: --install arm64');
    expect(cache.requests.slice(before).some((r) => r.kind === 'blob')).toBe(true);
    removeImage(image);
  });

  it('cache: local restores its directory from the Actions cache on a fresh machine: every step from cache', async () => {
    const platforms = 'linux/amd64,linux/arm/v7';
    const dir = join(tmpdir(), 'gen-ci-buildx-cache', 'linux-amd64+linux-arm-v7');
    rmSync(dir, { recursive: true, force: true });
    const inputs = { platforms, context: hello, driver: 'docker', cache: 'local', 'build-args': `STAMP=${uniqueName('s')}` };
    const first = await runActionAsync(inputs, { node, env: cacheEnv() });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.stdout).toContain('build cache saved to the Actions cache');

    // fresh machine: no local cache directory, no build cache in the engine
    rmSync(dir, { recursive: true, force: true });
    sh('docker', ['buildx', 'prune', '--all', '--force']);
    const second = await runActionAsync(inputs, { node, env: cacheEnv() });
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.stdout).toMatch(/build cache restored from the Actions cache \(gen-ci-buildx-linux-amd64\+linux-arm-v7-/);
    expect(second.summary).toMatch(/(\d+)\/\1 steps from cache/);
    expect(second.main.stdout).not.toMatch(/^#\d+ \d+\.\d+ built for/m);
  });

  it('a cache service that fails only warns; the build still passes', async () => {
    rmSync(join(tmpdir(), 'gen-ci-buildx-cache', 'linux-amd64'), { recursive: true, force: true });
    // a non-retryable answer (a 5xx would be retried by the client for ~40 s first)
    cache.failNext(50, 400);
    const r = await runActionAsync({ platforms: 'linux/amd64', context: hello, driver: 'docker', cache: 'local' }, { node, env: cacheEnv() });
    cache.failNext(0);
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(errorLines(r.main.stdout)).toEqual([]);
    expect(r.main.stdout).toMatch(/::warning::(Failed to restore|Failed to save|could not (restore|save) the build cache)/);
  });
});
