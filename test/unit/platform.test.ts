import { describe, expect, it } from 'vitest';
import { formatPlatform, nativePlatforms, parsePlatform, parsePlatformList, runsOn, samePlatform } from '../../src/core/platform.js';

describe('parsePlatform normalises like containerd', () => {
  it.each([
    ['linux/amd64', 'linux/amd64'],
    ['amd64', 'linux/amd64'],
    ['x86_64', 'linux/amd64'],
    ['linux/x86-64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['aarch64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['arm64/v8', 'linux/arm64'],
    ['ARM64', 'linux/arm64'],
    ['arm', 'linux/arm/v7'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['armhf', 'linux/arm/v7'],
    ['armel', 'linux/arm/v6'],
    ['i386', 'linux/386'],
    ['riscv64', 'linux/riscv64'],
    ['linux/s390x', 'linux/s390x'],
    ['windows/amd64', 'windows/amd64'],
    [' linux/ppc64le ', 'linux/ppc64le'],
  ])('%s -> %s', (input, want) => {
    expect(formatPlatform(parsePlatform(input))).toBe(want);
  });

  it.each([
    ['', /empty/],
    ['linux/', /empty parts/],
    ['linux/sparc', /unknown architecture "sparc"/],
    ['foo/bar', /unknown operating system "foo"/],
    ['linux/arm64/v8/x', /too many/],
    ['plan8/amd64/v2', /unknown operating system/],
    ['armhf/v6', /already means arm\/v7/],
  ])('rejects %j with the valid forms', (input, why) => {
    expect(() => parsePlatform(input)).toThrow(why);
    expect(() => parsePlatform(input)).toThrow(/os\/arch\[\/variant\], e\.g\. linux\/amd64/);
  });

  it('lists split on commas and whitespace, deduplicated after normalising', () => {
    expect(parsePlatformList('linux/amd64, x86_64\narm64,linux/arm64/v8 armhf').map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
  });

  it('compares normalised platforms', () => {
    expect(samePlatform({ os: 'linux', architecture: 'aarch64' }, { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(true);
    expect(samePlatform({ os: 'linux', architecture: 'arm', variant: 'v6' }, { os: 'linux', architecture: 'arm' })).toBe(false);
  });

  it('knows what a host runs natively', () => {
    expect(nativePlatforms('x64').map(formatPlatform)).toEqual(['linux/amd64', 'linux/386']);
    expect(nativePlatforms('arm64').map(formatPlatform)).toEqual(['linux/arm64']);
  });
});

describe('runsOn: containerd\'s platform matching', () => {
  it.each([
    ['linux/arm64', 'linux/arm64/v9', true],
    ['linux/arm64', 'linux/arm64/v8.2', true],
    ['linux/arm64/v8.2', 'linux/arm64', false],
    ['linux/arm/v6', 'linux/arm/v7', true],
    ['linux/arm/v7', 'linux/arm/v6', false],
    ['linux/arm/v7', 'linux/arm64', false],
    ['linux/amd64', 'linux/amd64/v3', true],
    ['linux/amd64/v3', 'linux/amd64', false],
    ['linux/amd64', 'linux/arm64', false],
    ['linux/riscv64', 'linux/riscv64', true],
  ])('an image for %s runs on %s: %s', (image, target, want) => {
    expect(runsOn(parsePlatform(image), parsePlatform(target))).toBe(want);
  });
});
