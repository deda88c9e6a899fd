// The login policy: what the temporary DOCKER_CONFIG holds, and how `docker login` is called.
import { configKey, type DockerConfig } from '../registry/docker-config.js';
import { DOCKER_HUB, DOCKER_HUB_AUTH_KEY } from '../registry/reference.js';

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
