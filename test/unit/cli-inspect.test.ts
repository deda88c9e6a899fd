import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const run = runCli;

describe('gen-ci inspect (usage)', () => {
  it('--help explains the exec format error diagnosis', async () => {
    const r = await run(['inspect', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci inspect REF [--platforms P[,P…]] [--timeout SECONDS] [--json]');
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
