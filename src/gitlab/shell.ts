/**
 * POSIX sh fragments shared by the job scripts. They run under bash, busybox sh
 * (docker, kaniko -debug, manifest-tool alpine) and dash. Rules they keep:
 * - user values are only ever read from GENCI_* variables, inside double quotes;
 * - arguments are collected with `set -- "$@" --flag=value` (one argv word each,
 *   `--flag=value` so a value starting with "-" can't become an option);
 * - lists are read line by line from a here-document (no word splitting, no globbing);
 * - every fragment is one script item that succeeds or fails as a whole.
 */

/** Lines of a list variable, optionally also split at commas, as `genci_item` in `body`. */
export function eachItem(variable: string, body: string, opts: { commas?: boolean } = {}): string {
  const source = opts.commas ? `$(printf '%s\\n' "$${variable}" | tr ',' '\\n')` : `$${variable}`;
  return [
    'while IFS= read -r genci_item; do',
    '  if [ -n "$genci_item" ]; then',
    ...body.split('\n').map((l) => `    ${l}`),
    '  fi',
    'done <<GENCI_EOF',
    source,
    'GENCI_EOF',
  ].join('\n');
}

/** Platforms (comma separated in GENCI_PLATFORMS) as `genci_platform` and `genci_slug` (linux/arm/v7 -> linux-arm-v7). */
export function eachPlatform(body: string): string {
  return eachItem('GENCI_PLATFORMS', ['genci_platform=$genci_item', 'genci_slug=$(genci_arch_slug "$genci_platform")', ...body.split('\n')].join('\n'), {
    commas: true,
  });
}

/** Image names are lowercased, as the metadata engine does (a registry refuses capitals). */
export const LOWERCASE_IMAGE = 'GENCI_IMAGE=$(printf \'%s\' "$GENCI_IMAGE" | LC_ALL=C tr A-Z a-z)';

/** Shell functions every job defines first. */
export const FUNCTIONS = [
  '# gen-ci helpers',
  LOWERCASE_IMAGE,
  // core/platform.ts platformSlug: linux/arm/v7 -> linux-arm-v7
  'genci_arch_slug() { printf \'%s\' "$1" | tr / -; }',
  String.raw`genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
  'genci_dockerfile=${GENCI_DOCKERFILE:-$GENCI_CONTEXT/Dockerfile}',
  'case "$GENCI_CONTEXT" in /*) genci_context_abs=$GENCI_CONTEXT ;; *) genci_context_abs=$CI_PROJECT_DIR/$GENCI_CONTEXT ;; esac',
  'case "$genci_dockerfile" in /*) genci_dockerfile_abs=$genci_dockerfile ;; *) genci_dockerfile_abs=$CI_PROJECT_DIR/$genci_dockerfile ;; esac',
].join('\n');

/** Functions for jobs without a build context (merge, mirror). */
export const SMALL_FUNCTIONS = [
  '# gen-ci helpers',
  LOWERCASE_IMAGE,
  // core/platform.ts platformSlug: linux/arm/v7 -> linux-arm-v7
  'genci_arch_slug() { printf \'%s\' "$1" | tr / -; }',
  String.raw`genci_json() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e '$!s/$/\\n/' | tr -d '\n'; }`,
].join('\n');

/** A CSV field for buildx/buildctl attribute lists (`type=registry,"ref=…"`): quoted, quotes doubled. */
export const CSV_FUNCTION = `genci_csv() { printf '"%s"' "$(printf '%s' "$1" | sed 's/"/""/g')"; }`;

/** True when credentials are configured. */
export const HAVE_LOGIN = '[ -n "$GENCI_REGISTRY" ] && [ -n "$GENCI_REGISTRY_USER" ]';

/** Write a Docker config.json with the registry credentials to the file named by $genci_config. */
export const WRITE_DOCKER_CONFIG = [
  'mkdir -p "$(dirname "$genci_config")"',
  `if ${HAVE_LOGIN}; then`,
  '  genci_auth=$(printf \'%s:%s\' "$GENCI_REGISTRY_USER" "$GENCI_REGISTRY_PASSWORD" | base64 | tr -d \'\\n\')',
  '  printf \'{"auths":{"%s":{"auth":"%s"}}}\\n\' "$(genci_json "$GENCI_REGISTRY")" "$genci_auth" >"$genci_config"',
  'else',
  '  printf \'{"auths":{}}\\n\' >"$genci_config"',
  'fi',
].join('\n');

/** `--build-arg=NAME=VALUE` for each line of GENCI_BUILD_ARGS, with the given flag. */
export function buildArgFlags(flag: string): string {
  return eachItem('GENCI_BUILD_ARGS', `set -- "$@" "${flag}$genci_item"`);
}
