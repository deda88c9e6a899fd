import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COSIGN_SHA256, cosignAsset, downloadVerified } from '../../src/pipeline/cosign-binary.js';
import { readOptions } from '../../src/pipeline/options.js';

const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
const read = (over: Record<string, string>, env: Record<string, string> = {}) =>
  readOptions((name) => over[name] ?? action.inputs[name]?.default ?? '', { env });
const push = { tags: 'r.io/o/app:1', push: 'true' };

describe('sign inputs', () => {
  it.each([
    ['false', {}, 'false'],
    ['true means key', { sign: 'true', 'cosign-key': 'awskms:///alias/k' }, 'key'],
    ['key', { sign: 'key', 'cosign-key': '/k/cosign.key' }, 'key'],
  ])('%s', (_n, over, mode) => expect(read({ ...push, ...over }).sign).toBe(mode));

  it('keyless needs the OIDC token, said before anything runs', () => {
    expect(() => read({ ...push, sign: 'keyless' })).toThrow(/keyless signing needs an OIDC token: on GitHub give the job "permissions: id-token: write"/);
    expect(read({ ...push, sign: 'keyless' }, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }).sign).toBe('keyless');
    expect(read({ ...push, sign: 'keyless' }, { SIGSTORE_ID_TOKEN: 'eyJ' }).sign).toBe('keyless');
  });

  it.each([
    [{ ...push, sign: 'yes please' }, /sign: "yes please" is not false, true \(key\), key or keyless/],
    [{ ...push, sign: 'key' }, /sign: key needs cosign-key/],
    [{ ...push, 'cosign-key': 'k' }, /cosign-key is set but sign is not key/],
    [{ tags: 'r.io/o/app:1', sign: 'key', 'cosign-key': 'k' }, /sign needs push: true/],
    [{ image: 'r.io/o/app', 'push-by-digest': 'true', platforms: 'linux/arm64', sign: 'key', 'cosign-key': 'k' }, /sign goes in the merge job/],
    [{ ...push, 'cosign-tlog': 'maybe' }, /cosign-tlog: "maybe" is not true or false/],
  ])('rejects %j', (over, why) => expect(() => read(over)).toThrow(why));

  it('a pull request (push turned off by the tag rules) is no error: nothing is signed', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: 'a'.repeat(40), GITHUB_REPOSITORY: 'o/app' };
    const o = read({ images: 'r.io/o/app', push: 'true', sign: 'key', 'cosign-key': 'k' }, env);
    expect(o.push).toBe(false);
  });
});

describe('the pinned cosign download', () => {
  it('names the release asset and its digest per CPU', () => {
    expect(cosignAsset('x64')).toEqual({
      url: 'https://github.com/sigstore/cosign/releases/download/v2.5.0/cosign-linux-amd64',
      sha256: COSIGN_SHA256.amd64,
      name: 'cosign-v2.5.0-linux-amd64',
    });
    expect(cosignAsset('arm64').url).toMatch(/cosign-linux-arm64$/);
    expect(() => cosignAsset('s390x')).toThrow(/no pinned cosign for this machine/);
  });

  it('a download whose digest is not the pinned one is never written under its name', async () => {
    const body = Buffer.from('#!/bin/sh\necho cosign\n');
    const server = createServer((_req, res) => res.end(body));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cosign`;
    const dir = mkdtempSync(join(tmpdir(), 'gen-ci-cosign-dl-'));
    try {
      await expect(downloadVerified(url, 'f'.repeat(64), join(dir, 'bad'))).rejects.toThrow(/has sha256 [0-9a-f]{64}, not the pinned f{64}: not using it/);
      expect(existsSync(join(dir, 'bad'))).toBe(false);
      const sha = createHash('sha256').update(body).digest('hex');
      await downloadVerified(url, sha, join(dir, 'good'));
      expect(readFileSync(join(dir, 'good'))).toEqual(body);
      expect(statSync(join(dir, 'good')).mode & 0o777).toBe(0o755);
      await expect(downloadVerified('http://127.0.0.1:1/none', sha, join(dir, 'x'))).rejects.toThrow(/could not download cosign from http:\/\/127\.0\.0\.1:1\/none/);
    } finally {
      server.close();
    }
  });
});
