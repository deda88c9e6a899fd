import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildkitdToml, createBuilderArgs, parseInspect, removeBuilderArgs } from '../../src/core/builder.js';

describe('builder', () => {
  it('creates a docker-container builder with the exact arguments', () => {
    expect(
      createBuilderArgs({ name: 'gen-ci-1', driver: 'docker-container', driverOpts: ['image=mirror.local/moby/buildkit:v0.17.0', 'network=host'], configFile: '/tmp/x/buildkitd.toml' }),
    ).toEqual([
      'buildx', 'create', '--name', 'gen-ci-1', '--driver', 'docker-container',
      '--driver-opt', 'image=mirror.local/moby/buildkit:v0.17.0', '--driver-opt', 'network=host',
      '--buildkitd-config', '/tmp/x/buildkitd.toml', '--bootstrap',
    ]);
  });

  it('creates a remote builder with the endpoint last', () => {
    expect(createBuilderArgs({ name: 'r', driver: 'remote', driverOpts: [], endpoint: 'tcp://buildkitd:1234' })).toEqual([
      'buildx', 'create', '--name', 'r', '--driver', 'remote', '--bootstrap', 'tcp://buildkitd:1234',
    ]);
    expect(() => createBuilderArgs({ name: 'r', driver: 'remote', driverOpts: [] })).toThrow(/needs an endpoint/);
    expect(() => createBuilderArgs({ name: 'r', driver: 'docker', driverOpts: [] })).toThrow(/cannot create/);
  });

  it('removes by name', () => {
    expect(removeBuilderArgs('gen-ci-1')).toEqual(['buildx', 'rm', '--force', 'gen-ci-1']);
  });

  it('writes buildkitd.toml with the insecure-registries shorthand', () => {
    expect(buildkitdToml('debug = true', ['127.0.0.1:5000', 'registry.local'])).toBe(
      'debug = true\n\n[registry."127.0.0.1:5000"]\n  http = true\n  insecure = true\n\n[registry."registry.local"]\n  http = true\n  insecure = true\n',
    );
    expect(buildkitdToml('', [])).toBe('');
    expect(() => buildkitdToml('', ['http://x y'])).toThrow(/not a registry host/);
    expect(() => buildkitdToml('[registry."a.b"]\nhttp = true', ['a.b'])).toThrow(/also configured/);
  });

  it('parses real `docker buildx inspect` output (buildx 0.13, docker driver)', () => {
    const info = parseInspect(readFileSync(new URL('../fixtures/buildx/inspect-docker-driver.txt', import.meta.url), 'utf8'));
    expect(info.name).toBe('default');
    expect(info.driver).toBe('docker');
    expect(info.status).toBe('running');
    expect(info.platforms).toContain('linux/arm64');
    expect(info.platforms).toContain('linux/riscv64');
  });
});
