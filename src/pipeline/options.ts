import { attestationValue, type CacheMode } from '../core/build.js';
import { parseList } from '../core/list.js';
import { type Driver, DRIVERS } from '../core/builder.js';
import { UsageError } from '../core/errors.js';
import { validateJob } from './plan.js';
import { type EventInputs, resolveMetadata } from './metadata.js';
import type { QemuMode } from '../core/binfmt.js';
import { requireOidcToken } from '../core/cosign.js';
import { parseNode, type NodeSpec } from '../core/nodes.js';
import { type Platform, parsePlatformList } from '../core/platform.js';

/** Every input of action.yml, typed. */
export interface JobOptions {
  platforms: Platform[];
  context: string;
  file?: string;
  /** the image references to push: literal `tags`, or made from `images` + `tag-rules` */
  tags: string[];
  /** images: repositories the tag rules make tags for */
  images: string[];
  /** --label KEY=VALUE: the OCI set unless oci-metadata: false, then the user's */
  labels: string[];
  /** --annotation LEVEL:KEY=VALUE */
  annotations: string[];
  /** the version the tag rules made ('' with literal tags) */
  version: string;
  /** reproducible: true — SOURCE_DATE_EPOCH for buildx, from the commit time */
  sourceDateEpoch?: number;
  /** why the tag rules turned push off (a pull request) */
  pushNotice?: string;
  /** whether the tag rules push for this event (false on pull requests; true with literal tags) */
  metadataPush: boolean;
  /** a metadata input this event cannot serve */
  metadataWarning?: string;
  buildArgs: string[];
  target?: string;
  /** id -> value */
  secrets: Record<string, string>;
  push: boolean;
  load: boolean;
  outputs: string[];
  cache: CacheMode;
  cacheFrom: string[];
  cacheTo: string[];
  provenance: string;
  sbom: string;
  qemu: QemuMode;
  /** explicit binfmt image ('' = the pinned one, from helper-registry when set) */
  qemuImage?: string;
  buildkitImage?: string;
  helperRegistry?: string;
  helperCache: boolean;
  retries: number;
  driver: Driver;
  driverOpts: string[];
  /** buildx (the Docker CLI) or buildctl (plain BuildKit); auto: buildx when the Docker CLI is there */
  backend: Backend;
  /** buildctl: the BuildKit address (else BUILDKIT_HOST, else a daemonless run) */
  buildkitAddr?: string;
  /** native nodes: each platform built on the node that owns it (one builder, one build, one index) */
  nodes: NodeSpec[];
  /** a node that cannot be reached: its platforms go to the local node under QEMU (false: the job fails) */
  nodeFallback: boolean;
  /** sign the pushed (or merged) index and every platform manifest with cosign */
  sign: SignMode;
  /** key mode: the private key's PEM text, a key file, or a KMS/secret URI */
  cosignKey: string;
  cosignPassword: string;
  /** upload signatures to the transparency log (Rekor); false: offline or private signing */
  cosignTlog: boolean;
  endpoint?: string;
  builder?: string;
  buildkitdConfig: string;
  insecureRegistries: string[];
  registry: string;
  username: string;
  password: string;
  /** why login is skipped (an empty password on a build that pushes nothing) */
  loginNotice?: string;
  summary: boolean;
  verify: boolean;
  /** repository for push-by-digest and merge (default: the first tag's repository) */
  image?: string;
  pushByDigest: boolean;
  merge: boolean;
  /** merge: digests (sha256:…, REPO@sha256:…, or PLATFORM=sha256:…) */
  digests: string[];
  /** merge: carry the legs' provenance/SBOM attestation manifests into the merged index */
  keepAttestations: boolean;
  digestsDir?: string;
  /** run the Dockerfile preflight before building */
  check: boolean;
  /** check: offline — the static checks only, no image looked up */
  checkOffline: boolean;
  /** the deadline of each base-image lookup of the check, retries included */
  checkTimeoutMs: number;
  /** registry-timeout: the deadline of each registry operation (mirror, verify, merge, layout push) */
  registryTimeoutMs: number;
  /** base images to copy before the build: SRC=DST lines, or 'auto' */
  mirror: string;
  mirrorRegistry?: string;
}

export type SignMode = 'false' | 'key' | 'keyless';

export type Backend = 'auto' | 'buildx' | 'buildctl';
export const BACKENDS: Backend[] = ['auto', 'buildx', 'buildctl'];

export const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64';

/** One item per line, commas inside a line belong to it; a quoted cell may hold newlines. */
const lines = (v: string) => parseList(v, { commas: false });
/** Items separated by newlines or commas. */
const items = (v: string) => parseList(v, { commas: true });

/**
 * Secrets: one id=value item per line, or a whole quoted item ("id=line 1\nline 2") for a value
 * with line breaks (PEM keys). Values are kept byte for byte: not trimmed, # not a comment.
 */
export function parseSecrets(raw: string): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const item of parseList(raw, { commas: false, comments: false, trim: false })) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError('secrets: each item must be id=value (the value is never printed)');
    const id = item.slice(0, eq).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id) || /^\.+$/.test(id)) throw new UsageError(`secrets: "${id}" is not a valid secret id (letters, digits, '_', '.', '-')`);
    if (id in secrets) throw new UsageError(`secrets: "${id}" is given twice`);
    let value = item.slice(eq + 1);
    // id="value" (the quotes around the value only) is read as the value inside them
    if (/^"[\s\S]*"$/.test(value)) value = value.slice(1, -1);
    secrets[id] = value;
  }
  return secrets;
}

function bool(name: string, v: string, dflt: boolean): boolean {
  const s = v.trim().toLowerCase();
  if (s === '') return dflt;
  if (['true', 'yes', 'on', '1'].includes(s)) return true;
  if (['false', 'no', 'off', '0'].includes(s)) return false;
  throw new UsageError(`${name}: "${v}" is not true or false`);
}

function int(name: string, v: string, dflt: number, min: number, max: number): number {
  const s = v.trim();
  if (s === '') return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name}: "${v}" is not a whole number from ${min} to ${max}`);
  return n;
}

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[], dflt: T): T {
  const s = (v.trim() || dflt) as T;
  if (!allowed.includes(s)) throw new UsageError(`${name}: "${v}" is not one of ${allowed.join(', ')}`);
  return s;
}

/** Turn raw input strings into typed inputs (pure: `get` returns '' for unset inputs). */
/**
 * Read and check every input (pure: `event` carries the GitHub variables and payload that the tag
 * rules and OCI labels are made from; none in unit tests unless given).
 */
export function readOptions(get: (name: string) => string, event: EventInputs = { env: {} }): JobOptions {
  const platformsRaw = get('platforms').trim() || DEFAULT_PLATFORMS;
  const secrets = parseSecrets(get('secrets'));
  const pushByDigest = bool('push-by-digest', get('push-by-digest'), false);
  const merge = bool('merge', get('merge'), false);
  if (pushByDigest && merge) throw new UsageError('push-by-digest and merge are two different jobs: set one of them');
  const platforms = parsePlatformList(platformsRaw);
  const images = items(get('images'));
  const pushInput = bool('push', get('push'), false);
  const meta = resolveMetadata(
    {
      tags: items(get('tags')),
      images,
      tagRules: get('tag-rules'),
      latest: get('latest'),
      labels: lines(get('labels')),
      annotations: lines(get('annotations')),
      ociMetadata: bool('oci-metadata', get('oci-metadata'), true),
      reproducible: bool('reproducible', get('reproducible'), false),
      multiPlatform: platforms.length > 1,
    },
    event,
  );
  // a pull request builds and checks, and pushes nothing (the tag rules' policy)
  const push = (pushInput && meta.push) || pushByDigest;
  const login = readLogin(get, push || merge);
  if (get('mirror').trim() === 'auto' && !get('mirror-registry').trim()) throw new UsageError('mirror: auto copies every FROM image into mirror-registry; set mirror-registry (e.g. registry.internal/mirror)');
  const load = bool('load', get('load'), false);
  const inputs: JobOptions = {
    platforms,
    context: get('context').trim() || '.',
    file: get('file').trim() || undefined,
    tags: meta.tags,
    images,
    labels: meta.labels,
    annotations: meta.annotations,
    version: meta.version,
    sourceDateEpoch: meta.sourceDateEpoch,
    pushNotice: pushInput && !meta.push ? meta.notice : undefined,
    metadataPush: meta.push,
    metadataWarning: meta.warning,
    buildArgs: lines(get('build-args')),
    target: get('target').trim() || undefined,
    secrets,
    push,
    load,
    outputs: lines(get('outputs')),
    cache: resolveCache(oneOf('cache', get('cache'), ['auto', 'registry', 'gha', 'local', 'none'] as const, 'auto'), push, meta.tags.join(',') || get('image')),
    cacheFrom: lines(get('cache-from')),
    cacheTo: lines(get('cache-to')),
    provenance: attestationValue('provenance', get('provenance')),
    sbom: attestationValue('sbom', get('sbom')),
    qemu: oneOf('qemu', get('qemu'), ['auto', 'true', 'false'] as const, 'auto'),
    qemuImage: get('qemu-image').trim() || undefined,
    buildkitImage: get('buildkit-image').trim() || undefined,
    helperRegistry: get('helper-registry').trim() || undefined,
    helperCache: bool('helper-cache', get('helper-cache'), true),
    retries: int('retries', get('retries'), 3, 0, 10),
    driver: oneOf('driver', get('driver'), DRIVERS, 'docker-container'),
    driverOpts: lines(get('driver-opts')),
    backend: oneOf('backend', get('backend'), BACKENDS, 'auto'),
    buildkitAddr: get('buildkit-addr').trim() || undefined,
    nodes: lines(get('nodes')).map(parseNode),
    nodeFallback: bool('node-fallback', get('node-fallback'), true),
    sign: signMode(get('sign')),
    cosignKey: get('cosign-key').trim(),
    cosignPassword: get('cosign-password'),
    cosignTlog: bool('cosign-tlog', get('cosign-tlog'), true),
    endpoint: get('endpoint').trim() || undefined,
    builder: get('builder').trim() || undefined,
    buildkitdConfig: get('buildkitd-config'),
    insecureRegistries: items(get('insecure-registries')),
    ...login,
    summary: bool('summary', get('summary'), true),
    verify: bool('verify', get('verify'), true),
    // a repository name is lowercase: ghcr.io/${{ github.repository }} works for Owner/Repo
    image: get('image').trim().toLowerCase() || undefined,
    pushByDigest,
    merge,
    digests: items(get('digests')),
    keepAttestations: bool('keep-attestations', get('keep-attestations'), false),
    digestsDir: get('digests-dir').trim() || undefined,
    check: get('check').trim().toLowerCase() === 'offline' || bool('check', get('check'), true),
    checkOffline: get('check').trim().toLowerCase() === 'offline',
    checkTimeoutMs: int('check-timeout', get('check-timeout'), 5, 1, 600) * 1000,
    registryTimeoutMs: int('registry-timeout', get('registry-timeout'), 300, 1, 7200) * 1000,
    mirror: get('mirror').trim(),
    mirrorRegistry: get('mirror-registry').trim() || undefined,
  };
  // keyless signing needs the CI's OIDC token: said now, not after the build
  if (inputs.sign === 'keyless' && inputs.push) requireOidcToken(event.env);
  // every input that can be wrong is found here, before the first side effect
  validateJob(inputs);
  return inputs;
}

/** sign: false (default), true or key (a key in cosign-key), keyless (the CI's OIDC identity). */
function signMode(v: string): SignMode {
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'false') return 'false';
  if (s === 'true' || s === 'key') return 'key';
  if (s === 'keyless') return 'keyless';
  throw new UsageError(`sign: "${v}" is not false, true (key), key or keyless`);
}

/**
 * The login: username and password together, or neither. A build that pushes nothing logs in
 * without a password by not logging in (pull requests from forks get no secrets), with a notice.
 */
function readLogin(get: (name: string) => string, pushes: boolean): Pick<JobOptions, 'registry' | 'username' | 'password' | 'loginNotice'> {
  let username = get('username').trim();
  const password = get('password');
  const registry = get('registry').trim();
  let loginNotice: string | undefined;
  if (username && !password && !pushes) {
    loginNotice = `password is empty (pull requests from forks get no secrets) and nothing is pushed: not logging in to ${registry || 'docker.io'}`;
    username = '';
  }
  if (Boolean(username) !== Boolean(password)) throw new UsageError('username and password go together: set both to log in, or neither');
  if (registry && !username && !loginNotice) throw new UsageError('registry is set but username/password are not; set both to log in');
  return { registry: registry || 'docker.io', username, password: username ? password : '', loginNotice };
}

/** auto: registry cache next to the image when pushing a tag, else none. */
function resolveCache(mode: CacheMode | 'auto', push: boolean, tags: string): CacheMode {
  if (mode !== 'auto') return mode;
  return push && items(tags).length ? 'registry' : 'none';
}
