import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { binfmtInstallArgs, hostNativePlatforms, planEmulators, readRegisteredEmulators } from '../core/binfmt.js';
import { type BuildOptions, buildArgs, buildArgValues, buildEnv, explainBuildFailure, parseMetadata, platformSlug, repositoryOf } from '../core/build.js';
import { type BuilderInfo, builderName, buildkitdToml, createBuilderArgs, parseInspect } from '../core/builder.js';
import { BUILDX_MISSING, isBuildxMissing } from '../core/docker.js';
import { UsageError, UserError } from '../core/errors.js';
import { lastErrorLine, run } from '../core/exec.js';
import { ensureImage, type HelperCache, helperImage, PINNED_BINFMT, PINNED_BUILDKIT } from '../core/helper-images.js';
import type { Log } from '../core/log.js';
import { configForLogin, configWithAuth, type DockerConfig, loginArgs } from '../core/login.js';
import { formatPlatform, type Platform, parsePlatformList } from '../core/platform.js';
import { cacheHits } from '../core/summary.js';
import { childSize, describePushed, missingPlatforms, type PushedImage } from '../core/verify.js';
import { checkDockerfile } from '../dockerfile/preflight.js';
import { RegistryClient } from '../registry/client.js';
import { pushLayout } from '../registry/layout.js';
import { type MergeSource, mergeImages } from '../registry/merge.js';
import { destinationFor, type MirrorPair, mirrorImages, parsePairLines } from '../registry/mirror.js';
import { formatReference, parseReference, withDigest } from '../registry/reference.js';
import { actionsCache } from './cache.js';
import type { ActionInputs } from './inputs.js';

/** First retry after 1 s, then 2 s, 4 s … (GENCI_RETRY_BASE_MS shortens it in tests). */
const RETRY_BASE_MS = Number(process.env.GENCI_RETRY_BASE_MS) || 1000;

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
  const prepared = configForLogin(existing, i.registry);
  if (i.merge) {
    // merge jobs need no Docker: the registry client reads the credentials from this config
    writeFileSync(join(dir, 'config.json'), JSON.stringify(configWithAuth(prepared, i.registry, i.username, i.password), null, 2), { mode: 0o600 });
    ctx.env.DOCKER_CONFIG = dir;
    ctx.log.info(`Credentials for ${i.registry} as ${i.username} in a temporary DOCKER_CONFIG (removed in the post step)`);
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
  const image = helperImage(PINNED_BINFMT, i.qemuImage, i.helperRegistry);
  ctx.log.info(`QEMU: installing ${plan.install.join(', ')} from ${image}`);
  await ensureHelper(ctx, i, image);
  const res = await run('docker', binfmtInstallArgs(image, plan.install), { env: ctx.env });
  if (res.exitCode !== 0) {
    throw new UserError(
      `could not install QEMU emulators (${plan.install.join(', ')}) with ${image}: ${lastErrorLine(res.stderr)}; mirror the image (gen-ci mirror) and set helper-registry or qemu-image, or set qemu: false if the runner already has them`,
    );
  }
}

export interface BuilderResult {
  name: string;
  created: boolean;
  /** known when it decides how to build (docker driver: push-by-digest goes through an OCI layout) */
  driver?: string;
}

/**
 * Create a builder (docker-container / remote), or pick the one to reuse (builder input,
 * docker driver). `buildx create --bootstrap` already starts it; reused builders are
 * inspected alongside the build (describeBuilder) rather than before it.
 */
export async function setupBuilder(ctx: RunContext, i: ActionInputs): Promise<BuilderResult> {
  if (i.builder) {
    // only split legs need to know the driver before building
    const driver = i.pushByDigest ? (await describeBuilder(ctx, i.builder))?.driver : undefined;
    return { name: i.builder, created: false, driver };
  }
  if (i.driver === 'docker') {
    const c = await run('docker', ['context', 'show'], { silent: true, env: ctx.env });
    if (isBuildxMissing(c.stderr)) throw new UserError(BUILDX_MISSING);
    return { name: c.exitCode === 0 && c.stdout.trim() ? c.stdout.trim() : 'default', created: false, driver: 'docker' };
  }
  const name = builderName();
  const toml = buildkitdToml(i.buildkitdConfig, i.insecureRegistries);
  let configFile: string | undefined;
  if (toml) {
    configFile = join(ctx.tempDir, 'buildkitd.toml');
    writeFileSync(configFile, toml);
  }
  let driverOpts = i.driverOpts;
  if (i.driver === 'docker-container') {
    // the BuildKit image: pinned, from helper-registry or the Actions cache when possible
    const given = driverOpts.find((o) => o.startsWith('image='))?.slice(6);
    const image = given ?? helperImage(PINNED_BUILDKIT, i.buildkitImage, i.helperRegistry);
    if (!given) driverOpts = [`image=${image}`, ...driverOpts];
    await ensureHelper(ctx, i, image);
  }
  const args = createBuilderArgs({ name, driver: i.driver, driverOpts, configFile, endpoint: i.endpoint });
  const res = await run('docker', args, { env: ctx.env });
  if (res.exitCode !== 0) {
    if (isBuildxMissing(res.stderr)) throw new UserError(BUILDX_MISSING);
    throw new UserError(
      `could not create the ${i.driver} builder: ${lastErrorLine(res.stderr)}${i.driver === 'docker-container' ? " (its moby/buildkit image must be pullable; set driver: docker to use the engine's builder)" : ''}`,
    );
  }
  return { name, created: true, driver: i.driver };
}

let cacheClient: Promise<HelperCache | undefined> | undefined;

/** Helper images (binfmt, BuildKit): local, else the Actions cache, else pulled with retries. */
async function ensureHelper(ctx: RunContext, i: ActionInputs, image: string): Promise<void> {
  if (i.helperCache) cacheClient ??= actionsCache(ctx.log);
  const source = await ensureImage(image, {
    log: ctx.log,
    env: ctx.env,
    cache: i.helperCache ? await cacheClient : undefined,
    retries: i.retries,
    retryBaseMs: RETRY_BASE_MS,
    hint: 'mirror it into a registry you control (gen-ci mirror) and set helper-registry, or keep it in the Actions cache (helper-cache: true)',
  });
  ctx.log.info(`${image}: ${source === 'local' ? 'already present' : source === 'cache' ? 'from the Actions cache' : 'pulled'}`);
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

export async function build(ctx: RunContext, i: ActionInputs, builder: BuilderResult): Promise<BuildResult> {
  const metadataFile = join(ctx.tempDir, 'metadata.json');
  const viaLayout = i.pushByDigest && builder.driver === 'docker' ? join(ctx.tempDir, 'oci-layout') : undefined;
  const slug = platformSlug(i.platforms.map(formatPlatform));
  const opts: BuildOptions = {
    builder: builder.name,
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
    cacheScope: slug,
    pushByDigest: i.pushByDigest ? targetRepository(i) : undefined,
    cacheSuffix: i.pushByDigest ? slug : undefined,
    ociLayout: viaLayout,
    localCacheDir: i.cache === 'local' ? await restoreLocalCache(ctx, slug) : undefined,
  };
  if (i.pushByDigest && !opts.pushByDigest)
    throw new UsageError('push-by-digest needs image (a repository such as ghcr.io/owner/app) or a tag to take it from');
  const args = buildArgs(opts);
  const res = await run('docker', args, { env: { ...ctx.env, ...buildEnv(opts) } });
  const output = `${res.stdout}\n${res.stderr}`;
  if (res.exitCode !== 0) throw new UserError(explainBuildFailure(output));
  if (opts.localCacheDir) await rotateLocalCache(ctx, opts.localCacheDir, slug);
  const metadata = existsSync(metadataFile) ? readFileSync(metadataFile, 'utf8') : '{}';
  let digest = parseMetadata(metadata).digest;
  const repo = opts.pushByDigest;
  if (viaLayout && repo) {
    // the docker driver cannot push by digest: push its OCI layout with our registry client
    digest = (await withRegistry(ctx, (client) => pushLayout(client, viaLayout, parseReference(repo)))).digest;
    ctx.log.info(`pushed ${repo}@${digest} by digest (no tag)`);
  }
  return { digest, metadata, cache: cacheHits(output) };
}

/** The Dockerfile the build uses, or undefined when the context is remote (a Git URL, a tarball URL). */
export function dockerfilePath(i: ActionInputs): string | undefined {
  if (/^[a-z]+:\/\/|^git@/.test(i.context)) return undefined;
  return i.file ? (i.file.startsWith('/') ? i.file : join(process.cwd(), i.file)) : join(i.context, 'Dockerfile');
}

/**
 * Preflight: every FROM image must have every platform the build needs; say which image lacks
 * which platform before any build starts. Other findings (emulated compiles, hard-coded amd64 …)
 * are warnings.
 */
export async function preflightCheck(ctx: RunContext, i: ActionInputs): Promise<string[]> {
  const path = dockerfilePath(i);
  if (!path) {
    ctx.log.info('remote build context: no preflight');
    return [];
  }
  return withRegistry(ctx, async (client) => {
    const res = await checkDockerfile(path, { platforms: i.platforms, buildArgs: buildArgValues(i.buildArgs), target: i.target, client });
    for (const img of res.images) {
      ctx.log.info(
        `${img.image}: ${img.available ? `has ${img.available.join(', ')}` : 'not looked up'}${img.missing.length ? ` — MISSING ${img.missing.join(', ')}` : ''}`,
      );
    }
    const fatal = res.findings.filter((f) => f.level === 'error' && f.code === 'missing-platform');
    for (const f of res.findings) if (!fatal.includes(f)) ctx.log.warning(f.message);
    if (fatal.length) {
      throw new UserError(`base image check: ${fatal.map((f) => f.message).join('; ')} (set check: false to let buildx try anyway)`);
    }
    return res.images.map((img) => img.image);
  });
}

/** Copy base images (all platforms) before building: SRC=DST lines, or every FROM image with auto. */
export async function mirrorBases(ctx: RunContext, i: ActionInputs, fromImages: string[]): Promise<void> {
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
  return withRegistry(ctx, async (client) => {
    const results = await mirrorImages(client, pairs, {
      onPair: (p, n) => ctx.log.info(`mirror ${n + 1}/${pairs.length}: ${formatReference(p.src)} → ${formatReference(p.dst)}`),
    });
    for (const r of results) {
      ctx.log.info(
        r.upToDate
          ? `  ${r.destination}: up to date (${r.platforms.join(', ')})`
          : `  ${r.destination}: ${r.platforms.join(', ')}; ${r.blobsUploaded} blobs uploaded (${(r.bytesUploaded / 1048576).toFixed(1)} MiB), ${r.blobsMounted} mounted, ${r.blobsPresent} already there`,
      );
    }
  });
}

/** cache: local — a fixed directory per platform set, restored from the Actions cache when there is one. */
async function restoreLocalCache(ctx: RunContext, slug: string): Promise<string> {
  const dir = join(tmpdir(), 'gen-ci-buildx-cache', slug);
  mkdirSync(dir, { recursive: true });
  cacheClient ??= actionsCache(ctx.log);
  const cache = await cacheClient;
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
  const cache = await cacheClient;
  if (!cache) return;
  try {
    await cache.save(dir, localCacheKey(slug));
    ctx.log.info('build cache saved to the Actions cache');
  } catch (err) {
    ctx.log.warning(`could not save the build cache (${(err as Error).message.split('\n')[0]})`);
  }
}

/** The repository an image is pushed to: image input, else the first tag's. */
export function targetRepository(i: ActionInputs): string | undefined {
  return i.image ?? (i.tags[0] ? repositoryOf(i.tags[0]) : undefined);
}

/** Run fn with a registry client that reads the login this run made; its connections are closed afterwards. */
async function withRegistry<T>(ctx: RunContext, fn: (client: RegistryClient) => Promise<T>): Promise<T> {
  const client = new RegistryClient({ configDir: ctx.env.DOCKER_CONFIG });
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}

/**
 * Read the pushed index back (our registry client, by digest: registry 2.8 answers HEAD of a
 * tag holding attestations with 500) and fail if a requested platform is missing.
 */
export async function verify(ctx: RunContext, repo: string, digest: string, requested: Platform[]): Promise<PushedImage> {
  return withRegistry(ctx, async (client) => {
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
  });
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
export function collectLegs(i: ActionInputs, repo: string): MergeSource[] {
  const legs: MergeSource[] = [];
  const add = (entry: string, platformHint?: string) => {
    let platform: Platform | undefined;
    let value = entry.trim();
    const eq = value.indexOf('=');
    if (eq > 0) {
      platform = parsePlatformList(value.slice(0, eq))[0];
      value = value.slice(eq + 1).trim();
    } else if (platformHint) {
      const ps = parsePlatformList(platformHint);
      if (ps.length === 1) platform = ps[0];
    }
    const ref = /^sha256:[a-f0-9]{64}$/.test(value)
      ? withDigest(parseReference(repo), value)
      : /^[a-f0-9]{64}$/.test(value)
        ? withDigest(parseReference(repo), `sha256:${value}`)
        : parseReference(value);
    if (!ref.digest) throw new UsageError(`digests: "${entry}" is not a digest (sha256:…, REPOSITORY@sha256:… or PLATFORM=sha256:…)`);
    legs.push(platform ? { ref, platform } : { ref });
  };
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
export async function mergeLegs(ctx: RunContext, i: ActionInputs): Promise<MergeOutcome> {
  const first = i.tags[0];
  if (!first) throw new UsageError('merge needs tags: the index is pushed under them');
  const repo = targetRepository(i) as string;
  const legs = collectLegs(i, repo);
  const target = parseReference(first);
  if (!target.tag) throw new UsageError(`tags: "${first}" needs a tag for the merged index`);
  const extra = i.tags.slice(1).map((t) => parseReference(t));
  for (const e of extra) {
    if (e.registry !== target.registry || e.repository !== target.repository) {
      throw new UsageError(
        `merge tags must share one repository (${target.registry}/${target.repository}); "${formatReference(e)}" does not — mirror it afterwards with gen-ci mirror`,
      );
    }
  }
  return withRegistry(ctx, async (client) => {
    // nothing is pushed or tagged unless every requested platform comes from some leg
    const res = await mergeImages(client, target, legs, { require: i.platforms, extraTags: extra.map((e) => e.tag as string).filter(Boolean) });
    ctx.log.info(`merged ${res.platforms.map((p) => p.platform).join(', ')} into ${first} (${res.digest})`);
    const pushed: PushedImage = {
      mediaType: res.mediaType,
      digest: res.digest,
      platforms: res.platforms.map((p) => ({ platform: p.platform, digest: p.digest })),
      attestations: res.attestations,
    };
    return { digest: res.digest, pushed };
  });
}
