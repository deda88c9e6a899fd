import { checkIdentity, classifyKey, type KeylessIdentity, requireOidcToken } from '../core/cosign.js';
import { UsageError } from '../core/errors.js';
import { requireCosign, type SignedManifest, type SignImageOptions, signImage } from '../pipeline/sign.js';
import { RegistryClient } from '../registry/client.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS, runWithTimeout, secondsFlag, timeoutFlag } from '../registry/options.js';
import { parseReference } from '../registry/reference.js';
import { type Command, type FlagSpec, flagBool, flagList, flagString, type ParsedArgs, printJson } from './command.js';
import { requireConfigDir, requireInputFile } from './input.js';

/** --timeout's default, in seconds: the digest lookups, signing and verification together */
const TIMEOUT_S = 300;

/** The keyless identity flags, shared with verify-signature. */
export const IDENTITY_FLAGS: FlagSpec[] = [
  { name: 'certificate-identity', type: 'string', description: 'keyless: the signer identity in the certificate (a workflow URL, an e-mail)' },
  { name: 'certificate-identity-regexp', type: 'string', description: 'keyless: a regular expression the signer identity must match' },
  {
    name: 'certificate-oidc-issuer',
    type: 'string',
    description: 'keyless: the OIDC issuer of the signer (https://token.actions.githubusercontent.com, https://gitlab.com)',
  },
  { name: 'certificate-oidc-issuer-regexp', type: 'string', description: 'keyless: a regular expression the OIDC issuer must match' },
];

/** The keyless identity from the flags, or undefined when none of them is given. */
export function identityFromFlags(args: ParsedArgs): KeylessIdentity | undefined {
  const id: KeylessIdentity = {};
  const identity = flagString(args, 'certificate-identity');
  const identityRegexp = flagString(args, 'certificate-identity-regexp');
  const issuer = flagString(args, 'certificate-oidc-issuer');
  const issuerRegexp = flagString(args, 'certificate-oidc-issuer-regexp');
  if (identity !== undefined) id.identity = identity;
  if (identityRegexp !== undefined) id.identityRegexp = identityRegexp;
  if (issuer !== undefined) id.issuer = issuer;
  if (issuerRegexp !== undefined) id.issuerRegexp = issuerRegexp;
  return Object.keys(id).length ? id : undefined;
}

/** A --key that names a file must be there (exit 2 naming it); URIs and env://VAR are cosign's to resolve. */
export async function checkKeyFlag(key: string, what: string): Promise<void> {
  const source = classifyKey(key);
  if (source.kind === 'pem') throw new UsageError("--key takes a key file or a URI, not the PEM text (the action's cosign-key input takes the text)");
  if (source.kind === 'file') await requireInputFile(source.path, what);
}

/** The cosign-facing options every registry flag implies: --plain-http, --insecure, --config. */
export function cosignFlags(args: ParsedArgs): { cosign?: string; plainHttp?: string[]; insecure?: string[]; dockerConfig?: string } {
  const plain = flagList(args, 'plain-http');
  const insecure = flagList(args, 'insecure');
  const config = flagString(args, 'config');
  const bin = flagString(args, 'cosign');
  return {
    ...(bin ? { cosign: bin } : {}),
    ...(plain.length ? { plainHttp: plain } : {}),
    ...(insecure.length ? { insecure } : {}),
    ...(config ? { dockerConfig: config } : {}),
  };
}

function line(m: SignedManifest): string {
  return `signed ${m.platform.padEnd(14)} ${m.reference} → ${m.signature}`;
}

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign an image index and every platform manifest with cosign',
  usage: 'gen-ci sign IMAGE[:TAG|@sha256:…] (--key FILE|URI | --keyless) [--tlog-upload=false] [--no-verify] [--json]',
  help: `
Signs IMAGE's index and each of its platform manifests with cosign, always by digest (a tag is
resolved to its digest first, with the registry client), then verifies every one with the same key
(its public half) or keyless identity. Attestation manifests in the index are not signed. The
signatures are cosign's sha256-<digest>.sig tags beside the image; each is printed.

Key-based: --key is a private key file (cosign generate-key-pair), a KMS URI (awskms://, gcpkms://,
hashivault://, azurekms://), a Kubernetes or GitLab secret (k8s://, gitlab://) or env://VAR. The
key's password is read from COSIGN_PASSWORD only: it is never an argument and never printed.

Keyless (--keyless): a Fulcio certificate for the CI's OIDC token — GitHub Actions with
"permissions: id-token: write" (cosign reads ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), GitLab CI with
"id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore" — logged in Rekor. The verification afterwards uses
this job's identity on GitHub and GitLab; elsewhere give --certificate-identity and
--certificate-oidc-issuer (or --no-verify).

--tlog-upload=false signs without the transparency log (offline or private keys); its verification
then ignores the log, as cosign verify --insecure-ignore-tlog=true does. Registries on loopback
addresses and --plain-http ones are reached over HTTP (cosign --allow-http-registry).

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker, or --config), for the
registry client and for cosign alike. cosign 2.x must be on PATH (or --cosign PATH).

Examples:
  COSIGN_PASSWORD=… gen-ci sign registry.example.com/team/app:1.2 --key cosign.key
  gen-ci sign 127.0.0.1:5000/app@sha256:… --key cosign.key --tlog-upload=false
  gen-ci sign ghcr.io/owner/app:sha-1a2b3c4 --keyless
  gen-ci sign ghcr.io/owner/app:1.2 --key awskms:///alias/release --json`,
  json: [
    'repository, digest (the index), verified (false with --no-verify);',
    'signed: [{platform ("index" or os/arch[/variant]), digest, reference, signature (repo:sha256-<hex>.sig)}]',
    'a manifest that does not verify is {"ok": false, "error": {"code": "unsigned"}} (exit 1); cosign missing: "missing-tool"',
  ],
  flags: [
    {
      name: 'key',
      type: 'string',
      description: 'private key file, KMS URI (awskms://, gcpkms://, hashivault://, azurekms://), k8s://, gitlab:// or env://VAR',
    },
    { name: 'keyless', type: 'boolean', description: "sign with a Fulcio certificate for the CI job's OIDC token (logged in Rekor)" },
    { name: 'tlog-upload', type: 'boolean', description: 'upload to the Rekor transparency log (default true; =false for offline signing)' },
    { name: 'no-verify', type: 'boolean', description: 'do not verify the signatures afterwards' },
    { name: 'insecure-ignore-tlog', type: 'boolean', description: 'verify afterwards without a transparency-log entry (default: with --tlog-upload=false)' },
    ...IDENTITY_FLAGS.map((f) => ({ ...f, description: `${f.description}, for the verification afterwards` })),
    { name: 'cosign', type: 'string', description: 'the cosign binary (default cosign on PATH)' },
    timeoutFlag(TIMEOUT_S, 'signing and verifying'),
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('sign takes exactly one image reference; see gen-ci sign --help');
    const ref = parseReference(args.positionals[0] as string);
    const key = flagString(args, 'key');
    const keyless = flagBool(args, 'keyless');
    if (key !== undefined && keyless) throw new UsageError('give --key or --keyless, not both');
    if (key === undefined && !keyless) throw new UsageError('sign needs --key FILE|URI or --keyless; see gen-ci sign --help');
    const identity = identityFromFlags(args);
    if (identity && !keyless)
      throw new UsageError('--certificate-identity and --certificate-oidc-issuer go with --keyless; a key verifies with its public half');
    const verify = !flagBool(args, 'no-verify');
    if (identity && !verify) throw new UsageError('--certificate-identity is for the verification; --no-verify skips it');
    const tlogUpload = args.flags['tlog-upload'] === undefined ? undefined : flagBool(args, 'tlog-upload');
    const ignoreTlog = args.flags['insecure-ignore-tlog'] === undefined ? undefined : flagBool(args, 'insecure-ignore-tlog');
    if (identity) checkIdentity(identity);
    if (keyless) requireOidcToken(process.env);
    const timeoutMs = secondsFlag(args, 'timeout', TIMEOUT_S);
    if (key !== undefined) await checkKeyFlag(key, 'cosign key');
    await requireConfigDir(flagString(args, 'config'));
    const extra = cosignFlags(args);
    await requireCosign(extra);
    const password = process.env.COSIGN_PASSWORD;
    const options: SignImageOptions = {
      ...extra,
      signer: key !== undefined ? { key, ...(password !== undefined ? { password } : {}) } : { keyless: true, ...(identity ? { identity } : {}) },
      ...(tlogUpload !== undefined ? { tlogUpload } : {}),
      ...(ignoreTlog !== undefined ? { ignoreTlog } : {}),
      verify,
      timeoutSeconds: timeoutMs / 1000,
    };
    const client = new RegistryClient(clientOptionsFromFlags(args));
    try {
      const result = await runWithTimeout(client, io, { timeoutMs, what: `signing ${args.positionals[0]}`, host: ref.registry }, (c) =>
        signImage(c, ref, options),
      );
      if (flagBool(args, 'json')) printJson(io, { ...result });
      else {
        for (const m of result.signed) io.out(line(m));
        io.out(result.verified ? `verified ${result.signed.length} signatures of ${result.repository}@${result.digest}` : 'not verified (--no-verify)');
      }
      return 0;
    } finally {
      client.close();
    }
  },
};
