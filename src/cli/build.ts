// `gen-ci build`: the action's whole job from any shell. Flags become the action's inputs (the
// same names, read by the same reader, readOptions), so both doors run one pipeline (runJob) with
// byte-identical buildx arguments; this file only maps flags, shows progress and prints the result.
import { shellWord } from '../core/shell-quote.js';
import { tmpdir } from 'node:os';
import { binfmtInstallArgs, hostNativePlatforms, readRegisteredEmulators } from '../core/binfmt.js';
import { builderName } from '../core/builder.js';
import { describeError, UsageError } from '../core/errors.js';
import { cleanup, Lifecycle } from '../core/lifecycle.js';
import type { Log } from '../core/log.js';
import { loginArgs } from '../core/login.js';
import { formatPlatform } from '../core/platform.js';
import { ProgressTracker, progressLines } from '../core/progress.js';
import { platformDigests } from '../core/pushed.js';
import { contextFromEnvironment, type EventContext } from '../metadata/index.js';
import { type JobOptions, parseSecrets, readOptions } from '../pipeline/options.js';
import { planBuild, planBuildctl, planBuilder, planNodeBuilder, planQemu, resolveBackend, validateJob } from '../pipeline/plan.js';
import { backendFacts, type JobResult, runJob } from '../pipeline/run.js';
import { newContext } from '../pipeline/steps.js';
import { readInputFile } from './input.js';
import { type Command, type FlagSpec, flagBool, flagList, flagString, type Io, type ParsedArgs, printJson, printJsonFailure } from './command.js';

/** A flag and the action input it stands for: `join` puts a repeated flag's values into the input's list syntax. */
interface FlagInput {
  flag: FlagSpec;
  input: string;
  /** boolean flags: the input value when the flag is given */
  value?: string;
  join?: ',' | '\n';
}

const f = (flag: FlagSpec, input: string, extra: Partial<FlagInput> = {}): FlagInput => ({ flag, input, ...extra });
const list = (name: string, input: string, description: string, more: Partial<FlagSpec> = {}): FlagInput =>
  f({ name, type: 'list', description, ...more }, input, { join: '\n' });
const str = (name: string, input: string, description: string, more: Partial<FlagSpec> = {}): FlagInput => f({ name, type: 'string', description, ...more }, input);
const bool = (name: string, input: string, value: string, description: string): FlagInput => f({ name, type: 'boolean', description }, input, { value });

/** Every flag that is an action input (the rest are the CLI's own: context, secrets, password, progress …). */
export const INPUT_FLAGS: FlagInput[] = [
  f({ name: 'platforms', type: 'list', aliases: ['platform'], description: 'target platforms, comma separated (default linux/amd64,linux/arm64)' }, 'platforms', { join: ',' }),
  str('file', 'file', 'the Dockerfile (default CONTEXT/Dockerfile)', { short: 'f' }),
  list('tag', 'tags', 'an image reference to push (REGISTRY/REPO:TAG)', { short: 't' }),
  f({ name: 'images', type: 'list', description: 'repositories the tag rules make tags for (instead of --tag)' }, 'images', { join: ',' }),
  list('tag-rule', 'tag-rules', 'a tag rule for --images, docker/metadata-action syntax (default: the release policy, see gen-ci tags --help)'),
  str('latest', 'latest', 'with --images: auto (default), true or false'),
  list('label', 'labels', 'a label KEY=VALUE (on top of the OCI set)'),
  list('annotation', 'annotations', 'an annotation [index:|manifest:]KEY=VALUE'),
  bool('no-oci-metadata', 'oci-metadata', 'false', 'no OCI labels and annotations of gen-ci’s own (only yours)'),
  bool('reproducible', 'reproducible', 'true', 'SOURCE_DATE_EPOCH from the commit time (needs a CI event with it)'),
  list('build-arg', 'build-args', 'a build argument NAME=VALUE (a bare NAME takes its value from the environment)'),
  str('target', 'target', 'the stage to build'),
  bool('push', 'push', 'true', 'push the image (and verify the pushed index)'),
  bool('load', 'load', 'true', 'load the image into the local Docker (one platform)'),
  list('output', 'outputs', 'a buildx/buildctl output (type=local,dest=DIR …); replaces --push/--load', { short: 'o' }),
  str('cache', 'cache', 'auto (registry cache beside the image when pushing), registry, local, gha or none'),
  list('cache-from', 'cache-from', 'a cache source (buildx syntax), instead of --cache'),
  list('cache-to', 'cache-to', 'a cache destination (buildx syntax), instead of --cache'),
  str('provenance', 'provenance', 'false (default), true or an attestation value such as mode=max'),
  str('sbom', 'sbom', 'false (default) or true: one SBOM per platform'),
  bool('push-by-digest', 'push-by-digest', 'true', 'split leg: push by digest only (no tag) into --image; merge with gen-ci merge'),
  str('image', 'image', 'the repository for --push-by-digest (default: the first tag’s)'),
  str('digests-dir', 'digests-dir', 'split leg: record the digest as a file here'),
  str('qemu', 'qemu', 'auto (default: install only the emulators needed), true or false'),
  str('qemu-image', 'qemu-image', 'the binfmt image (default: the pinned one)'),
  str('buildkit-image', 'buildkit-image', 'the BuildKit image of a new docker-container builder'),
  str('helper-registry', 'helper-registry', 'pull the binfmt and BuildKit images from this mirror'),
  str('retries', 'retries', 'retries of a helper-image pull (default 3)'),
  str('driver', 'driver', 'docker-container (default), docker or remote'),
  list('driver-opt', 'driver-opts', 'a buildx driver option (network=host, image=…)'),
  str('endpoint', 'endpoint', 'the BuildKit endpoint of driver remote (tcp://host:1234)'),
  str('builder', 'builder', 'use this existing buildx builder (never removed)'),
  list('node', 'nodes', 'a native node PLATFORM=ENDPOINT (tcp://, ssh://, unix://, docker-container://, kubernetes:arch=arm64)'),
  bool('no-fallback', 'node-fallback', 'false', 'fail when a --node cannot be reached (default: its platforms fall back to QEMU on the local node)'),
  str('backend', 'backend', 'auto (default: buildx when the Docker CLI is there, else buildctl), buildx or buildctl'),
  str('addr', 'buildkit-addr', 'buildctl: the BuildKit address (default BUILDKIT_HOST, else buildctl-daemonless.sh)'),
  f({ name: 'insecure-registry', type: 'list', description: 'a plain-HTTP registry HOST[:PORT] (the builder, the checks and the verify)' }, 'insecure-registries', { join: ',' }),
  str('registry', 'registry', 'log in to this registry (default docker.io) with --username and --password-stdin'),
  str('username', 'username', 'the registry user (the password comes from --password-stdin)'),
  bool('no-check', 'check', 'false', 'skip the preflight of the Dockerfile and its base images'),
  bool('check-offline', 'check', 'offline', 'the preflight’s static checks only, no base image looked up'),
  str('check-timeout', 'check-timeout', 'seconds for each base-image lookup of the check (default 5)'),
  str('registry-timeout', 'registry-timeout', 'seconds for each registry operation: mirror, verify (default 300)'),
  list('mirror', 'mirror', 'copy a base image first: SRC=DST, or auto (every FROM image into --mirror-registry)'),
  str('mirror-registry', 'mirror-registry', 'where mirror auto copies to (registry.internal/mirror)'),
  bool('no-verify', 'verify', 'false', 'do not fail when the pushed index lacks a platform (still read back)'),
  str('sign', 'sign', 'after the push, sign the index and every platform manifest with cosign: key (--cosign-key) or keyless'),
  str('cosign-key', 'cosign-key', 'sign key: a cosign key file or KMS URI (its password from COSIGN_PASSWORD)'),
  bool('no-tlog', 'cosign-tlog', 'false', 'sign without the transparency log (private or offline signing)'),
];

const OWN_FLAGS: FlagSpec[] = [
  { name: 'secret', type: 'list', description: 'a build secret id=ID,src=FILE or id=ID,env=VAR (docker’s syntax; never printed)' },
  { name: 'buildkitd-config', type: 'string', description: 'a buildkitd.toml file for the new builder (or the daemonless BuildKit)' },
  { name: 'password-stdin', type: 'boolean', description: 'read the registry password from standard input' },
  { name: 'progress', type: 'string', description: 'auto (default: a line per platform on a terminal, else plain), plain, tty or quiet' },
  { name: 'dry-run', type: 'boolean', description: 'print the commands it would run, and run nothing' },
];

/** The action input a flag's input-name error message starts with, shown as the flag (pure). */
function flagWording(message: string): string {
  const m = /^([a-z-]+): /.exec(message);
  if (!m) return message;
  const entry = INPUT_FLAGS.find((x) => x.input === m[1] && x.flag.type !== 'boolean') ?? INPUT_FLAGS.find((x) => x.input === m[1]);
  return entry ? `--${entry.flag.name}: ${message.slice(m[0].length)}` : message;
}

/** docker's --secret: id=ID,src=FILE | id=ID,env=VAR (type=file/env also accepted); values are read here. */
export async function readSecretFlags(values: string[], env: NodeJS.ProcessEnv = process.env): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const attrs = Object.fromEntries(
      v.split(',').map((kv) => {
        const eq = kv.indexOf('=');
        return eq < 0 ? [kv.trim(), ''] : [kv.slice(0, eq).trim(), kv.slice(eq + 1)];
      }),
    ) as Record<string, string>;
    const id = attrs.id;
    if (!id) throw new UsageError(`--secret: "${v.replace(/(env|src|source)=[^,]*/g, '$1=…')}" has no id= (id=ID,src=FILE or id=ID,env=VAR)`);
    const src = attrs.src ?? attrs.source;
    const envName = attrs.env ?? (attrs.type === 'env' || (!src && !attrs.type) ? id : undefined);
    let value: string;
    if (src !== undefined && (attrs.type === undefined || attrs.type === 'file')) {
      value = await readInputFile(src, `--secret ${id} file`);
    } else if (envName !== undefined) {
      const got = env[envName];
      if (got === undefined) throw new UsageError(`--secret ${id}: the environment variable ${envName} is not set`);
      value = got;
    } else throw new UsageError(`--secret ${id}: give src=FILE or env=VAR`);
    if (id in out) throw new UsageError(`--secret: "${id}" is given twice`);
    out[id] = value;
  }
  // the ids are checked as the action checks its secrets input
  parseSecrets(Object.keys(out).map((k) => `${k}=x`).join('\n'));
  return out;
}

/** The action's inputs for these flags (pure): name -> raw input text. */
export function inputsFromFlags(args: ParsedArgs): Record<string, string> {
  const inputs: Record<string, string> = { 'helper-cache': 'false', summary: 'false' };
  for (const x of INPUT_FLAGS) {
    if (x.flag.type === 'boolean') {
      if (flagBool(args, x.flag.name)) {
        if (inputs[x.input] !== undefined && inputs[x.input] !== x.value) throw new UsageError(`--${x.flag.name} and another flag set ${x.input} two ways; give one`);
        inputs[x.input] = x.value as string;
      }
    } else if (x.flag.type === 'list') {
      const v = flagList(args, x.flag.name);
      if (v.length) inputs[x.input] = v.join(x.join ?? '\n');
    } else {
      const v = flagString(args, x.flag.name);
      if (v !== undefined) inputs[x.input] = v;
    }
  }
  const context = args.positionals[0];
  if (args.positionals.length > 1) throw new UsageError(`build takes one context directory (got ${args.positionals.join(' ')})`);
  if (context !== undefined) inputs.context = context;
  return inputs;
}

export interface CliJob {
  options: JobOptions;
  /** what the job would run, for --dry-run */
  inputs: Record<string, string>;
}

/** Flags -> JobOptions through the action's own reader; errors name the flag. */
export function optionsFromFlags(args: ParsedArgs, event: { env: NodeJS.ProcessEnv; context?: EventContext; password?: string; secrets?: Record<string, string>; buildkitdConfig?: string }): JobOptions {
  const inputs = inputsFromFlags(args);
  if (event.password !== undefined) inputs.password = event.password;
  if (event.buildkitdConfig !== undefined) inputs['buildkitd-config'] = event.buildkitdConfig;
  // a key's password only ever comes from the environment, as cosign itself takes it
  if (inputs.sign && event.env.COSIGN_PASSWORD !== undefined) inputs['cosign-password'] = event.env.COSIGN_PASSWORD;
  try {
    const o = readOptions((name) => inputs[name] ?? '', { env: event.env, context: event.context });
    if (event.secrets && Object.keys(event.secrets).length) {
      o.secrets = event.secrets;
      validateJob(o);
    }
    return o;
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(flagWording(err.message));
    throw err;
  }
}

/** A shell-readable line for a command (dry run and plain progress; never run through a shell). */
export function commandLine(cmd: string, args: string[]): string {
  return [cmd, ...args].map(shellWord).join(' ');
}

/** The commands the job would run with these options, in order (pure but for reading the kernel's emulators and the PATH). */
export function dryRunCommands(o: JobOptions, env: NodeJS.ProcessEnv = process.env): string[][] {
  const cmds: string[][] = [];
  const tempDir = `${tmpdir()}/gen-ci-XXXXXX`;
  const backend = resolveBackend(o, backendFacts(env));
  if (o.username) cmds.push(backend.backend === 'buildx' ? ['docker', ...loginArgs(o.registry, o.username)] : ['# write the login to a temporary DOCKER_CONFIG']);
  const secretFiles = Object.fromEntries(Object.keys(o.secrets).map((id) => [id, `${tempDir}/secrets/${id}`]));
  const localCacheDir = o.cache === 'local' ? `${tmpdir()}/gen-ci-buildx-cache/SLUG` : undefined;
  if (backend.backend === 'buildctl') {
    const plan = planBuildctl(o, { versions: {}, tempDir, secretFiles, localCacheDir }, backend, env);
    cmds.push([plan.command, ...plan.args]);
    return cmds;
  }
  const plan = planQemu(o, { native: hostNativePlatforms(), registered: readRegisteredEmulators() });
  if (!('skip' in plan) && plan.install.length && o.qemu !== 'false') cmds.push(['docker', ...binfmtInstallArgs(`${o.qemuImage ?? 'BINFMT-IMAGE'}`, plan.install)]);
  const name = o.builder ?? builderName(env);
  if (o.nodes.length) {
    for (const c of planNodeBuilder(o, name, tempDir).commands) cmds.push(c);
  } else {
    const b = planBuilder(o, name, tempDir);
    if (b.kind === 'create') cmds.push(['docker', ...b.args]);
  }
  // driver: docker builds on the engine's own builder (its name is the Docker context's)
  const builder = o.driver === 'docker' && !o.builder && !o.nodes.length ? 'default' : name;
  const build = planBuild(o, { builder, versions: {}, tempDir, secretFiles, localCacheDir });
  cmds.push([build.command, ...build.args]);
  return cmds;
}

/** The CLI's log: stderr lines, warnings kept for --json; groups timed. */
function cliLog(io: Io, warnings: string[], quiet: boolean): Log {
  return {
    info: (l) => {
      if (!quiet) io.err(l);
    },
    warning: (l, at) => {
      warnings.push(l);
      io.err(`warning: ${at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''}${l}`);
    },
    annotateError: (l, at) => io.err(`error: ${at.file}${at.line ? `:${at.line}` : ''}: ${l}`),
    notice: (l) => io.err(`note: ${l}`),
    group: async (title, fn) => {
      if (!quiet) io.err(`── ${title}`);
      const t = Date.now();
      try {
        return await fn();
      } finally {
        if (!quiet && Date.now() - t >= 1000) io.err(`   (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      }
    },
  };
}

/** Live lines, one per platform, redrawn in place on a terminal. */
class TerminalProgress {
  private readonly tracker = new ProgressTracker();
  private drawn = 0;
  private timer?: NodeJS.Timeout;
  constructor(private readonly platforms: string[], private readonly write: (s: string) => void) {}

  feed(chunk: string): void {
    if (this.tracker.feed(chunk)) this.draw();
    this.timer ??= setInterval(() => this.draw(), 500);
  }

  private draw(finished = false): void {
    const width = Math.max((process.stderr.columns ?? 100) - 1, 40);
    const lines = progressLines(this.tracker, this.platforms, Date.now(), width, finished);
    const up = this.drawn ? `\x1b[${this.drawn}A` : '';
    this.write(`${up}${lines.map((l) => `\x1b[2K${l}\n`).join('')}`);
    this.drawn = lines.length;
  }

  end(ok: boolean): void {
    if (this.timer) clearInterval(this.timer);
    if (this.drawn || ok) this.draw(ok);
  }
}

function summaryLines(o: JobOptions, out: JobResult, ms: number, backend: string): string[] {
  const lines: string[] = [];
  if (out.image) lines.push(`image     ${out.image}`);
  else if (out.digest) lines.push(`digest    ${out.digest}`);
  if (o.tags.length && o.push) lines.push(`tags      ${o.tags.join(', ')}`);
  const digests = out.pushed ? platformDigests(out.pushed) : {};
  const where = new Map((out.nodes ?? []).flatMap((n) => n.platforms.map((p) => [p, `${n.node}${n.fallback ? ' (QEMU fallback)' : ''}`] as const)));
  const rows = o.platforms.map(formatPlatform).map((p) => [p, digests[p] ? `${(digests[p] as string).slice(0, 19)}…` : out.pushed ? 'MISSING' : '-', where.get(p) ?? out.builder ?? '']);
  const w = [Math.max(8, ...rows.map((r) => (r[0] as string).length)), Math.max(6, ...rows.map((r) => (r[1] as string).length))];
  lines.push(`${'platform'.padEnd(w[0] as number)}  ${'digest'.padEnd(w[1] as number)}  built on`);
  for (const r of rows) lines.push(`${(r[0] as string).padEnd(w[0] as number)}  ${(r[1] as string).padEnd(w[1] as number)}  ${r[2]}`);
  if (out.cache?.total) lines.push(`cache     ${out.cache.cached}/${out.cache.total} steps cached`);
  if (out.signatures?.length) lines.push(`signed    ${out.signatures.length} manifests (cosign, verified): ${out.signatures[0]?.signature}, …`);
  lines.push(`backend   ${backend}; ${(ms / 1000).toFixed(1)} s`);
  return lines;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build and push a multi-arch image from any shell (buildx or plain BuildKit)',
  usage: 'gen-ci build [CONTEXT] -t IMAGE:TAG [--platforms LIST] [--push] [--node PLATFORM=ENDPOINT…] [--backend buildx|buildctl] [--dry-run] [--json]',
  help: `
Runs the GitHub Action's whole job from a laptop, Jenkins, Tekton or any CI: the Dockerfile
preflight (every base image has every platform), base-image mirroring, QEMU for the platforms that
need it, a builder of its own (removed at the end), the build with a registry cache beside the
image, the push, and a read-back of the pushed index that fails when a platform is missing.
Provenance and SBOM are off unless asked for. The flags are the action's inputs (README: Inputs);
both doors run the same pipeline and give buildx the same arguments.

Backends (--backend, default auto): buildx when the Docker CLI is on PATH (docker-container,
docker, remote drivers; --builder reuses one); otherwise buildctl: BuildKit at --addr or
BUILDKIT_HOST, else a daemonless BuildKit started for this one build (buildctl-daemonless.sh, as in
the rootless moby/buildkit image). The registry client verifies the push in both cases.

Native nodes: --node linux/arm64=ssh://user@arm-host (repeatable; tcp://, unix://, ssh://,
docker-container:// BuildKit addresses, or kubernetes:arch=arm64) makes one builder whose nodes own
their platforms, so one build compiles each platform natively, in parallel, and pushes one index.
Platforms no node owns are built on a local BuildKit node (QEMU). A node that cannot be reached is
dropped with a warning and its platforms go to the local node (--no-fallback: fail instead).

Progress: on a terminal one line per platform (state, time, current step); in CI or with
--progress plain BuildKit's plain log. The summary (image, per-platform digest, which node built
it) goes to stdout; --json prints it as one object instead. Log in with docker login beforehand, or
--username with --password-stdin (a temporary DOCKER_CONFIG; the password is never printed).

Examples:
  gen-ci build -t ghcr.io/me/app:dev --push
  gen-ci build . -t registry.example.com/app:1.2.3 --platforms linux/amd64,linux/arm64,linux/arm/v7 --push
  gen-ci build -t registry/app:ci --push --backend buildctl --addr tcp://buildkitd:1234
  gen-ci build -t registry/app:ci --push --node linux/arm64=ssh://pi@raspberry --node linux/amd64=tcp://10.0.0.5:1234
  echo "$TOKEN" | gen-ci build -t ghcr.io/me/app:1 --push --registry ghcr.io --username me --password-stdin
  gen-ci build -t ghcr.io/me/app:1 --push --dry-run`,
  json: [
    'image: REPOSITORY@DIGEST when pushed; digest; tags; platforms: {platform: digest} as read back;',
    'builder; backend: buildx | buildctl; nodes: [{node, endpoint, platforms, fallback}] with --node;',
    'signatures: [{platform, digest, signature}] with --sign; cache: {cached, total} steps; warnings: [line]; durationMs.',
    '--dry-run: {dryRun: true, commands: [[argv…]]}',
  ],
  flags: [...INPUT_FLAGS.map((x) => x.flag), ...OWN_FLAGS],
  async run(args, io) {
    const started = Date.now();
    const env = process.env;
    const progress = flagString(args, 'progress') ?? 'auto';
    if (!['auto', 'plain', 'tty', 'quiet'].includes(progress)) throw new UsageError(`--progress takes auto, plain, tty or quiet, not "${progress}"`);
    const configFile = flagString(args, 'buildkitd-config');
    const buildkitdConfig = configFile === undefined ? undefined : await readInputFile(configFile, 'buildkitd config');
    const secrets = await readSecretFlags(flagList(args, 'secret'), env);
    if (flagBool(args, 'password-stdin') && !flagString(args, 'username')) throw new UsageError('--password-stdin needs --username');
    if (flagString(args, 'username') && !flagBool(args, 'password-stdin')) throw new UsageError('--username needs --password-stdin (the password is never a flag)');
    const needsEvent = flagList(args, 'images').length > 0 || !flagBool(args, 'no-oci-metadata');
    const context = needsEvent ? await contextFromEnvironment(env, process.cwd()).catch(() => undefined) : undefined;
    // every flag is checked before the password is read or anything runs
    optionsFromFlags(args, { env, context, secrets, buildkitdConfig, password: flagString(args, 'username') ? 'placeholder' : undefined });
    const password = flagBool(args, 'password-stdin') ? await readStdin() : undefined;
    if (password !== undefined && !password) throw new UsageError('--password-stdin: standard input was empty');
    const o = optionsFromFlags(args, { env, context, secrets, buildkitdConfig, password });

    if (flagBool(args, 'dry-run')) {
      const commands = dryRunCommands(o, env);
      if (flagBool(args, 'json')) printJson(io, { dryRun: true, commands });
      else for (const c of commands) io.out(c[0]?.startsWith('#') ? c.join(' ') : commandLine(c[0] as string, c.slice(1)));
      return 0;
    }

    const json = flagBool(args, 'json');
    const warnings: string[] = [];
    const quiet = progress === 'quiet';
    const terminal = progress === 'tty' || (progress === 'auto' && io.tty && !env.CI);
    const log = cliLog(io, warnings, quiet);
    const lifecycle = new Lifecycle();
    const platforms = o.platforms.map(formatPlatform);
    const live = terminal ? new TerminalProgress(platforms, (s) => process.stderr.write(s)) : undefined;
    const ctx = newContext(log, lifecycle, o, {
      output: quiet ? () => {} : live ? (chunk) => live.feed(chunk) : (chunk) => process.stderr.write(chunk),
    });
    // Ctrl-C: the job's own builder, temporary config and secret files go too
    const interrupted = async () => {
      await cleanup(lifecycle.resources, ctx.env);
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    const backend = o.merge ? 'none' : resolveBackend(o, backendFacts(env)).backend;
    let out: JobResult | undefined;
    try {
      out = await runJob(ctx, o);
      live?.end(true);
    } catch (err) {
      live?.end(false);
      if (json) {
        printJsonFailure(io, { warnings, durationMs: Date.now() - started }, err);
        io.err(`gen-ci: ${describeError(err)}`);
        return 1;
      }
      throw err;
    } finally {
      process.removeListener('SIGINT', interrupted);
      process.removeListener('SIGTERM', interrupted);
      const report = await cleanup(lifecycle.resources, ctx.env);
      for (const w of report.warnings) io.err(`warning: ${w}`);
    }
    const ms = Date.now() - started;
    if (json) {
      printJson(io, {
        image: out.image ?? null,
        digest: out.digest ?? null,
        tags: o.push ? o.tags : [],
        platforms: out.pushed ? platformDigests(out.pushed) : {},
        builder: out.builder ?? null,
        backend,
        nodes: out.nodes ?? [],
        signatures: out.signatures ?? [],
        cache: out.cache ?? null,
        warnings,
        durationMs: ms,
      });
    } else for (const l of summaryLines(o, out, ms, backend)) io.out(l);
    return 0;
  },
};
