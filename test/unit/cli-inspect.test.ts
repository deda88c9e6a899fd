import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { UsageError } from '../../src/core/errors.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } catch (e) {
    return { code: e instanceof UsageError ? 2 : 1, out: out.join('\n'), err: (e as Error).message };
  }
}

describe('gen-ci inspect (usage)', () => {
  it('--help explains the exec format error diagnosis', async () => {
    const r = await run(['inspect', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci inspect REF [--platform P] [--json]');
    expect(r.out).toContain('exec format error');
  });

  it.each([
    [['inspect'], /exactly one image reference/],
    [['inspect', 'a', 'b'], /exactly one image reference/],
    [['inspect', 'a.example/X'], /lowercase/],
    [['inspect', 'a.example/x', '--platform', 'mips/v9/x/y'], /invalid platform/],
  ])('%j is bad usage (exit 2)', async (argv, why) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
  });
});
