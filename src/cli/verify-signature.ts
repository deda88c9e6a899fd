import { readFile } from 'node:fs/promises';
import { checkIdentity, classifyKey } from '../core/cosign.js';
import { UsageError } from '../core/errors.js';
import { NotSignedError, requireCosign, type VerifiedManifest, type VerifyImageOptions, verifyImageSignatures } from '../pipeline/sign.js';
import { RegistryClient } from '../registry/client.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS, runWithTimeout, secondsFlag, timeoutFlag } from '../registry/options.js';
import { parseReference, type Reference } from '../registry/reference.js';
import { type Command, flagBool, flagString, printJson, printJsonFailure } from './command.js';
import { requireConfigDir } from './input.js';
import { checkKeyFlag, cosignFlags, IDENTITY_FLAGS, identityFromFlags } from './sign.js';

/** --timeout's default, in seconds: every image's lookups and verifications together */
const TIMEOUT_S = 300;

interface ImageReport {
  reference: string;
  repository: string;
  digest: string;
  manifests: VerifiedManifest[];
}

export const verifySignatureCommand: Command = {
  name: 'verify-signature',
  summary: 'check that an image index and each platform manifest carry a valid cosign signature',
  usage: 'gen-ci verify-signature IMAGE… (--key FILE|URI | --certificate-identity ID --certificate-oidc-issuer URL) [--insecure-ignore-tlog] [--json]',
  help: `
Verifies with cosign that each IMAGE (a tag is resolved to its digest first) is signed: its index
and every platform manifest, each by digest, against a public key (--key: a cosign.pub file, a KMS
URI, k8s://, gitlab:// or env://VAR) or a keyless identity (--certificate-identity or
--certificate-identity-regexp, with --certificate-oidc-issuer or --certificate-oidc-issuer-regexp).
The first manifest that is not signed ends it with one line naming it (exit 1), e.g.
  gen-ci: linux/arm64 sha256:… of registry.example.com/app is not signed by this key (…)

--insecure-ignore-tlog accepts signatures without a transparency-log entry (made with
--tlog-upload=false). Registries on loopback addresses and --plain-http ones are reached over HTTP.
Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker, or --config).
cosign 2.x must be on PATH (or --cosign PATH).

Examples:
  gen-ci verify-signature registry.example.com/team/app:1.2 --key cosign.pub
  gen-ci verify-signature ghcr.io/owner/app:1.2 --certificate-identity-regexp '^https://github.com/owner/app/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com
  gen-ci verify-signature 127.0.0.1:5000/app:latest --key cosign.pub --insecure-ignore-tlog --json`,
  json: [
    'images: one per IMAGE, in order: [{reference, repository, digest, manifests: [{platform ("index" or os/arch[/variant]),',
    'digest, reference, verified, verdict ("unsigned" | "mismatch" | "error", when not verified), detail}]}]',
    'a manifest that is not signed is {"ok": false, images, "error": {"code": "unsigned"}} (exit 1); cosign missing: "missing-tool"',
  ],
  flags: [
    {
      name: 'key',
      type: 'string',
      description: 'the public key: a cosign.pub file, KMS URI (awskms://, gcpkms://, hashivault://, azurekms://), k8s://, gitlab:// or env://VAR',
    },
    ...IDENTITY_FLAGS,
    { name: 'insecure-ignore-tlog', type: 'boolean', description: 'accept signatures without a transparency-log entry (signed with --tlog-upload=false)' },
    { name: 'cosign', type: 'string', description: 'the cosign binary (default cosign on PATH)' },
    timeoutFlag(TIMEOUT_S, 'every verification'),
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    if (!args.positionals.length) throw new UsageError('verify-signature takes one or more image references; see gen-ci verify-signature --help');
    const refs: Reference[] = args.positionals.map((p) => parseReference(p));
    const key = flagString(args, 'key');
    const identity = identityFromFlags(args);
    if (key !== undefined && identity) throw new UsageError('verify with --key or with --certificate-identity/--certificate-oidc-issuer, not both');
    if (key === undefined && !identity) throw new UsageError('verify-signature needs --key FILE|URI, or --certificate-identity and --certificate-oidc-issuer');
    if (identity) checkIdentity(identity);
    const timeoutMs = secondsFlag(args, 'timeout', TIMEOUT_S);
    if (key !== undefined) {
      await checkKeyFlag(key, 'public key');
      const source = classifyKey(key);
      if (source.kind === 'file' && /PRIVATE KEY-----/.test(await readFile(source.path, 'utf8')))
        throw new UsageError(`${source.path} is a private key; verify with its public half (cosign public-key --key ${source.path} > cosign.pub)`);
    }
    await requireConfigDir(flagString(args, 'config'));
    const extra = cosignFlags(args);
    await requireCosign(extra);
    const options: VerifyImageOptions = {
      ...extra,
      verifier: key !== undefined ? { key } : { identity: identity ?? {} },
      ignoreTlog: flagBool(args, 'insecure-ignore-tlog'),
      timeoutSeconds: timeoutMs / 1000,
    };
    const json = flagBool(args, 'json');
    const images: ImageReport[] = [];
    const client = new RegistryClient(clientOptionsFromFlags(args));
    const what = refs.length === 1 ? `verifying ${args.positionals[0]}` : `verifying ${refs.length} images`;
    try {
      await runWithTimeout(client, io, { timeoutMs, what, host: (refs[0] as Reference).registry }, async (c) => {
        for (const [i, ref] of refs.entries()) {
          try {
            const r = await verifyImageSignatures(c, ref, options);
            images.push({ reference: args.positionals[i] as string, repository: r.targets.repository, digest: r.targets.digest, manifests: r.manifests });
          } catch (e) {
            if (e instanceof NotSignedError) {
              const first = e.manifests[0];
              images.push({
                reference: args.positionals[i] as string,
                repository: `${ref.registry}/${ref.repository}`,
                digest: first?.digest ?? '',
                manifests: e.manifests,
              });
            }
            throw e;
          }
        }
      });
    } catch (e) {
      // the door prints the one line on stderr and exits 1; --json also lists what was verified
      if (json && e instanceof NotSignedError) printJsonFailure(io, { images }, e);
      throw e;
    } finally {
      client.close();
    }
    if (json) printJson(io, { images });
    else
      for (const im of images) {
        const platforms = im.manifests.filter((m) => m.platform !== 'index').map((m) => m.platform);
        const index = im.manifests.some((m) => m.platform === 'index');
        io.out(
          `verified ${im.repository}@${im.digest}: ${index ? `the index and ${platforms.length} platform manifest${platforms.length === 1 ? '' : 's'} (${platforms.join(', ')})` : platforms.join(', ') || 'the image'}`,
        );
      }
    return 0;
  },
};
