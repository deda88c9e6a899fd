import { UsageError, UserError } from '../core/errors.js';
import { formatPlatform, parsePlatformList } from '../core/platform.js';
import { boundedLookup } from '../registry/bounded.js';
import { RegistryClient } from '../registry/client.js';
import { findPlatform } from '../registry/inspect.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS, secondsFlag, terminalRetries } from '../registry/options.js';
import { formatReference, parseReference } from '../registry/reference.js';
import { type Command, flagBool, flagString, printJson, printJsonFailure } from './command.js';
import { requireConfigDir } from './input.js';

function short(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show the platforms behind an image reference (no Docker needed)',
  usage: 'gen-ci inspect REF [--platforms P[,P…]] [--timeout SECONDS] [--json]',
  help: `
Prints the media type and digest of REF and a table of its platforms (os/arch/variant, manifest
digest, size); attestation manifests (buildx provenance/SBOM, platform unknown/unknown) are listed
as such. With --platforms (or --platform), exits 1 when REF lacks one of them: the cause of
"exec format error".

The whole inspect, retries included, ends within --timeout (default 10 s): a registry that never
answers fails with "… did not answer within 10 s". On a terminal each retry prints one line.

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker), credHelpers and credsStore.

Examples:
  gen-ci inspect alpine:3.20
  gen-ci inspect registry.example.com/team/app:1.2 --platforms linux/arm64
  gen-ci inspect alpine:3.20 --platforms linux/amd64,linux/riscv64
  gen-ci inspect 127.0.0.1:5000/base/busybox --json`,
  json: [
    'reference, mediaType, digest, index: true for an index; platforms: [{platform, digest, size, mediaType}];',
    'attestations: [{digest, size, type, for}]',
    'with --platforms: checks: [{requested, found}] (found: the platform that serves it, or null), and for',
    'one platform also requested and found; a missing one is {"ok": false, …, "error": {"code": "platform-missing"}} (exit 1)',
  ],
  flags: [
    { name: 'platforms', type: 'string', aliases: ['platform'], description: 'fail (exit 1) unless REF has every one of these platforms (comma separated)' },
    { name: 'timeout', type: 'string', description: 'seconds the whole inspect may take, retries included (default 10)' },
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('inspect takes exactly one image reference; see gen-ci inspect --help');
    const ref = parseReference(args.positionals[0] as string);
    const wantRaw = flagString(args, 'platforms');
    const wants = wantRaw !== undefined ? parsePlatformList(wantRaw) : [];
    if (wantRaw !== undefined && !wants.length) throw new UsageError('--platforms is empty');
    const timeoutMs = secondsFlag(args, 'timeout', 10);
    await requireConfigDir(flagString(args, 'config'));
    const client = new RegistryClient(clientOptionsFromFlags(args));
    const bounded = boundedLookup(client, { timeoutMs, ...terminalRetries(io) });
    try {
      const info = await bounded.lookup(formatReference(ref));
      const checks = wants.map((w) => ({ want: w, match: findPlatform(info, w) }));
      const missing = checks.filter((c) => !c.match?.exact);
      const have = info.platforms.map((p) => p.platform).join(', ') || 'no runnable platform';
      const only = missing.length === 1 && checks.length === 1 ? missing[0]?.match : undefined;
      const failure = missing.length
        ? `${info.reference} has no ${missing.map((c) => formatPlatform(c.want)).join(', ')} (it has ${have})${only ? `; containerd would fall back to ${only.entry.platform}` : '; a container of it on such a machine fails with "exec format error"'}`
        : undefined;
      if (flagBool(args, 'json')) {
        const found = checks.map((c) => ({ requested: formatPlatform(c.want), found: c.match?.exact ? c.match.entry.platform : null }));
        const body = { ...info, ...(checks.length ? { checks: found } : {}), ...(found.length === 1 ? found[0] : {}) };
        if (failure) printJsonFailure(io, body, new UserError(failure, 1, 'platform-missing'));
        else printJson(io, body);
      } else {
        io.out(info.reference);
        io.out(`media type  ${info.mediaType}`);
        io.out(`digest      ${info.digest}`);
        io.out('');
        const rows = [
          ['PLATFORM', 'DIGEST', 'SIZE'],
          ...info.platforms.map((p) => [p.platform, short(p.digest), String(p.size)]),
          ...info.attestations.map((a) => [`attestation`, short(a.digest), String(a.size), a.for ? `for ${short(a.for)}` : a.type]),
        ];
        const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
        for (const r of rows)
          io.out(
            r
              .map((c, i) => (i < 3 ? c.padEnd(w[i] as number) : c))
              .join('  ')
              .trimEnd(),
          );
      }
      if (failure) {
        io.err(`gen-ci: ${failure}`);
        return 1;
      }
      return 0;
    } finally {
      bounded.close();
      client.close();
    }
  },
};
