import { UsageError } from '../core/errors.js';
import { formatPlatform, parsePlatform } from '../core/platform.js';
import { boundedLookup } from '../registry/bounded.js';
import { RegistryClient } from '../registry/client.js';
import { findPlatform } from '../registry/inspect.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS } from '../registry/options.js';
import { formatReference, parseReference } from '../registry/reference.js';
import { secondsFlag } from './check.js';
import { type Command, flagBool, flagString } from './command.js';

function short(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show the platforms behind an image reference (no Docker needed)',
  usage: 'gen-ci inspect REF [--platform P] [--json]',
  help: `
Prints the media type and digest of REF and a table of its platforms (os/arch/variant, manifest
digest, size); attestation manifests (buildx provenance/SBOM, platform unknown/unknown) are listed
as such. With --platform, exits 1 when REF lacks that platform: the cause of "exec format error".

The whole inspect, retries included, ends within --timeout (default 10 s): a registry that never
answers fails with "… did not answer within 10 s". On a terminal each retry prints one line.

Credentials come from docker's config.json ($DOCKER_CONFIG or ~/.docker), credHelpers and credsStore.

Examples:
  gen-ci inspect alpine:3.20
  gen-ci inspect registry.example.com/team/app:1.2 --platform linux/arm64
  gen-ci inspect 127.0.0.1:5000/base/busybox --json`,
  flags: [
    { name: 'platform', type: 'string', description: 'fail (exit 1) unless REF has this platform' },
    { name: 'timeout', type: 'string', description: 'seconds the whole inspect may take, retries included (default 10)' },
    ...REGISTRY_FLAGS,
  ],
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('inspect takes exactly one image reference; see gen-ci inspect --help');
    const ref = parseReference(args.positionals[0] as string);
    const wantRaw = flagString(args, 'platform');
    const want = wantRaw !== undefined ? parsePlatform(wantRaw) : undefined;
    const timeoutMs = secondsFlag(args, 'timeout', 10);
    const client = new RegistryClient(clientOptionsFromFlags(args));
    const bounded = boundedLookup(client, { timeoutMs, ...(io.tty ? { onRetry: (line: string) => io.err(line) } : {}) });
    try {
      const info = await bounded.lookup(formatReference(ref));
      const match = want ? findPlatform(info, want) : undefined;
      if (flagBool(args, 'json')) {
        io.out(JSON.stringify(want ? { ...info, requested: formatPlatform(want), found: match?.exact ? match.entry.platform : null } : info, null, 2));
      } else {
        io.out(info.reference);
        io.out(`media type  ${info.mediaType}`);
        io.out(`digest      ${info.digest}`);
        io.out('');
        const rows = [
          ['PLATFORM', 'DIGEST', 'SIZE'],
          ...info.platforms.map((p) => [p.platform, info.index ? short(p.digest) : short(p.digest), String(p.size)]),
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
      if (want && !match?.exact) {
        const have = info.platforms.map((p) => p.platform).join(', ') || 'no runnable platform';
        io.err(
          `gen-ci: ${info.reference} has no ${formatPlatform(want)} (it has ${have})${match ? `; containerd would fall back to ${match.entry.platform}` : '; a container of it on such a machine fails with "exec format error"'}`,
        );
        return 1;
      }
      return 0;
    } finally {
      bounded.close();
      client.close();
    }
  },
};
