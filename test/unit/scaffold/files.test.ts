import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../src/scaffold/diff.js';
import { applyPlan, planFiles } from '../../../src/scaffold/files.js';

const lines = (n: number, f = (i: number) => `line ${i}`) => `${Array.from({ length: n }, (_, i) => f(i + 1)).join('\n')}\n`;

describe('unifiedDiff', () => {
  const cases: [string, string, string][] = [
    ['create', '', 'a\nb\n'],
    ['delete all', 'a\nb\n', ''],
    ['change in the middle', lines(20), lines(20, (i) => (i === 10 ? 'changed' : `line ${i}`))],
    ['two far changes (two hunks)', lines(40), lines(40, (i) => (i === 3 || i === 35 ? `x${i}` : `line ${i}`))],
    ['insert at top', lines(5), `new\n${lines(5)}`],
    ['append', lines(5), `${lines(5)}tail\n`],
    ['interleaved', 'a\nb\nc\nd\ne\n', 'a\nB\nc\nD\ne\nf\n'],
    ['shorter', lines(12), lines(6)],
  ];
  it.each(cases)('%s: git apply turns the old text into the new one', (_name, a, b) => {
    const diff = unifiedDiff(a, b, 'a/f', 'b/f');
    expect(diff).toMatch(/^--- a\/f\n\+\+\+ b\/f\n@@ /);
    const dir = mkdtempSync(join(tmpdir(), 'genci-diff-'));
    writeFileSync(join(dir, 'f'), a);
    writeFileSync(join(dir, 'p'), diff);
    // outside a repository git apply works like patch -p1
    const r = spawnSync('git', ['apply', 'p'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}\n${diff}`).toBe(0);
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe(b);
  });

  it('is empty for equal texts and matches diff -u hunk headers', () => {
    expect(unifiedDiff('x\n', 'x\n', 'a', 'b')).toBe('');
    expect(
      unifiedDiff(
        lines(20),
        lines(20, (i) => (i === 10 ? 'changed' : `line ${i}`)),
        'a',
        'b',
      ),
    ).toBe('--- a\n+++ b\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+changed\n line 11\n line 12\n line 13\n');
    expect(unifiedDiff('', 'a\nb\n', '/dev/null', 'b/f')).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });
});

describe('planFiles / applyPlan', () => {
  it.each([
    ['absent', undefined, false, 'create', 'new\n'],
    ['same content', 'new\n', false, 'unchanged', 'new\n'],
    ['different, no --force', 'mine\n', false, 'kept', 'mine\n'],
    ['different, --force', 'mine\n', true, 'update', 'new\n'],
  ] as const)('%s -> %s', (_n, existing, force, action, after) => {
    const root = mkdtempSync(join(tmpdir(), 'genci-files-'));
    if (existing !== undefined) writeFileSync(join(root, 'f.yml'), existing);
    const plan = planFiles(root, [{ path: 'f.yml', content: 'new\n' }], force);
    expect(plan[0]?.action).toBe(action);
    expect(plan[0]?.diff === '').toBe(action === 'unchanged');
    const written = applyPlan(root, plan);
    expect(written).toEqual(action === 'create' || action === 'update' ? ['f.yml'] : []);
    expect(readFileSync(join(root, 'f.yml'), 'utf8')).toBe(after);
  });

  it('creates parent directories', () => {
    const root = mkdtempSync(join(tmpdir(), 'genci-files-'));
    applyPlan(root, planFiles(root, [{ path: '.github/workflows/x.yml', content: 'x\n' }], false));
    expect(readFileSync(join(root, '.github/workflows/x.yml'), 'utf8')).toBe('x\n');
  });
});
