import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const run = runCli;

describe('gen-ci mirror (usage)', () => {
  it('--help shows usage, the pair forms and the options', async () => {
    const r = await run(['mirror', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci mirror SRC DST | SRC=DST… | --file PAIRS');
    for (const flag of ['--platforms', '--file', '--concurrency', '--chunk-size', '--config', '--plain-http', '--insecure', '--json'])
      expect(r.out).toContain(flag);
  });

  it.each([
    [['mirror'], /nothing to mirror/],
    [['mirror', 'a.example/x'], /give SRC DST, or SRC=DST pairs/],
    [['mirror', 'a.example/x', 'b.example/y', '--platforms', 'linux/sparc'], /invalid platform "linux\/sparc"/],
    [['mirror', 'a.example/x', 'b.example/y', '--platforms', ','], /--platforms is empty/],
    [['mirror', 'a.example/x', 'b.example/y', '--concurrency', '0'], /--concurrency takes a whole number from 1 to 64/],
    [['mirror', 'a.example/x', 'b.example/y', '--chunk-size', 'lots'], /--chunk-size takes a size/],
    [['mirror', 'a.example/x', 'mirror/'], /must start with a registry host/],
    [['mirror', 'a.example/x', 'b.example/y', '--bogus'], /unknown option --bogus/],
    [['mirror', '--file', '/nonexistent/pairs.txt'], /^gen-ci: pairs file not found: \/nonexistent\/pairs.txt$/],
  ])('%j is bad usage (exit 2)', async (argv, why) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
  });
});
