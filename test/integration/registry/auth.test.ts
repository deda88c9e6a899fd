import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, dockerConfig, type OwnRegistry, RIG, requireRig, skopeoRaw, startRegistry, tempDir, uniqueRepo } from './helpers.js';

beforeAll(async () => {
  await requireRig();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
});
afterAll(() => {
  delete process.env.GENCI_CACHE_DIR;
});

describe('Basic auth (the htpasswd registry) with credentials from config.json', () => {
  it('mirrors into it', async () => {
    const repo = uniqueRepo();
    const cfg = dockerConfig(RIG.auth, RIG.user, RIG.password);
    const run = await cli(['mirror', RIG.base, `${RIG.auth}/${repo}:latest`, '--config', cfg, '--json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(skopeoRaw(`${RIG.auth}/${repo}:latest`, ['--creds', `${RIG.user}:${RIG.password}`])).toBe(skopeoRaw(RIG.base));
  });

  it('a wrong password is one clear line and exit 1', async () => {
    const cfg = dockerConfig(RIG.auth, RIG.user, 'wrong-password');
    const run = await cli(['mirror', RIG.base, `${RIG.auth}/${uniqueRepo()}:latest`, '--config', cfg]);
    expect(run.code).toBe(1);
    expect(run.err).not.toContain('\n');
    expect(run.err).toMatch(/^gen-ci: registry 127\.0\.0\.1:5001 rejected the credentials of user "genci" .*check the user name and password$/);
  });

  it('no credentials says to log in', async () => {
    const run = await cli(['inspect', `${RIG.auth}/${uniqueRepo()}:latest`, '--config', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^gen-ci: registry 127\.0\.0\.1:5001 requires authentication .*docker login 127\.0\.0\.1:5001/);
  });
});

describe('Bearer token auth (distribution auth: token + a token server of our own)', () => {
  let reg: OwnRegistry;
  let server: http.Server;
  const tokenRequests: { scopes: string[]; user?: string }[] = [];
  const USER = 'bob';
  const PASS = `pw-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const dir = tempDir('genci-token-');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=genci-token-test',
      ],
      {
        stdio: 'ignore',
      },
    );
    const key = createPrivateKey(readFileSync(join(dir, 'key.pem')));
    const certDer = new X509Certificate(readFileSync(join(dir, 'cert.pem'))).raw.toString('base64');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const scopes = url.searchParams.getAll('scope');
      const auth = req.headers.authorization;
      const [user, pass] = auth?.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString().split(':') : [];
      tokenRequests.push({ scopes, user });
      if (user !== USER || pass !== PASS) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ details: 'incorrect username or password' }));
        return;
      }
      const now = Math.floor(Date.now() / 1000);
      const access = scopes
        .flatMap((s) => s.split(' '))
        .map((s) => {
          const [type, ...rest] = s.split(':');
          const actions = (rest.pop() ?? '').split(',');
          return { type, name: rest.join(':'), actions };
        });
      const head = b64({ typ: 'JWT', alg: 'RS256', x5c: [certDer] });
      const body = b64({
        iss: 'genci-test-issuer',
        sub: user,
        aud: 'genci-test',
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomBytes(8).toString('hex'),
        access,
      });
      const sig = sign('sha256', Buffer.from(`${head}.${body}`), key).toString('base64url');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `${head}.${body}.${sig}`, expires_in: 300 }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const tport = (server.address() as AddressInfo).port;
    reg = await startRegistry(
      `auth: {token: {realm: "http://127.0.0.1:${tport}/token", service: genci-test, issuer: genci-test-issuer, rootcertbundle: ${join(dir, 'cert.pem')}}}\n`,
    );
  });
  afterAll(async () => {
    await reg?.stop();
    server?.close();
  });

  it('mirrors with tokens per scope, mounts across repositories, and reruns with nothing to do', async () => {
    const cfg = dockerConfig(reg.host, USER, PASS);
    const a = uniqueRepo();
    const b = uniqueRepo();
    tokenRequests.length = 0;
    const first = await cli(['mirror', RIG.base, `${reg.host}/${a}:latest`, '--config', cfg, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out).images[0].blobsUploaded).toBe(8);
    // tokens are cached per scope: one for the push scope (the first, unscoped attempt may add one)
    expect(tokenRequests.length).toBeLessThanOrEqual(2);
    expect(tokenRequests.every((t) => t.user === USER)).toBe(true);
    expect(tokenRequests.some((t) => t.scopes.includes(`repository:${a}:pull,push`))).toBe(true);

    const mount = await cli(['mirror', `${reg.host}/${a}:latest`, `${reg.host}/${b}:v1`, '--config', cfg, '--json']);
    expect(mount.err).toBe('');
    const r = JSON.parse(mount.out).images[0];
    expect(r.blobsMounted).toBe(8);
    expect(r.blobsUploaded).toBe(0);
    // the mount asked for pull on the source repository and push on the destination
    expect(tokenRequests.some((t) => t.scopes.includes(`repository:${a}:pull`) && t.scopes.includes(`repository:${b}:pull,push`))).toBe(true);

    const again = await cli(['mirror', RIG.base, `${reg.host}/${a}:latest`, '--config', cfg, '--json']);
    expect(JSON.parse(again.out).images[0].upToDate).toBe(true);

    const inspect = await cli(['inspect', `${reg.host}/${b}:v1`, '--config', cfg, '--platform', 'linux/riscv64']);
    expect(inspect.code).toBe(0);
  });

  it('a wrong password at the token server is one clear line and exit 1', async () => {
    const cfg = dockerConfig(reg.host, USER, 'nope');
    const run = await cli(['inspect', `${reg.host}/${uniqueRepo()}:latest`, '--config', cfg]);
    expect(run.code).toBe(1);
    expect(run.err).not.toContain('\n');
    expect(run.err).toMatch(/^gen-ci: the token server of 127\.0\.0\.1:\d+ rejected the credentials of user "bob"/);
  });
});
