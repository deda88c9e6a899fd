import { formatPlatform, platformSlug } from '../core/platform.js';
import type { Job, Need, VariableValue } from './model.js';
import type { ResolvedOptions, SignMode } from './options.js';
import type { Source } from './settings.js';
import { eachItem, HAVE_LOGIN } from './shell.js';
import { type JobRule, jobRules } from './tags.js';

/** How the generator lays jobs out: names, stages, runner tags, per-arch fan-out. */
export interface Layout {
  src: Source;
  /** job names: `<prefix>-build`, `<prefix>-merge`, `<prefix>-mirror` */
  prefix: string;
  stage: string;
  mergeStage: string;
  /** runner tags of single jobs */
  jobTags: string[] | string | undefined;
  /** one entry per per-arch job (inline), or one matrix job (component) */
  perArch: PerArch;
  /** MTU for the dind service, if any */
  dindMtu: string | undefined;
  /** the tag rules tag other branches too: the jobs run for every branch */
  otherBranches: boolean;
  /** the sign job: a mode (inline pipelines) or `input` (components: the `sign` input decides at run time) */
  sign: SignMode | 'input';
}

/** A job's `rules:` (tags.ts jobRules); `merge`: the job that tags the index, skipped for merge requests. */
export function rulesFor(l: Layout, merge = false): JobRule[] {
  const defaultBranch = l.src.defaultBranch();
  return jobRules({
    component: l.src.kind === 'component',
    otherBranches: l.otherBranches,
    merge,
    ...(defaultBranch ? { defaultBranch } : {}),
  });
}

export type PerArch = { kind: 'jobs'; jobs: { slug: string; platform: string; tags: string[] }[] } | { kind: 'matrix'; matrix: string };

export function inlineLayout(o: ResolvedOptions, src: Source): Layout {
  return {
    src,
    prefix: o.jobPrefix,
    stage: o.stage,
    mergeStage: o.mergeStage,
    jobTags: o.jobTags,
    perArch: {
      kind: 'jobs',
      jobs: o.platforms.map((p) => {
        const platform = formatPlatform(p);
        return { slug: platformSlug(p), platform, tags: o.runnerTags.get(platform) ?? [] };
      }),
    },
    dindMtu: o.dindMtu === undefined ? undefined : String(o.dindMtu),
    otherBranches: o.otherBranches,
    sign: o.sign,
  };
}

export function buildJobName(l: Layout, slug?: string): string {
  return slug ? `${l.prefix}-build-${slug}` : `${l.prefix}-build`;
}

/**
 * Per-arch jobs: for inline pipelines one job per platform with that platform's runner
 * tags; for components one job with `parallel: matrix:` (GENCI_PLATFORM, GENCI_RUNNER_TAG).
 */
export function perArchJobs(l: Layout, make: (vars: Record<string, VariableValue>) => Job): { jobs: Record<string, Job>; needs: Need[] } {
  const jobs: Record<string, Job> = {};
  if (l.perArch.kind === 'matrix') {
    const name = buildJobName(l);
    jobs[name] = { ...make({}), tags: ['$GENCI_RUNNER_TAG'], parallel: { matrix: l.perArch.matrix }, rules: rulesFor(l) };
    return { jobs, needs: [name] };
  }
  for (const j of l.perArch.jobs) {
    const job = make({ GENCI_PLATFORM: j.platform });
    jobs[buildJobName(l, j.slug)] = { ...job, tags: j.tags.length ? j.tags : undefined, rules: rulesFor(l) };
  }
  return { jobs, needs: Object.keys(jobs) };
}

/** The Docker-in-Docker part of a job (GitLab's documented TLS setup). */
export function dind(l: Layout): Pick<Job, 'image' | 'services'> & { variables: Record<string, VariableValue> } {
  return {
    image: l.src.tool('docker'),
    services: [{ name: l.src.tool('dind'), alias: 'docker', ...(l.dindMtu ? { command: [`--mtu=${l.dindMtu}`] } : {}) }],
    variables: {
      DOCKER_HOST: 'tcp://docker:2376',
      DOCKER_TLS_CERTDIR: '/certs',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/certs/client',
    },
  };
}

/** Wait for the Docker daemon (the dind service takes a few seconds to start). */
export const WAIT_FOR_DOCKER = [
  'genci_i=0',
  'until docker info >/dev/null 2>&1; do',
  '  genci_i=$((genci_i + 1))',
  '  if [ "$genci_i" -ge 30 ]; then echo "gen-ci: no Docker daemon at ${DOCKER_HOST:-the default socket}" >&2; docker info; exit 1; fi',
  '  sleep 1',
  'done',
].join('\n');

/** docker login with --password-stdin (needs the daemon). */
export const DOCKER_LOGIN = [
  `if ${HAVE_LOGIN}; then`,
  '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | docker login "--username=$GENCI_REGISTRY_USER" --password-stdin -- "$GENCI_REGISTRY"',
  'fi',
].join('\n');

/** Tags as `<flag><image>:<tag>` arguments; remembers the first reference in genci_first. */
export function tagArgs(flag: string): string {
  return [
    'genci_first=',
    eachItem('GENCI_TAGS', [`set -- "$@" "${flag}$GENCI_IMAGE:$genci_item"`, 'genci_first=${genci_first:-$GENCI_IMAGE:$genci_item}'].join('\n'), {
      commas: true,
    }),
  ].join('\n');
}

/** After the tag script in a job that tags an index: nothing to tag (no rule applied) ends it, successfully. */
export const NOTHING_TO_TAG = 'if [ "$genci_push" != true ]; then echo "gen-ci: no tag to push: the index is not made"; exit 0; fi';

/** GENCI_TLS_VERIFY as a --tls-verify flag (buildah, skopeo). */
export const TLS_FLAG = 'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=--tls-verify=false; else genci_tls=--tls-verify=true; fi';
