import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/cli/check.js';
import { runCli } from '../support/cli.js';

const run = runCli;

describe('gen-ci check (usage)', () => {
  it('--help lists what it checks', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci check [--file Dockerfile] --platforms list');
    expect(r.out).toContain('$TARGETARCH');
  });

  it.each([
    [['check'], /--platforms is required/],
    [['check', 'Dockerfile', '--platforms', 'amd64'], /unexpected argument "Dockerfile"/],
    [['check', '--platforms', 'amd64', '--build-arg', '=x'], /--build-arg takes NAME=VALUE/],
    [['check', '--platforms', 'amd64', '--build-platform', 'nope/nope/nope'], /invalid platform/],
  ])('%j is bad usage (exit 2)', async (argv, why) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
  });

  it('build args: NAME=VALUE, and bare NAME from the environment as docker does', () => {
    process.env.GENCI_TEST_ARG = 'from-env';
    expect(parseBuildArgs(['A=1', 'B=x=y', 'GENCI_TEST_ARG', 'GENCI_UNSET_ARG'])).toEqual({ A: '1', B: 'x=y', GENCI_TEST_ARG: 'from-env' });
  });
});
