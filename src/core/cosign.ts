// cosign's command lines, pure: the argument arrays and the environment gen-ci gives cosign to
// sign and verify image manifests, key-based (a key file, a KMS URI, env://VAR) or keyless
// (Fulcio/Rekor with the CI's OIDC token). Nothing here runs anything; src/pipeline/sign.ts does.
// A key's password is only ever in the environment (COSIGN_PASSWORD), never in an argument.
import { UsageError } from './errors.js';

/** URI schemes cosign takes as --key besides a file: KMS providers, Kubernetes/GitLab secrets, env://VAR, PKCS#11. */
export const KEY_URI_SCHEMES = ['awskms://', 'gcpkms://', 'hashivault://', 'azurekms://', 'k8s://', 'gitlab://', 'env://', 'pkcs11:'] as const;

/** The issuer of GitHub Actions' OIDC tokens (the --certificate-oidc-issuer of their signatures). */
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** How the key was given: a file cosign reads, a URI cosign resolves, or PEM text (written to a 0600 file before use). */
export type KeySource = { kind: 'file'; path: string } | { kind: 'uri'; uri: string } | { kind: 'pem'; text: string };

/** A --key value (or an action input) as a key source: a URI by its scheme, PEM text by its armour, else a file path. */
export function classifyKey(input: string): KeySource {
  const v = input.trim();
  if (!v) throw new UsageError('the cosign key is empty: give a key file, PEM text or a KMS URI (awskms://, gcpkms://, hashivault://, azurekms://, k8s://)');
  if (/-----BEGIN [A-Z ]+-----/.test(v)) return { kind: 'pem', text: `${v}\n` };
  const lower = v.toLowerCase();
  if (KEY_URI_SCHEMES.some((s) => lower.startsWith(s))) return { kind: 'uri', uri: v };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v))
    throw new UsageError(`unknown cosign key scheme in "${v.replace(/\/\/.*/, '//…')}": cosign takes ${KEY_URI_SCHEMES.join(', ')} or a key file`);
  return { kind: 'file', path: v };
}

/** Whether cosign may ask for a password for this key (a file or env://: an encrypted PEM); KMS keys have none. */
export function keyTakesPassword(key: KeySource): boolean {
  return key.kind !== 'uri' || key.uri.toLowerCase().startsWith('env://');
}

/** Who signed, for keyless verification: an exact identity or a regular expression, and the OIDC issuer (exact or regexp). */
export interface KeylessIdentity {
  identity?: string;
  identityRegexp?: string;
  issuer?: string;
  issuerRegexp?: string;
}

/** The transport choices cosign needs for the registry: plain HTTP (loopback, --plain-http), unverified TLS (--insecure). */
export interface CosignRegistryOptions {
  allowHttpRegistry?: boolean;
  allowInsecureRegistry?: boolean;
  /** the docker config directory (config.json) cosign reads credentials from */
  dockerConfig?: string;
  /** cosign's own bound on the command, in whole seconds (its --timeout; cosign's default 3 minutes) */
  timeoutSeconds?: number;
}

/** One cosign invocation: its arguments (after the binary) and the variables set on top of the inherited environment. */
export interface CosignInvocation {
  args: string[];
  env: Record<string, string>;
}

export interface CosignSignOptions extends CosignRegistryOptions {
  /** manifests to sign, each `registry/repo@sha256:…` (never a tag) */
  images: string[];
  /** the key cosign reads (a file path or a URI); undefined: keyless */
  key?: string;
  /** the key's password: COSIGN_PASSWORD only (an empty one when the key takes one and none is given, so cosign never prompts) */
  password?: string;
  /** upload to the transparency log (Rekor); default true */
  tlogUpload?: boolean;
  /** keyless: an OIDC token to hand cosign (SIGSTORE_ID_TOKEN) */
  identityToken?: string;
  /** where signatures go: cosign's tags (legacy, the default) or OCI 1.1 referrers */
  referrersMode?: 'legacy' | 'oci-1-1';
  /** -a key=value annotations signed with the payload */
  annotations?: Record<string, string>;
  /**
   * the environment cosign will inherit (default process.env): keyless needs an OIDC token in it
   * (SIGSTORE_ID_TOKEN, or GitHub's ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN that cosign reads itself)
   */
  ambient?: Record<string, string | undefined>;
}

export interface CosignVerifyOptions extends CosignRegistryOptions {
  /** the manifest to verify, `registry/repo@sha256:…` */
  image: string;
  /** the public key (a file or a URI); or `identity` for keyless */
  key?: string;
  identity?: KeylessIdentity;
  /** accept signatures without a transparency-log entry (key-based signatures made with --tlog-upload=false) */
  ignoreTlog?: boolean;
}

function registryArgs(o: CosignRegistryOptions): string[] {
  return [
    ...(o.allowHttpRegistry ? ['--allow-http-registry=true'] : []),
    ...(o.allowInsecureRegistry ? ['--allow-insecure-registry=true'] : []),
    ...(o.timeoutSeconds !== undefined ? [`--timeout=${Math.max(1, Math.ceil(o.timeoutSeconds))}s`] : []),
  ];
}

function registryEnv(o: CosignRegistryOptions): Record<string, string> {
  return o.dockerConfig ? { DOCKER_CONFIG: o.dockerConfig } : {};
}

const DIGEST_REF = /@sha256:[a-f0-9]{64}$/;

function requireDigests(images: string[]): void {
  if (!images.length) throw new UsageError('nothing to sign: no manifest digests');
  for (const i of images) if (!DIGEST_REF.test(i)) throw new UsageError(`cosign signs by digest, not by tag: "${i}" has no @sha256:… digest`);
}

/** Where keyless signing finds its OIDC token in `env`, or undefined when there is none. */
export function oidcSource(env: Record<string, string | undefined>): 'sigstore-id-token' | 'github-actions' | undefined {
  if (env.SIGSTORE_ID_TOKEN) return 'sigstore-id-token';
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return 'github-actions';
  return undefined;
}

/** Where keyless signing finds its OIDC token, or a usage error saying how to give the job one (cosign would open a browser). */
export function requireOidcToken(env: Record<string, string | undefined>): 'sigstore-id-token' | 'github-actions' {
  const source = oidcSource(env);
  if (!source)
    throw new UsageError(
      'keyless signing needs an OIDC token: on GitHub give the job "permissions: id-token: write"; on GitLab "id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore"; or sign with --key',
    );
  return source;
}

/**
 * `cosign sign` for manifests given by digest, in one invocation (keyless: one certificate for all).
 * Key-based: `--key`, the password in COSIGN_PASSWORD. Keyless: `--yes` (no prompt), the token
 * from SIGSTORE_ID_TOKEN (given, or already in the environment; GitLab's `id_tokens:`), else GitHub's
 * ACTIONS_ID_TOKEN_REQUEST_* (`--oidc-provider=github-actions`); none of them is a usage error
 * (cosign would open a browser).
 */
export function cosignSignCommand(o: CosignSignOptions): CosignInvocation {
  requireDigests(o.images);
  const env: Record<string, string> = registryEnv(o);
  const args = ['sign', '--yes'];
  if (o.key !== undefined) {
    const key = classifyKey(o.key);
    if (key.kind === 'pem') throw new UsageError('cosign takes a key file or URI; PEM text is written to a file first');
    args.push(`--key=${key.kind === 'file' ? key.path : key.uri}`);
    if (keyTakesPassword(key)) env.COSIGN_PASSWORD = o.password ?? '';
  } else {
    if (o.password !== undefined) throw new UsageError('a cosign password goes with a key; keyless signing takes none');
    if (o.identityToken !== undefined) {
      if (!o.identityToken.trim()) throw new UsageError('the OIDC identity token for keyless signing is empty');
      env.SIGSTORE_ID_TOKEN = o.identityToken;
    } else {
      if (requireOidcToken(o.ambient ?? process.env) === 'github-actions') args.push('--oidc-provider=github-actions');
    }
  }
  if (o.tlogUpload === false) args.push('--tlog-upload=false');
  if (o.referrersMode) args.push(`--registry-referrers-mode=${o.referrersMode}`);
  for (const [k, v] of Object.entries(o.annotations ?? {})) args.push(`--annotations=${k}=${v}`);
  args.push(...registryArgs(o), ...o.images);
  return { args, env };
}

/** `cosign public-key`: the public half of a key (a file or a URI) written to `outfile`, to verify with what was signed. */
export function cosignPublicKeyCommand(key: string, outfile: string, password?: string): CosignInvocation {
  const k = classifyKey(key);
  if (k.kind === 'pem') throw new UsageError('cosign takes a key file or URI; PEM text is written to a file first');
  return {
    args: ['public-key', `--key=${k.kind === 'file' ? k.path : k.uri}`, `--outfile=${outfile}`],
    env: keyTakesPassword(k) ? { COSIGN_PASSWORD: password ?? '' } : {},
  };
}

/** Checks a keyless identity is complete: one of identity/identityRegexp and one of issuer/issuerRegexp (cosign requires both). */
export function checkIdentity(id: KeylessIdentity): void {
  if (id.identity !== undefined && id.identityRegexp !== undefined)
    throw new UsageError('give --certificate-identity or --certificate-identity-regexp, not both');
  if (id.issuer !== undefined && id.issuerRegexp !== undefined)
    throw new UsageError('give --certificate-oidc-issuer or --certificate-oidc-issuer-regexp, not both');
  if (id.identity === undefined && id.identityRegexp === undefined)
    throw new UsageError('keyless verification needs --certificate-identity (or --certificate-identity-regexp): who signed');
  if (id.issuer === undefined && id.issuerRegexp === undefined)
    throw new UsageError('keyless verification needs --certificate-oidc-issuer (or --certificate-oidc-issuer-regexp): whose token it was');
}

/** `cosign verify` of one manifest by digest: with the public key, or with the certificate's identity and issuer (keyless). */
export function cosignVerifyCommand(o: CosignVerifyOptions): CosignInvocation {
  if (!DIGEST_REF.test(o.image)) throw new UsageError(`verify by digest, not by tag: "${o.image}" has no @sha256:… digest`);
  const args = ['verify'];
  if (o.key !== undefined) {
    if (o.identity) throw new UsageError('verify with a key or with a certificate identity, not both');
    const key = classifyKey(o.key);
    if (key.kind === 'pem') throw new UsageError('cosign takes a key file or URI; PEM text is written to a file first');
    args.push(`--key=${key.kind === 'file' ? key.path : key.uri}`);
  } else {
    if (!o.identity) throw new UsageError('verify with --key, or with --certificate-identity and --certificate-oidc-issuer');
    checkIdentity(o.identity);
    const id = o.identity;
    if (id.identity !== undefined) args.push(`--certificate-identity=${id.identity}`);
    if (id.identityRegexp !== undefined) args.push(`--certificate-identity-regexp=${id.identityRegexp}`);
    if (id.issuer !== undefined) args.push(`--certificate-oidc-issuer=${id.issuer}`);
    if (id.issuerRegexp !== undefined) args.push(`--certificate-oidc-issuer-regexp=${id.issuerRegexp}`);
  }
  if (o.ignoreTlog) args.push('--insecure-ignore-tlog=true');
  args.push('--output=json', ...registryArgs(o), o.image);
  return { args, env: registryEnv(o) };
}

/**
 * The identity a keyless signature made in this CI job carries, to verify it right after signing:
 * GitHub Actions — `${GITHUB_SERVER_URL}/${GITHUB_WORKFLOW_REF}` from token.actions.githubusercontent.com
 * (a reusable workflow signs as itself: give the identity explicitly then); GitLab CI —
 * `${CI_SERVER_URL}/${CI_PROJECT_PATH}//${CI_CONFIG_PATH}@refs/heads|tags/${ref}` from CI_SERVER_URL.
 * Undefined outside those (or when a variable is missing).
 */
export function ciKeylessIdentity(env: Record<string, string | undefined>): KeylessIdentity | undefined {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_WORKFLOW_REF) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return { identity: `${server}/${env.GITHUB_WORKFLOW_REF}`, issuer: GITHUB_OIDC_ISSUER };
  }
  if (env.GITLAB_CI === 'true' && env.CI_SERVER_URL && env.CI_PROJECT_PATH && env.CI_COMMIT_REF_NAME) {
    const server = env.CI_SERVER_URL.replace(/\/+$/, '');
    const ref = env.CI_COMMIT_TAG ? `refs/tags/${env.CI_COMMIT_TAG}` : `refs/heads/${env.CI_COMMIT_REF_NAME}`;
    return { identity: `${server}/${env.CI_PROJECT_PATH}//${env.CI_CONFIG_PATH || '.gitlab-ci.yml'}@${ref}`, issuer: server };
  }
  return undefined;
}

/** cosign's signature tag for a manifest: `registry/repo:sha256-<hex>.sig`. */
export function signatureReference(repository: string, digest: string): string {
  return `${repository}:${digest.replace(':', '-')}.sig`;
}

/** What a failed `cosign verify` said, as a verdict: no signature at all, signatures that do not match, or another failure. */
export function verifyVerdict(stderr: string): 'unsigned' | 'mismatch' | 'error' {
  if (/no signatures found/i.test(stderr)) return 'unsigned';
  if (/no matching signatures|invalid signature|none of the expected identities matched|expected .* not found|certificate .* does not match/i.test(stderr))
    return 'mismatch';
  return 'error';
}

/**
 * The line to quote of what cosign printed on failure: its last error, without cosign's
 * "error during command execution:" preamble and the list of images it was signing; a key that
 * does not decrypt gets a hint at COSIGN_PASSWORD.
 */
export function cosignErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const raw = [...lines].reverse().find((l) => /error/i.test(l)) ?? lines[lines.length - 1] ?? '';
  const text = raw
    .replace(/^(?:Error|ERROR|error):\s*/, '')
    .replace(/^(?:\S+\.go:\d+:\s*)?error during command execution:\s*/i, '')
    .replace(/^signing \[[^\]]*\]:\s*/, '');
  return /decrypt/i.test(text) ? `${text} (is COSIGN_PASSWORD the key's password?)` : text;
}

/** A line of a tool's output with every occurrence of a secret blanked (belt and braces: cosign never echoes it). */
export function redact(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 1) out = out.split(s).join('***');
  return out;
}
