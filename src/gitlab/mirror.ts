import { type Layout, rulesFor } from './common.js';
import type { Job } from './model.js';
import { type SettingName, vars, LOGIN_SETTINGS } from './settings.js';
import { eachItem, HAVE_LOGIN, SMALL_FUNCTIONS } from './shell.js';

/**
 * The mirror job: copies base images, every platform, into our registry before the
 * builds start (stage `.pre` by default), so builds don't hit Docker Hub's rate limits.
 * One entry per line: SOURCE (to <mirror_prefix>/<name:tag>) or SOURCE=DESTINATION.
 */
export const MIRROR_SETTINGS: SettingName[] = ['mirrorImages', 'mirrorPrefix', 'image', ...LOGIN_SETTINGS];

export const SKOPEO_MIRROR = [
  'if [ "$GENCI_TLS_VERIFY" = false ]; then genci_tls=false; else genci_tls=true; fi',
  `if ${HAVE_LOGIN}; then`,
  '  printf \'%s\' "$GENCI_REGISTRY_PASSWORD" | skopeo login "--username=$GENCI_REGISTRY_USER" --password-stdin "--tls-verify=$genci_tls" -- "$GENCI_REGISTRY"',
  'fi',
  eachItem(
    'GENCI_MIRROR_IMAGES',
    [
      'genci_src=${genci_item%%=*}',
      'case "$genci_item" in',
      '  *=*) genci_dst=${genci_item#*=} ;;',
      '  *) genci_dst=${GENCI_MIRROR_PREFIX:-$GENCI_IMAGE/mirror}/${genci_src##*/} ;;',
      'esac',
      'echo "mirroring $genci_src -> $genci_dst"',
      'skopeo copy --multi-arch=all --retry-times=3 "--src-tls-verify=$genci_tls" "--dest-tls-verify=$genci_tls" "docker://$genci_src" "docker://$genci_dst"',
    ].join('\n'),
  ),
].join('\n');

export function mirrorJob(l: Layout, stage: string): Job {
  return {
    stage,
    image: { name: l.src.tool('skopeo'), entrypoint: [''] },
    tags: l.jobTags,
    rules: rulesFor(l),
    variables: vars(l.src, MIRROR_SETTINGS),
    script: [SMALL_FUNCTIONS, SKOPEO_MIRROR],
  };
}
