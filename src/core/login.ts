import { DOCKER_HUB, DOCKER_HUB_AUTH_KEY, normaliseRegistry } from '../registry/reference.js';
import { UsageError } from './errors.js';

export interface DockerConfig {
  auths?: Record<string, { auth?: string; [k: string]: unknown }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [k: string]: unknown;
}

/** Docker's key for a registry in config.json (Docker Hub has a legacy URL key). */
export function configKey(registry: string): string {
  const host = registry.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  // Docker Hub's names (docker.io, index.docker.io, registry-1.docker.io) as the registry client knows them
  if (!host || normaliseRegistry(host) === DOCKER_HUB) return DOCKER_HUB_AUTH_KEY;
  if (!/^[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(host)) throw new UsageError(`registry: "${registry}" is not a registry host`);
  return host.split('/')[0] as string;
}

/**
 * The temporary config before `docker login` writes into it: the user's settings kept
 * (proxies, other registries' auths), but no credential store for this registry, since a
 * store takes precedence over inline auths and would send our login elsewhere.
 */
export function configForLogin(existing: DockerConfig | undefined, registry: string): DockerConfig {
  const key = configKey(registry);
  const cfg: DockerConfig = structuredClone(existing ?? {});
  delete cfg.credsStore;
  if (cfg.credHelpers) {
    const credHelpers = { ...cfg.credHelpers };
    delete credHelpers[key];
    if (Object.keys(credHelpers).length) cfg.credHelpers = credHelpers;
    else delete cfg.credHelpers;
  }
  if (cfg.auths?.[key]) {
    const auths = { ...cfg.auths };
    delete auths[key];
    cfg.auths = auths;
  }
  return cfg;
}

/** `docker login` arguments; the password goes on stdin, never on the command line. */
export function loginArgs(registry: string, username: string): string[] {
  return ['login', '--username', username, '--password-stdin', configKey(registry) === DOCKER_HUB_AUTH_KEY ? DOCKER_HUB : registry];
}

/** The config with this registry's credentials inline (used where no docker CLI runs: merge jobs). */
export function configWithAuth(cfg: DockerConfig, registry: string, username: string, password: string): DockerConfig {
  const key = configKey(registry);
  return { ...cfg, auths: { ...(cfg.auths ?? {}), [key]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } };
}
