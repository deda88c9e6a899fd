import { describe, expect, it } from 'vitest';
import { mergeScopes, parseChallenge, parseRetryAfter, parseScopes, TokenCache } from '../../../src/registry/auth.js';

describe('WWW-Authenticate', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"',
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/busybox:pull' } },
    ],
    ['Basic realm="gen-ci-rig"', { scheme: 'basic', params: { realm: 'gen-ci-rig' } }],
    ['bearer realm=https://x/token, service=x', { scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } }],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull repository:a/c:pull"',
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull repository:a/c:pull' } },
    ],
    ['Bearer realm="a\\"b"', { scheme: 'bearer', params: { realm: 'a"b' } }],
  ])('%s', (header, want) => {
    expect(parseChallenge(header)).toEqual(want);
  });

  it('no header, no challenge', () => {
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('scopes and the token cache', () => {
  it('merges actions per resource', () => {
    expect(mergeScopes(['repository:a:pull', 'repository:a:push', 'repository:b:pull'])).toEqual(['repository:a:pull,push', 'repository:b:pull']);
    expect([...parseScopes(['repository:host:5000/x:pull'])]).toEqual([['repository:host:5000/x', new Set(['pull'])]]);
  });

  it('a token covers any request whose scopes it includes, until it expires', () => {
    const c = new TokenCache();
    c.put(['repository:a:pull,push', 'repository:b:pull'], 'T1', 300, 0);
    expect(c.get(['repository:a:pull'], 1000)).toBe('T1');
    expect(c.get(['repository:a:pull,push', 'repository:b:pull'], 1000)).toBe('T1');
    expect(c.get(['repository:b:push'], 1000)).toBeUndefined();
    expect(c.get(['repository:c:pull'], 1000)).toBeUndefined();
    // refreshed 10 s early
    expect(c.get(['repository:a:pull'], 291_000)).toBeUndefined();
  });

  it('short-lived tokens count as 60 s (distribution minimum)', () => {
    const c = new TokenCache();
    c.put(['repository:a:pull'], 'T', 5, 0);
    expect(c.get(['repository:a:pull'], 40_000)).toBe('T');
  });
});

describe('Retry-After', () => {
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    [new Date(10_000).toUTCString(), 8000],
    ['soon', undefined],
    [undefined, undefined],
  ])('%j', (v, want) => {
    expect(parseRetryAfter(v, 2000)).toBe(want);
  });
});
