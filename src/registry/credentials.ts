import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { configKey, type DockerConfig, dockerConfigDir, sameRegistry } from './docker-config.js';

/** What a registry login yields: a username and password, or an identity (refresh) token. */
export interface Credentials {
  username?: string;
  password?: string;
  identityToken?: string;
}

export type CredentialHelper = (helper: string, server: string) => Promise<Credentials | undefined>;

/** Run docker-credential-<helper> get, as the docker CLI does. */
export const runCredentialHelper: CredentialHelper = (helper, server) =>
  new Promise((resolve, reject) => {
    const bin = `docker-credential-${helper}`;
    const child = spawn(bin, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new UserError(e.code === 'ENOENT' ? `credential helper ${bin} is configured in config.json but not on PATH` : `${bin}: ${e.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) {
        try {
          const j = JSON.parse(out) as { Username?: string; Secret?: string };
          if (j.Username === '<token>') resolve({ identityToken: j.Secret });
          else resolve({ username: j.Username, password: j.Secret });
        } catch {
          reject(new UserError(`${bin} get printed something that is not JSON`));
        }
      } else if (/credentials not found/i.test(out + err)) resolve(undefined);
      else reject(new UserError(`${bin} get failed for ${server}: ${(err || out).trim().split('\n')[0]}`));
    });
    child.stdin.end(server);
  });

/**
 * Credentials for a registry from a docker config directory: credHelpers[host], then auths[host]
 * (auth, username/password, identitytoken), then the global credsStore. Undefined means anonymous.
 */
export async function loadCredentials(registry: string, opts: { configDir?: string; helper?: CredentialHelper } = {}): Promise<Credentials | undefined> {
  const file = join(opts.configDir ?? dockerConfigDir(), 'config.json');
  let cfg: DockerConfig;
  try {
    cfg = JSON.parse(await readFile(file, 'utf8')) as DockerConfig;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read docker config ${file}: ${(e as Error).message}`);
  }
  const helper = opts.helper ?? runCredentialHelper;
  const key = configKey(registry);
  const helperName = Object.entries(cfg.credHelpers ?? {}).find(([k]) => sameRegistry(k, registry))?.[1];
  if (helperName) return helper(helperName, key);
  const entry = Object.entries(cfg.auths ?? {}).find(([k]) => sameRegistry(k, registry))?.[1];
  if (entry && (entry.auth || entry.username || entry.identitytoken)) {
    const c: Credentials = {};
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i < 0) throw new UserError(`the auth entry for ${key} in ${file} is not base64 of user:password`);
      c.username = decoded.slice(0, i);
      c.password = decoded.slice(i + 1);
    } else if (entry.username) {
      c.username = entry.username;
      c.password = entry.password;
    }
    if (entry.identitytoken) c.identityToken = entry.identitytoken;
    return c;
  }
  if (cfg.credsStore) return helper(cfg.credsStore, key);
  return undefined;
}
