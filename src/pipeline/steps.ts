import { formatBytes } from '../core/bytes.js';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { binfmtInstallArgs, binfmtReadable, hostNativePlatforms, planEmulators, readRegisteredEmulators } from '../core/binfmt.js';
import { buildArgValues, explainBuildFailure, parseMetadata } from '../core/build.js';
import { type BuilderInfo, builderName, buildkitdToml, parseInspect, parseInspectNodes } from '../core/builder.js';
import { leaveNodeArgs, localNodeName, nodeName } from '../core/nodes.js';
import { parseBuildxVersion, parseVersion, type Versions } from '../core/capabilities.js';
import { BUILDX_MISSING, isBuildxMissing } from '../core/docker.js';
import { UsageError, UserError } from '../core/errors.js';
import { lastErrorLine, run } from '../core/exec.js';
import { ensureImage, type HelperCache, helperImage, PINNED_BINFMT } from '../core/helper-images.js';
import type { Lifecycle } from '../core/lifecycle.js';
import type { Log } from '../core/log.js';
import { configForLogin, configWithAuth, loginArgs } from '../core/login.js';
import { type DockerConfig, dockerConfigDir } from '../registry/docker-config.js';
import { formatPlatform, type Platform, parsePlatform } from '../core/platform.js';
import { cacheHits } from '../core/summary.js';
import { childSize, describePushed, missingPlatforms, type PushedImage } from '../core/pushed.js';
import { checkDockerfile } from '../dockerfile/preflight.js';
import { type BuildctlTarget, type BuildPlan, jobSlug, parseLeg, planBuild, planBuildctl, planBuilder, planNodeBuilder, planQemu, targetRepository } from './plan.js';
import { type ClientOptions, RegistryClient } from '../registry/client.js';
import { boundedLookup, withDeadline } from '../registry/bounded.js';
import { pushLayout } from '../registry/layout.js';
import { type MergeSource, mergeImages } from '../registry/merge.js';
import { destinationFor, type MirrorPair, mirrorImages, parsePairLines } from '../registry/mirror.js';
import { formatReference, parseReference, withDigest } from '../registry/reference.js';
import { ensureCosign } from './cosign-binary.js';
import type { JobOptions } from './options.js';
import { type SignResult, type Signer, signImage } from './sign.js';

export { targetRepository };

/** Per-run context shared by the steps: where temp files go, which env docker gets, what was created. */
export interface RunContext {
  tempDir: string;
  env: Record<string, string>;
  log: Log;
  lifecycle: Lifecycle;
  /** every registry contact (preflight, mirror, verify, merge): plain HTTP / no TLS verification for these */
  registry: Pick<ClientOptions, 'plainHttp' | 'insecure'>;
  /** the deadline of each registry operation the action makes itself (mirror, layout push, verify, merge), retries included */
  registryTimeoutMs: number;
  /** first retry of a helper-image pull after this many ms, then twice as long each time */
  retryBaseMs: number;
  /** the door's cache of helper images and local build caches (the Actions cache), opened on first use */
  openCache?: () => Promise<HelperCache | undefined>;
  cache?: Promise<HelperCache | undefined>;
  /** where the tools' output goes (the CLI's progress); unset: echoed as @actions/exec does (the runner's log) */
  output?: (chunk: string) => void;
}

/** How a long command's output is shown: to the door's output, else echoed with the command line. */
export function shown(ctx: Pick<RunContext, 'output'>): { silent?: boolean; onOutput?: (chunk: string) => void } {
  return ctx.output ? { silent: true, onOutput: ctx.output } : {};
}

export interface ContextOptions {
  /** where the run's temp directory goes (default RUNNER_TEMP, else the OS temp dir) */
  base?: string;
  retryBaseMs?: number;
  /** the door's cache (the action: the Actions cache); none: helper images are pulled, local caches stay on disk */
  openCache?: (log: Log) => Promise<HelperCache | undefined>;
  output?: (chunk: string) => void;
}

/** The run's temp directory is recorded before it exists, so that post removes it whatever happens next. */
export function newContext(
  log: Log,
  lifecycle: Lifecycle,
  i: Pick<JobOptions, 'insecureRegistries'> & Partial<Pick<JobOptions, 'registryTimeoutMs'>>,
  o: ContextOptions = {},
): RunContext {
  const base = o.base ?? (process.env.RUNNER_TEMP || tmpdir());
  mkdirSync(base, { recursive: true });
  const tempDir = lifecycle.path(join(base, `gen-ci-${randomBytes(6).toString('hex')}`));
  mkdirSync(tempDir, { mode: 0o700 });
  const open = o.openCache;
  const insecure = i.insecureRegistries.length ? i.insecureRegistries : undefined;
  return {
    tempDir,
    env: {},
    log,
    lifecycle,
    registry: { plainHttp: insecure, insecure },
    registryTimeoutMs: i.registryTimeoutMs ?? 300_000,
    retryBaseMs: o.retryBaseMs ?? 1000,
    openCache: open ? () => open(log) : undefined,
    output: o.output,
  };
}

/** A temporary DOCKER_CONFIG holding the login; the user's own config is only read. */
export async function login(ctx: RunContext, i: JobOptions, o: { docker: boolean } = { docker: !i.merge }): Promise<string | undefined> {
  if (i.loginNotice) ctx.log.notice(i.loginNotice);
  if (i.pushNotice) ctx.log.notice(i.pushNotice);
  if (i.metadataWarning) ctx.log.warning(i.metadataWarning);
  if (!i.username) return undefined;
  const userDir = dockerConfigDir();
  const dir = join(ctx.tempDir, 'docker-config');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let existing: DockerConfig | undefined;
  try {
    existing = JSON.parse(readFileSync(join(userDir, 'config.json'), 'utf8')) as DockerConfig;
  } catch {
    existing = undefined;
  }
  const prepared = configForLogin(existing, i.registry);
  if (!o.docker) {
    // merge jobs and buildctl need no Docker: the registry client and buildctl read the credentials from this config
    writeFileSync(join(dir, 'config.json'), JSON.stringify(configWithAuth(prepared, i.registry, i.username, i.password), null, 2), { mode: 0o600 });
    ctx.env.DOCKER_CONFIG = dir;
    ctx.log.info(`Credentials for ${i.registry} as ${i.username} in a temporary DOCKER_CONFIG (removed when the job ends)`);
    return dir;
  }
  writeFileSync(join(dir, 'config.json'), JSON.stringify(prepared, null, 2), { mode: 0o600 });
  // builders, contexts and plugins stay where the user keeps them
  for (const sub of ['buildx', 'contexts', 'cli-plugins']) {
    const target = join(userDir, sub);
    if (sub === 'buildx') mkdirSync(target, { recursive: true });
    if (existsSync(target)) symlinkSync(target, join(dir, sub));
  }
  ctx.env.DOCKER_CONFIG = dir;
  const res = await run('docker', loginArgs(i.registry, i.username), { input: i.password, silent: true, env: ctx.env });
  if (res.exitCode !== 0) {
    const why = lastErrorLine(res.stderr).replace(i.password, '***');
    throw new UserError(`login to ${i.registry} as ${i.username} failed: ${why}`);
  }
  ctx.log.info(`Logged in to ${i.registry} as ${i.username} (temporary DOCKER_CONFIG; removed when the job ends)`);
  return dir;
}

/** `docker buildx version`, read once (it decides which flags the build may use). */
export async function buildxVersion(ctx: RunContext): Promise<Versions['buildx']> {
  const v = await run('docker', ['buildx', 'version'], { silent: true, env: ctx.env });
  if (isBuildxMissing(v.stderr)) throw new UserError(BUILDX_MISSING);
  return v.exitCode === 0 ? parseBuildxVersion(v.stdout) : undefined;
}

export interface QemuFacts {
  /** the daemon's os/arch (docker version), where a new docker-container builder runs */
  daemonPlatform?: string;
  /** an existing builder's own list (docker driver, builder input), asked for only when it matters */
  builder?: () => Promise<BuilderInfo | undefined>;
}

const platformsOf = (info: BuilderInfo | undefined): Platform[] =>
  (info?.platforms ?? []).flatMap((p) => {
    try {
      return [parsePlatform(p)];
    } catch {
      return [];
    }
  });

/** Install only the QEMU emulators the requested platforms need, on the machine the builder runs on. */
export async function setupQemu(ctx: RunContext, i: JobOptions, facts: QemuFacts): Promise<void> {
  const native: Platform[] = facts.daemonPlatform ? [parsePlatform(facts.daemonPlatform)] : [];
  const registered = readRegisteredEmulators();
  let plan = planQemu(i, { native, registered });
  // an existing builder's own list can only spare an install (qemu: auto): ask for it only then
  let builder: BuilderInfo | undefined;
  if (!('skip' in plan) && plan.install.length && i.qemu === 'auto' && facts.builder) {
    builder = await facts.builder();
    plan = planQemu(i, { native, registered, builderPlatforms: platformsOf(builder) });
  }
  if ('skip' in plan) {
    ctx.log.info(plan.skip);
    return;
  }
  if (plan.native.length) ctx.log.info(`native: ${plan.native.join(', ')}`);
  if (plan.registered.length)
    ctx.log.info(`QEMU already registered${builder ? ` (or listed by builder ${builder.name})` : ''} for: ${plan.registered.join(', ')}`);
  if (plan.unsupported.length) ctx.log.warning(`no QEMU emulator is known for ${plan.unsupported.join(', ')}; the builder must run them natively`);
  if (i.qemu === 'false') {
    ctx.log.info('qemu: false, not installing emulators');
    return;
  }
  if (!plan.install.length) {
    ctx.log.info('QEMU: nothing to install');
    return;
  }
  const image = helperImage(PINNED_BINFMT, i.qemuImage, i.helperRegistry);
  ctx.log.info(`QEMU: installing ${plan.install.join(', ')} from ${image}`);
  await ensureHelper(ctx, i, image);
  const res = await run('docker', binfmtInstallArgs(image, plan.install), { env: ctx.env, ...shown(ctx) });
  if (res.exitCode !== 0) {
    throw new UserError(
      `could not install QEMU emulators (${plan.install.join(', ')}) with ${image}: ${lastErrorLine(res.stderr)}; mirror the image (gen-ci mirror) and set helper-registry or qemu-image, or set qemu: false if the runner already has them`,
    );
  }
}

/**
 * buildctl: gen-ci cannot install emulators without Docker. A daemonless BuildKit runs here, so
 * say which foreign platforms have no emulator registered; a BuildKit daemon elsewhere has its own.
 */
export function checkEmulators(ctx: RunContext, i: JobOptions, target: BuildctlTarget): void {
  if (target.command !== 'buildctl-daemonless.sh') {
    ctx.log.info('BuildKit runs elsewhere: its emulators are its host\'s (nothing installed here)');
    return;
  }
  if (!binfmtReadable()) {
    ctx.log.info('binfmt_misc is not mounted here (a container?): cannot tell which emulators the kernel has; foreign RUN steps need QEMU registered on the host');
    return;
  }
  const plan = planEmulators(i.platforms, 'auto', hostNativePlatforms(), readRegisteredEmulators());
  if (plan.native.length) ctx.log.info(`native: ${plan.native.join(', ')}`);
  if (plan.registered.length) ctx.log.info(`QEMU registered for: ${plan.registered.join(', ')}`);
  if (plan.install.length && i.qemu !== 'false') {
    const missing = i.platforms.map(formatPlatform).filter((p) => !plan.native.includes(p) && !plan.registered.includes(p));
    ctx.log.warning(
      `no QEMU emulator is registered for ${missing.join(', ')} on this machine, and without Docker gen-ci cannot install one: RUN steps for them fail with "exec format error" (register them on the host: apt-get install qemu-user-static, or docker run --privileged tonistiigi/binfmt --install ${plan.install.join(',')})`,
    );
  }
}

export interface BuilderResult {
  name: string;
  created: boolean;
  /** known when it decides how to build (docker driver: push-by-digest goes through an OCI layout) */
  driver?: string;
}

/** The builder to reuse (builder input, or the engine's own for driver: docker), before anything else happens. */
export async function existingBuilder(ctx: RunContext, i: JobOptions): Promise<string | undefined> {
  if (i.builder) return i.builder;
  if (i.driver !== 'docker') return undefined;
  const c = await run('docker', ['context', 'show'], { silent: true, env: ctx.env });
  if (isBuildxMissing(c.stderr)) throw new UserError(BUILDX_MISSING);
  return c.exitCode === 0 && c.stdout.trim() ? c.stdout.trim() : 'default';
}

/**
 * Create a builder (docker-container / remote); its name is recorded before `buildx create`
 * runs, so a bootstrap that fails halfway is still removed by the post step.
 */
export async function createBuilder(ctx: RunContext, i: JobOptions): Promise<BuilderResult> {
  const plan = planBuilder(i, builderName(), ctx.tempDir);
  if (plan.kind === 'existing') throw new Error('createBuilder called for an existing builder');
  if (plan.toml) writeFileSync(plan.toml.path, plan.toml.content);
  if (plan.image) await ensureHelper(ctx, i, plan.image);
  ctx.lifecycle.builder(plan.name);
  const res = await run('docker', plan.args, { env: ctx.env, ...shown(ctx) });
  if (res.exitCode !== 0) {
    if (isBuildxMissing(res.stderr)) throw new UserError(BUILDX_MISSING);
    throw new UserError(
      `could not create the ${i.driver} builder: ${lastErrorLine(res.stderr)}${i.driver === 'docker-container' ? " (its BuildKit image must be pullable; set helper-registry or buildkit-image, or driver: docker to use the engine's builder)" : ''}`,
    );
  }
  return { name: plan.name, created: true, driver: i.driver };
}

export interface NodeBuilt {
  node: string;
  endpoint: string;
  platforms: string[];
  /** a platform whose own node could not be reached, built on the local node under QEMU */
  fallback: boolean;
}

/**
 * A builder of native nodes: each --node's platforms go to it, the rest to a local node (a
 * BuildKit container, QEMU for foreign platforms). A node that does not answer is left out of
 * the builder with a warning and its platforms move to the local node (node-fallback: false:
 * the job fails). Everything is recorded before it is created.
 */
export async function createNodeBuilder(ctx: RunContext, i: JobOptions, daemonPlatform?: string): Promise<BuilderResult & { nodes: NodeBuilt[] }> {
  const name = builderName();
  let plan = planNodeBuilder(i, name, ctx.tempDir);
  ctx.lifecycle.builder(plan.name);
  for (const args of plan.nodeArgs) {
    const res = await run('docker', args, { silent: true, env: ctx.env });
    if (res.exitCode !== 0) {
      if (isBuildxMissing(res.stderr)) throw new UserError(BUILDX_MISSING);
      throw new UserError(`could not add node ${args[args.length - 1]} to builder ${name}: ${lastErrorLine(res.stderr)}`);
    }
  }
  // which nodes answer: buildx inspect (no --bootstrap) lists an unreachable one as inactive
  const ins = await run('docker', ['buildx', 'inspect', name], { silent: true, env: ctx.env });
  const status = new Map(parseInspectNodes(ins.stdout).map((n) => [n.name, n.status]));
  const built: NodeBuilt[] = [];
  const lost: string[] = [];
  i.nodes.forEach((n, k) => {
    const node = nodeName(name, k);
    const platforms = n.platforms.map(formatPlatform);
    const st = status.get(node) ?? 'unknown';
    if (st === 'running') {
      ctx.log.info(`node ${node} (${n.endpoint}): ${platforms.join(', ')}`);
      built.push({ node, endpoint: n.endpoint, platforms, fallback: false });
      return;
    }
    const why = `node ${n.endpoint} for ${platforms.join(', ')} does not answer (buildx: ${st})`;
    if (!i.nodeFallback) throw new UserError(`${why}; node-fallback is off, so the build stops (start the node, or drop it from nodes)`);
    ctx.log.warning(`${why}: building ${platforms.join(', ')} on the local node under QEMU instead`);
    lost.push(...platforms);
  });
  for (const k of i.nodes.keys()) {
    const node = nodeName(name, k);
    if (status.get(node) !== 'running') await run('docker', leaveNodeArgs(name, node), { silent: true, env: ctx.env });
  }
  if (lost.length) plan = planNodeBuilder(i, name, ctx.tempDir, lost);
  if (plan.localPlatforms.length) {
    const local = localNodeName(name);
    const platforms = plan.localPlatforms;
    // the local node runs on this machine: QEMU for its foreign platforms, here
    await setupQemu(ctx, { ...i, platforms: platforms.map(parsePlatform), driver: 'docker-container' }, { daemonPlatform });
    if (plan.localContainer) {
      if (plan.toml) writeFileSync(plan.toml.path, plan.toml.content);
      await ensureHelper(ctx, i, plan.localContainer.image);
      ctx.lifecycle.container(plan.localContainer.name);
      const res = await run('docker', plan.localContainer.runArgs, { silent: true, env: ctx.env });
      if (res.exitCode !== 0) throw new UserError(`could not start the local BuildKit node (${plan.localContainer.image}): ${lastErrorLine(res.stderr)}`);
    }
    const append = plan.commands[plan.commands.length - 1] as string[];
    const res = await run('docker', append.slice(1), { silent: true, env: ctx.env });
    if (res.exitCode !== 0) throw new UserError(`could not add the local node to builder ${name}: ${lastErrorLine(res.stderr)}`);
    ctx.log.info(`node ${local} (this machine): ${platforms.join(', ')}`);
    built.push({ node: local, endpoint: plan.localContainer?.endpoint ?? 'kubernetes', platforms: platforms.filter((p) => !lost.includes(p)), fallback: false });
    if (lost.length) built.push({ node: local, endpoint: plan.localContainer?.endpoint ?? 'kubernetes', platforms: lost, fallback: true });
  }
  const boot = await run('docker', ['buildx', 'inspect', '--bootstrap', name], { silent: true, env: ctx.env });
  if (boot.exitCode !== 0) throw new UserError(`builder ${name} did not start: ${lastErrorLine(boot.stderr)}`);
  return { name, created: true, driver: plan.driver, nodes: built.filter((b) => b.platforms.length) };
}

/** Helper images (binfmt, BuildKit): local, else the Actions cache, else pulled with retries. */
async function ensureHelper(ctx: RunContext, i: JobOptions, image: string): Promise<void> {
  if (i.helperCache && ctx.openCache) ctx.cache ??= ctx.openCache();
  const source = await ensureImage(image, {
    log: ctx.log,
    env: ctx.env,
    cache: i.helperCache ? await ctx.cache : undefined,
    retries: i.retries,
    retryBaseMs: ctx.retryBaseMs,
    record: (path) => ctx.lifecycle.path(path),
    hint: 'mirror it into a registry you control (gen-ci mirror) and set helper-registry, or keep it in the Actions cache (helper-cache: true)',
  });
  ctx.log.info(`${image}: ${source === 'local' ? 'already present' : source === 'cache' ? 'from the Actions cache' : 'pulled'}`);
}

/** What a builder is (driver, BuildKit version, platforms); undefined when it cannot be inspected. */
export async function describeBuilder(ctx: RunContext, name?: string): Promise<BuilderInfo | undefined> {
  const ins = await run('docker', ['buildx', 'inspect', ...(name ? [name] : [])], { silent: true, env: ctx.env });
  return ins.exitCode === 0 ? parseInspect(ins.stdout) : undefined;
}

export function builderVersions(buildx: Versions['buildx'], info: BuilderInfo | undefined): Versions {
  return { buildx, buildkit: info?.buildkit ? parseVersion(info.buildkit) : undefined };
}

/** Secret values go to randomly named 0600 files in the run's temp dir, passed as --secret id=..,src=.. */
export function writeSecrets(ctx: RunContext, secrets: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Object.keys(secrets).length) return out;
  const dir = join(ctx.tempDir, 'secrets');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const [id, value] of Object.entries(secrets)) {
    const file = join(dir, randomBytes(8).toString('hex'));
    writeFileSync(file, value, { mode: 0o600, flag: 'wx' });
    out[id] = file;
  }
  return out;
}

export interface BuildResult {
  digest?: string;
  metadata: string;
  cache: { cached: number; total: number };
}

export async function build(ctx: RunContext, i: JobOptions, builder: BuilderResult, versions: Versions): Promise<BuildResult> {
  const slug = jobSlug(i);
  const plan: BuildPlan = planBuild(i, {
    builder: builder.name,
    driver: builder.driver,
    versions,
    tempDir: ctx.tempDir,
    secretFiles: writeSecrets(ctx, i.secrets),
    localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
  });
  const res = await runBuild(ctx, plan, 'docker buildx build', true);
  if (i.cache === 'local') await rotateLocalCache(ctx, join(localCacheBase(), slug), slug);
  let digest = res.digest;
  const repo = i.pushByDigest ? targetRepository(i) : undefined;
  if (plan.ociLayout && repo) {
    // the docker driver cannot push by digest: push its OCI layout with our registry client
    digest = (await withRegistry(ctx, (client) => pushLayout(client, plan.ociLayout as string, parseReference(repo)), `the push of ${repo}`)).digest;
    ctx.log.info(`pushed ${repo}@${digest} by digest (no tag)`);
  }
  return finishBuild(i, { ...res, digest });
}

/** The same build with plain BuildKit: `buildctl build` (an address) or `buildctl-daemonless.sh` (no daemon). */
export async function buildWithBuildctl(ctx: RunContext, i: JobOptions, target: BuildctlTarget): Promise<BuildResult> {
  const slug = jobSlug(i);
  const plan = planBuildctl(
    i,
    {
      versions: {},
      tempDir: ctx.tempDir,
      secretFiles: writeSecrets(ctx, i.secrets),
      localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
    },
    target,
  );
  if (target.command === 'buildctl-daemonless.sh') {
    // the daemon it starts reads the builder settings (insecure registries, buildkitd-config) from a file
    const toml = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
    if (toml) {
      const file = join(ctx.tempDir, 'buildkitd.toml');
      writeFileSync(file, toml);
      plan.env.BUILDKITD_FLAGS = [process.env.BUILDKITD_FLAGS, `--config=${file}`].filter(Boolean).join(' ');
    }
  }
  // buildctl writes no metadata file for a build with no output (BuildKit 0.13 has no cacheonly exporter)
  const exports = i.push || i.outputs.length > 0 || i.tags.length > 0 || i.pushByDigest;
  const res = await runBuild(ctx, plan, target.command === 'buildctl' ? 'buildctl build' : 'buildctl-daemonless.sh build', exports);
  if (i.cache === 'local') await rotateLocalCache(ctx, join(localCacheBase(), slug), slug);
  return finishBuild(i, res);
}

/** Run a planned build; a failure is one line that says why. */
async function runBuild(ctx: RunContext, plan: BuildPlan, tool: string, expectMetadata: boolean): Promise<BuildResult & { output: string }> {
  for (const w of plan.warnings) ctx.log.warning(w);
  const res = await run(plan.command, plan.args, { env: { ...ctx.env, ...plan.env }, ...shown(ctx) });
  const output = `${res.stdout}\n${res.stderr}`;
  if (res.exitCode === 127 && !res.stdout) throw new UserError(`${plan.command} is not on PATH (${lastErrorLine(res.stderr)})`);
  if (res.exitCode !== 0) throw new UserError(explainBuildFailure(output, tool));
  const metadata = existsSync(plan.metadataFile) ? readFileSync(plan.metadataFile, 'utf8') : undefined;
  if (metadata === undefined && !expectMetadata) return { metadata: '{}', cache: cacheHits(output), output };
  return { digest: parseMetadata(metadata, output).digest, metadata: metadata as string, cache: cacheHits(output), output };
}

function finishBuild(i: JobOptions, res: BuildResult & { output: string }): BuildResult {
  if (i.push && !i.outputs.length && !res.digest) {
    throw new UserError(
      `the build reported no image digest for the push (its metadata has no containerimage.digest; its last line: ${lastErrorLine(res.output)})`,
    );
  }
  return { digest: res.digest, metadata: res.metadata, cache: res.cache };
}

/** The Dockerfile the build uses, or undefined when the context is remote (a Git URL, a tarball URL). */
export function dockerfilePath(i: JobOptions): string | undefined {
  if (/^[a-z]+:\/\/|^git@/.test(i.context)) return undefined;
  return i.file ? (i.file.startsWith('/') ? i.file : join(process.cwd(), i.file)) : join(i.context, 'Dockerfile');
}

/**
 * Preflight: every FROM image must have every platform the build needs; say which image lacks
 * which platform before any build starts. Other findings (emulated compiles, hard-coded amd64 …)
 * are warnings.
 */
export async function preflightCheck(ctx: RunContext, i: JobOptions): Promise<string[]> {
  const path = dockerfilePath(i);
  if (!path) {
    ctx.log.info('remote build context: no preflight');
    return [];
  }
  return withRegistry(ctx, async (client) => {
    // every lookup has a deadline (check-timeout), retries included; offline: none at all
    const bounded = i.checkOffline ? undefined : boundedLookup(client, { timeoutMs: i.checkTimeoutMs, onRetry: (line) => ctx.log.info(line) });
    let res: Awaited<ReturnType<typeof checkDockerfile>>;
    try {
      res = await checkDockerfile(path, {
        platforms: i.platforms,
        buildArgs: buildArgValues(i.buildArgs),
        target: i.target,
        ...(bounded ? { lookup: bounded.lookup } : { offline: true }),
      });
    } finally {
      bounded?.close();
    }
    for (const img of res.images) {
      ctx.log.info(
        `${img.image}: ${img.available ? `has ${img.available.join(', ')}` : 'not looked up'}${img.missing.length ? ` — MISSING ${img.missing.join(', ')}` : ''}`,
      );
    }
    const fatal = res.findings.filter((f) => f.level === 'error' && f.code === 'missing-platform');
    // each finding points at its Dockerfile line (GitHub shows it there); paths relative to the workspace
    const file = relative(process.env.GITHUB_WORKSPACE || process.cwd(), path) || path;
    for (const f of res.findings) {
      const at = { file, line: f.line, title: f.code };
      if (fatal.includes(f)) ctx.log.annotateError?.(f.message, at);
      else ctx.log.warning(f.message, at);
    }
    if (fatal.length) {
      throw new UserError(`base image check: ${fatal.map((f) => f.message).join('; ')} (set check: false to let buildx try anyway)`);
    }
    return res.images.map((img) => img.image);
  });
}

/** Copy base images (all platforms) before building: SRC=DST lines, or every FROM image with auto. */
export async function mirrorBases(ctx: RunContext, i: JobOptions, fromImages: string[]): Promise<void> {
  const pairs: MirrorPair[] =
    i.mirror === 'auto'
      ? fromImages.map((img) => {
          const src = parseReference(img);
          return { src, dst: destinationFor(src, `${(i.mirrorRegistry as string).replace(/\/+$/, '')}/`) };
        })
      : parsePairLines(i.mirror, 'mirror');
  if (!pairs.length) {
    ctx.log.info('mirror: nothing to copy');
    return;
  }
  return withRegistry(
    ctx,
    async (client) => {
      const results = await mirrorImages(client, pairs, {
        onPair: (p, n) => ctx.log.info(`mirror ${n + 1}/${pairs.length}: ${formatReference(p.src)} → ${formatReference(p.dst)}`),
      });
      for (const r of results) {
        ctx.log.info(
          r.upToDate
            ? `  ${r.destination}: up to date (${r.platforms.join(', ')})`
            : `  ${r.destination}: ${r.platforms.join(', ')}; ${r.blobsUploaded} blobs uploaded (${formatBytes(r.bytesUploaded)}), ${r.blobsMounted} mounted, ${r.blobsPresent} already there`,
        );
      }
    },
    'the mirror',
  );
}

/**
 * Read the pushed index back (our registry client, by digest: registry 2.8 answers HEAD of a
 * tag holding attestations with 500) and fail if a requested platform is missing.
 */
export async function verify(ctx: RunContext, repo: string, digest: string, requested: Platform[]): Promise<PushedImage> {
  return withRegistry(
    ctx,
    async (client) => {
      const ref = withDigest(parseReference(repo), digest);
      const top = await client.getManifest(ref);
      const pushed = describePushed(top.bytes.toString('utf8'), digest, requested);
      const missing = missingPlatforms(requested, pushed);
      if (missing.length) {
        throw new UserError(
          `the pushed image ${repo}@${digest} lacks ${missing.join(', ')} (it has ${pushed.platforms.map((p) => p.platform).join(', ') || 'no platform'})`,
        );
      }
      await Promise.all(
        pushed.platforms.map(async (p) => {
          if (p.size === undefined) p.size = childSize((await client.getManifest(withDigest(ref, p.digest))).bytes.toString('utf8'));
        }),
      );
      return pushed;
    },
    `the check of ${repo}@${digest}`,
  );
}

/** Split leg: record the digest as a file named by its hex (content: the platforms), for the merge job. */
export function writeDigestFile(dir: string, digest: string, platforms: Platform[]): string {
  const hex = digest.replace(/^sha256:/, '');
  if (!/^[a-f0-9]{64}$/.test(hex)) throw new UserError(`buildx reported no usable digest (${digest})`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, hex);
  writeFileSync(file, `${platforms.map(formatPlatform).join(',')}\n`);
  return file;
}

/** Merge: the legs' digests from digests-dir files and the digests input. */
export function collectLegs(i: JobOptions, repo: string): MergeSource[] {
  const legs: MergeSource[] = [];
  const add = (entry: string, platformHint?: string) => legs.push(parseLeg(entry, repo, platformHint));
  if (i.digestsDir) {
    if (!existsSync(i.digestsDir))
      throw new UserError(`digests-dir ${i.digestsDir} does not exist: did the build legs upload their digests, and did this job download them?`);
    for (const name of readdirSync(i.digestsDir).sort()) {
      if (!/^(sha256[:-])?[a-f0-9]{64}$/.test(name)) continue;
      const hint = readFileSync(join(i.digestsDir, name), 'utf8').trim();
      add(name.replace(/^sha256[:-]/, ''), hint || undefined);
    }
  }
  for (const d of i.digests) add(d);
  if (!legs.length) throw new UserError(`merge found no digests${i.digestsDir ? ` in ${i.digestsDir}` : ''}; give digests or digests-dir`);
  // the index lists platforms in a stable order (the requested one, else amd64, arm64, arm …), not in digest order
  const order = i.platforms.map(formatPlatform);
  const rank = (leg: MergeSource) => {
    const p = leg.platform ? formatPlatform(leg.platform) : '';
    const at = order.indexOf(p);
    return at >= 0 ? at : order.length + platformRank(p);
  };
  return legs
    .map((leg, n) => ({ leg, n }))
    .sort((a, b) => rank(a.leg) - rank(b.leg) || a.n - b.n)
    .map((x) => x.leg);
}

const CANONICAL = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];

function platformRank(p: string): number {
  const at = CANONICAL.indexOf(p);
  return at >= 0 ? at : CANONICAL.length;
}

export interface MergeOutcome {
  digest: string;
  pushed: PushedImage;
}

/** Create the tagged index from the legs; nothing is tagged unless every wanted platform is there. */
export async function mergeLegs(ctx: RunContext, i: JobOptions): Promise<MergeOutcome> {
  const first = i.tags[0];
  if (!first) throw new UsageError('merge needs tags: the index is pushed under them');
  const repo = targetRepository(i) as string;
  const legs = collectLegs(i, repo);
  // the tags were checked with the other inputs (one repository, the first with a tag)
  const target = parseReference(first);
  const extra = i.tags.slice(1).map((t) => parseReference(t));
  return withRegistry(
    ctx,
    async (client) => {
      // nothing is pushed or tagged unless every requested platform comes from some leg
      const res = await mergeImages(client, target, legs, {
        require: i.platforms,
        extraTags: extra.map((e) => e.tag as string).filter(Boolean),
        keepAttestations: i.keepAttestations,
        annotations: indexAnnotations(i.annotations),
      });
      ctx.log.info(`merged ${res.platforms.map((p) => p.platform).join(', ')} into ${first} (${res.digest})`);
      const pushed: PushedImage = {
        mediaType: res.mediaType,
        digest: res.digest,
        platforms: res.platforms.map((p) => ({ platform: p.platform, digest: p.digest })),
        attestations: res.attestations,
      };
      return { digest: res.digest, pushed };
    },
    `the merge into ${first}`,
  );
}

/**
 * Sign the pushed index and every platform manifest (by digest) with cosign, then verify each
 * with the same key or identity; one line per signed manifest.
 */
export async function signPushed(ctx: RunContext, i: JobOptions, repo: string, digest: string): Promise<SignResult> {
  const cosign = await ensureCosign(ctx);
  const signer: Signer = i.sign === 'keyless' ? { keyless: true } : { key: i.cosignKey, password: i.cosignPassword || undefined };
  return withRegistry(
    ctx,
    (client) =>
      signImage(client, withDigest(parseReference(repo), digest), {
        cosign,
        signer,
        tlogUpload: i.cosignTlog,
        plainHttp: ctx.registry.plainHttp,
        insecure: ctx.registry.insecure,
        dockerConfig: ctx.env.DOCKER_CONFIG,
        onSigned: (m) => ctx.log.info(`signed ${m.platform} ${m.digest}: ${m.signature}`),
      }),
    `the signing of ${repo}@${digest}`,
  );
}

/** cache: local keeps one directory per platform set, at a fixed path (the Actions cache versions entries by path). */
function localCacheBase(): string {
  return join(tmpdir(), 'gen-ci-buildx-cache');
}

/** cache: local — the directory of this platform set, restored from the Actions cache when there is one. */
async function restoreLocalCache(ctx: RunContext, slug: string): Promise<string> {
  const dir = join(localCacheBase(), slug);
  ctx.lifecycle.path(dir);
  ctx.lifecycle.path(`${dir}.new`);
  mkdirSync(dir, { recursive: true });
  if (ctx.openCache) ctx.cache ??= ctx.openCache();
  const cache = await ctx.cache;
  if (cache && !existsSync(join(dir, 'index.json'))) {
    try {
      const hit = await cache.restore(dir, localCacheKey(slug), [`gen-ci-buildx-${slug}-`]);
      ctx.log.info(hit ? `build cache restored from the Actions cache (${hit})` : 'no build cache in the Actions cache yet');
    } catch (err) {
      ctx.log.warning(`could not restore the build cache (${(err as Error).message.split('\n')[0]}); building without it`);
    }
  }
  return dir;
}

function localCacheKey(slug: string): string {
  return `gen-ci-buildx-${slug}-${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${Date.now().toString(36)}`;
}

/** Replace the old cache with the one this build wrote (so it never grows), then save it. */
async function rotateLocalCache(ctx: RunContext, dir: string, slug: string): Promise<void> {
  const fresh = `${dir}.new`;
  if (!existsSync(join(fresh, 'index.json'))) {
    ctx.log.warning('the build wrote no local cache; keeping the previous one');
    return;
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(fresh, dir);
  const cache = await ctx.cache;
  if (!cache) return;
  try {
    await cache.save(dir, localCacheKey(slug));
    ctx.log.info('build cache saved to the Actions cache');
  } catch (err) {
    ctx.log.warning(`could not save the build cache (${(err as Error).message.split('\n')[0]})`);
  }
}

/** The index: entries of LEVEL:KEY=VALUE annotations, as a map. */
export function indexAnnotations(entries: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of entries) {
    const m = /^index:([^=]+)=(.*)$/s.exec(a);
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

/**
 * Run one registry operation with a client that reads the login this run made, within the
 * registry-timeout deadline (retries included; each retry is a log line); its connections are
 * closed afterwards.
 */
async function withRegistry<T>(ctx: RunContext, fn: (client: RegistryClient) => Promise<T>, what?: string): Promise<T> {
  const client = new RegistryClient({ configDir: ctx.env.DOCKER_CONFIG, ...ctx.registry });
  try {
    // the preflight (no `what`) bounds each of its lookups itself (check-timeout)
    if (!what) return await fn(client);
    return await withDeadline(
      client,
      { timeoutMs: ctx.registryTimeoutMs, what, knob: 'the registry-timeout input', onRetry: (line) => ctx.log.info(line) },
      fn,
      what,
    );
  } finally {
    client.close();
  }
}
