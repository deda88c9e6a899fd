import { describe, expect, it } from 'vitest';
import { helperCacheDir, helperCacheKeys, helperImage, isRetryablePullError, PINNED_BINFMT, PINNED_BUILDKIT } from '../../src/core/helper-images.js';
import { backoffMs } from '../../src/core/retry.js';

describe('helper images', () => {
  it('are pinned, never latest', () => {
    expect(PINNED_BINFMT).toMatch(/^tonistiigi\/binfmt:qemu-v\d+\.\d+\.\d+$/);
    expect(PINNED_BUILDKIT).toMatch(/^moby\/buildkit:v\d+\.\d+\.\d+$/);
  });

  it('explicit input wins, else the pinned one from helper-registry', () => {
    expect(helperImage(PINNED_BINFMT, undefined, undefined)).toBe('tonistiigi/binfmt:qemu-v8.1.5');
    expect(helperImage(PINNED_BINFMT, undefined, 'registry.internal/mirror/')).toBe('registry.internal/mirror/tonistiigi/binfmt:qemu-v8.1.5');
    expect(helperImage(PINNED_BUILDKIT, 'my/buildkit:x', 'registry.internal')).toBe('my/buildkit:x');
    // the input's default is the pinned image itself: helper-registry still applies to it
    expect(helperImage(PINNED_BINFMT, PINNED_BINFMT, 'registry.internal/mirror')).toBe('registry.internal/mirror/tonistiigi/binfmt:qemu-v8.1.5');
  });

  it('cache keys restore by name and save by digest; the path never varies', () => {
    expect(helperCacheKeys('tonistiigi/binfmt:qemu-v8.1.5', 'sha256:0123456789abcdef0123')).toEqual({
      primary: 'gen-ci-helper-tonistiigi-binfmt-qemu-v8.1.5-0123456789abcdef',
      restore: ['gen-ci-helper-tonistiigi-binfmt-qemu-v8.1.5-'],
    });
    expect(helperCacheDir('moby/buildkit:v0.27.0', '/tmp')).toBe('/tmp/gen-ci-helper-images/moby-buildkit-v0.27.0');
  });

  it.each([
    ['toomanyrequests: You have reached your pull rate limit', true],
    ['received unexpected HTTP status: 503 Service Unavailable', true],
    ['Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout', true],
    ['read tcp 10.0.0.1:1234->1.2.3.4:443: read: connection reset by peer', true],
    ['dial tcp: lookup registry-1.docker.io: no such host', true],
    ['pull access denied for x, repository does not exist or may require docker login', false],
    ['manifest unknown: manifest unknown', false],
    ['unauthorized: authentication required', false],
  ])('%s -> retry %s', (stderr, want) => {
    expect(isRetryablePullError(stderr)).toBe(want);
  });

  it('backs off exponentially with a cap', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(10, 1000)).toBe(30_000);
  });
});
