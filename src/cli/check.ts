import { buildArgValues } from '../core/build.js';
import { formatPlatform, parsePlatform, parsePlatformList } from '../core/platform.js';
import { boundedLookup } from '../registry/bounded.js';
import { RegistryClient } from '../registry/client.js';
import { clientOptionsFromFlags, REGISTRY_FLAGS, secondsFlag, terminalRetries } from '../registry/options.js';
import { UsageError, UserError } from '../core/errors.js';
import { type Command, flagBool, flagList, flagString, printJson, printJsonFailure } from './command.js';
import { requireConfigDir, requireInputFile } from './input.js';

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

export const checkCommand: Command = {
  name: 'check',
  summary: 'preflight a Dockerfile for a multi-platform build',
  usage: 'gen-ci check [--file Dockerfile] --platforms list [--build-arg K=V…] [--target STAGE] [--offline | --timeout SECONDS] [--fix] [--json]',
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

Examples:
  gen-ci check --platforms linux/amd64,linux/arm64
  gen-ci check -f docker/Dockerfile --platforms linux/amd64,linux/riscv64 --build-arg BASE=alpine:3.20
  gen-ci check --platforms linux/amd64,linux/arm64 --offline          # air-gapped: static checks only
  gen-ci check --platforms linux/amd64,linux/arm64 --fix > fix.diff && git apply fix.diff
  gen-ci check --platforms linux/amd64,linux/arm64 --timeout 20       # a slow registry`,
  json: [
    'file: the Dockerfile; platforms: the targets; images: [{image, line, needed, available, missing}]',
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
    await requireInputFile(file, 'Dockerfile');
    if (!offline) await requireConfigDir(flagString(args, 'config'));
    // the Dockerfile parser is loaded only by the command that needs it
    const { checkDockerfile } = await import('../dockerfile/preflight.js');
    // offline: no client at all, so nothing can reach the network
    const client = offline ? undefined : new RegistryClient(clientOptionsFromFlags(args));
    const bounded = client ? boundedLookup(client, { timeoutMs, ...terminalRetries(io) }) : undefined;
    try {
      const r = await checkDockerfile(file, {
        platforms,
        buildArgs,
        ...(buildPlatform ? { buildPlatform } : {}),
        ...(flagString(args, 'target') ? { target: flagString(args, 'target') } : {}),
        ...(bounded ? { lookup: bounded.lookup } : { offline: true }),
      });
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
          io.out(`${img.image}: needs ${img.needed.join(', ')} — ${status}`);
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
