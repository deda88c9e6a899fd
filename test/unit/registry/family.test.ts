import { describe, expect, it } from 'vitest';
import { dockerToOci, essentialsDrift, essentialsOf, familyOf } from '../../../src/registry/family.js';

describe('manifest families', () => {
  it('classifies media types', () => {
    expect(familyOf('application/vnd.docker.distribution.manifest.v2+json')).toBe('docker');
    expect(familyOf('application/vnd.oci.image.manifest.v1+json')).toBe('oci');
  });

  it('rewrites a Docker manifest with OCI media types, same blobs', () => {
    const out = JSON.parse(
      dockerToOci({
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: 'sha256:c', size: 10 },
        layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: 'sha256:l', size: 20 }],
      } as never).toString(),
    );
    expect(out).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:c', size: 10 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:l', size: 20 }],
    });
    expect(() =>
      dockerToOci({
        schemaVersion: 2,
        config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: 'sha256:c', size: 1 },
        layers: [{ mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', digest: 'sha256:w', size: 1 }],
      } as never),
    ).toThrow(/cannot convert layer 1/);
  });

  it('finds the first config disagreement', () => {
    const a = essentialsOf(JSON.stringify({ config: { Cmd: ['a'], User: '1000', Env: ['X=1'] } }));
    const b = essentialsOf(JSON.stringify({ config: { Cmd: ['a'], User: '1000', Env: ['X=2'] } }));
    const c = essentialsOf(JSON.stringify({ config: { Cmd: ['b'], User: '1000' } }));
    expect(essentialsDrift([{ platform: 'linux/amd64', essentials: a }, { platform: 'linux/arm64', essentials: b }])).toBeUndefined();
    expect(essentialsDrift([{ platform: 'linux/amd64', essentials: a }, { platform: 'linux/arm64', essentials: c }])).toMatch(
      /^the platforms disagree on Cmd: linux\/amd64 has \["a"\], linux\/arm64 has \["b"\]/,
    );
  });
});
