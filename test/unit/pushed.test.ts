import { describe, expect, it } from 'vitest';
import { parsePlatformList } from '../../src/core/platform.js';
import { cacheHits, summaryMarkdown } from '../../src/core/summary.js';
import { childSize, describePushed, missingPlatforms, platformDigests } from '../../src/core/pushed.js';

const index = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:a1', size: 100, platform: { os: 'linux', architecture: 'amd64' } },
    { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:a2', size: 100, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: 'sha256:a3',
      size: 100,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': 'sha256:a1' },
    },
  ],
});

describe('verify', () => {
  it('reads platforms, normalised, and counts attestations apart', () => {
    const p = describePushed(index, 'sha256:i', parsePlatformList('linux/amd64,linux/arm64'));
    expect(p.platforms.map((x) => x.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(p.attestations).toBe(1);
    expect(platformDigests(p)).toEqual({ 'linux/amd64': 'sha256:a1', 'linux/arm64': 'sha256:a2' });
  });

  it('names missing platforms', () => {
    const p = describePushed(index, 'sha256:i', []);
    expect(missingPlatforms(parsePlatformList('linux/amd64,linux/arm/v7,riscv64'), p)).toEqual(['linux/arm/v7', 'linux/riscv64']);
  });

  it('a single manifest stands for the one requested platform', () => {
    const m = JSON.stringify({ mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: 'c', size: 10 }, layers: [{ digest: 'l', size: 90 }] });
    const p = describePushed(m, 'sha256:m', parsePlatformList('linux/arm64'));
    expect(p.platforms).toEqual([{ platform: 'linux/arm64', digest: 'sha256:m', size: 100 + Buffer.byteLength(m) }]);
    expect(childSize(m)).toBe(100 + Buffer.byteLength(m));
    expect(() => describePushed('<html>', 'sha256:x', [])).toThrow(/not a manifest/);
  });

  it('summary table', () => {
    const p = describePushed(index, 'sha256:i', []);
    (p.platforms[0] as { size?: number }).size = 2048;
    const md = summaryMarkdown({ image: 'r/a@sha256:i', pushed: p, platforms: [], durationMs: 1500, cacheHits: { cached: 2, total: 3 } });
    expect(md).toContain('| Platform | Digest | Size |');
    expect(md).toContain('| linux/amd64 | `sha256:a1` | 2.0 KiB |');
    expect(md).toContain('| linux/arm64 | `sha256:a2` | — |');
    expect(md).toContain('| attestations | 1 manifest(s) |  |');
    expect(md).toContain('built in 1.5 s, 2/3 steps from cache');
  });

  it('counts CACHED steps in plain progress', () => {
    const out = '#5 [linux/amd64 2/3] COPY a /a\n#5 CACHED\n\n#6 [linux/arm64 3/3] RUN x\n#6 CACHED\n#7 [linux/arm64 2/3] RUN y\n#7 DONE 0.1s\n#8 [internal] load build context\n';
    expect(cacheHits(out)).toEqual({ cached: 2, total: 3 });
  });

  it('a step whose layers came from the imported cache counts as cached; one that ran does not (real buildx 0.13 lines)', () => {
    const out = [
      '#16 [linux/arm/v7 3/3] RUN echo "built for linux/arm/v7 on $(uname -m)" | tee /built-for',
      '#16 sha256:a6360ba83dff9e54490b88fdb6720d0fd04212a3b368c4761c95f2ff31583456 183B / 183B 0.0s done',
      '#16 DONE 0.1s',
      '#17 [linux/arm64 3/3] RUN echo "built for linux/arm64 on $(uname -m)" | tee /built-for',
      '#17 0.093 built for linux/arm64 on aarch64',
      '#17 DONE 0.2s',
    ].join('\n');
    expect(cacheHits(out)).toEqual({ cached: 1, total: 2 });
  });
});
