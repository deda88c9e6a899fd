import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionlint, actionlintVersion } from '../support/actionlint.js';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's GitHub workflow examples: yaml blocks with a `jobs:` key. */
function workflowBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((b) => /^jobs:/m.test(b));
}

describe('documentation and metadata lint', () => {
  it('the README workflow examples pass actionlint', async () => {
    const blocks = workflowBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const [i, block] of blocks.entries()) {
      expect(await actionlint(block, `.github/workflows/readme-${i}.yml`)).toEqual([]);
    }
  });

  it('actionlint is 1.7 or newer: the current hosted labels pass unfiltered, an unknown label still fails', async () => {
    const [major, minor] = actionlintVersion().split('.').map(Number) as [number, number];
    expect(major > 1 || (major === 1 && minor >= 7)).toBe(true);
    const wf = (label: string) => `on: push\njobs:\n  b:\n    runs-on: ${label}\n    steps:\n      - run: echo hi\n`;
    expect(await actionlint(wf('ubuntu-24.04'))).toEqual([]);
    expect(await actionlint(wf('ubuntu-24.04-arm'))).toEqual([]);
    for (const unknown of ['ubuntu-99.04', 'ubuntu-24.04-amr', 'ubuntu-24.4']) {
      const errors = await actionlint(wf(unknown));
      expect(errors.map((r) => r.kind)).toEqual(['runner-label']);
      expect(errors[0]?.message).toContain(`label "${unknown}" is unknown`);
    }
  });

  it('actionlint catches a broken workflow (the linter really runs)', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS placeholder
    const errors = await actionlint('on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n', 'w.yml');
    expect(errors.map((r) => r.kind)).toContain('expression');
  });

  it('action.yml passes action-validator (node24 checked separately: the validator schema predates it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'action-validate-'));
    const text = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(text).toMatch(/^ {2}using: node24$/m);
    // @action-validator/cli 0.6's schema enumerates node12/16/20 only; everything else is validated as is
    writeFileSync(join(dir, 'action.yml'), text.replace(/^( {2}using:) node24$/m, '$1 node20'));
    const out = execFileSync(join(root, 'node_modules/.bin/action-validator'), [join(dir, 'action.yml')], { encoding: 'utf8' });
    expect(out).not.toMatch(/error/i);
  });
});
