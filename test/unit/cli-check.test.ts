import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildArgs, unsignedBaseFinding } from '../../src/cli/check.js';
import { runCli } from '../support/cli.js';

const run = runCli;

describe('gen-ci check (usage)', () => {
  it('--help lists what it checks', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: gen-ci check [--file Dockerfile] --platforms list');
    expect(r.out).toContain('$TARGETARCH');
    expect(r.out).toContain('--require-signed-bases (--key FILE|URI | --certificate-identity ID --certificate-oidc-issuer URL)');
    expect(r.out).toContain('(unsigned-base, exit 1)');
  });

  it.each([
    [['check'], /--platforms is required/],
    [['check', 'Dockerfile', '--platforms', 'amd64'], /unexpected argument "Dockerfile"/],
    [['check', '--platforms', 'amd64', '--build-arg', '=x'], /--build-arg takes NAME=VALUE/],
    [['check', '--platforms', 'amd64', '--build-platform', 'nope/nope/nope'], /invalid platform/],
    // --require-signed-bases: refused before the Dockerfile, a registry or cosign is touched
    [['check', '--platforms', 'amd64', '--require-signed-bases', '--key', 'k.pub', '--offline'], /^gen-ci: --require-signed-bases .* cannot run --offline$/],
    [['check', '--platforms', 'amd64', '--require-signed-bases'], /needs --key FILE\|URI, or --certificate-identity and --certificate-oidc-issuer/],
    [
      [
        'check',
        '--platforms',
        'amd64',
        '--require-signed-bases',
        '--key',
        'k.pub',
        '--certificate-identity',
        'me@example.com',
        '--certificate-oidc-issuer',
        'https://x',
      ],
      /--key or with --certificate-identity\/--certificate-oidc-issuer, not both/,
    ],
    [['check', '--platforms', 'amd64', '--require-signed-bases', '--certificate-identity', 'me@example.com'], /needs --certificate-oidc-issuer/],
    [['check', '--platforms', 'amd64', '--require-signed-bases', '--key', './nope/cosign.pub'], /^gen-ci: public key not found: \.\/nope\/cosign\.pub$/],
    [['check', '--platforms', 'amd64', '--key', 'k.pub'], /^gen-ci: --key goes with --require-signed-bases$/],
    [
      ['check', '--platforms', 'amd64', '--certificate-identity', 'me@example.com'],
      /^gen-ci: --certificate-identity\/--certificate-oidc-issuer goes with --require-signed-bases$/,
    ],
    [['check', '--platforms', 'amd64', '--insecure-ignore-tlog'], /^gen-ci: --insecure-ignore-tlog goes with --require-signed-bases$/],
    [['check', '--platforms', 'amd64', '--cosign', '/usr/bin/cosign'], /^gen-ci: --cosign goes with --require-signed-bases$/],
  ])('%j is bad usage (exit 2)', async (argv, why) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
  });

  it('build args: NAME=VALUE, and bare NAME from the environment as docker does', () => {
    // the variable lives only for this case: later tests see the environment as it was
    process.env.GENCI_TEST_ARG = 'from-env';
    try {
      expect(parseBuildArgs(['A=1', 'B=x=y', 'GENCI_TEST_ARG', 'GENCI_UNSET_ARG'])).toEqual({ A: '1', B: 'x=y', GENCI_TEST_ARG: 'from-env' });
    } finally {
      delete process.env.GENCI_TEST_ARG;
    }
    expect(process.env.GENCI_TEST_ARG).toBeUndefined();
  });

  it('--require-signed-bases refuses a private key: the bases are verified with its public half (exit 2)', async () => {
    const key = join(mkdtempSync(join(tmpdir(), 'genci-check-key-')), 'cosign.key');
    writeFileSync(key, '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n');
    const r = await run(['check', '--platforms', 'amd64', '--require-signed-bases', '--key', key]);
    expect(r).toEqual({ code: 2, out: '', err: `gen-ci: ${key} is a private key; verify with its public half (cosign public-key --key ${key} > cosign.pub)` });
  });

  it('an unsigned base is an error finding naming the image and the digest', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(unsignedBaseFinding('r.example/app:1', 3, d, 'index … is not signed (cosign: no signatures found)')).toEqual({
      level: 'error',
      code: 'unsigned-base',
      line: 3,
      message: `line 3: base image r.example/app:1 (${d}) is not signed as required: index … is not signed (cosign: no signatures found)`,
    });
  });
});
