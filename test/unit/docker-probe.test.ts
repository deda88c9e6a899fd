import { describe, expect, it } from 'vitest';
import { dockerProbeResult } from '../../src/core/docker.js';

// stderr as the docker 28 CLI prints it on this machine
describe('the Docker probe (docker version) in one line', () => {
  it('reads version and the daemon platform', () => {
    expect(dockerProbeResult(0, '26.1.5+dfsg1 linux/arm64\n', '')).toEqual({ server: '26.1.5+dfsg1', platform: 'linux/arm64' });
  });
  it('an unknown DOCKER_CONTEXT is not "Docker is not installed"', () => {
    const stderr =
      'Failed to initialize: unable to resolve docker endpoint: context "nope": context not found: open /root/.docker/contexts/meta/ca37/meta.json: no such file or directory\n';
    expect(() => dockerProbeResult(1, '', stderr)).toThrow('the Docker context "nope" does not exist (docker context ls lists them); unset DOCKER_CONTEXT or create that context');
  });
  it('no docker command', () => {
    expect(() => dockerProbeResult(127, '', 'Unable to locate executable file: docker')).toThrow(/^Docker is not installed/);
  });
  it('no daemon', () => {
    expect(() => dockerProbeResult(1, '', 'Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?')).toThrow(
      'the Docker daemon is not reachable: Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running? (start dockerd, or set DOCKER_HOST)',
    );
  });
});
