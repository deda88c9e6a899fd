import { posixShells } from '../../support/shells.js';
import { existsSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Job } from '../../../src/gitlab/model.js';
import type { GitlabOptions } from '../../../src/gitlab/options.js';
import { generatePipeline } from '../../../src/gitlab/pipeline.js';
import { type JobRun, runJob, type StubCall } from './jobrun.js';

/**
 * The generated job scripts run under dash (Debian's sh), bash and busybox ash with every
 * tool replaced by a stub that records its argv: the exact arguments each tool receives,
 * and that hostile values arrive literally and execute nothing.
 */
// every script runs under dash, bash and busybox ash; a missing shell fails here, loudly
const SHELLS: [string, string][] = posixShells().map((s) => [s.name, s.argv.slice(0, -1).join(' ')]);

// every character the issue names: $ ; quotes newline # plus backslash, backtick, glob, $(...)
const HOSTILE = 'a$(touch "$CANARY");`touch "$CANARY"` "dq" \'sq\' # hash \\ back * ?${HOME}';
const HOSTILE_NL = `${HOSTILE}\nsecond line; touch "$CANARY"`;

/** Jobs lowercase the image name, as the metadata engine does. */
const lc = (image: string | undefined): string => (image ?? '').toLowerCase();

const runs: JobRun[] = [];
afterAll(() => {
  for (const r of runs) rmSync(r.dir, { recursive: true, force: true });
});

function run(job: Job | undefined, shell = 'dash'): JobRun {
  if (!job) throw new Error('no such job');
  const bin = SHELLS.find(([n]) => n === shell)?.[1] ?? shell;
  const r = runJob(job, { shell: bin });
  runs.push(r);
  if (r.code !== 0) throw new Error(`job failed (${r.code}): ${r.stderr}`);
  return r;
}

const calls = (r: JobRun, tool: string, first?: string): StubCall[] => r.calls.filter((c) => c.tool === tool && (first === undefined || c.argv[0] === first));

const hostileOptions = (mode: GitlabOptions['mode']): GitlabOptions => ({
  mode,
  image: `reg.example/img${HOSTILE_NL}`,
  tags: [`t1${HOSTILE}`, 'latest'],
  context: `ctx ${HOSTILE_NL}`,
  dockerfile: `df ${HOSTILE_NL}`,
  buildArgs: [`MSG=${HOSTILE}`, 'EMPTY=', 'EQ=a=b'],
  cacheRef: `cache${HOSTILE_NL}`,
  archTagPrefix: `sha${HOSTILE}`,
  registry: `reg${HOSTILE}`,
  mirror: [{ source: `src${HOSTILE.replace(/[\s=]/g, '_')}` }],
  platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
  runnerTags: { 'linux/arm/v7': ['arm32'] },
});

describe.each(SHELLS)('job scripts under %s', (shell) => {
  it('buildx: every flag reaches docker buildx build literally; nothing is executed', () => {
    const o = hostileOptions('buildx');
    const doc = generatePipeline(o);
    const r = run(doc.jobs['image-build'], shell);
    expect(existsSync(r.canary)).toBe(false);
    const [build] = calls(r, 'docker', 'buildx').filter((c) => c.argv[1] === 'build');
    const cache = `cache${HOSTILE_NL}`.replace(/"/g, '""');
    expect(build?.argv).toEqual([
      'buildx',
      'build',
      '--platform=linux/amd64,linux/arm64,linux/arm/v7',
      `--file=df ${HOSTILE_NL}`,
      '--push',
      `--tag=${lc(o.image)}:t1${HOSTILE}`,
      `--tag=${lc(o.image)}:latest`,
      `--build-arg=MSG=${HOSTILE}`,
      '--build-arg=EMPTY=',
      '--build-arg=EQ=a=b',
      `--cache-from=type=registry,"ref=${cache}"`,
      `--cache-to=type=registry,"ref=${cache}",mode=max`,
      '--provenance=false',
      '--sbom=false',
      '--',
      `ctx ${HOSTILE_NL}`,
    ]);
    // binfmt for the foreign platforms only (the stub daemon is amd64)
    const binfmt = calls(r, 'docker', 'run')[0];
    expect(binfmt?.argv.slice(-2)).toEqual(['--install', 'arm64,arm']);
    const login = calls(r, 'docker', 'login')[0];
    expect(login?.argv).toEqual(['login', '--username=gitlab-ci-token', '--password-stdin', '--', `reg${HOSTILE}`]);
    expect(login?.stdin).toBe('pa$$w"rd\'x');
    expect(calls(r, 'docker', 'buildx').some((c) => c[`argv`].join(' ') === `buildx imagetools inspect ${lc(o.image)}:t1${HOSTILE}`)).toBe(true);
  });

  it('native: one job per platform pushes <image>:<prefix>-<arch> with its own cache; merge lists them', () => {
    const o = hostileOptions('native');
    const doc = generatePipeline(o);
    for (const slug of ['linux-amd64', 'linux-arm64', 'linux-arm-v7']) {
      const r = run(doc.jobs[`image-build-${slug}`], shell);
      expect(existsSync(r.canary)).toBe(false);
      const build = calls(r, 'docker', 'buildx').find((c) => c.argv[1] === 'build');
      expect(build?.argv).toContain(`--tag=${lc(o.image)}:sha${HOSTILE}-${slug}`);
      expect(build?.argv).toContain(`--cache-to=type=registry,"ref=${`cache${HOSTILE_NL}`.replace(/"/g, '""')}-${slug}",mode=max`);
      expect(calls(r, 'docker', 'run')).toEqual([]);
    }
    const m = run(doc.jobs['image-merge'], shell);
    const create = calls(m, 'docker', 'buildx')[0];
    expect(create?.argv).toEqual([
      'buildx',
      'imagetools',
      'create',
      `--tag=${lc(o.image)}:t1${HOSTILE}`,
      `--tag=${lc(o.image)}:latest`,
      `${lc(o.image)}:sha${HOSTILE}-linux-amd64`,
      `${lc(o.image)}:sha${HOSTILE}-linux-arm64`,
      `${lc(o.image)}:sha${HOSTILE}-linux-arm-v7`,
    ]);
    expect(existsSync(m.canary)).toBe(false);
  });

  it('kaniko: exact executor arguments per platform, one cache repo per architecture', () => {
    const o = hostileOptions('kaniko');
    const doc = generatePipeline(o);
    const repos = new Set<string>();
    for (const [slug, platform] of [
      ['linux-amd64', 'linux/amd64'],
      ['linux-arm64', 'linux/arm64'],
      ['linux-arm-v7', 'linux/arm/v7'],
    ] as const) {
      const r = run(doc.jobs[`image-build-${slug}`], shell);
      expect(existsSync(r.canary)).toBe(false);
      const [exec] = calls(r, 'executor');
      const project = exec?.cwd as string;
      expect(exec?.argv).toEqual([
        `--context=${project}/ctx ${HOSTILE_NL}`,
        `--dockerfile=${project}/df ${HOSTILE_NL}`,
        `--destination=${lc(o.image)}:sha${HOSTILE}-${slug}`,
        `--custom-platform=${platform}`,
        `--build-arg=MSG=${HOSTILE}`,
        '--build-arg=EMPTY=',
        '--build-arg=EQ=a=b',
        '--cache=true',
        `--cache-repo=cache${HOSTILE_NL}-${slug}`,
      ]);
      repos.add(exec?.argv.find((a) => a.startsWith('--cache-repo=')) as string);
      // credentials for the registry, from the CI variables
      const auth = exec?.dockerConfig?.auths[`reg${HOSTILE}`]?.auth as string;
      expect(Buffer.from(auth, 'base64').toString()).toBe('gitlab-ci-token:pa$$w"rd\'x');
    }
    expect(repos.size).toBe(3);
    const m = run(doc.jobs['image-merge'], shell);
    const [mt] = calls(m, 'manifest-tool');
    expect(mt?.argv.slice(1)).toEqual(['push', 'from-spec', `${mt?.cwd}/genci-manifest-spec.yaml`]);
    expect(mt?.argv[0]).toMatch(/^--docker-cfg=/);
    expect(JSON.parse(mt?.spec as string)).toEqual({
      image: `${lc(o.image)}:t1${HOSTILE}`,
      tags: ['latest'],
      manifests: [
        { image: `${lc(o.image)}:sha${HOSTILE}-linux-amd64`, platform: { os: 'linux', architecture: 'amd64' } },
        { image: `${lc(o.image)}:sha${HOSTILE}-linux-arm64`, platform: { os: 'linux', architecture: 'arm64' } },
        { image: `${lc(o.image)}:sha${HOSTILE}-linux-arm-v7`, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
      ],
    });
  });

  it('buildah: build --platform --manifest, then manifest push --all per tag', () => {
    const o = { ...hostileOptions('buildah'), cache: true, tlsVerify: false };
    const r = run(generatePipeline(o).jobs['image-build'], shell);
    expect(existsSync(r.canary)).toBe(false);
    const b = calls(r, 'buildah');
    expect(b[0]?.argv).toEqual(['login', '--username=gitlab-ci-token', '--password-stdin', '--tls-verify=false', '--', `reg${HOSTILE}`]);
    expect(b[1]?.argv).toEqual([
      'build',
      '--platform=linux/amd64,linux/arm64,linux/arm/v7',
      '--manifest=localhost/genci-list-7-42',
      `--file=df ${HOSTILE_NL}`,
      '--tls-verify=false',
      `--build-arg=MSG=${HOSTILE}`,
      '--build-arg=EMPTY=',
      '--build-arg=EQ=a=b',
      '--layers',
      `--cache-from=cache${HOSTILE_NL}`,
      `--cache-to=cache${HOSTILE_NL}`,
      '--',
      `ctx ${HOSTILE_NL}`,
    ]);
    expect(b.slice(2, 4).map((c) => c.argv)).toEqual([
      ['manifest', 'push', '--all', '--tls-verify=false', 'localhost/genci-list-7-42', `docker://${lc(o.image)}:t1${HOSTILE}`],
      ['manifest', 'push', '--all', '--tls-verify=false', 'localhost/genci-list-7-42', `docker://${lc(o.image)}:latest`],
    ]);
  });

  it('buildkit: buildctl-daemonless.sh gets the frontend, platforms, CSV-quoted names and cache', () => {
    const o = { ...hostileOptions('buildkit'), attestations: true, dockerfile: 'sub dir/Dockerfile.x' };
    const r = run(generatePipeline(o).jobs['image-build'], shell);
    expect(existsSync(r.canary)).toBe(false);
    const [b] = calls(r, 'buildctl-daemonless.sh');
    const project = b?.cwd as string;
    const q = (s: string) => s.replace(/"/g, '""');
    expect(b?.argv).toEqual([
      'build',
      '--frontend=dockerfile.v0',
      `--local=context=${project}/ctx ${HOSTILE_NL}`,
      `--local=dockerfile=${project}/sub dir`,
      '--opt=filename=Dockerfile.x',
      '--opt=platform=linux/amd64,linux/arm64,linux/arm/v7',
      `--opt=build-arg:MSG=${HOSTILE}`,
      '--opt=build-arg:EMPTY=',
      '--opt=build-arg:EQ=a=b',
      `--export-cache=type=registry,"ref=${q(`cache${HOSTILE_NL}`)}",mode=max`,
      `--import-cache=type=registry,"ref=${q(`cache${HOSTILE_NL}`)}"`,
      '--opt=attest:provenance=mode=max',
      '--opt=attest:sbom=',
      `--output=type=image,"name=${q(`${lc(o.image)}:t1${HOSTILE},${lc(o.image)}:latest`)}",push=true`,
    ]);
  });

  it('mirror: skopeo copy --multi-arch=all of each entry', () => {
    const o: GitlabOptions = {
      mode: 'buildx',
      image: 'reg.example/app',
      registry: '',
      mirror: [{ source: 'docker.io/library/alpine:3.20' }, { source: `quay.io/x/y:1`, destination: `reg.example/m/y:1${HOSTILE.replace(/[\s=]/g, '_')}` }],
    };
    const r = run(generatePipeline(o).jobs['image-mirror'], shell);
    expect(existsSync(r.canary)).toBe(false);
    expect(calls(r, 'skopeo').map((c) => c.argv)).toEqual([
      [
        'copy',
        '--multi-arch=all',
        '--retry-times=3',
        '--src-tls-verify=true',
        '--dest-tls-verify=true',
        'docker://docker.io/library/alpine:3.20',
        'docker://reg.example/app/mirror/alpine:3.20',
      ],
      [
        'copy',
        '--multi-arch=all',
        '--retry-times=3',
        '--src-tls-verify=true',
        '--dest-tls-verify=true',
        'docker://quay.io/x/y:1',
        `docker://reg.example/m/y:1${HOSTILE.replace(/[\s=]/g, '_')}`,
      ],
    ]);
  });
});

describe('GitLab variable expansion', () => {
  it('expandVariables lets $CI_* references through; without it they stay literal', () => {
    const lit = run(generatePipeline({ mode: 'buildkit', image: '$CI_REGISTRY_IMAGE/app', registry: '' }).jobs['image-build']);
    expect(calls(lit, 'buildctl-daemonless.sh')[0]?.argv.at(-1)).toBe('--output=type=image,"name=$ci_registry_image/app:sha-0123456,$ci_registry_image/app:latest",push=true');
    const exp = run(generatePipeline({ mode: 'buildkit', image: '$CI_REGISTRY_IMAGE/app', registry: '', expandVariables: true }).jobs['image-build']);
    expect(calls(exp, 'buildctl-daemonless.sh')[0]?.argv.at(-1)).toBe(
      '--output=type=image,"name=registry.example.com/group/project/app:sha-0123456,registry.example.com/group/project/app:latest",push=true',
    );
  });

  it('defaults come from the CI variables: $CI_REGISTRY_IMAGE:$CI_COMMIT_REF_SLUG, per-arch tags with the commit SHA', () => {
    const doc = generatePipeline({ mode: 'kaniko' });
    const r = run(doc.jobs['image-build-linux-arm64']);
    expect(calls(r, 'executor')[0]?.argv).toContain('--destination=registry.example.com/group/project:0123456789abcdef0123456789abcdef01234567-linux-arm64');
    expect(calls(r, 'executor')[0]?.argv).toContain('--cache-repo=registry.example.com/group/project/cache-linux-arm64');
  });
});

describe('the tag policy in every mode (tags.ts): a tag v1.2.3, a merge request', () => {
  const TAG = { CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_BRANCH: '', CI_COMMIT_REF_NAME: 'v1.2.3' };
  const MR = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7', CI_COMMIT_BRANCH: '', CI_COMMIT_REF_NAME: 'feature' };
  const IMG = 'registry.example.com/group/project';
  const jobRun = (job: Job | undefined, ci: Record<string, string>) => {
    if (!job) throw new Error('no such job');
    const r = runJob(job, { shell: 'dash', ci });
    runs.push(r);
    if (r.code !== 0) throw new Error(`job failed (${r.code}): ${r.stderr}`);
    return r;
  };

  it('buildx: v1.2.3 pushes 1.2.3, 1.2, 1 and latest; a merge request builds without --push, cache-to or tags pushed', () => {
    const doc = generatePipeline({ mode: 'buildx', image: 'Reg.Example/Owner/App', cache: true });
    const tag = calls(jobRun(doc.jobs['image-build'], TAG), 'docker', 'buildx').find((c) => c.argv[1] === 'build');
    expect(tag?.argv.filter((a) => a.startsWith('--tag=') || a === '--push')).toEqual([
      '--push',
      '--tag=reg.example/owner/app:1.2.3',
      '--tag=reg.example/owner/app:1.2',
      '--tag=reg.example/owner/app:1',
      '--tag=reg.example/owner/app:latest',
    ]);
    const mr = jobRun(doc.jobs['image-build'], MR);
    const build = calls(mr, 'docker', 'buildx').find((c) => c.argv[1] === 'build');
    expect(build?.argv).not.toContain('--push');
    expect(build?.argv.some((a) => a.startsWith('--cache-to='))).toBe(false);
    expect(build?.argv.some((a) => a.startsWith('--cache-from='))).toBe(true);
    expect(calls(mr, 'docker', 'buildx').some((c) => c.argv[1] === 'imagetools')).toBe(false);
    expect(mr.stdout).toMatch(/not pushing \(a merge request/);
  });

  it('buildkit: a merge request gets no --output and no --export-cache', () => {
    const doc = generatePipeline({ mode: 'buildkit', cache: true });
    const [tag] = calls(jobRun(doc.jobs['image-build'], TAG), 'buildctl-daemonless.sh');
    expect(tag?.argv.at(-1)).toBe(`--output=type=image,"name=${IMG}:1.2.3,${IMG}:1.2,${IMG}:1,${IMG}:latest",push=true`);
    const [mr] = calls(jobRun(doc.jobs['image-build'], MR), 'buildctl-daemonless.sh');
    expect(mr?.argv.some((a) => a.startsWith('--output=') || a.startsWith('--export-cache='))).toBe(false);
  });

  it('buildah: a merge request pushes no manifest and writes no cache', () => {
    const doc = generatePipeline({ mode: 'buildah', cache: true });
    const tag = calls(jobRun(doc.jobs['image-build'], TAG), 'buildah').filter((c) => c.argv[0] === 'manifest' && c.argv[1] === 'push');
    expect(tag.map((c) => c.argv.at(-1))).toEqual(['1.2.3', '1.2', '1', 'latest'].map((t) => `docker://${IMG}:${t}`));
    const mr = calls(jobRun(doc.jobs['image-build'], MR), 'buildah');
    expect(mr.some((c) => c.argv[1] === 'push' || c.argv[0] === 'push')).toBe(false);
    expect(mr.find((c) => c.argv[0] === 'build')?.argv.some((a) => a.startsWith('--cache-to='))).toBe(false);
  });

  it('per-arch jobs (native, kaniko, buildah native) push nothing for a merge request; the jobs that tag the index do not run for one', () => {
    const native = generatePipeline({ mode: 'native' });
    const build = calls(jobRun(native.jobs['image-build-linux-arm64'], MR), 'docker', 'buildx').find((c) => c.argv[1] === 'build');
    expect(build?.argv).not.toContain('--push');
    const kaniko = generatePipeline({ mode: 'kaniko' });
    expect(calls(jobRun(kaniko.jobs['image-build-linux-arm64'], MR), 'executor')[0]?.argv.slice(-2)).toEqual(['--no-push', '--no-push-cache']);
    const buildah = generatePipeline({ mode: 'buildah', buildahStrategy: 'native' });
    expect(calls(jobRun(buildah.jobs['image-build-linux-arm64'], MR), 'buildah').some((c) => c.argv[0] === 'push')).toBe(false);
    for (const doc of [native, kaniko, buildah])
      expect(doc.jobs['image-merge']?.rules?.[0]).toEqual({ if: '$CI_PIPELINE_SOURCE == "merge_request_event"', when: 'never' });
    const merge = calls(jobRun(native.jobs['image-merge'], TAG), 'docker', 'buildx')[0];
    expect(merge?.argv.filter((a) => a.startsWith('--tag='))).toEqual(['1.2.3', '1.2', '1', 'latest'].map((t) => `--tag=${IMG}:${t}`));
  });

  it('a job that tags an index ends successfully, tagging nothing, when no rule applies', () => {
    const r = jobRun(generatePipeline({ mode: 'native' }).jobs['image-merge'], { CI_COMMIT_TAG: 'nightly-build', CI_COMMIT_BRANCH: '' });
    expect(calls(r, 'docker')).toEqual([]);
    expect(r.stdout).toMatch(/no tag to push/);
  });

  it('--tag-rule and --default-branch reach the job; rules: follow', () => {
    const doc = generatePipeline({ mode: 'buildx', tagRules: ['type=ref,event=branch', 'type=sha'], defaultBranch: 'trunk' });
    const job = doc.jobs['image-build'] as Job;
    expect(job.variables?.GENCI_TAG_RULES).toBe('type=ref,event=branch\ntype=sha');
    expect(job.variables?.GENCI_DEFAULT_BRANCH).toBe('trunk');
    expect(job.rules?.map((r) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS',
      '$CI_COMMIT_TAG',
      '$CI_COMMIT_BRANCH == "trunk"',
      '$CI_COMMIT_BRANCH',
    ]);
    const build = calls(jobRun(job, { CI_COMMIT_BRANCH: 'feat/x' }), 'docker', 'buildx').find((c) => c.argv[1] === 'build');
    expect(build?.argv.filter((a) => a.startsWith('--tag='))).toEqual([`--tag=${IMG}:feat-x`, `--tag=${IMG}:sha-0123456`]);
  });
});
