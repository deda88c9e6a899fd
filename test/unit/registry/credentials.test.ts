import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { type CredentialHelper, loadCredentials, runCredentialHelper } from '../../../src/registry/credentials.js';
import { configKey, dockerConfigDir } from '../../../src/registry/docker-config.js';

function config(obj: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'genci-cfg-'));
  writeFileSync(join(dir, 'config.json'), typeof obj === 'string' ? obj : JSON.stringify(obj));
  return dir;
}
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('credentials from docker config.json', () => {
  it('auths: auth, username/password, identitytoken, with URL-shaped keys', async () => {
    const dir = config({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:pw:with:colons') },
        'http://reg.example.com/v2/': { username: 'u', password: 'p' },
        'ghcr.io': { identitytoken: 'refresh' },
      },
    });
    expect(await loadCredentials('docker.io', { configDir: dir })).toEqual({ username: 'hub', password: 'pw:with:colons' });
    expect(await loadCredentials('reg.example.com', { configDir: dir })).toEqual({ username: 'u', password: 'p' });
    expect(await loadCredentials('ghcr.io', { configDir: dir })).toEqual({ identityToken: 'refresh' });
    expect(await loadCredentials('quay.io', { configDir: dir })).toBeUndefined();
  });

  it('credHelpers beat auths; credsStore is the fallback; helpers get the server key', async () => {
    const calls: string[] = [];
    const helper: CredentialHelper = async (name, server) => {
      calls.push(`${name} ${server}`);
      return { username: name, password: 'x' };
    };
    const dir = config({ auths: { 'a.example': { auth: b64('a:a') } }, credHelpers: { 'a.example': 'pass' }, credsStore: 'desktop' });
    expect(await loadCredentials('a.example', { configDir: dir, helper })).toEqual({ username: 'pass', password: 'x' });
    expect(await loadCredentials('docker.io', { configDir: dir, helper })).toEqual({ username: 'desktop', password: 'x' });
    expect(calls).toEqual(['pass a.example', 'desktop https://index.docker.io/v1/']);
  });

  it('no config file means anonymous; a broken one is a user error', async () => {
    expect(await loadCredentials('x.example', { configDir: mkdtempSync(join(tmpdir(), 'genci-none-')) })).toBeUndefined();
    await expect(loadCredentials('x.example', { configDir: config('{nope') })).rejects.toThrow(UserError);
  });

  it('runs a real docker-credential-* program', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'genci-bin-'));
    const script = join(bin, 'docker-credential-genci-test');
    writeFileSync(
      script,
      '#!/bin/sh\nread server\nif [ "$server" = "known.example" ]; then echo \'{"ServerURL":"known.example","Username":"<token>","Secret":"tok"}\'; else echo "credentials not found in native keychain"; exit 1; fi\n',
    );
    chmodSync(script, 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      expect(await runCredentialHelper('genci-test', 'known.example')).toEqual({ identityToken: 'tok' });
      expect(await runCredentialHelper('genci-test', 'other.example')).toBeUndefined();
      await expect(runCredentialHelper('genci-missing', 'x')).rejects.toThrow(/not on PATH/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('keys and directories', () => {
    expect(configKey('docker.io')).toBe('https://index.docker.io/v1/');
    expect(configKey('GHCR.io')).toBe('ghcr.io');
    expect(dockerConfigDir({ DOCKER_CONFIG: '/cfg' })).toBe('/cfg');
  });
});
