// Signing what was pushed: the index and every platform manifest, by digest, with cosign; then each
// verified with the same key or identity. The effect around src/core/cosign.ts's command lines:
// the registry client lists the digests, a key given as PEM text lives in a 0600 file in a private
// temporary directory only while cosign needs it, and a password only ever reaches cosign through
// COSIGN_PASSWORD (never an argument, never a printed line).
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CosignInvocation,
  type CosignRegistryOptions,
  checkIdentity,
  ciKeylessIdentity,
  classifyKey,
  cosignPublicKeyCommand,
  cosignSignCommand,
  cosignErrorLine,
  cosignVerifyCommand,
  type KeylessIdentity,
  redact,
  requireOidcToken,
  signatureReference,
  verifyVerdict,
} from '../core/cosign.js';
import { UsageError, UserError } from '../core/errors.js';
import { run } from '../core/exec.js';
import type { RegistryClient } from '../registry/client.js';
import { describeManifest } from '../registry/inspect.js';
import { formatReference, isLoopback, normaliseRegistry, type Reference, withDigest } from '../registry/reference.js';

/** One manifest to sign or verify: the index (platform `index`), a platform manifest, or a single-platform image. */
export interface SignTarget {
  /** `index`, or os/arch[/variant] */
  platform: string;
  digest: string;
  /** `registry/repo@sha256:…` */
  reference: string;
}

/** What a reference resolves to: its top digest and the manifests a signature must cover (the index first). */
export interface SignTargets {
  repository: string;
  digest: string;
  index: boolean;
  targets: SignTarget[];
}

export interface SignedManifest extends SignTarget {
  /** cosign's signature tag: `registry/repo:sha256-<hex>.sig` */
  signature: string;
}

export interface SignResult {
  repository: string;
  /** the index (or single image) digest */
  digest: string;
  signed: SignedManifest[];
  /** true when every signed manifest was verified afterwards (false with verify: false) */
  verified: boolean;
}

/** The key or identity, however it was given. */
export type Signer =
  /** a key file path, a KMS/secret URI (awskms://, gcpkms://, hashivault://, azurekms://, k8s://, gitlab://, env://VAR) or the PEM text itself */
  | { key: string; password?: string }
  /** keyless: Fulcio certificate from the CI's OIDC token; `identity` (or the CI's own, see ciKeylessIdentity) to verify */
  | { keyless: true; identityToken?: string; identity?: KeylessIdentity };

export interface CosignRunOptions {
  /** the cosign binary (default `cosign` on PATH) */
  cosign?: string;
  /** registries cosign talks plain HTTP to (true: all); loopback registries always are */
  plainHttp?: boolean | string[];
  /** registries whose TLS certificate cosign does not verify (true: all) */
  insecure?: boolean | string[];
  /** docker config directory for cosign's registry credentials */
  dockerConfig?: string;
  /** the environment cosign inherits (default process.env) */
  env?: Record<string, string | undefined>;
  /** each cosign command's own bound, in seconds (cosign --timeout) */
  timeoutSeconds?: number;
}

export interface SignImageOptions extends CosignRunOptions {
  signer: Signer;
  /** upload to Rekor (default true); false for offline/private signing */
  tlogUpload?: boolean;
  /** verify each manifest after signing (default true) */
  verify?: boolean;
  /** verification accepts signatures without a tlog entry (default: when tlogUpload is false) */
  ignoreTlog?: boolean;
  /** cosign annotations (-a) */
  annotations?: Record<string, string>;
  /** each signed manifest, as it is signed */
  onSigned?: (m: SignedManifest) => void;
}

export interface VerifyImageOptions extends CosignRunOptions {
  /** a public key (file or URI), or a keyless identity */
  verifier: { key: string } | { identity: KeylessIdentity };
  ignoreTlog?: boolean;
}

export interface VerifiedManifest extends SignTarget {
  verified: boolean;
  /** when not verified: unsigned (no signature), mismatch (signed, not by this key/identity), error */
  verdict?: 'unsigned' | 'mismatch' | 'error';
  /** cosign's own line when not verified */
  detail?: string;
}

/** A manifest that is not signed by the given key/identity: one line naming it; code `unsigned`. */
export class NotSignedError extends UserError {
  constructor(
    message: string,
    readonly manifests: VerifiedManifest[],
  ) {
    super(message, 1, 'unsigned');
  }
}

function listed(opt: boolean | string[] | undefined, registry: string): boolean {
  if (opt === true) return true;
  if (!opt) return false;
  const r = normaliseRegistry(registry);
  return opt.some((x) => normaliseRegistry(x) === r);
}

/** cosign's transport flags for a registry: plain HTTP for loopback and --plain-http ones, unverified TLS for --insecure ones. */
export function cosignRegistryOptions(registry: string, o: CosignRunOptions): CosignRegistryOptions {
  return {
    ...(isLoopback(registry) || listed(o.plainHttp, registry) ? { allowHttpRegistry: true } : {}),
    ...(listed(o.insecure, registry) ? { allowInsecureRegistry: true } : {}),
    ...(o.dockerConfig ? { dockerConfig: o.dockerConfig } : {}),
    ...(o.timeoutSeconds !== undefined ? { timeoutSeconds: o.timeoutSeconds } : {}),
  };
}

/**
 * The manifests to sign for a reference (a tag is resolved to its digest first): the index and
 * each platform manifest in index order (attestation manifests are not signed), or the single image.
 */
export async function listSignTargets(client: RegistryClient, ref: Reference): Promise<SignTargets> {
  const top = await client.getManifest(ref);
  const at = withDigest(ref, top.digest);
  const info = await describeManifest(client, at, top);
  const repository = `${ref.registry}/${ref.repository}`;
  const target = (platform: string, digest: string): SignTarget => ({ platform, digest, reference: `${repository}@${digest}` });
  const targets = info.index
    ? [target('index', top.digest), ...info.platforms.map((p) => target(p.platform, p.digest))]
    : [target(info.platforms[0]?.platform ?? 'image', top.digest)];
  return { repository, digest: top.digest, index: info.index, targets };
}

const COSIGN_HINT = 'install cosign 2.x (https://docs.sigstore.dev/cosign/system_config/installation/; Debian/Ubuntu: apt-get install cosign)';

/** Run cosign; a missing binary is one line naming it; secrets are blanked from what it printed. */
async function cosign(
  o: CosignRunOptions,
  inv: CosignInvocation,
  secrets: (string | undefined)[],
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const bin = o.cosign ?? 'cosign';
  const env = { ...(o.env ?? process.env), ...inv.env };
  const r = await run(bin, inv.args, { env, silent: true, input: '' });
  if (r.exitCode === 127 && !r.stdout && /Unable to locate executable|not found|ENOENT/i.test(r.stderr))
    throw new UserError(`cosign is not installed: ${bin} was not found${o.cosign ? '' : ' on PATH'}; ${COSIGN_HINT}`, 1, 'missing-tool');
  return { exitCode: r.exitCode, stdout: redact(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
}

/** That cosign runs at all (before any registry work): its version line, or one line saying it is missing. */
export async function requireCosign(o: CosignRunOptions = {}): Promise<string> {
  const r = await cosign(o, { args: ['version', '--json'], env: {} }, []);
  if (r.exitCode !== 0)
    throw new UserError(`${o.cosign ?? 'cosign'} version failed: ${cosignErrorLine(r.stderr) || `exit ${r.exitCode}`}; ${COSIGN_HINT}`, 1, 'missing-tool');
  try {
    return (JSON.parse(r.stdout) as { gitVersion?: string }).gitVersion ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A private temporary directory (0700) for key material, removed by the returned function whatever happens. */
async function keyDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'gen-ci-cosign-'));
  await chmod(dir, 0o700);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Verify each target (in parallel) and return their verdicts in order. */
async function verifyTargets(
  targets: SignTarget[],
  o: CosignRunOptions & { key?: string; identity?: KeylessIdentity; ignoreTlog?: boolean; registry: string },
  secrets: (string | undefined)[],
): Promise<VerifiedManifest[]> {
  const reg = cosignRegistryOptions(o.registry, o);
  return Promise.all(
    targets.map(async (t) => {
      const inv = cosignVerifyCommand({ image: t.reference, key: o.key, identity: o.identity, ignoreTlog: o.ignoreTlog, ...reg });
      const r = await cosign(o, inv, secrets);
      if (r.exitCode === 0) return { ...t, verified: true };
      return { ...t, verified: false, verdict: verifyVerdict(r.stderr), detail: cosignErrorLine(r.stderr) || `exit ${r.exitCode}` };
    }),
  );
}

/** The one line for the first manifest that did not verify. */
function notSignedLine(v: VerifiedManifest, repository: string, by: 'key' | 'identity'): string {
  const what = `${v.platform} ${v.digest} of ${repository}`;
  if (v.verdict === 'unsigned') return `${what} is not signed (cosign: ${v.detail})`;
  if (v.verdict === 'mismatch') return `${what} is not signed by this ${by} (cosign: ${v.detail})`;
  const hint = /rekor|tlog|transparency/i.test(v.detail ?? '') ? ' (signed with --tlog-upload=false? then verify with --insecure-ignore-tlog)' : '';
  return `cosign could not verify ${what}: ${v.detail}${hint}`;
}

function throwIfUnverified(results: VerifiedManifest[], repository: string, by: 'key' | 'identity'): void {
  const bad = results.find((r) => !r.verified);
  if (bad) throw new NotSignedError(notSignedLine(bad, repository, by), results);
}

/**
 * Verify the index and every platform manifest of `ref` (a tag is resolved first). Resolves with
 * each manifest verified; rejects with NotSignedError naming the first that is not (index order).
 */
export async function verifyImageSignatures(
  client: RegistryClient,
  ref: Reference,
  o: VerifyImageOptions,
): Promise<{ targets: SignTargets; manifests: VerifiedManifest[] }> {
  const targets = await listSignTargets(client, ref);
  const key = 'key' in o.verifier ? o.verifier.key : undefined;
  const identity = 'identity' in o.verifier ? o.verifier.identity : undefined;
  const manifests = await verifyTargets(targets.targets, { ...o, key, identity, registry: ref.registry }, []);
  throwIfUnverified(manifests, targets.repository, key !== undefined ? 'key' : 'identity');
  return { targets, manifests };
}

/**
 * Sign the index of `ref` and every platform manifest, by digest, in one cosign invocation; then,
 * unless verify is false, verify each with the same key (its public half, from `cosign public-key`,
 * or the KMS URI itself) or keyless identity. A key given as PEM text is written to a 0600 file in
 * a 0700 temporary directory and removed afterwards, also on failure. Throws a one-line UserError
 * when cosign is missing, signing fails or a manifest does not verify (NotSignedError).
 */
export async function signImage(client: RegistryClient, ref: Reference, o: SignImageOptions): Promise<SignResult> {
  const ambient = o.env ?? process.env;
  const password = 'key' in o.signer ? o.signer.password : undefined;
  const secrets = [password, 'identityToken' in o.signer ? o.signer.identityToken : undefined];
  const verify = o.verify ?? true;
  const ignoreTlog = o.ignoreTlog ?? o.tlogUpload === false;
  // usage problems before any registry work: keyless needs a token, and an identity to verify with
  if ('keyless' in o.signer && o.signer.identityToken === undefined) requireOidcToken(ambient);
  if ('key' in o.signer) classifyKey(o.signer.key);
  let identity: KeylessIdentity | undefined;
  if ('keyless' in o.signer && verify) {
    identity = o.signer.identity ?? ciKeylessIdentity(ambient);
    if (!identity)
      throw new UsageError(
        'verifying a keyless signature needs the signer identity: give --certificate-identity and --certificate-oidc-issuer (GitHub Actions and GitLab CI are known), or --no-verify',
      );
    checkIdentity(identity);
  }
  const targets = await listSignTargets(client, ref);
  const reg = cosignRegistryOptions(ref.registry, o);
  const tmp = await keyDir();
  try {
    let key: string | undefined;
    if ('key' in o.signer) {
      const source = classifyKey(o.signer.key);
      if (source.kind === 'pem') {
        key = join(tmp.dir, 'cosign.key');
        await writeFile(key, source.text, { mode: 0o600 });
        await chmod(key, 0o600);
      } else key = source.kind === 'file' ? source.path : source.uri;
    }
    const inv = cosignSignCommand({
      images: targets.targets.map((t) => t.reference),
      key,
      password,
      tlogUpload: o.tlogUpload,
      identityToken: 'identityToken' in o.signer ? o.signer.identityToken : undefined,
      annotations: o.annotations,
      ambient,
      ...reg,
    });
    const r = await cosign(o, inv, secrets);
    if (r.exitCode !== 0)
      throw new UserError(`cosign sign of ${targets.repository}@${targets.digest} failed: ${cosignErrorLine(r.stderr) || `exit ${r.exitCode}`}`);
    const signed = targets.targets.map((t) => ({ ...t, signature: signatureReference(targets.repository, t.digest) }));
    for (const s of signed) o.onSigned?.(s);
    if (!verify) return { repository: targets.repository, digest: targets.digest, signed, verified: false };
    let verifyKey: string | undefined;
    if (key !== undefined) {
      const source = classifyKey(key);
      if (source.kind === 'uri' && !source.uri.toLowerCase().startsWith('env://')) verifyKey = source.uri;
      else {
        // the public half of a private key file (or env://VAR): what a user verifies with
        verifyKey = join(tmp.dir, 'cosign.pub');
        const pub = await cosign(o, cosignPublicKeyCommand(key, verifyKey, password), secrets);
        if (pub.exitCode !== 0) throw new UserError(`cosign public-key of the signing key failed: ${cosignErrorLine(pub.stderr) || `exit ${pub.exitCode}`}`);
      }
    }
    const results = await verifyTargets(targets.targets, { ...o, key: verifyKey, identity, ignoreTlog, registry: ref.registry }, secrets);
    throwIfUnverified(results, targets.repository, verifyKey !== undefined ? 'key' : 'identity');
    return { repository: targets.repository, digest: targets.digest, signed, verified: true };
  } finally {
    await tmp.remove();
  }
}

/** `registry/repo@digest` of a reference, for messages. */
export function digestReference(ref: Reference, digest: string): string {
  return formatReference(withDigest(ref, digest));
}
