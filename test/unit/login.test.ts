import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lifecycle } from '../../src/core/lifecycle.js';
import { configForLogin, configWithAuth, loginArgs } from '../../src/core/login.js';
import { readOptions } from '../../src/pipeline/options.js';
import { login, newContext } from '../../src/pipeline/steps.js';
import { configKey } from '../../src/registry/docker-config.js';

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

  it('docker login arguments: user and registry, --password-stdin', () => {
    expect(loginArgs('docker.io', 'me')).toEqual(['login', '--username', 'me', '--password-stdin', 'docker.io']);
    expect(loginArgs('127.0.0.1:5001', 'genci')).toEqual(['login', '--username', 'genci', '--password-stdin', '127.0.0.1:5001']);
  });

  it('the password reaches docker on stdin only, never its argv or environment (a recording stand-in for docker: it cannot prove what a real docker login stores)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-ci-login-'));
    const record = join(dir, 'record');
    const docker = join(dir, 'docker');
    writeFileSync(docker, `#!/bin/sh\n{ printf 'argv:%s\\n' "$*"; env | sed 's/^/env:/'; printf 'stdin:'; cat; } > "${record}"\n`);
    chmodSync(docker, 0o755);
    const password = 'pw-Zq7 with spaces $HOME';
    const o = readOptions((n) => ({ username: 'genci', password, registry: '127.0.0.1:5001', push: 'true', tags: '127.0.0.1:5001/a:1' })[n] ?? '');
    const quiet = { info() {}, warning() {}, notice() {}, group: <T>(_t: string, fn: () => Promise<T>) => fn() };
    const ctx = newContext(quiet, new Lifecycle(), o, { base: dir });
    const path = process.env.PATH;
    process.env.PATH = `${dir}:${path}`;
    try {
      await login(ctx, o, { docker: true });
    } finally {
      process.env.PATH = path;
    }
    const seen = readFileSync(record, 'utf8');
    expect(seen).toContain('argv:login --username genci --password-stdin 127.0.0.1:5001\n');
    expect(seen.endsWith(`stdin:${password}`)).toBe(true);
    // nowhere but stdin
    expect(seen.slice(0, seen.lastIndexOf('stdin:'))).not.toContain(password);
  });
});
