// The action and `gen-ci build` are two doors onto one pipeline: for the same settings, given as
// the action's inputs (with action.yml's defaults, through the action's reader) and as the CLI's
// flags (through the CLI's parser and flag mapping), every planner gives byte-identical commands:
// the builder, QEMU, buildx build, buildctl build and native-node commands.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildCommand, inputsFromFlags, optionsFromFlags, readSecretFlags } from '../../src/cli/build.js';
import { parseArgs } from '../../src/cli/command.js';
import type { Version } from '../../src/core/capabilities.js';
import { parsePlatform } from '../../src/core/platform.js';
import { readOptions } from '../../src/pipeline/options.js';
import { planBuild, planBuildctl, planBuilder, planNodeBuilder, planQemu } from '../../src/pipeline/plan.js';

const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
const viaAction = (inputs: Record<string, string>) => readOptions((name) => inputs[name] ?? action.inputs[name]?.default ?? '', { env: {} });
const viaCli = (argv: string[]) => optionsFromFlags(parseArgs(argv, buildCommand.flags), { env: {} });

const T = '/run/t';
const V13: { buildx: Version; buildkit: Version } = { buildx: [0, 13, 1], buildkit: [0, 13, 2] };

/** Every command both doors would run for one set of options (the planners are pure). */
function commands(o: ReturnType<typeof viaAction>): unknown {
  const facts = { versions: V13, tempDir: T, secretFiles: Object.fromEntries(Object.keys(o.secrets).map((id) => [id, `${T}/s/${id}`])), localCacheDir: o.cache === 'local' ? '/c' : undefined };
  return {
    builder: o.nodes.length ? planNodeBuilder(o, 'gen-ci-x', T) : planBuilder(o, 'gen-ci-x', T),
    qemu: planQemu(o, { native: [parsePlatform('linux/amd64')], registered: ['qemu-aarch64'] }),
    build: planBuild(o, { ...facts, builder: 'gen-ci-x', driver: o.driver }),
    buildctl: o.nodes.length || o.load ? undefined : planBuildctl(o, facts, { command: 'buildctl', addr: 'tcp://bk:1234' }, {}),
  };
}

const ROWS: { name: string; action: Record<string, string>; cli: string[] }[] = [
  { name: 'defaults', action: {}, cli: [] },
  {
    name: 'three platforms, two tags, push (registry cache beside the image)',
    action: { platforms: 'linux/amd64,linux/arm64,linux/arm/v7', tags: 'r.io/o/app:1\nr.io/o/app:latest', push: 'true' },
    cli: ['--platforms', 'linux/amd64,linux/arm64', '--platform', 'linux/arm/v7', '-t', 'r.io/o/app:1', '--tag', 'r.io/o/app:latest', '--push'],
  },
  {
    name: 'file, context, target, build args, labels, annotations',
    action: { context: 'app', file: 'app/Dockerfile.prod', target: 'runtime', 'build-args': 'A=1\nB=two words', labels: 'x=1', annotations: 'index:y=2' },
    cli: ['app', '-f', 'app/Dockerfile.prod', '--target', 'runtime', '--build-arg', 'A=1', '--build-arg', 'B=two words', '--label', 'x=1', '--annotation', 'index:y=2'],
  },
  {
    name: 'provenance and SBOM on, explicit caches, outputs',
    action: { provenance: 'mode=max', sbom: 'true', 'cache-from': 'type=local,src=/c', 'cache-to': 'type=local,dest=/c,mode=max', outputs: 'type=local,dest=out' },
    cli: ['--provenance', 'mode=max', '--sbom', 'true', '--cache-from', 'type=local,src=/c', '--cache-to', 'type=local,dest=/c,mode=max', '-o', 'type=local,dest=out'],
  },
  {
    name: 'a split leg: push by digest into image, per-platform cache',
    action: { platforms: 'linux/arm64', image: 'r.io/o/app', 'push-by-digest': 'true', tags: 'r.io/o/app:1', cache: 'registry' },
    cli: ['--platforms', 'linux/arm64', '--image', 'r.io/o/app', '--push-by-digest', '-t', 'r.io/o/app:1', '--cache', 'registry'],
  },
  {
    name: 'a remote builder, driver options, insecure registries, helper registry, qemu true',
    action: { driver: 'remote', endpoint: 'tcp://bk:1234', 'driver-opts': 'cacert=/ca.pem', 'insecure-registries': 'reg.lan:5000,other:5000', qemu: 'true', 'helper-registry': 'mirror.lan/helpers', tags: 'reg.lan:5000/app:1', push: 'true' },
    cli: ['--driver', 'remote', '--endpoint', 'tcp://bk:1234', '--driver-opt', 'cacert=/ca.pem', '--insecure-registry', 'reg.lan:5000', '--insecure-registry', 'other:5000', '--qemu', 'true', '--helper-registry', 'mirror.lan/helpers', '-t', 'reg.lan:5000/app:1', '--push'],
  },
  {
    name: 'docker-container with its own BuildKit image and network=host, load',
    action: { 'buildkit-image': 'mirror.lan/buildkit:v0.13.2', 'driver-opts': 'network=host', load: 'true', platforms: 'linux/amd64' },
    cli: ['--buildkit-image', 'mirror.lan/buildkit:v0.13.2', '--driver-opt', 'network=host', '--load', '--platforms', 'linux/amd64'],
  },
  {
    name: 'native nodes: two BuildKit addresses, riscv64 on the local node',
    action: { platforms: 'linux/amd64,linux/arm64,linux/riscv64', nodes: 'linux/amd64=tcp://a:1234\nlinux/arm64=ssh://pi@arm', 'driver-opts': 'network=host', tags: 'r/a:1', push: 'true' },
    cli: ['--platforms', 'linux/amd64,linux/arm64,linux/riscv64', '--node', 'linux/amd64=tcp://a:1234', '--node', 'linux/arm64=ssh://pi@arm', '--driver-opt', 'network=host', '-t', 'r/a:1', '--push'],
  },
  {
    name: 'native nodes on kubernetes, no fallback',
    action: { nodes: 'linux/arm64=kubernetes:arch=arm64\nlinux/amd64=kubernetes:arch=amd64', 'node-fallback': 'false' },
    cli: ['--node', 'linux/arm64=kubernetes:arch=arm64', '--node', 'linux/amd64=kubernetes:arch=amd64', '--no-fallback'],
  },
  {
    name: 'images + tag rules, OCI metadata off, check offline, mirror pairs',
    action: { images: 'r.io/o/app', 'tag-rules': 'type=raw,value=dev', 'oci-metadata': 'false', check: 'offline', mirror: 'docker.io/library/alpine:3=r.io/m/alpine:3', push: 'true' },
    cli: ['--images', 'r.io/o/app', '--tag-rule', 'type=raw,value=dev', '--no-oci-metadata', '--check-offline', '--mirror', 'docker.io/library/alpine:3=r.io/m/alpine:3', '--push'],
  },
];

describe('the action and gen-ci build give byte-identical commands', () => {
  it.each(ROWS)('$name', (row) => {
    const a = viaAction(row.action);
    const c = viaCli(row.cli);
    expect(commands(c)).toEqual(commands(a));
    // and the options themselves agree (but for the two the CLI sets: no Actions cache, its own summary)
    // (action.yml spells the pinned helper images out as defaults, the CLI leaves them unset: the same image, see the commands above)
    const same = { helperCache: true, summary: true, qemuImage: a.qemuImage, buildkitImage: a.buildkitImage };
    expect({ ...c, ...same }).toEqual(a);
  });

  it('every CLI flag that stands for an input names a real action input', () => {
    const args = parseArgs(
      buildCommand.flags.filter((f) => f.type === 'boolean').flatMap((f) => (['no-check', 'check-offline'].includes(f.name) ? [] : [`--${f.name}`])),
      buildCommand.flags,
    );
    for (const name of Object.keys(inputsFromFlags(args))) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('an input error names the flag, not the input', () => {
    expect(() => viaCli(['--build-arg', '1X=2'])).toThrow(/^--build-arg: /);
    expect(() => viaCli(['--node', 'linux/arm64'])).toThrow(/^--node: "linux\/arm64" is not PLATFORM=ENDPOINT/);
    expect(() => viaCli(['--backend', 'kaniko'])).toThrow(/^--backend: "kaniko" is not one of auto, buildx, buildctl/);
    expect(() => viaCli(['--no-check', '--check-offline'])).toThrow(/--check-offline and another flag set check two ways/);
  });
});

describe('--secret, docker syntax', () => {
  it('reads env= values, checks ids, never echoes a value', async () => {
    expect(await readSecretFlags(['id=npm,env=NPM_TOKEN', 'id=GH'], { NPM_TOKEN: 's3cret', GH: 'g' })).toEqual({ npm: 's3cret', GH: 'g' });
    await expect(readSecretFlags(['id=npm,env=NOPE'], {})).rejects.toThrow('--secret npm: the environment variable NOPE is not set');
    await expect(readSecretFlags(['env=TOKEN'], { TOKEN: 'x' })).rejects.toThrow(/has no id=/);
    await expect(readSecretFlags(['id=a,env=A', 'id=a,env=A'], { A: '1' })).rejects.toThrow('"a" is given twice');
    await expect(readSecretFlags(['id=../x,env=A'], { A: '1' })).rejects.toThrow('not a valid secret id');
    await expect(readSecretFlags(['id=k,src=./nope/key'], {})).rejects.toThrow('--secret k file not found: ./nope/key');
  });
});
