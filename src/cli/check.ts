import { buildArgValues } from '../core/build.js';
import { UsageError } from '../core/errors.js';
import { parsePlatform, parsePlatformList } from '../core/platform.js';
import { boundedLookup } from '../registry/bounded.js';
import { RegistryClient } from '../registry/client.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS } from '../registry/options.js';
import { type Command, flagBool, flagList, flagString, type ParsedArgs } from './command.js';

export function parseBuildArgs(items: string[]): Record<string, string> {
  for (const item of items) {
    // like docker: --build-arg NAME takes the value from the environment
    if (item.indexOf('=') <= 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(item)) throw new UsageError(`--build-arg takes NAME=VALUE, not "${item}"`);
  }
  return buildArgValues(items);
}

/** --NAME SECONDS as milliseconds: a positive number of seconds (fractions allowed), at most an hour. */
export function secondsFlag(args: ParsedArgs, name: string, dfltSeconds: number): number {
  const v = flagString(args, name);
  if (v === undefined) return dfltSeconds * 1000;
  const n = Number(v.trim().replace(/s$/i, ''));
  if (!v.trim() || !Number.isFinite(n) || n <= 0 || n > 3600) throw new UsageError(`--${name} takes a number of seconds above 0 and up to 3600, not "${v}"`);
  return Math.round(n * 1000);
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'preflight a Dockerfile for a multi-platform build',
  usage: 'gen-ci check [--file Dockerfile] --platforms list [--build-arg K=V…] [--target STAGE] [--offline | --timeout SECONDS] [--json]',
  help: `
Resolves every FROM of the Dockerfile (ARG substitution with --build-arg, stage references,
--platform=$BUILDPLATFORM) for each target platform, looks each image up in its registry and fails
(exit 1) if one lacks a platform the build needs, naming the image, the missing platform and what it
does have. Platforms are compared with their variants (linux/arm/v6 is not linux/arm/v7).

Each image lookup has a deadline, retries included (--timeout, default 5 s): a registry that
never answers fails that image ("… did not answer within 5 s") instead of holding the check. On a
terminal each retry prints one line to stderr. With --offline no registry is contacted at all:
only the static checks below run, and the images are listed without their platforms.

Warns about:
  - stages that compile (go, cargo, gcc, make, mvn, npm…) under emulation: use --platform=$BUILDPLATFORM
  - $TARGETARCH/$TARGETOS… in a shell-form RUN without ARG in that stage (the shell sees it empty)
  - download URLs with amd64/x86_64 hard-coded while other platforms are built

Examples:
  gen-ci check --platforms linux/amd64,linux/arm64
  gen-ci check -f docker/Dockerfile --platforms linux/amd64,linux/riscv64 --build-arg BASE=alpine:3.20
  gen-ci check --platforms linux/amd64,linux/arm64 --offline          # air-gapped: static checks only
  gen-ci check --platforms linux/amd64,linux/arm64 --timeout 20       # a slow registry`,
  flags: [
    { name: 'file', short: 'f', type: 'string', description: 'the Dockerfile (default ./Dockerfile)' },
    { name: 'platforms', short: 'p', type: 'string', description: 'target platforms, comma separated (required)' },
    { name: 'build-arg', type: 'list', description: 'NAME=VALUE as given to the build' },
    { name: 'target', type: 'string', description: 'the stage to build (default: the last)' },
    { name: 'build-platform', type: 'string', description: 'platform of the builder (default: this machine)' },
    { name: 'strict', type: 'boolean', description: 'warnings fail too (exit 1)' },
    { name: 'offline', type: 'boolean', description: 'static checks only: look no image up, contact no registry' },
    { name: 'timeout', type: 'string', description: 'seconds each image lookup may take, retries included (default 5)' },
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
    const offline = flagBool(args, 'offline');
    const timeoutMs = secondsFlag(args, 'timeout', 5);
    const buildArgs = parseBuildArgs(flagList(args, 'build-arg'));
    // the Dockerfile parser is loaded only by the command that needs it
    const { checkDockerfile } = await import('../dockerfile/preflight.js');
    // offline: no client at all, so nothing can reach the network
    const client = offline ? undefined : new RegistryClient(clientOptionsFromFlags(args));
    const bounded = client ? boundedLookup(client, { timeoutMs, ...(io.tty ? { onRetry: (line: string) => io.err(line) } : {}) }) : undefined;
    try {
      const r = await checkDockerfile(file, {
        platforms,
        buildArgs,
        ...(bp ? { buildPlatform: parsePlatform(bp) } : {}),
        ...(flagString(args, 'target') ? { target: flagString(args, 'target') } : {}),
        ...(bounded ? { lookup: bounded.lookup } : { offline: true }),
      });
      const failed = !r.ok || (flagBool(args, 'strict') && r.findings.length > 0);
      if (flagBool(args, 'json')) io.out(JSON.stringify({ ...r, ok: !failed }, null, 2));
      else {
        for (const img of r.images) {
          const status = offline
            ? 'not looked up (--offline)'
            : img.available === undefined
              ? 'lookup failed'
              : img.missing.length
                ? `MISSING ${img.missing.join(', ')}`
                : 'ok';
          io.out(`${img.image}: needs ${img.needed.join(', ')} — ${status}`);
        }
        for (const f of r.findings) (f.level === 'error' ? io.err : io.out)(`${f.level === 'error' ? 'error' : 'warning'}: ${f.message}`);
        io.out(
          failed
            ? `${file}: preflight failed`
            : `${file}: ready for ${platforms.length} platform(s)${r.findings.length ? ` with ${r.findings.length} warning(s)` : ''}`,
        );
      }
      return failed ? 1 : 0;
    } finally {
      bounded?.close();
      client?.close();
    }
  },
};
