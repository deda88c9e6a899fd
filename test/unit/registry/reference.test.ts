import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { apiHost, formatReference, isLoopback, normaliseRegistry, parseReference } from '../../../src/registry/reference.js';

describe('parseReference (Docker naming rules)', () => {
  it.each([
    ['busybox', 'docker.io/library/busybox:latest'],
    ['busybox:1.36', 'docker.io/library/busybox:1.36'],
    ['library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox', 'docker.io/library/busybox:latest'],
    ['index.docker.io/library/busybox:1', 'docker.io/library/busybox:1'],
    ['registry-1.docker.io/bitnami/redis:7', 'docker.io/bitnami/redis:7'],
    ['bitnami/redis', 'docker.io/bitnami/redis:latest'],
    ['ghcr.io/owner/app:v1.2.3', 'ghcr.io/owner/app:v1.2.3'],
    ['localhost/app', 'localhost/app:latest'],
    ['localhost:5000/a/b/c:t', 'localhost:5000/a/b/c:t'],
    ['127.0.0.1:5000/base/busybox', '127.0.0.1:5000/base/busybox:latest'],
    ['docker://quay.io/x/y:z', 'quay.io/x/y:z'],
    [`alpine@sha256:${'a'.repeat(64)}`, `docker.io/library/alpine@sha256:${'a'.repeat(64)}`],
    [`alpine:3.20@sha256:${'b'.repeat(64)}`, `docker.io/library/alpine:3.20@sha256:${'b'.repeat(64)}`],
    ['my-reg.example.com:443/a__b/c.d-e:tag_1', 'my-reg.example.com:443/a__b/c.d-e:tag_1'],
  ])('%s → %s', (input, want) => {
    expect(formatReference(parseReference(input))).toBe(want);
  });

  it.each([
    ['', /empty/],
    ['library/Busybox', /lowercase/],
    ['a//b', /empty repository/],
    ['alpine:bad tag', /bad/],
    ['alpine@sha256:short', /bad digest/],
    ['-alpine', /bad repository component/],
  ])('%j is a usage error', (input, why) => {
    expect(() => parseReference(input)).toThrow(UsageError);
    expect(() => parseReference(input)).toThrow(why);
  });

  it('keeps no tag when asked not to default one', () => {
    expect(parseReference('reg.example/x', { defaultTag: false })).toEqual({ registry: 'reg.example', repository: 'x' });
  });

  it('hosts and plain HTTP', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io');
    expect(apiHost('ghcr.io')).toBe('ghcr.io');
    expect(normaliseRegistry('https://index.docker.io/v1/')).toBe('docker.io');
    expect(isLoopback('127.0.0.1:5000')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('[::1]:5000')).toBe(true);
    expect(isLoopback('10.0.0.1:5000')).toBe(false);
  });
});
