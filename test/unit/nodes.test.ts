import { describe, expect, it } from 'vitest';
import { parseInspectNodes } from '../../src/core/builder.js';
import { checkNodes, leaveNodeArgs, localNodeRunArgs, nodeCreateArgs, parseNode, unownedPlatforms } from '../../src/core/nodes.js';
import { parsePlatform, parsePlatformList } from '../../src/core/platform.js';
import { ProgressTracker, progressLines } from '../../src/core/progress.js';
import { resolveBackend } from '../../src/pipeline/plan.js';

describe('parseNode: PLATFORM=ENDPOINT', () => {
  it.each([
    ['linux/arm64=tcp://10.0.0.5:1234', { platforms: ['linux/arm64'], endpoint: 'tcp://10.0.0.5:1234', driver: 'remote' }],
    ['arm64=ssh://pi@raspberry', { platforms: ['linux/arm64'], endpoint: 'ssh://pi@raspberry', driver: 'remote' }],
    ['linux/arm/v7,linux/arm/v6=unix:///run/buildkit/buildkitd.sock', { platforms: ['linux/arm/v7', 'linux/arm/v6'], endpoint: 'unix:///run/buildkit/buildkitd.sock', driver: 'remote' }],
    ['linux/amd64=docker-container://buildkitd', { platforms: ['linux/amd64'], endpoint: 'docker-container://buildkitd', driver: 'remote' }],
    ['linux/arm64=kubernetes:arch=arm64', { platforms: ['linux/arm64'], endpoint: 'kubernetes.io/arch=arm64', driver: 'kubernetes' }],
    ['linux/arm64=kubernetes:arch=arm64;pool=arm', { platforms: ['linux/arm64'], endpoint: 'kubernetes.io/arch=arm64,pool=arm', driver: 'kubernetes' }],
  ])('%s', (entry, want) => {
    const n = parseNode(entry);
    expect({ ...n, platforms: n.platforms.map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')) }).toEqual(want);
  });

  it.each([
    ['linux/arm64', /is not PLATFORM=ENDPOINT/],
    ['=tcp://a:1', /is not PLATFORM=ENDPOINT/],
    ['linux/arm64=http://a:1', /"http:\/\/a:1" is not a BuildKit address/],
    ['linux/arm64=arm-host', /is not a BuildKit address/],
    ['linux/arm64=kubernetes:', /names no node selector/],
    ['linux/arm64=kubernetes:arch', /is not a node selector KEY=VALUE/],
    ['linux/sparc=tcp://a:1', /invalid platform/],
  ])('rejects %s', (entry, why) => expect(() => parseNode(entry)).toThrow(why));

  it('one driver per builder, one node per platform', () => {
    expect(() => checkNodes([parseNode('linux/arm64=tcp://a:1'), parseNode('linux/amd64=kubernetes:arch=amd64')])).toThrow(/one driver/);
    expect(() => checkNodes([parseNode('linux/arm64=tcp://a:1'), parseNode('linux/arm64=tcp://b:1')])).toThrow('linux/arm64 is given to two nodes (tcp://a:1 and tcp://b:1)');
    expect(() => checkNodes([parseNode('linux/arm64=tcp://a:1'), parseNode('linux/amd64=tcp://b:1')])).not.toThrow();
  });
});

describe('the native-node builder commands', () => {
  const nodes = [parseNode('linux/amd64=tcp://a:1234'), parseNode('linux/arm64=ssh://pi@arm')];

  it('the first node creates the builder, the others append; TLS options only reach remote nodes', () => {
    expect(nodeCreateArgs('b', nodes, undefined, ['network=host', 'cacert=/ca.pem'])).toEqual([
      ['buildx', 'create', '--name', 'b', '--driver', 'remote', '--node', 'b-n1', '--platform', 'linux/amd64', '--driver-opt', 'cacert=/ca.pem', 'tcp://a:1234'],
      ['buildx', 'create', '--append', '--name', 'b', '--driver', 'remote', '--node', 'b-n2', '--platform', 'linux/arm64', '--driver-opt', 'cacert=/ca.pem', 'ssh://pi@arm'],
    ]);
  });

  it('a local node for the rest', () => {
    expect(nodeCreateArgs('b', nodes.slice(0, 1), { endpoint: 'docker-container://b-local', platforms: ['linux/riscv64'] })).toEqual([
      ['buildx', 'create', '--name', 'b', '--driver', 'remote', '--node', 'b-n1', '--platform', 'linux/amd64', 'tcp://a:1234'],
      ['buildx', 'create', '--append', '--name', 'b', '--driver', 'remote', '--node', 'b-local', '--platform', 'linux/riscv64', 'docker-container://b-local'],
    ]);
    expect(unownedPlatforms(parsePlatformList('linux/amd64,linux/arm64,linux/riscv64'), nodes)).toEqual(['linux/riscv64']);
    expect(localNodeRunArgs('b-local', 'mirror/buildkit:v0.13.2', { network: 'host', configFile: '/t/buildkitd.toml' })).toEqual([
      'run', '--detach', '--name', 'b-local', '--privileged', '--network', 'host', '--volume', '/t/buildkitd.toml:/etc/buildkit/buildkitd.toml:ro', 'mirror/buildkit:v0.13.2', '--config', '/etc/buildkit/buildkitd.toml',
    ]);
    expect(leaveNodeArgs('b', 'b-n2')).toEqual(['buildx', 'create', '--leave', '--name', 'b', '--node', 'b-n2']);
  });

  it('kubernetes nodes are placed by node selectors, with no endpoint', () => {
    expect(nodeCreateArgs('k', [parseNode('linux/arm64=kubernetes:arch=arm64')], undefined, ['namespace=ci'])).toEqual([
      ['buildx', 'create', '--name', 'k', '--driver', 'kubernetes', '--node', 'k-n1', '--platform', 'linux/arm64', '--driver-opt', 'nodeselector=kubernetes.io/arch=arm64', '--driver-opt', 'namespace=ci'],
    ]);
  });
});

describe('parseInspectNodes (buildx 0.13, no --bootstrap)', () => {
  // captured from `docker buildx inspect` of a 2-node remote builder with the second daemon stopped
  const text = `Name:          gcx-t
Driver:        remote
Last Activity: 2026-12-02 19:10:04 +0000 UTC

Nodes:
Name:             gcx-t0
Endpoint:         tcp://127.0.0.1:17101
Status:           running
BuildKit version: v0.13.2
Platforms:        linux/amd64*, linux/amd64/v2, linux/arm64
Labels:
 org.mobyproject.buildkit.worker.executor:    oci

Name:      gcx-t-1
Endpoint:  tcp://127.0.0.1:17102
Status:    inactive
Platforms: linux/arm64*
`;
  it('each node with its status', () => {
    expect(parseInspectNodes(text)).toEqual([
      { name: 'gcx-t0', endpoint: 'tcp://127.0.0.1:17101', status: 'running', platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/arm64'] },
      { name: 'gcx-t-1', endpoint: 'tcp://127.0.0.1:17102', status: 'inactive', platforms: ['linux/arm64'] },
    ]);
    expect(parseInspectNodes('Name: x\nDriver: docker\n')).toEqual([]);
  });
});

describe('resolveBackend', () => {
  const none = { docker: false, buildctl: false, daemonless: false };
  const o = (over: Partial<Parameters<typeof resolveBackend>[0]> = {}) => ({ backend: 'auto' as const, nodes: [], ...over });
  it.each([
    ['docker on PATH: buildx', o(), { ...none, docker: true, buildctl: true }, { backend: 'buildx' }],
    ['no docker, BUILDKIT_HOST: buildctl with its own default address', o(), { ...none, buildctl: true, buildkitHost: 'tcp://bk:1234' }, { backend: 'buildctl', command: 'buildctl', addr: undefined }],
    ['no docker, only the daemonless script: a daemonless run', o(), { ...none, buildctl: true, daemonless: true }, { backend: 'buildctl', command: 'buildctl-daemonless.sh' }],
    ['an address wins over the daemonless script', o({ backend: 'buildctl', buildkitAddr: 'tcp://bk:1' }), { ...none, buildctl: true, daemonless: true }, { backend: 'buildctl', command: 'buildctl', addr: 'tcp://bk:1' }],
    ['buildctl alone: its default socket', o({ backend: 'buildctl' }), { ...none, buildctl: true, docker: true }, { backend: 'buildctl', command: 'buildctl' }],
    ['buildx asked for', o({ backend: 'buildx' }), none, { backend: 'buildx' }],
  ])('%s', (_name, i, facts, want) => expect(resolveBackend(i, facts)).toEqual(want));

  it('nothing to build with: buildx, whose Docker probe says what is missing; buildctl asked for without it is one line', () => {
    expect(resolveBackend(o(), none)).toEqual({ backend: 'buildx' });
    expect(() => resolveBackend(o({ backend: 'buildctl', buildkitAddr: 'tcp://x:1' }), none)).toThrow(/buildctl is not on PATH/);
  });
});

describe('progress: BuildKit plain log -> a line per platform', () => {
  it('follows each platform through its steps', () => {
    let t = 0;
    const p = new ProgressTracker(() => t, 0);
    t = 1000;
    p.feed('#5 [linux/arm64 internal] load metadata for r/base\n#7 [linux/amd64 1/2] FROM r/base\n#8 [linux/arm64 1/2] FROM r/ba');
    p.feed('se\n#7 CACHED\n#9 [linux/amd64 2/2] RUN make\n#9 0.5 cc -c a.c\n');
    t = 3000;
    p.feed('#9 DONE 2.0s\n#8 DONE 0.1s\n#10 [linux/arm64 2/2] RUN make\n');
    const lines = progressLines(p, ['linux/amd64', 'linux/arm64', 'linux/riscv64'], 4000, 100);
    expect(lines).toEqual(['linux/amd64    building     3.0s  [2/2] RUN make', 'linux/arm64    building     3.0s  [2/2] RUN make', 'linux/riscv64  waiting']);
    t = 5000;
    p.feed('#10 ERROR: process "/bin/sh -c make" did not complete successfully\n');
    expect(p.platforms.get('linux/arm64')?.failed).toBe(true);
    expect(progressLines(p, ['linux/amd64'], 6000, 100, true)).toEqual(['linux/amd64  done         2.0s  2/2 steps, 1 cached']);
  });
  it('parses platform variants', () => {
    const p = new ProgressTracker(() => 0, 0);
    p.feed('#3 [linux/arm/v7 build 1/3] RUN x\n');
    expect([...p.platforms.keys()]).toEqual(['linux/arm/v7']);
    expect(parsePlatform('linux/arm/v7').variant).toBe('v7');
  });
});
