// cosign's command lines from options: the exact argument arrays and environment, key-based and
// keyless (GitHub's and GitLab's OIDC tokens; no Fulcio or Rekor is reached here).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CosignRegistryOptions,
  ciKeylessIdentity,
  classifyKey,
  cosignErrorLine,
  cosignPublicKeyCommand,
  cosignSignCommand,
  cosignVerifyCommand,
  GITHUB_OIDC_ISSUER,
  redact,
  signatureReference,
  verifyVerdict,
} from '../../src/core/cosign.js';
import { type CosignRunOptions, cosignRegistryOptions } from '../../src/pipeline/sign.js';
import { runCli } from '../support/cli.js';

const A = 'sha256:'.padEnd(71, 'a');
const B = 'sha256:'.padEnd(71, 'b');
const IDX = `127.0.0.1:5000/app@${A}`;
const ARM = `127.0.0.1:5000/app@${B}`;
const GHCR = `ghcr.io/owner/app@${A}`;

const GITHUB_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.example/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-bearer' };

describe('cosignSignCommand', () => {
  const rows: { name: string; options: Parameters<typeof cosignSignCommand>[0]; args: string[]; env: Record<string, string> }[] = [
    {
      name: 'a key file, offline, plain HTTP: the password only in COSIGN_PASSWORD',
      options: { images: [IDX, ARM], key: 'cosign.key', password: 'pa ss', tlogUpload: false, allowHttpRegistry: true },
      args: ['sign', '--yes', '--key=cosign.key', '--tlog-upload=false', '--allow-http-registry=true', IDX, ARM],
      env: { COSIGN_PASSWORD: 'pa ss' },
    },
    {
      name: 'a key file without a password: an empty COSIGN_PASSWORD, so cosign never prompts',
      options: { images: [GHCR], key: '/keys/cosign.key' },
      args: ['sign', '--yes', '--key=/keys/cosign.key', GHCR],
      env: { COSIGN_PASSWORD: '' },
    },
    {
      name: 'a KMS URI: no password variable, the URI as given',
      options: { images: [GHCR], key: 'awskms:///alias/release', password: 'ignored' },
      args: ['sign', '--yes', '--key=awskms:///alias/release', GHCR],
      env: {},
    },
    {
      name: 'gcpkms, hashivault, azurekms, k8s pass through',
      options: { images: [GHCR], key: 'hashivault://release' },
      args: ['sign', '--yes', '--key=hashivault://release', GHCR],
      env: {},
    },
    {
      name: 'env://VAR: cosign reads the key from the variable; it may be encrypted, so the password goes along',
      options: { images: [GHCR], key: 'env://COSIGN_PRIVATE_KEY', password: 'pw' },
      args: ['sign', '--yes', '--key=env://COSIGN_PRIVATE_KEY', GHCR],
      env: { COSIGN_PASSWORD: 'pw' },
    },
    {
      name: 'insecure TLS, a docker config, referrers mode, annotations, a timeout',
      options: {
        images: [GHCR],
        key: 'k.key',
        allowInsecureRegistry: true,
        dockerConfig: '/cfg',
        referrersMode: 'oci-1-1',
        annotations: { 'org.example/run': '42' },
        timeoutSeconds: 299.5,
      },
      args: [
        'sign',
        '--yes',
        '--key=k.key',
        '--registry-referrers-mode=oci-1-1',
        '--annotations=org.example/run=42',
        '--allow-insecure-registry=true',
        '--timeout=300s',
        GHCR,
      ],
      env: { COSIGN_PASSWORD: '', DOCKER_CONFIG: '/cfg' },
    },
    {
      name: 'keyless on GitHub: --yes, cosign fetches the token from ACTIONS_ID_TOKEN_REQUEST_* itself',
      options: { images: [GHCR, `ghcr.io/owner/app@${B}`], ambient: GITHUB_ENV },
      args: ['sign', '--yes', '--oidc-provider=github-actions', GHCR, `ghcr.io/owner/app@${B}`],
      env: {},
    },
    {
      name: 'keyless on GitLab: SIGSTORE_ID_TOKEN from id_tokens:, read by cosign from the environment (never an argument)',
      options: { images: [GHCR], ambient: { SIGSTORE_ID_TOKEN: 'eyJ.gitlab.jwt', GITLAB_CI: 'true' } },
      args: ['sign', '--yes', GHCR],
      env: {},
    },
    {
      name: 'keyless with SIGSTORE_ID_TOKEN on GitHub too: the given token wins, no provider flag',
      options: { images: [GHCR], ambient: { ...GITHUB_ENV, SIGSTORE_ID_TOKEN: 'eyJ.tok' } },
      args: ['sign', '--yes', GHCR],
      env: {},
    },
    {
      name: 'keyless with a token handed over: it goes to SIGSTORE_ID_TOKEN',
      options: { images: [GHCR], identityToken: 'eyJ.handed', ambient: {} },
      args: ['sign', '--yes', GHCR],
      env: { SIGSTORE_ID_TOKEN: 'eyJ.handed' },
    },
    {
      name: 'keyless and offline: Rekor skipped as asked',
      options: { images: [GHCR], ambient: { SIGSTORE_ID_TOKEN: 't' }, tlogUpload: false },
      args: ['sign', '--yes', '--tlog-upload=false', GHCR],
      env: {},
    },
  ];
  it.each(rows)('$name', ({ options, args, env }) => {
    expect(cosignSignCommand(options)).toEqual({ args, env });
  });

  it('the password is never an argument', () => {
    const inv = cosignSignCommand({ images: [IDX], key: 'cosign.key', password: 'Zq7-secret' });
    expect(inv.args.join(' ')).not.toContain('Zq7-secret');
    expect(inv.env.COSIGN_PASSWORD).toBe('Zq7-secret');
  });

  const refused: { name: string; options: Parameters<typeof cosignSignCommand>[0]; message: RegExp }[] = [
    { name: 'a tag', options: { images: ['127.0.0.1:5000/app:latest'], key: 'k' }, message: /signs by digest, not by tag/ },
    { name: 'nothing', options: { images: [], key: 'k' }, message: /nothing to sign/ },
    { name: 'keyless without any OIDC token', options: { images: [GHCR], ambient: { GITHUB_ACTIONS: 'true' } }, message: /id-token: write.*SIGSTORE_ID_TOKEN/ },
    {
      name: 'only half of GitHub’s token variables',
      options: { images: [GHCR], ambient: { ACTIONS_ID_TOKEN_REQUEST_URL: 'u' } },
      message: /needs an OIDC token/,
    },
    { name: 'a password without a key', options: { images: [GHCR], password: 'x', ambient: { SIGSTORE_ID_TOKEN: 't' } }, message: /goes with a key/ },
    { name: 'an empty handed-over token', options: { images: [GHCR], identityToken: ' ' }, message: /token .* is empty/ },
    {
      name: 'PEM text as the key argument',
      options: { images: [GHCR], key: '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nx' },
      message: /written to a file first/,
    },
    { name: 'an unknown key scheme', options: { images: [GHCR], key: 'vault://x' }, message: /unknown cosign key scheme/ },
  ];
  it.each(refused)('refuses $name', ({ options, message }) => {
    expect(() => cosignSignCommand(options)).toThrow(message);
  });
});

describe('cosignVerifyCommand', () => {
  const rows: { name: string; options: Parameters<typeof cosignVerifyCommand>[0]; args: string[]; env: Record<string, string> }[] = [
    {
      name: 'a public key, offline signatures, plain HTTP',
      options: { image: IDX, key: 'cosign.pub', ignoreTlog: true, allowHttpRegistry: true },
      args: ['verify', '--key=cosign.pub', '--insecure-ignore-tlog=true', '--output=json', '--allow-http-registry=true', IDX],
      env: {},
    },
    {
      name: 'a KMS key',
      options: { image: GHCR, key: 'gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k/versions/1' },
      args: ['verify', '--key=gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k/versions/1', '--output=json', GHCR],
      env: {},
    },
    {
      name: 'keyless GitHub identity and issuer, exact',
      options: {
        image: GHCR,
        identity: { identity: 'https://github.com/owner/app/.github/workflows/ci.yml@refs/heads/main', issuer: GITHUB_OIDC_ISSUER },
        dockerConfig: '/cfg',
      },
      args: [
        'verify',
        '--certificate-identity=https://github.com/owner/app/.github/workflows/ci.yml@refs/heads/main',
        '--certificate-oidc-issuer=https://token.actions.githubusercontent.com',
        '--output=json',
        GHCR,
      ],
      env: { DOCKER_CONFIG: '/cfg' },
    },
    {
      name: 'keyless GitLab by regular expressions',
      options: { image: GHCR, identity: { identityRegexp: '^https://gitlab.com/group/app//', issuerRegexp: '^https://gitlab\\.com$' } },
      args: [
        'verify',
        '--certificate-identity-regexp=^https://gitlab.com/group/app//',
        '--certificate-oidc-issuer-regexp=^https://gitlab\\.com$',
        '--output=json',
        GHCR,
      ],
      env: {},
    },
  ];
  it.each(rows)('$name', ({ options, args, env }) => {
    expect(cosignVerifyCommand(options)).toEqual({ args, env });
  });

  const refused: { name: string; options: Parameters<typeof cosignVerifyCommand>[0]; message: RegExp }[] = [
    { name: 'a tag', options: { image: 'ghcr.io/o/a:1', key: 'k.pub' }, message: /by digest, not by tag/ },
    { name: 'neither key nor identity', options: { image: GHCR }, message: /--key, or with --certificate-identity/ },
    { name: 'both', options: { image: GHCR, key: 'k.pub', identity: { identity: 'i', issuer: 'u' } }, message: /not both/ },
    { name: 'an identity without issuer', options: { image: GHCR, identity: { identity: 'i' } }, message: /--certificate-oidc-issuer/ },
    { name: 'an issuer without identity', options: { image: GHCR, identity: { issuer: 'u' } }, message: /--certificate-identity/ },
    { name: 'identity and its regexp', options: { image: GHCR, identity: { identity: 'i', identityRegexp: 'r', issuer: 'u' } }, message: /not both/ },
  ];
  it.each(refused)('refuses $name', ({ options, message }) => {
    expect(() => cosignVerifyCommand(options)).toThrow(message);
  });
});

describe('keys, identities, references', () => {
  it.each([
    ['cosign.key', { kind: 'file', path: 'cosign.key' }],
    ['./keys/release.key', { kind: 'file', path: './keys/release.key' }],
    ['awskms://localhost:4566/alias/x', { kind: 'uri', uri: 'awskms://localhost:4566/alias/x' }],
    ['azurekms://vault.vault.azure.net/key', { kind: 'uri', uri: 'azurekms://vault.vault.azure.net/key' }],
    ['k8s://ns/cosign', { kind: 'uri', uri: 'k8s://ns/cosign' }],
    ['gitlab://group/project', { kind: 'uri', uri: 'gitlab://group/project' }],
    ['pkcs11:token=t;slot-id=0', { kind: 'uri', uri: 'pkcs11:token=t;slot-id=0' }],
    [
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----',
      {
        kind: 'pem',
        text: '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
      },
    ],
  ] as const)('classifyKey(%j)', (input, want) => {
    expect(classifyKey(input)).toEqual(want);
  });

  it('cosign public-key: the key and outfile as arguments, the password in the environment', () => {
    expect(cosignPublicKeyCommand('cosign.key', '/tmp/d/cosign.pub', 'pw')).toEqual({
      args: ['public-key', '--key=cosign.key', '--outfile=/tmp/d/cosign.pub'],
      env: { COSIGN_PASSWORD: 'pw' },
    });
    expect(cosignPublicKeyCommand('awskms:///alias/a', '/o.pub')).toEqual({ args: ['public-key', '--key=awskms:///alias/a', '--outfile=/o.pub'], env: {} });
  });

  it.each([
    [
      'GitHub Actions',
      { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKFLOW_REF: 'owner/app/.github/workflows/ci.yml@refs/heads/main' },
      { identity: 'https://github.com/owner/app/.github/workflows/ci.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com' },
    ],
    [
      'GitLab CI, a branch',
      { GITLAB_CI: 'true', CI_SERVER_URL: 'https://gitlab.com', CI_PROJECT_PATH: 'group/app', CI_CONFIG_PATH: '.gitlab-ci.yml', CI_COMMIT_REF_NAME: 'main' },
      { identity: 'https://gitlab.com/group/app//.gitlab-ci.yml@refs/heads/main', issuer: 'https://gitlab.com' },
    ],
    [
      'GitLab CI, a tag',
      { GITLAB_CI: 'true', CI_SERVER_URL: 'https://gitlab.example/', CI_PROJECT_PATH: 'g/a', CI_COMMIT_REF_NAME: 'v1.2.0', CI_COMMIT_TAG: 'v1.2.0' },
      { identity: 'https://gitlab.example/g/a//.gitlab-ci.yml@refs/tags/v1.2.0', issuer: 'https://gitlab.example' },
    ],
    ['neither', { CI: 'true' }, undefined],
  ])('ciKeylessIdentity: %s', (_n, env, want) => {
    expect(ciKeylessIdentity(env)).toEqual(want);
  });

  it('signatureReference: cosign’s tag beside the image', () => {
    expect(signatureReference('127.0.0.1:5000/app', A)).toBe(`127.0.0.1:5000/app:sha256-${'a'.repeat(64)}.sig`);
  });

  it.each([
    ['Error: no signatures found\nmain.go:69: error during command execution: no signatures found', 'unsigned', 'no signatures found'],
    [
      'Error: no matching signatures: invalid signature when validating ASN.1 encoded signature\nmain.go:69: error during command execution: no matching signatures: invalid signature when validating ASN.1 encoded signature',
      'mismatch',
      'no matching signatures: invalid signature when validating ASN.1 encoded signature',
    ],
    ['Error: GET http://127.0.0.1:5000/v2/: connection refused', 'error', 'GET http://127.0.0.1:5000/v2/: connection refused'],
  ] as const)('verifyVerdict and cosignErrorLine of %j', (stderr, verdict, line) => {
    expect(verifyVerdict(stderr)).toBe(verdict);
    expect(cosignErrorLine(stderr)).toBe(line);
  });

  it('cosignErrorLine drops the images list of a failed sign and hints at the password', () => {
    const stderr = `Error: signing [${IDX} ${ARM}]: getting signer: reading key: decrypt: encrypted: decryption failed\nmain.go:74: error during command execution: signing [${IDX} ${ARM}]: getting signer: reading key: decrypt: encrypted: decryption failed`;
    expect(cosignErrorLine(stderr)).toBe("getting signer: reading key: decrypt: encrypted: decryption failed (is COSIGN_PASSWORD the key's password?)");
  });

  it('redact blanks every occurrence of a secret', () => {
    expect(redact('a pw b pw', ['pw', undefined, ''])).toBe('a *** b ***');
  });

  it.each([
    ['127.0.0.1:5000', {}, { allowHttpRegistry: true }],
    ['localhost:5000', {}, { allowHttpRegistry: true }],
    ['registry.lan:5000', { plainHttp: ['registry.lan:5000'] }, { allowHttpRegistry: true }],
    ['registry.lan', { insecure: ['registry.lan'], dockerConfig: '/c' }, { allowInsecureRegistry: true, dockerConfig: '/c' }],
    ['ghcr.io', { plainHttp: ['registry.lan:5000'], timeoutSeconds: 60 }, { timeoutSeconds: 60 }],
  ] as [string, CosignRunOptions, CosignRegistryOptions][])('cosignRegistryOptions(%s)', (registry, o, want) => {
    expect(cosignRegistryOptions(registry, o)).toEqual(want);
  });
});

describe('gen-ci sign and verify-signature: usage, refused before any registry or cosign is asked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'genci-cosign-unit-'));
  const privateKey = join(dir, 'cosign.key');
  writeFileSync(privateKey, '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n');
  const OIDC = ['SIGSTORE_ID_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  const saved = OIDC.map((k) => [k, process.env[k]] as const);
  beforeAll(() => {
    for (const k of OIDC) delete process.env[k];
  });
  afterAll(() => {
    for (const [k, v] of saved) if (v !== undefined) process.env[k] = v;
  });

  it.each([
    [['sign', 'a.example/x:1'], 'sign needs --key FILE|URI or --keyless; see gen-ci sign --help'],
    [['sign', 'a.example/x:1', 'a.example/y:1', '--keyless'], 'sign takes exactly one image reference; see gen-ci sign --help'],
    [['sign', 'a.example/x:1', '--key', 'k.key', '--keyless'], 'give --key or --keyless, not both'],
    [['sign', 'a.example/x:1', '--key', 'k.key', '--certificate-identity', 'me'], expect.stringContaining('go with --keyless')],
    [
      ['sign', 'a.example/x:1', '--keyless'],
      expect.stringContaining('keyless signing needs an OIDC token: on GitHub give the job "permissions: id-token: write"'),
    ],
    [['sign', 'a.example/x:1', '--keyless', '--certificate-identity', 'me'], expect.stringContaining('needs --certificate-oidc-issuer')],
    [['sign', 'a.example/x:1', '--key', 'vault://k'], expect.stringContaining('unknown cosign key scheme')],
    [['verify-signature', 'a.example/x:1'], 'verify-signature needs --key FILE|URI, or --certificate-identity and --certificate-oidc-issuer'],
    [['verify-signature'], 'verify-signature takes one or more image references; see gen-ci verify-signature --help'],
    [['verify-signature', 'a.example/x', '--key', 'k.pub', '--certificate-identity', 'me'], expect.stringContaining('not both')],
    [['verify-signature', 'a.example/x', '--certificate-oidc-issuer', 'https://gitlab.com'], expect.stringContaining('needs --certificate-identity')],
    [
      ['verify-signature', 'a.example/x', '--key', privateKey],
      `${privateKey} is a private key; verify with its public half (cosign public-key --key ${privateKey} > cosign.pub)`,
    ],
  ])('%j', async (argv, message) => {
    const r = await runCli([...argv, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ ok: false, error: { code: 'usage', message } });
  });
});
