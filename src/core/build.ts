import { repositoryOf, validateImageName, validateRepositoryName } from '../registry/reference.js';
import { BUILDX_MISSING, isBuildxMissing } from './docker.js';
import { UsageError, UserError } from './errors.js';
import { lastErrorLine } from './exec.js';
import { formatPlatform, type Platform } from './platform.js';

export type CacheMode = 'registry' | 'gha' | 'local' | 'none';

export interface BuildOptions {
  builder: string;
  platforms: Platform[];
  context: string;
  file?: string;
  tags: string[];
  labels: string[];
  /** --annotation LEVEL:KEY=VALUE (buildx ≥ 0.12) */
  annotations?: string[];
  /** SOURCE_DATE_EPOCH in buildx's environment (reproducible timestamps) */
  sourceDateEpoch?: number;
  buildArgs: string[];
  target?: string;
  /** secret id -> path of a file holding its value */
  secretFiles: Record<string, string>;
  push: boolean;
  load: boolean;
  outputs: string[];
  cache: CacheMode;
  cacheFrom: string[];
  cacheTo: string[];
  /** 'false' or a buildx attestation value ('true', 'mode=max', ...) */
  provenance: string;
  sbom: string;
  /** buildx >= 0.10 knows --provenance/--sbom (default true) */
  attestationFlags?: boolean;
  metadataFile: string;
  /** scope for the gha cache (per platform set, so parallel jobs do not overwrite each other) */
  cacheScope?: string;
  /** split leg: push by digest only (no tag) into this repository */
  pushByDigest?: string;
  /** push-by-digest through an OCI layout directory (for the docker driver, whose exporter lacks push-by-digest) */
  ociLayout?: string;
  /** cache: local — the directory read from; the new cache is written next to it (DIR.new) and rotated in */
  localCacheDir?: string;
  /** registry cache ref suffix (split legs get one per platform: buildcache-linux-arm64) */
  cacheSuffix?: string;
}

/** NAME=VALUE build args as a map; a bare NAME takes its value from the environment, as docker does (pure given env). */
export function buildArgValues(items: string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq > 0) out[item.slice(0, eq)] = item.slice(eq + 1);
    else if (env[item] !== undefined) out[item] = env[item] as string;
  }
  return out;
}

/** The registry-cache reference derived from the first tag: <repository>:buildcache. */
export function registryCacheRef(tags: string[], image?: string, suffix?: string): string {
  const first = image ?? tags[0];
  if (!first) throw new UsageError('cache: registry derives the cache from the first tag; set tags, or give cache-from/cache-to');
  return `${repositoryOf(first)}:buildcache${suffix ? `-${suffix}` : ''}`;
}

/** cache-from / cache-to values after applying the `cache` shorthand (explicit values win). */
export function cacheSettings(
  o: Pick<BuildOptions, 'cache' | 'cacheFrom' | 'cacheTo' | 'tags' | 'cacheScope' | 'pushByDigest' | 'cacheSuffix' | 'localCacheDir'>,
): { from: string[]; to: string[] } {
  if (o.cacheFrom.length || o.cacheTo.length) return { from: o.cacheFrom, to: o.cacheTo };
  switch (o.cache) {
    case 'none':
      return { from: [], to: [] };
    case 'gha': {
      const scope = o.cacheScope ? `,scope=${o.cacheScope}` : '';
      return { from: [`type=gha${scope}`], to: [`type=gha,mode=max${scope}`] };
    }
    case 'local': {
      if (!o.localCacheDir) throw new UsageError('cache: local needs a cache directory');
      // write to a fresh directory, then replace the old one: the cache holds exactly what this build used
      return { from: [`type=local,src=${o.localCacheDir}`], to: [`type=local,dest=${o.localCacheDir}.new,mode=max`] };
    }
    case 'registry': {
      const ref = registryCacheRef(o.tags, o.pushByDigest, o.cacheSuffix);
      return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},mode=max`] };
    }
  }
}

/** A --build-arg item: NAME=value, or a bare NAME (its value from the environment, as docker takes it). */
export function validateBuildArg(item: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(=|$)/.test(item)) throw new UsageError(`build-args: "${item.split('=')[0]}" is not NAME=value`);
}

/** `docker buildx build ...` as an argument array (pure). */
export function buildxBuildArgs(o: BuildOptions): string[] {
  if (!o.platforms.length) throw new UsageError('platforms: at least one platform is needed');
  if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest) throw new UsageError('push: true needs at least one tag');
  for (const t of o.tags) validateImageName(t);
  const args = ['buildx', 'build', '--builder', o.builder, '--progress', 'plain'];
  args.push('--platform', o.platforms.map(formatPlatform).join(','));
  if (o.file) args.push('--file', o.file);
  if (o.target) args.push('--target', o.target);
  if (o.pushByDigest) validateRepositoryName(o.pushByDigest);
  else for (const t of o.tags) args.push('--tag', t);
  for (const l of o.labels) args.push('--label', l);
  for (const a of o.annotations ?? []) args.push('--annotation', a);
  for (const b of o.buildArgs) {
    validateBuildArg(b);
    args.push('--build-arg', b);
  }
  for (const [id, src] of Object.entries(o.secretFiles)) args.push('--secret', `id=${id},src=${src}`);
  const cache = cacheSettings(o);
  for (const c of cache.from) args.push('--cache-from', c);
  for (const c of cache.to) args.push('--cache-to', c);
  if (o.attestationFlags !== false) args.push(`--provenance=${o.provenance}`, `--sbom=${o.sbom}`);
  args.push('--metadata-file', o.metadataFile);
  for (const out of o.outputs) args.push('--output', out);
  if (o.pushByDigest && !o.outputs.length) {
    args.push(
      '--output',
      o.ociLayout ? `type=oci,dest=${o.ociLayout},tar=false` : `type=image,name=${o.pushByDigest},push-by-digest=true,name-canonical=true,push=true`,
    );
  } else if (!o.outputs.length) {
    if (o.push) args.push('--push');
    if (o.load) args.push('--load');
  }
  args.push(o.context);
  return args;
}

/** Environment for the build: no default attestations when provenance and SBOM are both off. */
export function buildEnv(o: Pick<BuildOptions, 'provenance' | 'sbom' | 'sourceDateEpoch'>): Record<string, string> {
  const env: Record<string, string> = o.provenance === 'false' && o.sbom === 'false' ? { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } : {};
  if (o.sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
  return env;
}

/** Normalise the provenance / sbom inputs to what buildx takes. */
export function attestationValue(name: string, input: string): string {
  const v = input.trim();
  if (v === '' || /^(false|off|no|0)$/i.test(v)) return 'false';
  if (/^(true|on|yes|1)$/i.test(v)) return 'true';
  if (/^(mode=(min|max)|[a-z-]+=[^,]+)(,[a-z-]+=[^,]+)*$/.test(v)) return v;
  throw new UsageError(`${name}: "${v}" is not true, false or a buildx attestation value such as mode=max`);
}

export interface BuildMetadata {
  digest?: string;
  raw: Record<string, unknown>;
}

/**
 * Read buildx's --metadata-file JSON. A build that succeeded must leave one: a missing or
 * unreadable file is an error (a push-by-digest leg would otherwise "succeed" with nothing to
 * merge), named with buildx's last output line.
 */
export function parseMetadata(json: string | undefined, buildOutput: string): BuildMetadata {
  const last = lastErrorLine(buildOutput) || 'no output';
  if (json === undefined) throw new UserError(`buildx wrote no metadata file, so the build's result is unknown (buildx's last line: ${last})`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new UserError(`buildx's metadata file is not JSON (buildx's last line: ${last})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UserError(`buildx's metadata file holds no object (buildx's last line: ${last})`);
  const obj = raw as Record<string, unknown>;
  const digest = typeof obj['containerimage.digest'] === 'string' ? (obj['containerimage.digest'] as string) : undefined;
  return { digest, raw: obj };
}

/**
 * Turn a failed build's output into one line a user can act on (pure).
 * Falls back to buildx's own last error line.
 */
export function explainBuildFailure(output: string, tool = 'docker buildx build'): string {
  if (isBuildxMissing(output)) return BUILDX_MISSING;
  const noBuilder = output.match(/ERROR: no builder "([^"]+)" found/);
  if (noBuilder) return `builder "${noBuilder[1]}" does not exist (docker buildx ls lists them); leave builder empty to create one`;
  const noMatch = output.match(/failed to resolve source metadata for (\S+): no match for platform in manifest/);
  if (noMatch) {
    const image = noMatch[1] as string;
    const plats = [...output.matchAll(/#\d+ \[([^\] ]+) internal\] load metadata for (\S+)\n#\d+ ERROR: no match for platform/g)]
      .filter((m) => m[2] === image)
      .map((m) => m[1]);
    const which = plats.length ? [...new Set(plats)].join(', ') : 'a requested platform';
    return `base image ${image} has no ${which} variant (buildx: no match for platform in manifest); drop ${which} from platforms, or use a base image that is published for it (check with: gen-ci inspect ${image})`;
  }
  const execFormat = output.match(/#\d+ \[([^\] ]+) [^\]]*\] RUN [^\n]*\n(?:#\d+ [^\n]*\n)*?#\d+ [^\n]*exec format error/);
  if (execFormat || /exec format error/.test(output)) {
    const plat = execFormat?.[1];
    return `a RUN step failed with "exec format error"${plat ? ` for ${plat}` : ''}: no QEMU emulator for that platform is registered on the builder; set qemu: true (or install binfmt emulators), or cross-compile with FROM --platform=$BUILDPLATFORM`;
  }
  if (/401 Unauthorized|unauthorized: authentication required|no basic auth credentials/.test(output))
    return `the registry refused the credentials (401 Unauthorized); check registry, username and password inputs: ${lastErrorLine(output)}`;
  if (/failed to push|error writing manifest|unexpected status from PUT request|manifest invalid/.test(output)) {
    return `the registry rejected the push: ${lastErrorLine(output)}`;
  }
  if (
    /failed to read dockerfile|failed to solve: failed to compute cache key: failed to calculate checksum|lstat .*: no such file or directory/.test(output) &&
    /dockerfile/i.test(output)
  ) {
    return `the Dockerfile could not be read: ${lastErrorLine(output)}`;
  }
  return `${tool} failed: ${lastErrorLine(output)}`;
}
