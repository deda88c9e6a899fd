import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderAbsent, cleanup, Lifecycle, parseResources, type Resource, serialiseResources } from '../../src/core/lifecycle.js';

describe('Lifecycle', () => {
  it('persists the whole list after each record, before the thing exists, once per resource', () => {
    const saved: Resource[][] = [];
    const l = new Lifecycle((r) => saved.push(r));
    l.path('/tmp/a');
    l.builder('gen-ci-1');
    l.path('/tmp/a');
    expect(saved).toEqual([[{ kind: 'path', path: '/tmp/a' }], [{ kind: 'path', path: '/tmp/a' }, { kind: 'builder', name: 'gen-ci-1' }]]);
  });

  it('round-trips through the saved state; garbage and relative paths are no resource', () => {
    const r: Resource[] = [{ kind: 'builder', name: 'b' }, { kind: 'path', path: '/x' }];
    expect(parseResources(serialiseResources(r))).toEqual(r);
    expect(parseResources('')).toEqual([]);
    expect(parseResources('{nope')).toEqual([]);
    expect(parseResources('[{"kind":"path","path":"relative"},{"kind":"builder","name":""},{"kind":"x"}]')).toEqual([]);
  });

  it('a builder that was never created is no failure (buildx 0.13\'s words)', () => {
    const stderr = 'failed to remove gen-ci-x: no builder "gen-ci-x" found\nERROR: failed to remove one or more builders\n';
    expect(builderAbsent(stderr, 'gen-ci-x')).toBe(true);
    expect(builderAbsent('ERROR: permission denied', 'gen-ci-x')).toBe(false);
  });

  it('cleanup removes the paths that exist and skips the ones that do not', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lc-'));
    mkdirSync(join(d, 'dir/sub'), { recursive: true });
    writeFileSync(join(d, 'dir/sub/f'), 'x');
    writeFileSync(join(d, 'file'), 'x');
    const report = await cleanup([
      { kind: 'path', path: join(d, 'dir') },
      { kind: 'path', path: join(d, 'never-created') },
      { kind: 'path', path: join(d, 'file') },
    ]);
    expect(report).toEqual({ removed: [join(d, 'file'), join(d, 'dir')], warnings: [] });
    expect(existsSync(join(d, 'dir'))).toBe(false);
  });
});
