import { type Layout, NOTHING_TO_TAG, perArchJobs, rulesFor, TLS_FLAG, tagArgs } from './common.js';
import type { Job, Need, PipelineDoc } from './model.js';
import { type SettingName, vars, SOURCE_SETTINGS, CACHE_SETTINGS, LOGIN_SETTINGS } from './settings.js';
import { buildArgFlags, eachItem, eachPlatform, FUNCTIONS, HAVE_LOGIN, SMALL_FUNCTIONS } from './shell.js';
import { addSignJob, BUILDAH_DIGESTFILE, BUILDAH_INDEX, BUILDAH_MANIFESTS, recordDigests, withDigests } from './sign.js';
import { PUSH_UNLESS_MERGE_REQUEST, tagScript } from './tags.js';

/**
 * buildah mode: daemonless and rootless-friendly. `emulated`: one job builds every
 * platform into a local manifest list (`buildah build --platform a,b --manifest`) and
 * pushes it with `buildah manifest push --all`. `native`: one job per platform on a
 * runner of that architecture, then a manifest job (the layout GitLab's docs recommend).
 */
export const BUILDAH_SETTINGS: SettingName[] = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];

export const BUILDAH_ARCH_SETTINGS: SettingName[] = ['image', 'archTagPrefix', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, ...LOGIN_SETTINGS];

export const BUILDAH_MANIFEST_SETTINGS: SettingName[] = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', 'archTagPrefix', ...LOGIN_SETTINGS];

/** Storage and isolation that work in an unprivileged container. */
const BUILDAH_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', BUILDAH_FORMAT: 'oci' };

export const BUILDAH_LOGIN = [
  TLS_FLAG,
  `if ${HAVE_LOGIN}; then`,
  '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | buildah login "--username=$GENCI_REGISTRY_USER" --password-stdin "$genci_tls" -- "$GENCI_REGISTRY"',
  'fi',
].join('\n');

function cacheFlags(suffix: string): string {
  return [
    'if [ "$GENCI_CACHE" = true ]; then',
    `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE/buildcache}${suffix}`,
    '  set -- "$@" --layers "--cache-from=$genci_cache"',
    '  if [ "$genci_push" = true ]; then set -- "$@" "--cache-to=$genci_cache"; fi',
    'fi',
  ].join('\n');
}

export const BUILDAH_BUILD = [
  'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
  'set -- "--platform=$GENCI_PLATFORMS" "--manifest=$genci_list" "--file=$genci_dockerfile" "$genci_tls"',
  buildArgFlags('--build-arg='),
  cacheFlags(''),
  'buildah build "$@" -- "$GENCI_CONTEXT"',
  'set --',
  tagArgs(''),
  'if [ "$genci_push" = true ]; then',
  '  for genci_ref in "$@"; do',
  `    if [ "\${GENCI_SIGN:-none}" != none ]; then buildah manifest push --all "--digestfile=${BUILDAH_DIGESTFILE}" "$genci_tls" "$genci_list" "docker://$genci_ref"; else`,
  '      buildah manifest push --all "$genci_tls" "$genci_list" "docker://$genci_ref"',
  '    fi',
  '  done',
  'fi',
  'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');

export const BUILDAH_ARCH_BUILD = [
  'genci_slug=$(genci_arch_slug "$GENCI_PLATFORM")',
  'genci_local=localhost/genci-$CI_PIPELINE_ID-$CI_JOB_ID',
  'set -- "--platform=$GENCI_PLATFORM" "--tag=$genci_local" "--file=$genci_dockerfile" "$genci_tls"',
  buildArgFlags('--build-arg='),
  cacheFlags('-$genci_slug'),
  'buildah build "$@" -- "$GENCI_CONTEXT"',
  'if [ "$genci_push" = true ]; then buildah push "$genci_tls" "$genci_local" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"; fi',
  'buildah rmi "$genci_local" >/dev/null || true',
].join('\n');

export const BUILDAH_MANIFEST = [
  'genci_list=localhost/genci-list-$CI_PIPELINE_ID-$CI_JOB_ID',
  'buildah manifest create "$genci_list"',
  eachPlatform('buildah manifest add "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$GENCI_ARCH_TAG_PREFIX-$genci_slug"'),
  eachItem(
    'GENCI_TAGS',
    [
      `if [ "\${GENCI_SIGN:-none}" != none ]; then buildah manifest push --all "--digestfile=${BUILDAH_DIGESTFILE}" "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$genci_item"; else`,
      '  buildah manifest push --all "$genci_tls" "$genci_list" "docker://$GENCI_IMAGE:$genci_item"',
      'fi',
    ].join('\n'),
    { commas: true },
  ),
  'buildah manifest rm "$genci_list" >/dev/null || true',
].join('\n');

export function buildahDoc(l: Layout, strategy: 'emulated' | 'native'): PipelineDoc {
  const image = l.src.tool('buildah');
  if (strategy === 'emulated') {
    const job: Job = {
      stage: l.stage,
      image,
      tags: l.jobTags,
      rules: rulesFor(l),
      variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_SETTINGS) },
      script: [FUNCTIONS, tagScript(), BUILDAH_LOGIN, BUILDAH_BUILD],
    };
    const name = `${l.prefix}-build`;
    return addSignJob(l, { jobs: { [name]: withDigests(l, job, recordDigests(BUILDAH_INDEX, BUILDAH_MANIFESTS), 2) } }, name);
  }
  const { jobs, needs } = perArchJobs(l, (extra) => ({
    stage: l.stage,
    image,
    variables: { ...extra, ...BUILDAH_ENV, ...vars(l.src, BUILDAH_ARCH_SETTINGS) },
    script: [FUNCTIONS, PUSH_UNLESS_MERGE_REQUEST, BUILDAH_LOGIN, BUILDAH_ARCH_BUILD],
  }));
  return addSignJob(l, { jobs: { ...jobs, [`${l.prefix}-merge`]: buildahManifestJob(l, needs) } }, `${l.prefix}-merge`);
}

export function buildahManifestJob(l: Layout, needs: Need[] | string): Job {
  return withDigests(l, {
    stage: l.mergeStage,
    image: l.src.tool('buildah'),
    tags: l.jobTags,
    needs,
    rules: rulesFor(l, true),
    variables: { ...BUILDAH_ENV, ...vars(l.src, BUILDAH_MANIFEST_SETTINGS) },
    script: [SMALL_FUNCTIONS, tagScript(), NOTHING_TO_TAG, BUILDAH_LOGIN, BUILDAH_MANIFEST],
  }, recordDigests(BUILDAH_INDEX, BUILDAH_MANIFESTS), 2);
}
