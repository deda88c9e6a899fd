import { BUILDER, commonBuildFlags } from './buildx.js';
import { DOCKER_LOGIN, dind, type Layout, NOTHING_TO_TAG, perArchJobs, rulesFor, tagArgs, WAIT_FOR_DOCKER } from './common.js';
import type { Job, Need, PipelineDoc } from './model.js';
import { type SettingName, vars, SOURCE_SETTINGS, CACHE_SETTINGS, LOGIN_SETTINGS } from './settings.js';
import { CSV_FUNCTION, eachPlatform, FUNCTIONS, SMALL_FUNCTIONS, WRITE_DOCKER_CONFIG } from './shell.js';
import { addSignJob, DOCKER_MANIFESTS, IMAGETOOLS_INDEX, recordDigests, withDigests } from './sign.js';
import { PUSH_UNLESS_MERGE_REQUEST, tagScript } from './tags.js';

/**
 * native mode: one build job per platform on a runner of that architecture (no
 * emulation), each pushing `<image>:<prefix>-<arch>`, then a merge job that
 * writes the index with `docker buildx imagetools create`. `needs:` makes the merge
 * wait for the builds only.
 */
export const NATIVE_BUILD_SETTINGS: SettingName[] = [
  'image',
  'archTagPrefix',
  ...SOURCE_SETTINGS,
  ...CACHE_SETTINGS,
  'attestations',
  ...LOGIN_SETTINGS,
  'builderDriver',
  'buildkitImage',
];

export const MERGE_SETTINGS: SettingName[] = [
  'image',
  'tags',
  'tagRules',
  'defaultBranch',
  'platforms',
  'archTagPrefix',
  'registry',
  'registryUser',
  'registryPassword',
];

export const NATIVE_BUILD = [
  'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
  'set -- "--platform=$GENCI_PLATFORM" "--file=$genci_dockerfile"',
  'if [ "$genci_push" = true ]; then set -- "$@" --push; fi',
  'set -- "$@" "--tag=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"',
  commonBuildFlags('-$genci_slug'),
  'docker buildx build "$@" -- "$GENCI_CONTEXT"',
].join('\n');

/** Index from the per-arch images: needs no daemon; credentials go straight into config.json. */
export const IMAGETOOLS_MERGE = [
  'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
  WRITE_DOCKER_CONFIG,
  'set --',
  tagArgs('--tag='),
  eachPlatform('set -- "$@" "$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
  'docker buildx imagetools create "$@"',
  'docker buildx imagetools inspect "$genci_first"',
].join('\n');

export function mergeJob(l: Layout, needs?: Need[] | string): Job {
  return withDigests(
    l,
    {
      stage: l.mergeStage,
      image: l.src.tool('docker'),
      tags: l.jobTags,
      needs,
      rules: rulesFor(l, true),
      variables: vars(l.src, MERGE_SETTINGS),
      script: [SMALL_FUNCTIONS, tagScript(), NOTHING_TO_TAG, IMAGETOOLS_MERGE],
    },
    recordDigests(IMAGETOOLS_INDEX, DOCKER_MANIFESTS),
    2,
  );
}

export function nativeDoc(l: Layout): PipelineDoc {
  const d = dind(l);
  const { jobs, needs } = perArchJobs(l, (extra) => ({
    stage: l.stage,
    ...d,
    variables: { ...extra, ...d.variables, ...vars(l.src, NATIVE_BUILD_SETTINGS) },
    script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, PUSH_UNLESS_MERGE_REQUEST, WAIT_FOR_DOCKER, BUILDER, DOCKER_LOGIN, NATIVE_BUILD],
  }));
  return addSignJob(l, { jobs: { ...jobs, [`${l.prefix}-merge`]: mergeJob(l, needs) } }, `${l.prefix}-merge`);
}
