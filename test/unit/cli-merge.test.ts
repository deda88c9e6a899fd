import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const run = runCli;

describe('gen-ci merge (usage)', () => {
  it('--help shows both forms and the from-spec format', async () => {
    const r = await run(['merge', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci merge TARGET SRC[@platform]… | --spec FILE');
    expect(r.out).toContain('manifests:');
    for (const flag of ['--keep-attestations', '--prefer', '--tag', '--spec']) expect(r.out).toContain(flag);
  });

  it.each([
    [['merge'], /merge needs TARGET and at least one SRC/],
    [['merge', 'a.example/x:1'], /merge needs TARGET and at least one SRC/],
    [['merge', 'a.example/x:1', 'a.example/x:amd64', '--prefer', 'best'], /--prefer takes first or last/],
    [['merge', 'a.example/x:1', 'a.example/x:amd64@linux/sparc'], /invalid platform/],
    [['merge', '--spec', '/nonexistent.yaml'], /^gen-ci: merge spec not found: \/nonexistent.yaml$/],
    [['merge', '--spec', 'x.yaml', 'a.example/x:1'], /either --spec or TARGET/],
  ])('%j is bad usage (exit 2)', async (argv, why) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
  });
});
