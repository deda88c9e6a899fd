import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atLeast, parseBuildxVersion, parseVersion, unsupported } from '../../src/core/capabilities.js';
import { parseInspect } from '../../src/core/builder.js';

describe('capabilities', () => {
  it.each([
    ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3', [0, 13, 1]],
    ['github.com/docker/buildx v0.29.1 a9e2a71f6ab1e11b2ca5ba1b6cf4a3b0dc7e1cbf', [0, 29, 1]],
    ['github.com/docker/buildx v0.9.1-docker 123abc', [0, 9, 1]],
  ])('buildx version %s', (out, want) => {
    expect(parseBuildxVersion(out)).toEqual(want);
  });

  it('BuildKit versions as buildx inspect reports them; Debian dockerd\'s v0.0.0+unknown is no version', () => {
    expect(parseVersion('v0.13.2')).toEqual([0, 13, 2]);
    expect(parseVersion('v0.0.0+unknown')).toBeUndefined();
    // the real `docker buildx inspect` of the rig's engine (docker driver)
    const info = parseInspect(readFileSync(new URL('../fixtures/buildx/inspect-docker-driver.txt', import.meta.url), 'utf8'));
    expect(parseVersion(info.buildkit)).toBeUndefined();
  });

  it('compares versions', () => {
    expect(atLeast([0, 10, 0], [0, 10, 0])).toBe(true);
    expect(atLeast([0, 9, 9], [0, 10, 0])).toBe(false);
    expect(atLeast([1, 0, 0], [0, 10, 0])).toBe(true);
    expect(atLeast(undefined, [0, 10, 0])).toBe(true);
  });

  it('one warning naming the input when the builder is too old', () => {
    expect(unsupported('provenance', { buildx: [0, 13, 1], buildkit: [0, 13, 2] })).toBeUndefined();
    expect(unsupported('sbom', { buildkit: [0, 10, 6] })).toBe('sbom: SBOM attestations not available, it needs BuildKit ≥ 0.11.0 (the builder runs 0.10.6); building without it');
    expect(unsupported('ghaCache', { buildx: [0, 7, 1], buildkit: [0, 9, 0] })).toBe(
      'cache: the gha cache not available, it needs buildx ≥ 0.8.0 (this runner has 0.7.1) and BuildKit ≥ 0.10.0 (the builder runs 0.9.0); building without it',
    );
  });
});
