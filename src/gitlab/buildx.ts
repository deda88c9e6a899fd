import { buildJobName, DOCKER_LOGIN, dind, type Layout, rulesFor, tagArgs, WAIT_FOR_DOCKER } from './common.js';
import type { Job, PipelineDoc } from './model.js';
import { type SettingName, vars, SOURCE_SETTINGS, CACHE_SETTINGS, LOGIN_SETTINGS } from './settings.js';
import { buildArgFlags, CSV_FUNCTION, eachPlatform, FUNCTIONS } from './shell.js';
import { addSignJob, BUILDX_METADATA, DOCKER_MANIFESTS, METADATA_INDEX, recordDigests, withDigests } from './sign.js';
import { tagScript } from './tags.js';

/**
 * buildx mode: one job on Docker-in-Docker that registers QEMU for the non-native
 * platforms, creates a builder, logs in and builds every platform in one go.
 */
export const BUILDX_SETTINGS: SettingName[] = [
  'image',
  'tags',
  'tagRules',
  'defaultBranch',
  'platforms',
  ...SOURCE_SETTINGS,
  ...CACHE_SETTINGS,
  'attestations',
  ...LOGIN_SETTINGS,
  'binfmt',
  'binfmtImage',
  'builderDriver',
  'buildkitImage',
];

/** Register QEMU handlers for the platforms the daemon's machine can't run natively. */
export const BINFMT = [
  'if [ "$GENCI_BINFMT" = true ]; then',
  "  genci_native=$(docker version --format '{{.Server.Arch}}')",
  '  genci_arches=',
  // not indented: the here-document's terminator must start its line
  eachPlatform(
    [
      'genci_arch=$(printf \'%s\' "$genci_platform" | cut -d/ -f2)',
      'if [ "$genci_arch" != "$genci_native" ]; then',
      '  case ",$genci_arches," in',
      '    *",$genci_arch,"*) ;;',
      '    *) genci_arches=${genci_arches:+$genci_arches,}$genci_arch ;;',
      '  esac',
      'fi',
    ].join('\n'),
  ),
  '  if [ -n "$genci_arches" ]; then',
  '    docker run --privileged --rm "$GENCI_BINFMT_IMAGE" --install "$genci_arches"',
  '  fi',
  'fi',
].join('\n');

/** Select or create the builder (docker-container by default; docker for engines with the containerd store). */
export const BUILDER = [
  'if [ "$GENCI_BUILDER_DRIVER" = docker ]; then',
  '  docker buildx use default',
  'else',
  '  set --',
  '  if [ -n "$GENCI_BUILDKIT_IMAGE" ]; then set -- "$@" "--driver-opt=image=$GENCI_BUILDKIT_IMAGE"; fi',
  '  if [ "$GENCI_TLS_VERIFY" = false ]; then',
  '    genci_toml=$CI_PROJECT_DIR/.genci-buildkitd.toml',
  '    printf \'[registry."%s"]\\n  http = true\\n  insecure = true\\n\' "$(genci_json "${GENCI_IMAGE%%/*}")" >"$genci_toml"',
  '    set -- "$@" "--config=$genci_toml"',
  '  fi',
  '  docker buildx create "--name=genci-$CI_JOB_ID" --driver=docker-container "$@" --use --bootstrap',
  'fi',
  'docker buildx inspect',
].join('\n');

/** Cache, attestation and build-arg flags shared by the buildx and native builds. `suffix` is appended to the cache ref; the cache is written only when pushing. */
export function commonBuildFlags(suffix: string): string {
  return [
    buildArgFlags('--build-arg='),
    'if [ "$GENCI_CACHE" = true ]; then',
    `  genci_cache=\${GENCI_CACHE_REF:-$GENCI_IMAGE:buildcache}${suffix}`,
    '  set -- "$@" "--cache-from=type=registry,$(genci_csv "ref=$genci_cache")"',
    '  if [ "$genci_push" = true ]; then set -- "$@" "--cache-to=type=registry,$(genci_csv "ref=$genci_cache"),mode=max"; fi',
    'fi',
    'if [ "$GENCI_ATTESTATIONS" = true ]; then',
    '  export BUILDX_NO_DEFAULT_OCI_ARTIFACT=true',
    '  set -- "$@" --provenance=mode=max --sbom=true',
    'else',
    '  set -- "$@" --provenance=false --sbom=false',
    'fi',
  ].join('\n');
}

export const BUILDX_BUILD = [
  'set -- "--platform=$GENCI_PLATFORMS" "--file=$genci_dockerfile"',
  'if [ "$genci_push" = true ]; then set -- "$@" --push; fi',
  `if [ "$genci_push" = true ] && [ "\${GENCI_SIGN:-none}" != none ]; then set -- "$@" "--metadata-file=${BUILDX_METADATA}"; fi`,
  tagArgs('--tag='),
  commonBuildFlags(''),
  'docker buildx build "$@" -- "$GENCI_CONTEXT"',
  'if [ "$genci_push" = true ]; then docker buildx imagetools inspect "$genci_first"; fi',
].join('\n');

export function buildxDoc(l: Layout): PipelineDoc {
  const d = dind(l);
  const job: Job = {
    stage: l.stage,
    ...d,
    tags: l.jobTags,
    rules: rulesFor(l),
    variables: { ...d.variables, ...vars(l.src, BUILDX_SETTINGS) },
    script: [`${FUNCTIONS}\n${CSV_FUNCTION}`, tagScript(), WAIT_FOR_DOCKER, BINFMT, BUILDER, DOCKER_LOGIN, BUILDX_BUILD],
  };
  const name = buildJobName(l);
  return addSignJob(l, { jobs: { [name]: withDigests(l, job, recordDigests(METADATA_INDEX, DOCKER_MANIFESTS), 2) } }, name);
}
