import { type Layout, NOTHING_TO_TAG, perArchJobs, rulesFor } from './common.js';
import type { Job, Need, PipelineDoc } from './model.js';
import { type SettingName, vars, SOURCE_SETTINGS, CACHE_SETTINGS, LOGIN_SETTINGS } from './settings.js';
import { buildArgFlags, eachItem, eachPlatform, FUNCTIONS, SMALL_FUNCTIONS, WRITE_DOCKER_CONFIG } from './shell.js';
import { addSignJob, MANIFEST_TOOL_INDEX, MANIFEST_TOOL_MANIFESTS, MANIFEST_TOOL_OUT, recordDigests, withDigests } from './sign.js';
import { PUSH_UNLESS_MERGE_REQUEST, tagScript } from './tags.js';

/**
 * kaniko mode: one Kaniko job per platform (the `-debug` image, which has a shell, with
 * `entrypoint: [""]`), each pushing `<image>:<prefix>-<arch>` with its own cache repo
 * (Kaniko's layer cache ignores the platform: a shared repo would hand amd64 layers to
 * arm64 builds), then a manifest-tool job that pushes the index from a generated spec.
 * Kaniko was archived by Google in June 2025; the image is an input.
 */
export const KANIKO_BUILD_SETTINGS: SettingName[] = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];

export const MANIFEST_TOOL_SETTINGS: SettingName[] = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];

export const KANIKO_BUILD = [
  'genci_config=${DOCKER_CONFIG:-/kaniko/.docker}/config.json',
  WRITE_DOCKER_CONFIG,
  'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
  'set -- "--context=$genci_context_abs" "--dockerfile=$genci_dockerfile_abs" "--destination=$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug" "--custom-platform=$GENCI_PLATFORM"',
  buildArgFlags('--build-arg='),
  'if [ "$GENCI_CACHE" = true ]; then',
  '  set -- "$@" --cache=true "--cache-repo=${GENCI_CACHE_REF:-$GENCI_IMAGE/cache}-$genci_slug"',
  'fi',
  'if [ "$GENCI_TLS_VERIFY" = false ]; then',
  '  set -- "$@" --insecure --insecure-pull --skip-tls-verify --skip-tls-verify-pull',
  'fi',
  'if [ "$genci_push" != true ]; then set -- "$@" --no-push --no-push-cache; fi',
  'genci_executor=/kaniko/executor',
  'if [ ! -x "$genci_executor" ]; then genci_executor=executor; fi',
  '"$genci_executor" "$@"',
].join('\n');

/** The manifest-tool spec (JSON, which is YAML) from the tags and platforms, then `push from-spec`. */
export const MANIFEST_TOOL_PUSH = [
  'genci_dir=${TMPDIR:-/tmp}/genci-manifest-tool-$CI_JOB_ID',
  'genci_config=$genci_dir/config.json',
  WRITE_DOCKER_CONFIG,
  'genci_spec=$CI_PROJECT_DIR/genci-manifest-spec.yaml',
  'genci_target=',
  'genci_more=',
  eachItem(
    'GENCI_TAGS',
    [
      'if [ -z "$genci_target" ]; then',
      '  genci_target=$GENCI_IMAGE:$genci_item',
      'else',
      '  genci_more="${genci_more:+$genci_more, }\\"$(genci_json "$genci_item")\\""',
      'fi',
    ].join('\n'),
    { commas: true },
  ),
  'genci_manifests=',
  eachPlatform(
    [
      'genci_os=$(printf \'%s\' "$genci_platform" | cut -d/ -f1)',
      'genci_arch=$(printf \'%s\' "$genci_platform" | cut -d/ -f2)',
      'genci_variant=$(printf \'%s\' "$genci_platform" | cut -d/ -f3)',
      'genci_p="\\"os\\": \\"$genci_os\\", \\"architecture\\": \\"$genci_arch\\""',
      'if [ -n "$genci_variant" ]; then genci_p="$genci_p, \\"variant\\": \\"$genci_variant\\""; fi',
      'genci_m="{\\"image\\": \\"$(genci_json "$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug")\\", \\"platform\\": {$genci_p}}"',
      'genci_manifests="${genci_manifests:+$genci_manifests, }$genci_m"',
    ].join('\n'),
  ),
  '{',
  '  printf \'{\\n  "image": "%s",\\n  "tags": [%s],\\n\' "$(genci_json "$genci_target")" "$genci_more"',
  '  printf \'  "manifests": [%s]\\n}\\n\' "$genci_manifests"',
  '} >"$genci_spec"',
  'cat "$genci_spec"',
  'set -- "--docker-cfg=$genci_dir"',
  'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --insecure; fi',
  // stdout kept for the digest it reports (sign); shown either way, the exit status kept
  `if manifest-tool "$@" push from-spec "$genci_spec" >"${MANIFEST_TOOL_OUT}"; then cat "${MANIFEST_TOOL_OUT}"; else genci_rc=$?; cat "${MANIFEST_TOOL_OUT}"; exit "$genci_rc"; fi`,
].join('\n');

export function manifestToolJob(l: Layout, needs: Need[] | string): Job {
  return withDigests(
    l,
    {
      stage: l.mergeStage,
      image: { name: l.src.tool('manifestTool'), entrypoint: [''] },
      tags: l.jobTags,
      needs,
      rules: rulesFor(l, true),
      variables: vars(l.src, MANIFEST_TOOL_SETTINGS),
      script: [SMALL_FUNCTIONS, tagScript(), NOTHING_TO_TAG, MANIFEST_TOOL_PUSH],
      artifacts: { paths: ['genci-manifest-spec.yaml'], when: 'always' },
    },
    recordDigests(MANIFEST_TOOL_INDEX, MANIFEST_TOOL_MANIFESTS),
    2,
  );
}

export function kanikoDoc(l: Layout): PipelineDoc {
  const { jobs, needs } = perArchJobs(l, (extra) => ({
    stage: l.stage,
    image: { name: l.src.tool('kaniko'), entrypoint: [''] },
    variables: { ...extra, ...vars(l.src, KANIKO_BUILD_SETTINGS) },
    script: [FUNCTIONS, PUSH_UNLESS_MERGE_REQUEST, KANIKO_BUILD],
  }));
  return addSignJob(l, { jobs: { ...jobs, [`${l.prefix}-merge`]: manifestToolJob(l, needs) } }, `${l.prefix}-merge`);
}
