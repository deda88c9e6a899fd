import { describe, expect, it } from 'vitest';
import { configForLogin, configKey, configWithAuth, loginArgs } from '../../src/core/login.js';

describe('login config', () => {
  it.each([
    ['docker.io', 'https://index.docker.io/v1/'],
    ['index.docker.io', 'https://index.docker.io/v1/'],
    ['registry-1.docker.io', 'https://index.docker.io/v1/'],
    ['https://ghcr.io/', 'ghcr.io'],
    ['127.0.0.1:5001', '127.0.0.1:5001'],
    ['registry.example.com/team', 'registry.example.com'],
  ])('%s is stored under %s', (registry, key) => {
    expect(configKey(registry)).toBe(key);
  });

  it('refuses what is not a registry host', () => {
    expect(() => configKey('not a host')).toThrow(/registry: "not a host" is not a registry host/);
  });

  it('keeps the user settings but no credential store and no old entry for this registry', () => {
    const cfg = configForLogin(
      { credsStore: 'desktop', credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' }, auths: { 'ghcr.io': { auth: 'old' }, 'quay.io': { auth: 'q' } }, proxies: { x: 1 } },
      'ghcr.io',
    );
    expect(cfg).toEqual({ credHelpers: { 'gcr.io': 'gcloud' }, auths: { 'quay.io': { auth: 'q' } }, proxies: { x: 1 } });
    expect(configWithAuth(cfg, 'ghcr.io', 'u', 'p').auths?.['ghcr.io']).toEqual({ auth: Buffer.from('u:p').toString('base64') });
  });

  it('the password never reaches the command line', () => {
    expect(loginArgs('docker.io', 'me')).toEqual(['login', '--username', 'me', '--password-stdin', 'docker.io']);
    expect(loginArgs('127.0.0.1:5001', 'genci')).toEqual(['login', '--username', 'genci', '--password-stdin', '127.0.0.1:5001']);
  });
});
