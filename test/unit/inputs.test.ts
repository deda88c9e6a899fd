import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/pipeline/options.js';
import { formatPlatform } from '../../src/core/platform.js';

const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};
const defaults = (over: Record<string, string> = {}) => (name: string) => over[name] ?? action.inputs[name]?.default ?? '';

describe('action inputs', () => {
  it('action.yml runs on node24 with main and post', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' });
  });

  it('every input read by the code is declared, and every declared one is read', () => {
    const read = new Set<string>();
    readOptions((name) => {
      read.add(name);
      return defaults()(name);
    });
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('the README documents every input and output', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`\`${name}\``);
  });

  it('defaults: two platforms, attestations off, docker-container, no push', () => {
    const i = readOptions(defaults());
    expect(i.platforms.map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(i).toMatchObject({ provenance: 'false', sbom: 'false', driver: 'docker-container', push: false, qemu: 'auto', cache: 'none', summary: true });
  });

  it('cache auto becomes registry when pushing a tag', () => {
    expect(readOptions(defaults({ push: 'true', tags: 'r/a:1' })).cache).toBe('registry');
  });

  it.each([
    [{ platforms: 'linux/sparc' }, /invalid platform "linux\/sparc"/],
    [{ push: 'sure' }, /push: "sure" is not true or false/],
    [{ driver: 'kubernetes' }, /driver: "kubernetes" is not one of docker-container, docker, remote/],
    [{ qemu: 'maybe' }, /qemu: "maybe"/],
    [{ username: 'u', push: 'true', tags: 'r/a:1' }, /username and password go together/],
    [{ password: 'p' }, /username and password go together/],
    [{ registry: 'r.io' }, /registry is set but username/],
    [{ secrets: 'novalue' }, /each item must be id=value/],
    [{ secrets: '.=x' }, /"\." is not a valid secret id/],
    [{ secrets: '..=x' }, /"\.\." is not a valid secret id/],
    [{ secrets: '../x=y' }, /"\.\.\/x" is not a valid secret id/],
    [{ secrets: 'a=1\na=2' }, /"a" is given twice/],
    [{ cache: 'disk' }, /cache: "disk" is not one of auto, registry, gha, local, none/],
  ])('rejects %j', (over, why) => {
    expect(() => readOptions(defaults(over))).toThrow(why);
  });

  it('secrets are id=value lines, values may hold = and quotes', () => {
    expect(readOptions(defaults({ secrets: 'a=x=y\nb="q r"' })).secrets).toEqual({ a: 'x=y', b: 'q r' });
  });
});
