// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions and Go templates, not template strings
import { type Layout, rulesFor } from './common.js';
import type { Job, PipelineDoc } from './model.js';
import { LOGIN_SETTINGS, type SettingName, vars } from './settings.js';
import { SMALL_FUNCTIONS, WRITE_DOCKER_CONFIG } from './shell.js';

/**
 * The sign job (`<prefix>-sign`): cosign signatures of the pushed index and of every platform
 * manifest, by digest, then `cosign verify` of each with the same key or identity.
 *
 * Where the digests come from: the job that pushes the index records them right after its push,
 * with its own registry client and credentials, in a dotenv report (genci-sign.env:
 * GENCI_SIGN_PUSHED, GENCI_SIGN_INDEX, GENCI_SIGN_MANIFESTS) that the sign job receives through
 * `needs:`. The index digest is the one the push itself reports where the tool reports it
 * (buildx/buildctl --metadata-file, buildah --digestfile, manifest-tool's "Digest:" line); the
 * platform digests are read from that index by digest. So the sign job never resolves a tag: a
 * tag moved by another pipeline between the push and the signing can't get the wrong image signed.
 * (cosign's image has no tool to read an index, and `cosign sign --recursive` would sign children
 * the job could not then name and verify.)
 */

export const SIGN_ENV = 'genci-sign.env';

/** Settings of the sign job. */
export const SIGN_SETTINGS: SettingName[] = ['image', 'sign', 'cosignTlog', ...LOGIN_SETTINGS];

/** The job that pushes the index writes this first: nothing pushed (yet). */
export const SIGN_ENV_INIT = [`genci_sign_env=$CI_PROJECT_DIR/${SIGN_ENV}`, 'printf \'GENCI_SIGN_PUSHED=false\\n\' >"$genci_sign_env"'].join('\n');

/** Go template for `docker buildx imagetools inspect --format`: the platform manifests of an index, one digest a line (no attestation manifests). */
export const PLATFORM_DIGESTS_TEMPLATE =
  '{{range .Manifest.Manifests}}{{if .Platform}}{{if ne .Platform.OS "unknown"}}{{println .Digest}}{{end}}{{end}}{{end}}';

/** Every `"digest": "sha256:…"` of a JSON document (an index: its manifests), one a line, for sed after `tr , '\n'`. */
const JSON_DIGESTS = String.raw`tr ',' '\n' | sed -n 's/.*"digest": *"\(sha256:[0-9a-f]\{64\}\)".*/\1/p'`;

/**
 * After the push: `index` sets genci_index (the pushed index digest), `manifests` then sets
 * genci_manifests (its platform digests, one a line); both checked, then written to the dotenv.
 * Only when signing and pushing.
 */
export function recordDigests(index: string, manifests: string): string {
  return [
    '# gen-ci sign: the digests the sign job signs',
    'if [ "$GENCI_SIGN" != none ] && [ "$genci_push" = true ]; then',
    ...index.split('\n').map((l) => `  ${l}`),
    '  case "$genci_index" in',
    '    sha256:*[!0-9a-f]* | sha256:) genci_index= ;;',
    '    sha256:*) ;;',
    '    *) genci_index= ;;',
    '  esac',
    '  if [ -z "$genci_index" ]; then echo "gen-ci: sign: the push reported no index digest" >&2; exit 1; fi',
    ...manifests.split('\n').map((l) => `  ${l}`),
    "  genci_manifests=$(printf '%s\\n' \"$genci_manifests\" | sed -n '/^sha256:[0-9a-f]\\{64\\}$/p' | tr '\\n' ' ' | sed 's/ $//')",
    '  if [ -z "$genci_manifests" ]; then echo "gen-ci: sign: no platform manifest in $GENCI_IMAGE@$genci_index" >&2; exit 1; fi',
    '  printf \'GENCI_SIGN_PUSHED=true\\nGENCI_SIGN_INDEX=%s\\nGENCI_SIGN_MANIFESTS=%s\\n\' "$genci_index" "$genci_manifests" >"$genci_sign_env"',
    '  cat "$genci_sign_env"',
    'fi',
  ].join('\n');
}

/** The platform digests of the pushed index, read by digest with docker buildx imagetools (buildx and native merge jobs). */
export const DOCKER_MANIFESTS = `genci_manifests=$(docker buildx imagetools inspect "$GENCI_IMAGE@$genci_index" --format '${PLATFORM_DIGESTS_TEMPLATE}')`;

/** buildx: the digest `docker buildx build --metadata-file` reports. */
export const BUILDX_METADATA = '$CI_PROJECT_DIR/genci-build-metadata.json';
export const METADATA_INDEX = `genci_index=$(sed -n 's/.*"containerimage\\.digest": *"\\(sha256:[0-9a-f]*\\)".*/\\1/p' "${BUILDX_METADATA}" | head -n 1)`;

/** native merge: imagetools create reports no digest; the first tag, read once right after the create, in the job that wrote it. */
export const IMAGETOOLS_INDEX = `genci_index=$(docker buildx imagetools inspect "$genci_first" --format '{{json .Manifest}}' | sed -n 's/^  "digest": "\\(sha256:[0-9a-f]*\\)".*/\\1/p' | head -n 1)`;

/**
 * buildah: the digest file of `buildah manifest push --digestfile`; the platform digests of the
 * pushed index read back by digest (push --all may rewrite the instances, so the local list's
 * digests are not the registry's): a scratch list that `manifest add --all` fills from the index
 * (`manifest inspect` of a remote needs --tls-verify, which older buildah lacks).
 */
export const BUILDAH_DIGESTFILE = '$CI_PROJECT_DIR/genci-index-digest';
export const BUILDAH_INDEX = `genci_index=$(cat "${BUILDAH_DIGESTFILE}")`;
export const BUILDAH_MANIFESTS = [
  'genci_pushed=localhost/genci-pushed-$CI_PIPELINE_ID-$CI_JOB_ID',
  'buildah manifest create "$genci_pushed" >/dev/null',
  'buildah manifest add --all "$genci_tls" "$genci_pushed" "docker://$GENCI_IMAGE@$genci_index" >/dev/null',
  `genci_manifests=$(buildah manifest inspect "$genci_pushed" | ${JSON_DIGESTS})`,
  'buildah manifest rm "$genci_pushed" >/dev/null || true',
].join('\n');

/** manifest-tool: the "Digest: sha256:… <size>" line of `push from-spec`, then `inspect --raw` by digest. */
export const MANIFEST_TOOL_OUT = '$genci_dir/push.out';
export const MANIFEST_TOOL_INDEX = `genci_index=$(sed -n 's/^Digest: \\(sha256:[0-9a-f]*\\).*/\\1/p' "${MANIFEST_TOOL_OUT}" | head -n 1)`;
export const MANIFEST_TOOL_MANIFESTS = `genci_manifests=$(manifest-tool "$@" inspect --raw "$GENCI_IMAGE@$genci_index" | ${JSON_DIGESTS})`;

/** The sign job's script: cosign sign, then cosign verify, of every digest the push recorded. */
export const COSIGN_SIGN = [
  'if [ "$GENCI_SIGN_PUSHED" = false ]; then echo "gen-ci: nothing was pushed: nothing to sign"; exit 0; fi',
  `if [ "$GENCI_SIGN_PUSHED" != true ]; then echo "gen-ci: sign: no digests from the push job (its ${SIGN_ENV} dotenv report is missing)" >&2; exit 1; fi`,
  'genci_dir=${TMPDIR:-/tmp}/genci-cosign-$CI_JOB_ID',
  'genci_config=$genci_dir/config.json',
  WRITE_DOCKER_CONFIG,
  'export DOCKER_CONFIG="$genci_dir"',
  "genci_digests=$(printf '%s %s' \"$GENCI_SIGN_INDEX\" \"$GENCI_SIGN_MANIFESTS\" | tr ' ' '\\n' | sed '/^$/d')",
  'if printf \'%s\\n\' "$genci_digests" | grep -qv \'^sha256:[0-9a-f]\\{64\\}$\'; then echo "gen-ci: sign: GENCI_SIGN_INDEX/GENCI_SIGN_MANIFESTS hold something other than sha256 digests" >&2; exit 1; fi',
  'case "$GENCI_SIGN" in',
  '  key)',
  '    if [ -z "$COSIGN_PRIVATE_KEY" ]; then',
  '      echo "gen-ci: sign is key but the CI/CD variable COSIGN_PRIVATE_KEY is empty: set it to the private key of cosign generate-key-pair (text or file type) and COSIGN_PASSWORD (masked) to its password" >&2',
  '      exit 1',
  '    fi',
  '    if [ -f "$COSIGN_PRIVATE_KEY" ]; then genci_key=$COSIGN_PRIVATE_KEY; else genci_key=env://COSIGN_PRIVATE_KEY; fi',
  // an unencrypted key has an empty password; unset, cosign would ask a terminal the job doesn't have
  '    if [ -z "${COSIGN_PASSWORD+set}" ]; then export COSIGN_PASSWORD=; fi',
  '    cosign public-key "--key=$genci_key" >"$genci_dir/cosign.pub"',
  '    genci_by="the key in COSIGN_PRIVATE_KEY"',
  '    ;;',
  '  keyless)',
  '    if [ -z "$SIGSTORE_ID_TOKEN" ]; then echo "gen-ci: sign is keyless but SIGSTORE_ID_TOKEN is empty (id_tokens: must be in the project\'s own .gitlab-ci.yml)" >&2; exit 1; fi',
  '    if [ -n "$CI_COMMIT_TAG" ]; then genci_signer_ref=refs/tags/$CI_COMMIT_TAG; else genci_signer_ref=refs/heads/$CI_COMMIT_BRANCH; fi',
  // Fulcio's GitLab identity (the token's ci_config_ref_uri): <server>/<project>//<config path>@<ref>
  '    genci_identity=$CI_SERVER_URL/$CI_PROJECT_PATH//${CI_CONFIG_PATH:-.gitlab-ci.yml}@$genci_signer_ref',
  '    genci_by="$genci_identity (issuer $CI_SERVER_URL)"',
  '    ;;',
  '  *) echo "gen-ci: sign \\"$GENCI_SIGN\\" is not key or keyless" >&2; exit 2 ;;',
  'esac',
  'set -- --yes',
  'if [ "$GENCI_SIGN" = key ]; then set -- "$@" "--key=$genci_key"; fi',
  'if [ "$GENCI_COSIGN_TLOG" = false ]; then set -- "$@" --tlog-upload=false; fi',
  'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --allow-http-registry=true --allow-insecure-registry=true; fi',
  'while IFS= read -r genci_d; do',
  '  echo "gen-ci: signing $GENCI_IMAGE@$genci_d"',
  '  cosign sign "$@" "$GENCI_IMAGE@$genci_d"',
  'done <<GENCI_EOF',
  '$genci_digests',
  'GENCI_EOF',
  'set --',
  'if [ "$GENCI_SIGN" = key ]; then',
  '  set -- "$@" "--key=$genci_dir/cosign.pub"',
  'else',
  '  set -- "$@" "--certificate-identity=$genci_identity" "--certificate-oidc-issuer=$CI_SERVER_URL"',
  'fi',
  'if [ "$GENCI_COSIGN_TLOG" = false ]; then set -- "$@" --insecure-ignore-tlog=true; fi',
  'if [ "$GENCI_TLS_VERIFY" = false ]; then set -- "$@" --allow-http-registry=true --allow-insecure-registry=true; fi',
  'while IFS= read -r genci_d; do',
  '  if ! cosign verify "$@" "$GENCI_IMAGE@$genci_d" >"$genci_dir/verify.out" 2>&1; then',
  '    genci_why=$(grep \'^Error:\' "$genci_dir/verify.out" | tail -n 1)',
  '    echo "gen-ci: $GENCI_IMAGE@$genci_d is not signed by $genci_by: ${genci_why:-$(tail -n 1 "$genci_dir/verify.out")}" >&2',
  '    exit 1',
  '  fi',
  '  echo "gen-ci: verified $GENCI_IMAGE@$genci_d"',
  'done <<GENCI_EOF',
  '$genci_digests',
  'GENCI_EOF',
].join('\n');

export function signJobName(l: Layout): string {
  return `${l.prefix}-sign`;
}

/** The `<prefix>-sign` job after `pusher`, the job that pushes the index: same runs as a merge (never a merge request). */
export function signJob(l: Layout, pusher: string, stage: string): Job {
  const component = l.sign === 'input';
  const rules = rulesFor(l, true);
  return {
    stage,
    image: { name: l.src.tool('cosign'), entrypoint: [''] },
    tags: l.jobTags,
    needs: [{ job: pusher, artifacts: true }],
    ...(component || l.sign === 'keyless' ? { id_tokens: { SIGSTORE_ID_TOKEN: { aud: 'sigstore' } } } : {}),
    rules: component ? [{ if: '"$[[ inputs.sign ]]" == "none"', when: 'never' }, ...rules] : rules,
    variables: vars(l.src, SIGN_SETTINGS),
    script: [SMALL_FUNCTIONS, COSIGN_SIGN],
  };
}

/** The pushing job's part: GENCI_SIGN, the dotenv report, and the script items around the push. */
export function withDigests(l: Layout, job: Job, recordAfter: string, initAfter: number): Job {
  if (l.sign === 'none') return job;
  const script = [...job.script];
  script.splice(initAfter, 0, SIGN_ENV_INIT);
  script.push(recordAfter);
  return {
    ...job,
    variables: { ...job.variables, ...vars(l.src, ['sign']) },
    script,
    artifacts: { ...job.artifacts, reports: { dotenv: SIGN_ENV } },
  };
}

/** Add the sign job after the pusher in a mode's jobs. */
export function addSignJob(l: Layout, doc: PipelineDoc, pusher: string): PipelineDoc {
  if (l.sign === 'none') return doc;
  const job = doc.jobs[pusher];
  if (!job) throw new Error(`no job ${pusher}`);
  return { ...doc, jobs: { ...doc.jobs, [signJobName(l)]: signJob(l, pusher, job.stage) } };
}
