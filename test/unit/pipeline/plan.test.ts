// Table tests in the manner of build-push-action's context tests: raw action inputs go through the
// real input reader (readOptions, with action.yml's defaults), then the real planners; each row
// gives the facts probed from the machine and the exact argv expected. Only the I/O is left out.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../../src/pipeline/options.js';
import type { Version } from '../../../src/core/capabilities.js';
import { parsePlatform } from '../../../src/core/platform.js';
import { planBuild, planBuilder, planQemu } from '../../../src/pipeline/plan.js';

const action = yaml.load(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
const inputs = (over: Record<string, string> = {}) => readOptions((name) => over[name] ?? action.inputs[name]?.default ?? '');

const T = '/run/t';
const V13: { buildx: Version; buildkit: Version } = { buildx: [0, 13, 1], buildkit: [0, 13, 2] };

describe('planBuild: inputs + facts -> exact buildx argv', () => {
  const rows: { name: string; in: Record<string, string>; facts?: Partial<Parameters<typeof planBuild>[1]>; argv: string[]; env?: Record<string, string>; warnings?: string[] }[] = [
    {
      name: 'defaults: two platforms, no push, attestations off (by the environment: no flag, so no version needed)',
      in: {},
      argv: ['buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64,linux/arm64', '--metadata-file', `${T}/metadata.json`, '.'],
      env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    },
    {
      name: 'push with registry cache from the first tag',
      in: { push: 'true', tags: 'r.io/o/app:1,r.io/o/app:latest', platforms: 'linux/arm/v7' },
      argv: [
        'buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/arm/v7', '--tag', 'r.io/o/app:1', '--tag', 'r.io/o/app:latest',
        '--cache-from', 'type=registry,ref=r.io/o/app:buildcache', '--cache-to', 'type=registry,ref=r.io/o/app:buildcache,mode=max',
        '--metadata-file', `${T}/metadata.json`, '--push', '.',
      ],
    },
    {
      name: 'a quoted tags cell stays one item only where quoting says so; cache-to keeps its commas',
      in: { tags: 'r/a:1\n"r/a:2"', 'cache-to': 'type=local,dest=/c,mode=max', 'cache-from': 'type=local,src=/c', platforms: 'amd64' },
      argv: [
        'buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64', '--tag', 'r/a:1', '--tag', 'r/a:2',
        '--cache-from', 'type=local,src=/c', '--cache-to', 'type=local,dest=/c,mode=max', '--metadata-file', `${T}/metadata.json`, '.',
      ],
    },
    {
      name: 'secrets go by file, build args and labels by line',
      in: { platforms: 'linux/amd64', secrets: 'tok=abc', 'build-args': 'A=1,2\nB', labels: 'org.opencontainers.image.title=x, y' },
      facts: { secretFiles: { tok: `${T}/secrets/0123abcd` } },
      argv: [
        'buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64', '--label', 'org.opencontainers.image.title=x, y',
        '--build-arg', 'A=1,2', '--build-arg', 'B', '--secret', `id=tok,src=${T}/secrets/0123abcd`, '--metadata-file', `${T}/metadata.json`, '.',
      ],
    },
    {
      name: 'push-by-digest leg: canonical-name exporter, per-platform cache ref',
      in: { 'push-by-digest': 'true', image: 'r.io/o/app', platforms: 'linux/arm64', cache: 'registry' },
      argv: [
        'buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/arm64',
        '--cache-from', 'type=registry,ref=r.io/o/app:buildcache-linux-arm64', '--cache-to', 'type=registry,ref=r.io/o/app:buildcache-linux-arm64,mode=max',
        '--metadata-file', `${T}/metadata.json`, '--output', 'type=image,name=r.io/o/app,push-by-digest=true,name-canonical=true,push=true', '.',
      ],
    },
    {
      name: 'push-by-digest on the docker driver goes through an OCI layout',
      in: { 'push-by-digest': 'true', image: 'r.io/o/app', platforms: 'linux/arm64', cache: 'none' },
      facts: { driver: 'docker' },
      argv: [
        'buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/arm64', '--metadata-file', `${T}/metadata.json`,
        '--output', `type=oci,dest=${T}/oci-layout,tar=false`, '.',
      ],
    },
    {
      name: 'provenance on BuildKit 0.13',
      in: { platforms: 'linux/amd64', provenance: 'mode=max' },
      argv: ['buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64', '--provenance=mode=max', '--sbom=false', '--metadata-file', `${T}/metadata.json`, '.'],
      env: {},
    },
    {
      name: 'provenance on BuildKit 0.10: dropped with one warning naming the input',
      in: { platforms: 'linux/amd64', provenance: 'true' },
      facts: { versions: { buildx: [0, 13, 1], buildkit: [0, 10, 6] } },
      argv: ['buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64', '--metadata-file', `${T}/metadata.json`, '.'],
      env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
      warnings: ['provenance: provenance attestations not available, it needs BuildKit ≥ 0.11.0 (the builder runs 0.10.6); building without it'],
    },
    {
      name: 'buildx 0.9: no attestation flags, no attestation env',
      in: { platforms: 'linux/amd64', sbom: 'true' },
      facts: { versions: { buildx: [0, 9, 1], buildkit: [0, 13, 2] } },
      argv: ['buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64', '--metadata-file', `${T}/metadata.json`, '.'],
      env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
      warnings: ['provenance: the --provenance/--sbom flags not available, it needs buildx ≥ 0.10.0 (this runner has 0.9.1); building without it'],
    },
    {
      name: 'the engine\'s embedded BuildKit reports no version: nothing is dropped',
      in: { platforms: 'linux/amd64', provenance: 'true' },
      facts: { versions: { buildx: [0, 13, 1] } },
      argv: ['buildx', 'build', '--builder', 'b', '--progress', 'plain', '--platform', 'linux/amd64', '--provenance=true', '--sbom=false', '--metadata-file', `${T}/metadata.json`, '.'],
    },
  ];
  it.each(rows)('$name', (row) => {
    const plan = planBuild(inputs(row.in), { builder: 'b', versions: V13, tempDir: T, secretFiles: {}, ...row.facts });
    expect(plan.args).toEqual(row.argv);
    if (row.env) expect(plan.env).toEqual(row.env);
    expect(plan.warnings).toEqual(row.warnings ?? []);
  });
});

describe('planBuilder', () => {
  it.each([
    {
      name: 'default: docker-container with the pinned BuildKit image, no --use',
      in: {},
      want: { kind: 'create', name: 'gen-ci-x', image: 'moby/buildkit:v0.27.0', args: ['buildx', 'create', '--name', 'gen-ci-x', '--driver', 'docker-container', '--driver-opt', 'image=moby/buildkit:v0.27.0', '--bootstrap'] },
    },
    {
      name: 'helper-registry moves the pinned image; insecure registries go to buildkitd.toml',
      in: { 'helper-registry': 'reg.local/mirror/', 'driver-opts': 'network=host', 'insecure-registries': 'reg.local:5000' },
      want: {
        kind: 'create',
        image: 'reg.local/mirror/moby/buildkit:v0.27.0',
        toml: { path: `${T}/buildkitd.toml`, content: '[registry."reg.local:5000"]\n  http = true\n  insecure = true\n' },
        args: [
          'buildx', 'create', '--name', 'gen-ci-x', '--driver', 'docker-container', '--driver-opt', 'image=reg.local/mirror/moby/buildkit:v0.27.0', '--driver-opt', 'network=host',
          '--buildkitd-config', `${T}/buildkitd.toml`, '--bootstrap',
        ],
      },
    },
    {
      name: 'an image= driver-opt wins over the pinned image',
      in: { 'driver-opts': 'image=mine/buildkit:1' },
      want: { image: 'mine/buildkit:1', args: ['buildx', 'create', '--name', 'gen-ci-x', '--driver', 'docker-container', '--driver-opt', 'image=mine/buildkit:1', '--bootstrap'] },
    },
    {
      name: 'remote: endpoint last, no image to pull',
      in: { driver: 'remote', endpoint: 'tcp://127.0.0.1:1234' },
      want: { kind: 'create', image: undefined, args: ['buildx', 'create', '--name', 'gen-ci-x', '--driver', 'remote', '--bootstrap', 'tcp://127.0.0.1:1234'] },
    },
    { name: 'docker driver: the engine\'s builder', in: { driver: 'docker' }, want: { kind: 'existing' } },
    { name: 'builder input: reuse it', in: { builder: 'mine' }, want: { kind: 'existing', name: 'mine' } },
  ])('$name', (row) => {
    expect(planBuilder(inputs(row.in as Record<string, string>), 'gen-ci-x', T)).toMatchObject(row.want);
  });
});

describe('planQemu: decided from where the builder runs', () => {
  const amd64 = [parsePlatform('linux/amd64')];
  it.each([
    { name: 'amd64 daemon, nothing registered: install arm64', in: { platforms: 'linux/amd64,linux/arm64' }, native: amd64, registered: [], want: { install: ['arm64'], native: ['linux/amd64'] } },
    { name: 'registered already: nothing', in: { platforms: 'linux/amd64,linux/arm64' }, native: amd64, registered: ['qemu-aarch64'], want: { install: [], registered: ['linux/arm64'] } },
    { name: 'qemu: true refreshes a registered one', in: { platforms: 'linux/arm64', qemu: 'true' }, native: amd64, registered: ['qemu-aarch64'], want: { install: ['arm64'] } },
    {
      name: 'an arm64 daemon (DOCKER_HOST elsewhere) needs amd64 emulated, whatever this machine is',
      in: { platforms: 'linux/amd64,linux/arm64' },
      native: [parsePlatform('linux/arm64')],
      registered: [],
      want: { install: ['amd64'], native: ['linux/arm64'] },
    },
    {
      name: 'an existing builder that lists riscv64 needs no emulator for it',
      in: { platforms: 'linux/riscv64', builder: 'b' },
      native: amd64,
      registered: [],
      builder: [parsePlatform('linux/amd64'), parsePlatform('linux/riscv64')],
      want: { install: [], registered: ['linux/riscv64'] },
    },
    {
      name: 'qemu: true refreshes what an existing builder lists',
      in: { platforms: 'linux/amd64,linux/riscv64', builder: 'b', qemu: 'true' },
      native: amd64,
      registered: [],
      builder: [parsePlatform('linux/amd64'), parsePlatform('linux/riscv64')],
      want: { install: ['riscv64'], native: ['linux/amd64'] },
    },
    { name: 'remote: nothing here', in: { platforms: 'linux/arm64', driver: 'remote', endpoint: 'tcp://x:1' }, native: amd64, registered: [], want: { skip: expect.stringMatching(/^remote builder/) } },
  ])('$name', (row) => {
    const facts = { native: row.native, registered: row.registered, builderPlatforms: (row as { builder?: ReturnType<typeof parsePlatform>[] }).builder };
    expect(planQemu(inputs(row.in as unknown as Record<string, string>), facts)).toMatchObject(row.want);
  });
});

describe('inputs are decided up front (readOptions fails before any side effect)', () => {
  it.each([
    [{ tags: 'Bad Tag' }, /tags: "Bad Tag" is not a valid image reference/],
    [{ tags: 'r/a:1', 'build-args': '1X=2' }, /build-args: "1X" is not NAME=value/],
    [{ push: 'true' }, /push: true needs at least one tag/],
    [{ driver: 'remote' }, /driver: remote needs an endpoint/],
    [{ 'insecure-registries': 'http://x y' }, /insecure-registries: "http:\/\/x y" is not a registry host/],
    [{ 'push-by-digest': 'true' }, /push-by-digest needs image/],
    [{ 'push-by-digest': 'true', image: 'r/a:tag' }, /must be a repository without tag or digest/],
    [{ merge: 'true' }, /merge needs tags/],
    [{ merge: 'true', tags: 'r/a:1,q/b:2' }, /merge tags must share one repository/],
    [{ merge: 'true', tags: 'r/a:1', digests: 'nope' }, /digests: "nope" is not a digest/],
  ])('%j', (over, why) => {
    expect(() => inputs(over)).toThrow(why);
  });

  it('an empty password on a build that pushes nothing skips login with a notice', () => {
    const i = inputs({ registry: 'ghcr.io', username: 'octocat', password: '' });
    expect(i.username).toBe('');
    expect(i.loginNotice).toBe('password is empty (pull requests from forks get no secrets) and nothing is pushed: not logging in to ghcr.io');
  });

  it('a quoted secret keeps its line breaks and spaces byte for byte; # is no comment there', () => {
    const pem = '-----BEGIN KEY-----\n abc#def \n-----END KEY-----\n';
    const i = inputs({ secrets: `"key=${pem}"\nplain= spaced #value \n` });
    expect(i.secrets).toEqual({ key: pem, plain: ' spaced #value ' });
  });

  it('keep-attestations is a merge input', () => {
    expect(inputs({ merge: 'true', tags: 'r/a:1', 'keep-attestations': 'true' }).keepAttestations).toBe(true);
    expect(inputs({}).keepAttestations).toBe(false);
  });
});
