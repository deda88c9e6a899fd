// The docker CLI's config.json, the one primitive every door shares: where it is ($DOCKER_CONFIG
// or ~/.docker), its shape, and the key a registry's credentials live under.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { DOCKER_HUB, DOCKER_HUB_AUTH_KEY, normaliseRegistry } from './reference.js';

export interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  [k: string]: unknown;
}

/** config.json as far as gen-ci reads or writes it; every other setting is kept as it is. */
export interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [k: string]: unknown;
}

/** $DOCKER_CONFIG or ~/.docker, as the docker CLI resolves it. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker');
}

/** The config.json key of a registry: its host, lowercase; Docker Hub (by any of its names) keeps its historic URL. */
export function configKey(registry: string): string {
  const host = registry.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  if (!host || normaliseRegistry(host) === DOCKER_HUB) return DOCKER_HUB_AUTH_KEY;
  if (!/^[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(host)) throw new UsageError(`registry: "${registry}" is not a registry host`);
  return normaliseRegistry(host);
}

/** Whether a config.json key names this registry (https://, a path, another spelling of Docker Hub). */
export function sameRegistry(key: string, registry: string): boolean {
  return normaliseRegistry(key) === normaliseRegistry(registry);
}
