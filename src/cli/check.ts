import { readFile } from 'node:fs/promises';
import { buildArgValues } from '../core/build.js';
import { checkIdentity, classifyKey } from '../core/cosign.js';
import { formatPlatform, parsePlatform, parsePlatformList } from '../core/platform.js';
import type { Finding, ImageNeed } from '../dockerfile/preflight.js';
import { NotSignedError, requireCosign, type VerifyImageOptions, verifyImageSignatures } from '../pipeline/sign.js';
import { boundedLookup } from '../registry/bounded.js';
import { RegistryClient } from '../registry/client.js';
import type { ImageInfo } from '../registry/inspect.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS, runWithTimeout, secondsFlag, terminalRetries } from '../registry/options.js';
import { parseReference, withDigest } from '../registry/reference.js';
import { UsageError, UserError } from '../core/errors.js';
import { type Command, flagBool, flagList, flagString, type ParsedArgs, printJson, printJsonFailure } from './command.js';
import { requireConfigDir, requireInputFile } from './input.js';
import { checkKeyFlag, cosignFlags, IDENTITY_FLAGS, identityFromFlags } from './sign.js';

export function parseBuildArgs(items: string[]): Record<string, string> {
  for (const item of items) {
    // like docker: --build-arg NAME takes the value from the environment
    if (item.indexOf('=') <= 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(item)) throw new UsageError(`--build-arg takes NAME=VALUE, not "${item}"`);
  }
  return buildArgValues(items);
}

/** The fixes for the emulated-compile findings (dockerfile/advice.ts: never pins a shipped stage). */
async function compileFixes(file: string, findings: { code: string; line?: number }[], target?: string) {
  const { readFile } = await import('node:fs/promises');
  const { fixEmulatedCompile } = await import('../dockerfile/advice.js');
  const text = await readFile(file, 'utf8');
  return findings
    .filter((f) => f.code === 'emulated-compile')
    .flatMap((f) => {
      const fix = fixEmulatedCompile(text, f, target ? { target } : {});
      return fix ? [{ line: f.line, ...fix }] : [];
    });
}

/** Each base's signature check (registry reads and cosign verify) takes at least this long a deadline, in seconds. */
const VERIFY_MIN_S = 60;

/** The verifier --require-signed-bases asks for, from the flags (usage errors before any file, registry or cosign is touched), or undefined without it. */
export async function signedBasesVerifier(args: ParsedArgs, offline: boolean): Promise<VerifyImageOptions['verifier'] | undefined> {
  const key = flagString(args, 'key');
  const identity = identityFromFlags(args);
  if (!flagBool(args, 'require-signed-bases')) {
    const given: [boolean, string][] = [
      [key !== undefined, '--key'],
      [identity !== undefined, '--certificate-identity/--certificate-oidc-issuer'],
      [args.flags['insecure-ignore-tlog'] !== undefined, '--insecure-ignore-tlog'],
      [flagString(args, 'cosign') !== undefined, '--cosign'],
    ];
    const stray = given.find(([present]) => present)?.[1];
    if (stray) throw new UsageError(`${stray} goes with --require-signed-bases`);
    return undefined;
  }
  if (offline) throw new UsageError('--require-signed-bases reads the signatures from the registries; it cannot run --offline');
  if (key !== undefined && identity) throw new UsageError('verify the bases with --key or with --certificate-identity/--certificate-oidc-issuer, not both');
  if (key === undefined && !identity)
    throw new UsageError('--require-signed-bases needs --key FILE|URI, or --certificate-identity and --certificate-oidc-issuer (keyless)');
  if (identity) {
    checkIdentity(identity);
    return { identity };
  }
  await checkKeyFlag(key as string, 'public key');
  const source = classifyKey(key as string);
  if (source.kind === 'file' && /PRIVATE KEY-----/.test(await readFile(source.path, 'utf8')))
    throw new UsageError(`${source.path} is a private key; verify with its public half (cosign public-key --key ${source.path} > cosign.pub)`);
  return { key: key as string };
}

/** A base's signature verdict, for the image list: the digest the build resolves and whether it is signed. */
export interface BaseSignature {
  digest: string;
  signed: boolean;
}

/** The error finding for a base that is not signed by the key/identity (`why`: the verifier's one line). */
export function unsignedBaseFinding(image: string, line: number, digest: string, why: string): Finding {
  return { level: 'error', code: 'unsigned-base', line, message: `line ${line}: base image ${image} (${digest}) is not signed as required: ${why}` };
}

/**
 * Verify each base image that was looked up (by the digest the platform check saw: its index and
 * every platform manifest, as gen-ci verify-signature does), in parallel; an image whose lookup
 * failed already has its error finding.
 */
async function verifyBases(
  client: RegistryClient,
  io: { err: (line: string) => void; tty: boolean },
  images: ImageNeed[],
  seen: Map<string, ImageInfo>,
  o: VerifyImageOptions,
  timeoutMs: number,
): Promise<{ findings: Finding[]; signatures: Map<string, BaseSignature> }> {
  const findings: Finding[] = [];
  const signatures = new Map<string, BaseSignature>();
  await Promise.all(
    images.map(async (img) => {
      const info = seen.get(img.image);
      if (!info || img.available === undefined) return;
      const ref = parseReference(img.image);
      try {
        await runWithTimeout(client, io, { timeoutMs, what: `verifying the signature of ${img.image}`, host: ref.registry }, (c) =>
          verifyImageSignatures(c, withDigest(ref, info.digest), o),
        );
        signatures.set(img.image, { digest: info.digest, signed: true });
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        signatures.set(img.image, { digest: info.digest, signed: false });
        const why = e instanceof NotSignedError ? e.message : `cannot verify it: ${e.message}`;
        findings.push(unsignedBaseFinding(img.image, img.line, info.digest, why));
      }
    }),
  );
  return { findings, signatures };
}

/** Errors first, then by line (the preflight's order). */
function byLevelAndLine(a: Finding, b: Finding): number {
  return a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'preflight a Dockerfile for a multi-platform build',
  usage:
    'gen-ci check [--file Dockerfile] --platforms list [--build-arg K=V…] [--target STAGE] [--offline | --timeout SECONDS] [--fix] [--require-signed-bases (--key FILE|URI | --certificate-identity ID --certificate-oidc-issuer URL) [--insecure-ignore-tlog]] [--json]',
  help: `
Resolves every FROM of the Dockerfile (ARG substitution with --build-arg, stage references,
--platform=$BUILDPLATFORM) for each target platform, looks each image up in its registry and fails
(exit 1) if one lacks a platform the build needs, naming the image, the missing platform and what it
does have. Platforms are compared with their variants (linux/arm/v6 is not linux/arm/v7).

Each image lookup has a deadline, retries included (--timeout, default 5 s): a registry that
never answers fails that image ("… did not answer within 5 s") instead of holding the check. On a
terminal each retry prints one line to stderr. With --offline no registry is contacted at all:
only the static checks below run, and the images are listed without their platforms.

Follows BuildKit's rules: ARG scope per stage (and carried into a stage built FROM another), quoted
FROM values, # check=skip=<code>,… directives, containerd's platform matching (arm64 images serve
arm64/v9; arm/v7 is not served by arm64).

Warns about (reading what the shell really runs, per target platform: package names and echo text
are not commands, and a case/if on uname -m, dpkg --print-architecture or $TARGETARCH is evaluated):
  - stages that compile (go, cargo, gcc, make, mvn, dotnet, native npm/pip builds) under emulation;
    --fix prints the change: a builder stage moves onto $BUILDPLATFORM with the cross-compile recipe,
    a compile in the shipped stage gets a new build stage and a COPY --from (never a pin that would
    ship the build machine's binaries), native addons must stay emulated
  - $TARGETARCH/$TARGETOS… used in RUN, COPY, ADD, ENV or WORKDIR without ARG in scope (empty)
  - downloads fixed to one architecture, and ARG ARCH=amd64-style defaults, while others are built
  - a single-platform base image used for other platforms (BuildKit uses it, with its binaries)

With --require-signed-bases, after the platform check every external image the build pulls (FROM,
COPY --from and RUN --mount from an image; not build stages, not scratch) is verified with cosign
at the digest the lookup resolved: its index and every platform manifest, as gen-ci
verify-signature does, against a public key (--key: a cosign.pub file, a KMS URI, k8s://, gitlab://
or env://VAR) or a keyless identity (--certificate-identity or --certificate-identity-regexp, with
--certificate-oidc-issuer or --certificate-oidc-issuer-regexp). A base that is not signed, or not
by that key/identity, is an error (unsigned-base, exit 1) naming the image and its digest; a
# check=skip directive does not silence it. --insecure-ignore-tlog accepts signatures without a
transparency-log entry (signed with --tlog-upload=false). It needs the registry, so not --offline;
each base's verification may take --timeout or ${VERIFY_MIN_S} s, whichever is longer. cosign 2.x must
be on PATH (or --cosign PATH).

Examples:
  gen-ci check --platforms linux/amd64,linux/arm64
  gen-ci check -f docker/Dockerfile --platforms linux/amd64,linux/riscv64 --build-arg BASE=alpine:3.20
  gen-ci check --platforms linux/amd64,linux/arm64 --offline          # air-gapped: static checks only
  gen-ci check --platforms linux/amd64,linux/arm64 --fix > fix.diff && git apply fix.diff
  gen-ci check --platforms linux/amd64,linux/arm64 --timeout 20       # a slow registry
  gen-ci check --platforms linux/amd64,linux/arm64 --require-signed-bases --key cosign.pub
  gen-ci check --platforms linux/amd64,linux/arm64 --require-signed-bases \\
    --certificate-identity-regexp '^https://github.com/chainguard-images/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com`,
  json: [
    'file: the Dockerfile; platforms: the targets; images: [{image, line, needed, available, missing}]',
    'with --require-signed-bases each image looked up also has digest (the one verified) and signed (true | false); an unsigned one is an "unsigned-base" finding',
    'findings: [{level: "error" | "warning", code, line, message}]; fixes (with --fix): [{line, kind, message, diff}]',
    'a failed preflight is {"ok": false, …the same members, "error": {"code": "preflight", …}} (exit 1)',
  ],
  flags: [
    { name: 'file', short: 'f', type: 'string', description: 'the Dockerfile (default ./Dockerfile)' },
    { name: 'platforms', short: 'p', type: 'string', aliases: ['platform'], description: 'target platforms, comma separated (required)' },
    { name: 'build-arg', type: 'list', description: 'NAME=VALUE as given to the build' },
    { name: 'target', type: 'string', description: 'the stage to build (default: the last)' },
    { name: 'build-platform', type: 'string', description: 'platform of the builder (default: this machine)' },
    { name: 'strict', type: 'boolean', description: 'warnings fail too (exit 1)' },
    { name: 'fix', type: 'boolean', description: 'print the change for each compile under emulation as a diff (git apply-able; nothing is written)' },
    { name: 'offline', type: 'boolean', description: 'static checks only: look no image up, contact no registry' },
    { name: 'timeout', type: 'string', description: 'seconds each image lookup may take, retries included (default 5)' },
    { name: 'require-signed-bases', type: 'boolean', description: 'fail unless every base image is signed (cosign) by --key or the --certificate-identity' },
    {
      name: 'key',
      type: 'string',
      description:
        'with --require-signed-bases: the public key, a cosign.pub file, KMS URI (awskms://, gcpkms://, hashivault://, azurekms://), k8s://, gitlab:// or env://VAR',
    },
    ...IDENTITY_FLAGS.map((f) => ({ ...f, description: `${f.description}, with --require-signed-bases` })),
    {
      name: 'insecure-ignore-tlog',
      type: 'boolean',
      description: 'with --require-signed-bases: accept signatures without a transparency-log entry (signed with --tlog-upload=false)',
    },
    { name: 'cosign', type: 'string', description: 'with --require-signed-bases: the cosign binary (default cosign on PATH)' },
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"; the Dockerfile is given with --file`);
    const platformsRaw = flagString(args, 'platforms');
    if (!platformsRaw) throw new UsageError('--platforms is required, e.g. --platforms linux/amd64,linux/arm64');
    const platforms = parsePlatformList(platformsRaw);
    if (!platforms.length) throw new UsageError('--platforms is empty');
    const file = flagString(args, 'file') ?? 'Dockerfile';
    const bp = flagString(args, 'build-platform');
    const buildPlatform = bp ? parsePlatform(bp) : undefined;
    const offline = flagBool(args, 'offline');
    const timeoutMs = secondsFlag(args, 'timeout', 5);
    const buildArgs = parseBuildArgs(flagList(args, 'build-arg'));
    const verifier = await signedBasesVerifier(args, offline);
    await requireInputFile(file, 'Dockerfile');
    if (!offline) await requireConfigDir(flagString(args, 'config'));
    const cosignOptions = verifier ? cosignFlags(args) : undefined;
    // cosign missing is one line before any registry work
    if (cosignOptions) await requireCosign(cosignOptions);
    // the Dockerfile parser is loaded only by the command that needs it
    const { checkDockerfile } = await import('../dockerfile/preflight.js');
    // offline: no client at all, so nothing can reach the network
    const client = offline ? undefined : new RegistryClient(clientOptionsFromFlags(args));
    const bounded = client ? boundedLookup(client, { timeoutMs, ...terminalRetries(io) }) : undefined;
    // what each lookup resolved: the digest the signature check verifies is the one the platform check saw
    const seen = new Map<string, ImageInfo>();
    const lookup = bounded
      ? async (image: string) => {
          const info = await bounded.lookup(image);
          seen.set(image, info);
          return info;
        }
      : undefined;
    try {
      const checked = await checkDockerfile(file, {
        platforms,
        buildArgs,
        ...(buildPlatform ? { buildPlatform } : {}),
        ...(flagString(args, 'target') ? { target: flagString(args, 'target') } : {}),
        ...(lookup ? { lookup } : { offline: true }),
      });
      let r: typeof checked & { images: (ImageNeed & Partial<BaseSignature>)[] } = checked;
      if (verifier && client && cosignOptions) {
        const options: VerifyImageOptions = {
          ...cosignOptions,
          verifier,
          ignoreTlog: flagBool(args, 'insecure-ignore-tlog'),
          timeoutSeconds: Math.max(timeoutMs / 1000, VERIFY_MIN_S),
        };
        const v = await verifyBases(client, io, checked.images, seen, options, Math.max(timeoutMs, VERIFY_MIN_S * 1000));
        const findings = [...checked.findings, ...v.findings].sort(byLevelAndLine);
        const images = checked.images.map((img) => {
          const sig = v.signatures.get(img.image);
          return sig ? { ...img, ...sig } : img;
        });
        r = { ok: checked.ok && v.findings.length === 0, images, findings };
      }
      const failed = !r.ok || (flagBool(args, 'strict') && r.findings.length > 0);
      // --fix: the change for each compile under emulation, as a diff (nothing is written)
      const fixes = flagBool(args, 'fix') ? await compileFixes(file, r.findings, flagString(args, 'target')) : [];
      const summary = failed
        ? `${file}: preflight failed`
        : `${file}: ready for ${platforms.length} platform(s)${r.findings.length ? ` with ${r.findings.length} warning(s)` : ''}`;
      if (flagBool(args, 'json')) {
        const { ok: _ok, ...fields } = r as typeof r & { ok?: boolean };
        const body = { file, platforms: platforms.map(formatPlatform), ...fields, ...(fixes.length ? { fixes } : {}) };
        if (failed) printJsonFailure(io, body, new UserError(summary, 1, 'preflight'));
        else printJson(io, body);
      } else {
        for (const img of r.images) {
          const status = offline
            ? 'not looked up (--offline)'
            : img.available === undefined
              ? 'lookup failed'
              : img.missing.length
                ? `MISSING ${img.missing.join(', ')}`
                : 'ok';
          const signature = img.signed === undefined ? '' : img.signed ? `, signed (${img.digest})` : `, NOT SIGNED (${img.digest})`;
          io.out(`${img.image}: needs ${img.needed.join(', ')} — ${status}${signature}`);
        }
        for (const f of r.findings) (f.level === 'error' ? io.err : io.out)(`${f.level === 'error' ? 'error' : 'warning'}: ${f.message}`);
        for (const x of fixes) {
          io.out(`fix for line ${x.line} (${x.kind}): ${x.message}`);
          if (x.diff) io.out(x.diff.trimEnd());
        }
        io.out(summary);
      }
      return failed ? 1 : 0;
    } finally {
      bounded?.close();
      client?.close();
    }
  },
};
