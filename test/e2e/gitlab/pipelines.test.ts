import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../../src/gitlab/component.js';
import { type GitlabOptions, MODES } from '../../../src/gitlab/options.js';
import { renderPipeline } from '../../../src/gitlab/pipeline.js';
import { templateFiles } from '../../../src/gitlab/templates.js';
import {
  DOCKERFILE,
  dockerExecutorArgs,
  forShellExecutor,
  GCL,
  indexPlatforms,
  makeProject,
  ROOT,
  removeProject,
  rigDockerVariables,
  runPipeline,
  sh,
  unique,
} from './harness.js';

/**
 * Generated pipelines run by gitlab-ci-local on the rig: real builds for buildx, native and
 * buildah (shell executor: no image/services, the rig's daemon and registry), and for BuildKit
 * (docker executor: the generated job as it is, in the rig's rootless BuildKit image); Kaniko and
 * manifest-tool (whose images can't be built here) through stand-ins that record their argv and do
 * the same work with docker buildx and gen-ci merge.
 */
const REG = '127.0.0.1:5000';
const STUBS = join(ROOT, 'test/fixtures/gitlab/stubs');
const dirs: string[] = [];
const project = (files: Record<string, string>) => {
  const d = makeProject({ Dockerfile: DOCKERFILE, ...files });
  dirs.push(d);
  return d;
};

beforeAll(() => {
  expect(sh('bash', [join(ROOT, 'scripts/rig.sh'), 'up']).code).toBe(0);
  expect(sh('bash', [GCL, '--install-only']).code).toBe(0);
}, 300_000);
afterAll(() => {
  for (const d of dirs) removeProject(d);
  rmSync('/tmp/genci-gl-storage', { recursive: true, force: true });
});

/** Options every rig run uses: the open registry needs no login, the engine has QEMU and the containerd store. */
const rig = (mode: GitlabOptions['mode'], image: string, extra: Partial<GitlabOptions> = {}): GitlabOptions => ({
  mode,
  image,
  tags: ['t1', 'latest'],
  registry: '',
  builderDriver: 'docker',
  binfmt: false,
  tlsVerify: false,
  buildArgs: ['MSG=hi $(touch /tmp/genci-pwned) ; "q" \'s\' # c'],
  ...extra,
});

function storageConf(dir: string): string {
  const conf = join(dir, '.storage.conf');
  sh('bash', [
    '-c',
    `printf '[storage]\\ndriver = "vfs"\\nrunroot = "%s"\\ngraphroot = "%s"\\n' /tmp/genci-gl-storage/run /tmp/genci-gl-storage/graph > '${conf}'`,
  ]);
  return conf;
}

async function run(dir: string, extra: Record<string, string> = {}, gclArgs: string[] = []) {
  const r = await runPipeline(dir, { ...rigDockerVariables(join(dir, '.docker-config')), CONTAINERS_STORAGE_CONF: storageConf(dir), ...extra }, gclArgs);
  if (r.code !== 0) throw new Error(`pipeline failed (${r.code}):\n${r.output.slice(-6000)}`);
  return r;
}

function expectArm64Runs(ref: string) {
  const r = sh('docker', ['run', '--rm', '--pull=always', '--platform', 'linux/arm64', ref]);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.stdout.trim()).toBe('aarch64');
  const msg = sh('docker', ['run', '--rm', '--platform', 'linux/arm64', ref, 'cat', '/msg']);
  expect(msg.stdout).toBe('hi $(touch /tmp/genci-pwned) ; "q" \'s\' # c\n');
}

describe('gitlab-ci-local validates every generated pipeline and component', () => {
  it.each(MODES)('%s pipeline (defaults, mirror, attestations) passes the CI schema', async (mode) => {
    const yml = renderPipeline({ mode, mirror: [{ source: 'docker.io/library/alpine:3.20' }], attestations: true, dindMtu: 1400 });
    const r = await runPipeline(project({ '.gitlab-ci.yml': yml }), {}, ['--list']);
    expect(r.output).toContain('json schema validated');
    expect(r.code, r.output).toBe(0);
  });

  it.each(COMPONENTS)('component %s, included locally with inputs, passes inputs checks and the schema', async (name) => {
    const inputs: Record<string, unknown> = {
      buildx: { platforms: 'linux/amd64,linux/arm/v7', tags: 'a,b', builder_driver: 'docker', binfmt: false, cache: false, dind_mtu: 1400 },
      native: { matrix: [{ GENCI_PLATFORM: 'linux/riscv64', GENCI_RUNNER_TAG: 'rv' }], platforms: 'linux/riscv64', stage: 'build' },
      kaniko: { kaniko_image: 'example/kaniko:debug', tls_verify: false, build_args: 'A=1\nB=2' },
      buildah: { cache: true, expand_variables: false },
      buildkit: { attestations: true, job_prefix: 'app' },
      mirror: { images: 'alpine:3.20\nquay.io/a/b:1=reg/x:1' },
      merge: { platforms: 'linux/amd64,linux/arm64', stage: 'deploy' },
    }[name] as Record<string, unknown>;
    const files = Object.fromEntries([...templateFiles()].map(([f, t]) => [`templates/${f}`, t]));
    const yml = `include:\n  - local: templates/${name}.yml\n    inputs: ${JSON.stringify(inputs)}\n`;
    const r = await runPipeline(project({ ...files, '.gitlab-ci.yml': yml }), {}, ['--list']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('json schema validated');
  });

  it.each([
    ['buildx', { platforms: 'linux amd64' }, /does not match required regex/],
    ['buildx', { builder_driver: 'kubernetes' }, /not in the list of allowed options/],
    ['buildx', { cache: 'yes' }, /is not a boolean/],
    ['kaniko', { job_prefix: 'a b' }, /does not match required regex/],
  ] as [string, Record<string, unknown>, RegExp][])('component %s rejects inputs %o', async (name, inputs, re) => {
    const files = Object.fromEntries([...templateFiles()].map(([f, t]) => [`templates/${f}`, t]));
    const yml = `include:\n  - local: templates/${name}.yml\n    inputs: ${JSON.stringify(inputs)}\n`;
    const r = await runPipeline(project({ ...files, '.gitlab-ci.yml': yml }), {}, ['--list']);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(re);
  });
});

describe('real pipelines on the rig', () => {
  it('buildx: one job, both platforms, login to the htpasswd registry with --password-stdin', async () => {
    const image = `127.0.0.1:5001/gl/${unique('buildx')}`;
    const yml = renderPipeline(
      rig('buildx', image, { registry: '127.0.0.1:5001', registryUserVariable: 'RIG_USER', registryPasswordVariable: 'RIG_PASSWORD' }),
    );
    const dir = project({ '.gitlab-ci.yml': forShellExecutor(yml) });
    const r = await run(dir, { RIG_USER: 'genci', RIG_PASSWORD: 'rig-secret-Zq7' });
    expect(r.output).toContain('Login Succeeded');
    const inspect = sh('skopeo', ['inspect', '--tls-verify=false', '--creds', 'genci:rig-secret-Zq7', '--raw', `docker://${image}:latest`]);
    const platforms = (JSON.parse(inspect.stdout).manifests as { platform: { architecture: string } }[]).map((m) => m.platform.architecture).sort();
    expect(platforms).toEqual(['amd64', 'arm64']);
    expect(sh('docker', ['login', '-u', 'genci', '-p', 'rig-secret-Zq7', '127.0.0.1:5001']).code).toBe(0);
    expectArm64Runs(`${image}:latest`);
  });

  it('shell syntax in build args is data: a hostile pipeline runs here, and no injected command runs', async () => {
    const marker = `/tmp/genci-pwned-${unique('inject')}`;
    const image = `${REG}/gl/${unique('inject')}`;
    const msg = `$(touch ${marker}) ; \`touch ${marker}\` "q" 's' # c`;
    const yml = renderPipeline(rig('buildx', image, { buildArgs: [`MSG=${msg}`, `X=$(touch ${marker})`], platforms: ['linux/amd64'] }));
    await run(project({ '.gitlab-ci.yml': forShellExecutor(yml) }));
    // the build ran with the value as it was written, and nothing executed it
    expect(sh('docker', ['run', '--rm', '--pull=always', `${image}:latest`, 'cat', '/msg']).stdout).toBe(`${msg}\n`);
    expect(existsSync(marker)).toBe(false);
  });

  it('native: per-arch jobs and the merge job', async () => {
    const image = `${REG}/gl/${unique('native')}`;
    const dir = project({
      '.gitlab-ci.yml': forShellExecutor(
        renderPipeline(rig('native', image, { platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'], runnerTags: { 'linux/arm/v7': ['arm32'] } })),
      ),
    });
    const r = await run(dir);
    expect(r.output).toMatch(/image-build-linux-amd64[\s\S]*image-build-linux-arm64[\s\S]*image-merge/);
    expect(indexPlatforms(`${image}:t1`)).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64']);
    expectArm64Runs(`${image}:latest`);
  });

  it('buildah (emulated): build --platform --manifest, manifest push --all', async () => {
    const image = `${REG}/gl/${unique('buildah')}`;
    await run(project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(rig('buildah', image))) }));
    expect(indexPlatforms(`${image}:latest`)).toEqual(['linux/amd64', 'linux/arm64']);
    expectArm64Runs(`${image}:latest`);
  });

  it('buildah (native): per-arch jobs and a manifest job', async () => {
    const image = `${REG}/gl/${unique('buildahn')}`;
    // here the per-arch legs share one containers storage (on GitLab each runs on its own runner), and
    // two buildah pulls of one name into one storage race ("image not known"): one leg at a time
    await run(project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(rig('buildah', image, { buildahStrategy: 'native' }))) }), {}, ['--concurrency', '1']);
    expect(indexPlatforms(`${image}:t1`)).toEqual(['linux/amd64', 'linux/arm64']);
    expectArm64Runs(`${image}:latest`);
  });

  it('mirror job then build: skopeo copies every platform first', async () => {
    const image = `${REG}/gl/${unique('mirror')}`;
    const mirrored = `127.0.0.1:5002/gl/${unique('base')}:1`;
    const yml = renderPipeline(rig('buildx', image, { mirror: [{ source: `${REG}/base/busybox:latest`, destination: mirrored }] }));
    const r = await run(project({ '.gitlab-ci.yml': forShellExecutor(yml) }));
    expect(r.output.indexOf('image-mirror')).toBeLessThan(r.output.indexOf('image-build'));
    expect(indexPlatforms(mirrored)).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64', 'linux/riscv64']);
  });

  it('components included locally build for real (buildx and the native matrix)', async () => {
    const files = Object.fromEntries([...templateFiles()].map(([f, t]) => [`templates/${f}`, t]));
    const a = `${REG}/gl/${unique('cbx')}`;
    const b = `${REG}/gl/${unique('cnat')}`;
    const common = {
      registry: '',
      tls_verify: false,
      builder_driver: 'docker',
      build_args: 'MSG=hi $(touch /tmp/genci-pwned) ; "q" \'s\' # c',
      tags: 'latest',
    };
    const yml = [
      'include:',
      `  - local: templates/buildx.yml`,
      `    inputs: ${JSON.stringify({ ...common, image: a, binfmt: false })}`,
      `  - local: templates/native.yml`,
      `    inputs: ${JSON.stringify({ ...common, image: b, job_prefix: 'nat' })}`,
      '',
    ].join('\n');
    const dir = project({ ...files, '.gitlab-ci.yml': yml });
    // expand the includes the way GitLab does, then drop image/services for the shell executor
    const preview = await runPipeline(dir, {}, ['--preview']);
    expect(preview.code, preview.output).toBe(0);
    const expanded = preview.output.slice(preview.output.indexOf('---'));
    const dir2 = project({ '.gitlab-ci.yml': forShellExecutor(expanded.replace(/^---\n/, '')) });
    await run(dir2);
    expect(indexPlatforms(`${a}:latest`)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(indexPlatforms(`${b}:latest`)).toEqual(['linux/amd64', 'linux/arm64']);
    expectArm64Runs(`${b}:latest`);
  });
});

describe("Kaniko and manifest-tool through stand-ins (they record the argv and do the work with docker buildx and gen-ci merge: they cannot prove Kaniko's own build or manifest-tool's push)", () => {
  const stubVars = (dir: string) => ({ PATH: `${STUBS}:${process.env.PATH}`, GENCI_STUB_LOG: join(dir, '.calls.jsonl'), GENCI_STUB_REAL: '1' });
  const calls = (dir: string) =>
    readFileSync(join(dir, '.calls.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { tool: string; argv: string[]; spec?: string });

  it('kaniko: per-arch executor runs with their own cache repos; the manifest-tool spec, fed to gen-ci merge, gives the same index as native', async () => {
    const image = `${REG}/gl/${unique('kaniko')}`;
    const dir = project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(rig('kaniko', image))) });
    const r = await run(dir, stubVars(dir));
    expect(r.output).toMatch(/image-merge\s+>\s+also tagged latest/);
    const log = calls(dir);
    const executors = log.filter((c) => c.tool === 'executor');
    expect(executors.map((c) => c.argv.find((a) => a.startsWith('--custom-platform='))).sort()).toEqual([
      '--custom-platform=linux/amd64',
      '--custom-platform=linux/arm64',
    ]);
    expect(new Set(executors.map((c) => c.argv.find((a) => a.startsWith('--cache-repo=')))).size).toBe(2);
    for (const c of executors) expect(c.argv).toContain('--build-arg=MSG=hi $(touch /tmp/genci-pwned) ; "q" \'s\' # c');
    const spec = JSON.parse(log.find((c) => c.tool === 'manifest-tool')?.spec as string);
    expect(spec.image).toBe(`${image}:t1`);
    expect(spec.tags).toEqual(['latest']);
    const kaniko = indexPlatforms(`${image}:latest`);
    // the native pipeline on the same Dockerfile
    const nat = `${REG}/gl/${unique('native')}`;
    await run(project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(rig('native', nat))) }));
    expect(kaniko).toEqual(indexPlatforms(`${nat}:latest`));
    expectArm64Runs(`${image}:latest`);
  });

});

/**
 * The buildkit job for real: gitlab-ci-local's docker executor runs the generated job unchanged
 * (image, `entrypoint: [""]`, variables, script) in the rig's rootless BuildKit image
 * (scripts/engines.sh: BuildKit v0.13.2 built from Debian's sources, pushed under the pinned name
 * below the helper registry), so the job's own `buildctl-daemonless.sh` starts rootlesskit + buildkitd
 * as uid 1000 and builds. The runner side is what GitLab documents for rootless BuildKit on a
 * self-managed Docker executor (security_opt seccomp/apparmor unconfined, see dockerExecutorArgs),
 * plus host networking for the rig's loopback registries. Foreign RUN steps use the host's QEMU binfmt.
 */
describe('BuildKit rootless, for real', () => {
  const ROOTLESS = `${REG}/helpers/moby/buildkit:v0.27.0-rootless`;
  const AUTH = '127.0.0.1:5001';
  const CREDS = { RIG_USER: 'genci', RIG_PASSWORD: 'rig-secret-Zq7' };

  it('buildkit: the generated job runs buildctl-daemonless.sh in the rootless image: login, both platforms pushed, registry cache exported and reused', async () => {
    const image = `${AUTH}/gl/${unique('buildkit')}`;
    const yml = renderPipeline(
      rig('buildkit', image, {
        cache: true,
        registry: AUTH,
        registryUserVariable: 'RIG_USER',
        registryPasswordVariable: 'RIG_PASSWORD',
        images: { buildkitRootless: ROOTLESS },
      }),
    );
    const dir = project({ '.gitlab-ci.yml': yml });
    const first = await runPipeline(dir, CREDS, dockerExecutorArgs());
    expect(first.code, first.output.slice(-6000)).toBe(0);
    expect(first.output).toContain(`image-build starting ${ROOTLESS}`);
    expect(first.output).toMatch(/writing cache manifest/);

    const creds = `${CREDS.RIG_USER}:${CREDS.RIG_PASSWORD}`;
    expect(indexPlatforms(`${image}:t1`, creds)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(indexPlatforms(`${image}:latest`, creds)).toEqual(['linux/amd64', 'linux/arm64']);
    // the cache ref (GENCI_CACHE true, no GENCI_CACHE_REF: <image>:buildcache) is BuildKit's cache index
    const cache = sh('skopeo', ['inspect', '--tls-verify=false', '--creds', creds, '--raw', `docker://${image}:buildcache`]);
    expect(cache.code, cache.stderr).toBe(0);
    const layers = (JSON.parse(cache.stdout).manifests as { mediaType: string }[]).map((m) => m.mediaType);
    expect(layers).toContain('application/vnd.buildkit.cacheconfig.v0');

    // a second run imports that cache: the RUN step of both platforms is CACHED
    const second = await runPipeline(dir, CREDS, dockerExecutorArgs());
    expect(second.code, second.output.slice(-6000)).toBe(0);
    expect(second.output).toMatch(/importing cache manifest from 127\.0\.0\.1:5001\/gl\//);
    expect((second.output.match(/^image-build > #\d+ CACHED$/gm) ?? []).length).toBeGreaterThanOrEqual(2);

    expect(sh('docker', ['login', '-u', CREDS.RIG_USER, '-p', CREDS.RIG_PASSWORD, AUTH]).code).toBe(0);
    expectArm64Runs(`${image}:latest`);
  });
});

/**
 * The release policy (src/gitlab/tags.ts, the engine's DEFAULT_RULES) in a real pipeline: gitlab-ci-local
 * evaluates the generated rules: with the event's variables, the buildx job computes the tags in sh and
 * pushes them to the rig's registry; what was pushed is read back from the registry's tags/list.
 */
describe('the tag policy, for real (buildx)', () => {
  async function tagsList(repo: string): Promise<{ status: number; tags: string[] }> {
    const res = await fetch(`http://${REG}/v2/${repo}/tags/list`);
    const body = (await res.json().catch(() => ({}))) as { tags?: string[] | null };
    return { status: res.status, tags: [...(body.tags ?? [])].sort() };
  }
  const policy = (image: string, extra: Partial<GitlabOptions> = {}) => rig('buildx', image, { tags: undefined, ...extra });

  it('CI_COMMIT_TAG=v1.2.3 pushes 1.2.3, 1.2, 1 and latest (the image name lowercased)', async () => {
    const name = unique('Tags');
    const dir = project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(policy(`${REG}/gl/${name}`, { cache: false }))) });
    const r = await run(dir, { CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_REF_NAME: 'v1.2.3' });
    expect(r.output).toMatch(/gen-ci: tags for push on refs\/tags\/v1\.2\.3: 1\.2\.3 1\.2 1 latest/);
    expect(await tagsList(`gl/${name.toLowerCase()}`)).toEqual({ status: 200, tags: ['1', '1.2', '1.2.3', 'latest'] });
    expect(indexPlatforms(`${REG}/gl/${name.toLowerCase()}:1.2`)).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('a merge request pipeline (merge_request_event, IID 7) builds and pushes nothing, not even the cache', async () => {
    const name = unique('mr');
    const dir = project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(policy(`${REG}/gl/${name}`, { cache: true }))) });
    const r = await run(dir, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' });
    expect(r.output).toMatch(/image-build.*starting/);
    expect(r.output).toMatch(/gen-ci: tags for merge_request_event on refs\/pull\/7\/merge: pr-7/);
    expect(r.output).toMatch(/not pushing \(a merge request/);
    expect(r.output).toMatch(/docker buildx build|DONE|naming to/);
    const list = await tagsList(`gl/${name}`);
    expect(list.tags).toEqual([]);
    expect(list.status).toBe(404);
  });

  it('a push to another branch runs no job', async () => {
    const name = unique('br');
    const dir = project({ '.gitlab-ci.yml': forShellExecutor(renderPipeline(policy(`${REG}/gl/${name}`))) });
    const r = await runPipeline(dir, { ...rigDockerVariables(join(dir, '.docker-config')), CI_COMMIT_BRANCH: 'feature', CI_COMMIT_REF_NAME: 'feature' });
    expect(r.output).not.toMatch(/image-build.*starting/);
    expect((await tagsList(`gl/${name}`)).tags).toEqual([]);
  });
});
