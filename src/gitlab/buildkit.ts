import { type Layout, rulesFor } from './common.js';
import type { Job, PipelineDoc } from './model.js';
import { type SettingName, vars, SOURCE_SETTINGS, CACHE_SETTINGS, LOGIN_SETTINGS } from './settings.js';
import { buildArgFlags, CSV_FUNCTION, eachItem, FUNCTIONS, WRITE_DOCKER_CONFIG } from './shell.js';
import { tagScript } from './tags.js';

/**
 * buildkit mode: rootless BuildKit (`moby/buildkit:…-rootless`) driven by
 * `buildctl-daemonless.sh`, GitLab's documented successor to Kaniko. One job builds every
 * platform (QEMU binfmt must be registered on the runner host for foreign RUN steps).
 */
export const BUILDKIT_SETTINGS: SettingName[] = ['image', 'tags', 'tagRules', 'defaultBranch', 'platforms', ...SOURCE_SETTINGS, ...CACHE_SETTINGS, 'attestations', ...LOGIN_SETTINGS];

export const BUILDCTL_BUILD = [
  'genci_config=${DOCKER_CONFIG:-$HOME/.docker}/config.json',
  WRITE_DOCKER_CONFIG,
  'case "$genci_dockerfile_abs" in */*) genci_df_dir=${genci_dockerfile_abs%/*} ;; *) genci_df_dir=. ;; esac',
  'genci_df_name=${genci_dockerfile_abs##*/}',
  'set -- build --frontend=dockerfile.v0 "--local=context=$genci_context_abs" "--local=dockerfile=$genci_df_dir" "--opt=filename=$genci_df_name" "--opt=platform=$GENCI_PLATFORMS"',
  buildArgFlags('--opt=build-arg:'),
  'genci_insecure=',
  'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_insecure=,registry.insecure=true; fi',
  'if [ "$GENCI_CACHE" = true ]; then',
  '  genci_cache=${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}',
  '  if [ "$genci_push" = true ]; then set -- "$@" "--export-cache=type=registry,$(genci_csv "ref=$genci_cache"),mode=max$genci_insecure"; fi',
  '  set -- "$@" "--import-cache=type=registry,$(genci_csv "ref=$genci_cache")$genci_insecure"',
  'fi',
  'if [ "$GENCI_ATTESTATIONS" = true ]; then',
  '  set -- "$@" --opt=attest:provenance=mode=max --opt=attest:sbom=',
  'fi',
  'if [ "$genci_push" = true ]; then',
  '  genci_names=',
  eachItem('GENCI_TAGS', 'genci_names=${genci_names:+$genci_names,}$GENCI_IMAGE:$genci_item', { commas: true }),
  '  set -- "$@" "--output=type=image,$(genci_csv "name=$genci_names"),push=true$genci_insecure"',
  'fi',
  'buildctl-daemonless.sh "$@"',
].join('\n');

export function buildkitDoc(l: Layout): PipelineDoc {
  const job: Job = {
    stage: l.stage,
    image: { name: l.src.tool('buildkitRootless'), entrypoint: [''] },
    tags: l.jobTags,
    rules: rulesFor(l),
    variables: { BUILDKITD_FLAGS: '--oci-worker-no-process-sandbox', ...vars(l.src, BUILDKIT_SETTINGS) },
    script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, tagScript(), BUILDCTL_BUILD],
  };
  return { jobs: { [`${l.prefix}-build`]: job } };
}
