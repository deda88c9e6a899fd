import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { binfmtInstallArgs, hostNativePlatforms, planEmulators, readRegisteredEmulators } from '../core/binfmt.js';
import { buildArgs, buildEnv, type BuildOptions, explainBuildFailure, parseMetadata, repositoryOf } from '../core/build.js';
import { type BuilderInfo, builderName, buildkitdToml, createBuilderArgs, parseInspect } from '../core/builder.js';
import { UserError } from '../core/errors.js';
import { BUILDX_MISSING, isBuildxMissing } from '../core/docker.js';
import { lastErrorLine, run } from '../core/exec.js';
import type { Log } from '../core/log.js';
import { configForLogin, type DockerConfig, loginArgs } from '../core/login.js';
import { formatPlatform } from '../core/platform.js';
import { cacheHits } from '../core/summary.js';
import { childSize, describePushed, missingPlatforms, type PushedImage } from '../core/verify.js';
import type { ActionInputs } from './inputs.js';

/** Per-run context shared by the steps: where temp files go and which env docker gets. */
export interface RunContext {
  tempDir: string;
  env: Record<string, string>;
  log: Log;
}

export function newContext(log: Log): RunContext {
  const base = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(base, { recursive: true });
  return { tempDir: mkdtempSync(join(base, 'gen-ci-')), env: {}, log };
}

/** A temporary DOCKER_CONFIG holding the login; the user's own config is only read. */
export async function login(ctx: RunContext, i: ActionInputs): Promise<string | undefined> {
  if (!i.username) return undefined;
  const userDir = process.env.DOCKER_CONFIG || join(homedir(), '.docker');
  const dir = join(ctx.tempDir, 'docker-config');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let existing: DockerConfig | undefined;
  try {
    existing = JSON.parse(readFileSync(join(userDir, 'config.json'), 'utf8')) as DockerConfig;
  } catch {
    existing = undefined;
  }
  writeFileSync(join(dir, 'config.json'), JSON.stringify(configForLogin(existing, i.registry), null, 2), { mode: 0o600 });
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
  ctx.log.info(`Logged in to ${i.registry} as ${i.username} (temporary DOCKER_CONFIG; removed in the post step)`);
  return dir;
}

/** Install only the QEMU emulators the requested platforms need. */
export async function setupQemu(ctx: RunContext, i: ActionInputs): Promise<void> {
  const plan = planEmulators(i.platforms, i.qemu, hostNativePlatforms(), readRegisteredEmulators());
  if (plan.native.length) ctx.log.info(`native: ${plan.native.join(', ')}`);
  if (plan.registered.length) ctx.log.info(`QEMU already registered for: ${plan.registered.join(', ')}`);
  if (plan.unsupported.length) ctx.log.warning(`no QEMU emulator is known for ${plan.unsupported.join(', ')}; the builder must run them natively`);
  if (i.qemu === 'false') {
    ctx.log.info('qemu: false, not installing emulators');
    return;
  }
  if (!plan.install.length) {
    ctx.log.info('QEMU: nothing to install');
    return;
  }
  ctx.log.info(`QEMU: installing ${plan.install.join(', ')} from ${i.qemuImage}`);
  const res = await run('docker', binfmtInstallArgs(i.qemuImage, plan.install), { env: ctx.env });
  if (res.exitCode !== 0) {
    throw new UserError(`could not install QEMU emulators (${plan.install.join(', ')}) with ${i.qemuImage}: ${lastErrorLine(res.stderr)}; mirror the image and set qemu-image, or set qemu: false if the runner already has them`);
  }
}

export interface BuilderResult {
  name: string;
  created: boolean;
}

/**
 * Create a builder (docker-container / remote), or pick the one to reuse (builder input,
 * docker driver). `buildx create --bootstrap` already starts it; reused builders are
 * inspected alongside the build (describeBuilder) rather than before it.
 */
export async function setupBuilder(ctx: RunContext, i: ActionInputs): Promise<BuilderResult> {
  if (i.builder) return { name: i.builder, created: false };
  if (i.driver === 'docker') {
    const c = await run('docker', ['context', 'show'], { silent: true, env: ctx.env });
    if (isBuildxMissing(c.stderr)) throw new UserError(BUILDX_MISSING);
    return { name: c.exitCode === 0 && c.stdout.trim() ? c.stdout.trim() : 'default', created: false };
  }
  const name = builderName();
  const toml = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
  let configFile: string | undefined;
  if (toml) {
    configFile = join(ctx.tempDir, 'buildkitd.toml');
    writeFileSync(configFile, toml);
  }
  const args = createBuilderArgs({ name, driver: i.driver, driverOpts: i.driverOpts, configFile, endpoint: i.endpoint });
  const res = await run('docker', args, { env: ctx.env });
  if (res.exitCode !== 0) {
    if (isBuildxMissing(res.stderr)) throw new UserError(BUILDX_MISSING);
    throw new UserError(
      `could not create the ${i.driver} builder: ${lastErrorLine(res.stderr)}${i.driver === 'docker-container' ? " (its moby/buildkit image must be pullable; set driver: docker to use the engine's builder)" : ''}`,
    );
  }
  return { name, created: true };
}

/** What the builder supports, for the log (run alongside the build; never fails the job). */
export async function describeBuilder(ctx: RunContext, name: string): Promise<BuilderInfo | undefined> {
  const ins = await run('docker', ['buildx', 'inspect', name], { silent: true, env: ctx.env });
  return ins.exitCode === 0 ? parseInspect(ins.stdout) : undefined;
}

/** Secret values go to 0600 files in the temp dir, passed as --secret id=..,src=.. */
export function writeSecrets(ctx: RunContext, secrets: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const dir = join(ctx.tempDir, 'secrets');
  for (const [id, value] of Object.entries(secrets)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, id);
    writeFileSync(file, value, { mode: 0o600 });
    chmodSync(file, 0o600);
    out[id] = file;
  }
  return out;
}

export interface BuildResult {
  digest?: string;
  metadata: string;
  cache: { cached: number; total: number };
}

export async function build(ctx: RunContext, i: ActionInputs, builder: string): Promise<BuildResult> {
  const metadataFile = join(ctx.tempDir, 'metadata.json');
  const opts: BuildOptions = {
    builder,
    platforms: i.platforms,
    context: i.context,
    file: i.file,
    tags: i.tags,
    labels: i.labels,
    buildArgs: i.buildArgs,
    target: i.target,
    secretFiles: writeSecrets(ctx, i.secrets),
    push: i.push,
    load: i.load,
    outputs: i.outputs,
    cache: i.cache,
    cacheFrom: i.cacheFrom,
    cacheTo: i.cacheTo,
    provenance: i.provenance,
    sbom: i.sbom,
    metadataFile,
    cacheScope: i.platforms.map(formatPlatform).join('+').replace(/\//g, '-'),
  };
  const args = buildArgs(opts);
  const res = await run('docker', args, { env: { ...ctx.env, ...buildEnv(opts) } });
  const output = `${res.stdout}\n${res.stderr}`;
  if (res.exitCode !== 0) throw new UserError(explainBuildFailure(output));
  const metadata = existsSync(metadataFile) ? readFileSync(metadataFile, 'utf8') : '{}';
  return { digest: parseMetadata(metadata).digest, metadata, cache: cacheHits(output) };
}

/** Read the pushed index back and fail if a requested platform is missing. */
export async function verify(ctx: RunContext, i: ActionInputs, digest: string): Promise<PushedImage> {
  const repo = repositoryOf(i.tags[0] as string);
  const raw = async (d: string) => {
    const r = await run('docker', ['buildx', 'imagetools', 'inspect', '--raw', `${repo}@${d}`], { silent: true, env: ctx.env });
    if (r.exitCode !== 0) throw new UserError(`could not read back ${repo}@${d} from the registry: ${lastErrorLine(r.stderr)}`);
    return r.stdout;
  };
  const pushed = describePushed(await raw(digest), digest, i.platforms);
  const missing = missingPlatforms(i.platforms, pushed);
  if (missing.length) {
    throw new UserError(`the pushed image ${repo}@${digest} lacks ${missing.join(', ')} (it has ${pushed.platforms.map((p) => p.platform).join(', ') || 'no platform'})`);
  }
  await Promise.all(
    pushed.platforms.map(async (p) => {
      if (p.size === undefined) p.size = childSize(await raw(p.digest));
    }),
  );
  return pushed;
}
