import { UsageError } from '../core/errors.js';

/** A parsed image reference: registry host, repository path, and a tag and/or a digest. */
export interface Reference {
  /** the registry as users name it: docker.io, ghcr.io, 127.0.0.1:5000 */
  registry: string;
  /** repository path inside the registry; Docker Hub's official images carry library/ */
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
/** The host Docker Hub's registry API actually answers on. */
export const DOCKER_HUB_API = 'registry-1.docker.io';
/** The key Docker Hub credentials are stored under in config.json. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

/** Docker's rule: a name's first component is a registry host when it has a dot, a colon, is localhost, or has a capital. */
export function isRegistryHost(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}

/** The registry an image name (as written, not checked) is pushed to: its host, else Docker Hub. */
export function registryOf(name: string): string {
  const parts = name.split('/');
  return parts.length > 1 && isRegistryHost(parts[0] as string) ? normaliseRegistry(parts[0] as string) : DOCKER_HUB;
}

/** REGISTRY/REPO[:TAG][@DIGEST] -> REGISTRY/REPO, as written (the cache ref and a leg's repository keep the user's spelling). */
export function repositoryOf(name: string): string {
  const noDigest = name.split('@')[0] as string;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/** An image name to push to: [registry/]repository[:tag], lowercase, no digest (a tags entry). */
export function validateImageName(name: string, what = 'tags'): void {
  let ref: Reference | undefined;
  try {
    ref = /^\S+$/.test(name) && !name.startsWith('docker://') ? parseReference(name, { defaultTag: false }) : undefined;
  } catch {
    ref = undefined;
  }
  if (!ref || ref.digest) {
    throw new UsageError(`${what}: "${name}" is not a valid image reference (lowercase repository, optional :tag of letters, digits, '_', '.', '-')`);
  }
}

/** A repository to push by digest into: an image name without tag or digest. */
export function validateRepositoryName(name: string, what = 'image'): void {
  validateImageName(name, what);
  if (repositoryOf(name) !== name) throw new UsageError(`${what}: "${name}" must be a repository without tag or digest`);
}

/** docker.io, index.docker.io and registry-1.docker.io all name Docker Hub. */
export function normaliseRegistry(registry: string): string {
  const r = registry
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  return r === 'index.docker.io' || r === DOCKER_HUB_API ? DOCKER_HUB : r;
}

/**
 * Parse a reference the way Docker does: the first path component is a registry host when it has a dot,
 * a colon or is localhost; otherwise the image lives on Docker Hub, where one-component names get library/.
 * A reference with neither tag nor digest means :latest.
 */
export function parseReference(input: string, opts: { defaultTag?: boolean } = {}): Reference {
  const raw = input.trim();
  const fail = (why: string): never => {
    throw new UsageError(`invalid image reference "${raw}": ${why}; use [registry/]repository[:tag][@sha256:digest]`);
  };
  if (!raw) fail('empty');
  let rest = raw.replace(/^docker:\/\//, '');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail(`bad digest "${digest}"`);
  }
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) fail(`bad tag "${tag}"`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && isRegistryHost(parts[0] as string)) registry = normaliseRegistry(parts.shift() as string);
  if (parts.length === 0 || parts.some((p) => !p)) fail('empty repository');
  for (const p of parts) {
    if (p !== p.toLowerCase()) fail('repository names must be lowercase');
    if (!COMPONENT.test(p)) fail(`bad repository component "${p}"`);
  }
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  if (!tag && !digest && opts.defaultTag !== false) tag = 'latest';
  return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** A tag on its own (merge -t, extra tags of a spec), checked as parseReference checks one. */
export function parseTag(input: string): string {
  if (!TAG.test(input)) throw new UsageError(`invalid tag "${input}": up to 128 letters, digits, _ . and -, not starting with . or -`);
  return input;
}

/** The canonical string: docker.io/library/busybox:latest, 127.0.0.1:5000/a/b@sha256:… */
export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** What to put in a manifest URL: the digest when there is one, else the tag. */
export function manifestKey(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The same repository with another tag/digest. */
export function withDigest(ref: Reference, digest: string): Reference {
  return { registry: ref.registry, repository: ref.repository, digest };
}

/** Host to open connections to. */
export function apiHost(registry: string): string {
  return normaliseRegistry(registry) === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** localhost and loopback addresses speak plain HTTP by default, as Docker does. */
export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
}
