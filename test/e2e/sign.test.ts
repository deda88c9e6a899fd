// Issue #15 on the rig, key-based and offline, with Debian's cosign 2.5 (/usr/bin/cosign): a
// 3-platform image pushed with the registry client (gen-ci mirror --platforms) is signed by
// `gen-ci sign` — the index and each platform manifest, by digest —; `cosign verify --key` passes
// for the index and every platform digest, a wrong key fails; `gen-ci verify-signature` agrees with
// cosign on signed, unsigned, wrongly signed and partly signed images; the key's password never
// appears in any captured output. Also: a key given as PEM text (the action's input) lives in a
// 0600 file only while cosign runs, credentials from --config reach cosign, a missing cosign and a
// wrong password are one line each.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signImage } from '../../src/pipeline/sign.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { dockerConfig, RIG, requireRig, tempDir, uniqueRepo } from '../integration/registry/helpers.js';
import { type CliRun, runCli } from '../support/cli.js';

const COSIGN = '/usr/bin/cosign';
const PASSWORD = `e2e-Pw-${Math.random().toString(36).slice(2)}-Zx9`;
const OTHER_PASSWORD = `other-Pw-${Math.random().toString(36).slice(2)}`;
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'];

const home = tempDir('genci-sign-e2e-');
const good = join(home, 'good');
const other = join(home, 'other');
const cache = tempDir('genci-sign-cache-');
/** cosign's own environment here: its TUF cache and config in the test's directory, never the user's */
const cosignEnv: NodeJS.ProcessEnv = { ...process.env, HOME: home, TUF_ROOT: join(home, 'tuf') };

/** Everything any tool or gen-ci printed in this suite: none of it may hold a password. */
const captured: string[] = [];
const saved: Record<string, string | undefined> = {};

function setEnv(name: string, value: string | undefined): void {
  if (!(name in saved)) saved[name] = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** A required tool missing fails the suite loudly, never skips it. */
function requireTool(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${cmd} is required for the sign e2e (Debian's cosign package): ${r.error?.message ?? r.stderr}`);
}

function tool(cmd: string, args: string[], env: Record<string, string | undefined> = {}, cwd = home): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', env: { ...cosignEnv, ...env }, cwd, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      const out = `${stdout}${stderr}${err && code === -1 ? err.message : ''}`;
      captured.push(out);
      resolve({ code, out });
    });
  });
}

async function gen(argv: string[]): Promise<CliRun> {
  const r = await runCli(argv);
  captured.push(r.out, r.err);
  return r;
}

/** cosign verify of one digest with a public key, offline signatures accepted. */
function cosignVerify(ref: string, pub: string): Promise<{ code: number; out: string }> {
  return tool(COSIGN, ['verify', '--key', pub, '--insecure-ignore-tlog=true', '--allow-http-registry=true', ref]);
}

interface Raw {
  manifests: { digest: string; platform: { os: string; architecture: string; variant?: string } }[];
}

/** Push the 3-platform image (registry client) to `repo:v1`; its index digest and platform → digest. */
async function push(repo: string, registry = RIG.open, extra: string[] = []): Promise<{ index: string; platforms: Map<string, string> }> {
  const r = await gen(['mirror', RIG.base, `${registry}/${repo}:v1`, '--platforms', PLATFORMS.join(','), '--no-signatures', ...extra, '--json']);
  if (r.code !== 0) throw new Error(`gen-ci mirror to ${registry}/${repo}: exit ${r.code}: ${r.err}`);
  const index = JSON.parse(r.out).images[0].digest as string;
  const client = new RegistryClient({ ...(extra[0] === '--config' ? { configDir: extra[1] } : {}) });
  try {
    const m = await client.getManifest(parseReference(`${registry}/${repo}@${index}`));
    const platforms = new Map(
      (m.json as Raw).manifests.map((d) => [[d.platform.os, d.platform.architecture, d.platform.variant].filter(Boolean).join('/'), d.digest] as const),
    );
    expect([...platforms.keys()]).toEqual(PLATFORMS);
    return { index, platforms };
  } finally {
    client.close();
  }
}

async function tagsOf(repo: string): Promise<string[]> {
  const r = await fetch(`http://${RIG.open}/v2/${repo}/tags/list`);
  return (((await r.json()) as { tags?: string[] }).tags ?? []).sort();
}

const sigTag = (digest: string) => `${digest.replace(':', '-')}.sig`;

const signedRepo = uniqueRepo('sign');
const unsignedRepo = uniqueRepo('sign-none');
const wrongRepo = uniqueRepo('sign-wrong');
const partRepo = uniqueRepo('sign-part');
let signed: { index: string; platforms: Map<string, string> };
let unsigned: { index: string; platforms: Map<string, string> };
let wrong: { index: string; platforms: Map<string, string> };
let part: { index: string; platforms: Map<string, string> };

beforeAll(async () => {
  requireTool(COSIGN, ['version']);
  await requireRig();
  setEnv('GENCI_CACHE_DIR', cache);
  setEnv('HOME', home);
  setEnv('TUF_ROOT', join(home, 'tuf'));
  for (const [dir, pw] of [
    [good, PASSWORD],
    [other, OTHER_PASSWORD],
  ] as const) {
    spawnSync('mkdir', ['-p', dir]);
    const g = await tool(COSIGN, ['generate-key-pair'], { COSIGN_PASSWORD: pw }, dir);
    if (g.code !== 0) throw new Error(`cosign generate-key-pair: ${g.out}`);
  }
  [signed, unsigned, wrong, part] = await Promise.all([push(signedRepo), push(unsignedRepo), push(wrongRepo), push(partRepo)]);
  // partly signed by hand: the index and two of the three platforms, not linux/arm64
  const some = [part.index, part.platforms.get('linux/amd64'), part.platforms.get('linux/arm/v7')].map((d) => `${RIG.open}/${partRepo}@${d}`);
  const s = await tool(COSIGN, ['sign', '--key', join(good, 'cosign.key'), '--tlog-upload=false', '--allow-http-registry=true', '--yes', ...some], {
    COSIGN_PASSWORD: PASSWORD,
  });
  if (s.code !== 0) throw new Error(`cosign sign (partly): ${s.out}`);
}, 300_000);

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('gen-ci sign, key-based, offline', () => {
  it('signs the index and every platform manifest (a tag resolved to its digest), and verifies them', async () => {
    setEnv('COSIGN_PASSWORD', PASSWORD);
    const r = await gen(['sign', `${RIG.open}/${signedRepo}:v1`, '--key', join(good, 'cosign.key'), '--tlog-upload=false', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    const repository = `${RIG.open}/${signedRepo}`;
    expect(j).toEqual({
      ok: true,
      repository,
      digest: signed.index,
      verified: true,
      signed: [
        { platform: 'index', digest: signed.index, reference: `${repository}@${signed.index}`, signature: `${repository}:${sigTag(signed.index)}` },
        ...PLATFORMS.map((p) => {
          const d = signed.platforms.get(p) as string;
          return { platform: p, digest: d, reference: `${repository}@${d}`, signature: `${repository}:${sigTag(d)}` };
        }),
      ],
    });
    // the signatures are cosign's tags beside the image, one per manifest
    expect(await tagsOf(signedRepo)).toEqual(['v1', ...[signed.index, ...signed.platforms.values()].map(sigTag)].sort());
  });

  it('cosign verify --key passes for the index and each platform digest; another key fails for each', async () => {
    const digests = [signed.index, ...signed.platforms.values()];
    expect(digests).toHaveLength(4);
    for (const d of digests) {
      const ok = await cosignVerify(`${RIG.open}/${signedRepo}@${d}`, join(good, 'cosign.pub'));
      expect(ok.code, ok.out).toBe(0);
      const bad = await cosignVerify(`${RIG.open}/${signedRepo}@${d}`, join(other, 'cosign.pub'));
      expect(bad.code).not.toBe(0);
      expect(bad.out).toMatch(/no matching signatures/);
    }
  });

  it('signs with another key (the wrongly signed image), printing each signature reference', async () => {
    setEnv('COSIGN_PASSWORD', OTHER_PASSWORD);
    const r = await gen(['sign', `${RIG.open}/${wrongRepo}@${wrong.index}`, '--key', join(other, 'cosign.key'), '--tlog-upload=false']);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(5);
    for (const [i, d] of [wrong.index, ...wrong.platforms.values()].entries())
      expect(lines[i]).toMatch(new RegExp(`^signed (index|linux/\\S+) +${RIG.open}/${wrongRepo}@${d} → ${RIG.open}/${wrongRepo}:${sigTag(d)}$`));
    expect(lines[4]).toBe(`verified 4 signatures of ${RIG.open}/${wrongRepo}@${wrong.index}`);
  });

  it('a wrong password is one line naming COSIGN_PASSWORD (exit 1), nothing signed', async () => {
    setEnv('COSIGN_PASSWORD', 'not-the-password');
    const repo = uniqueRepo('sign-pw');
    await push(repo);
    const r = await gen(['sign', `${RIG.open}/${repo}:v1`, '--key', join(good, 'cosign.key'), '--tlog-upload=false']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^gen-ci: cosign sign of .* failed: .*decrypt.*is COSIGN_PASSWORD the key's password\?\)$/);
    expect(await tagsOf(repo)).toEqual(['v1']);
  });

  it('a missing cosign is one line (exit 1), before anything is signed', async () => {
    const r = await gen(['sign', `${RIG.open}/${unsignedRepo}:v1`, '--key', join(good, 'cosign.key'), '--cosign', join(home, 'no-such-cosign')]);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: expect.stringMatching(/^gen-ci: cosign is not installed: \S+no-such-cosign was not found; install cosign 2\.x/),
    });
    const v = await gen([
      'verify-signature',
      `${RIG.open}/${unsignedRepo}:v1`,
      '--key',
      join(good, 'cosign.pub'),
      '--cosign',
      join(home, 'no-such-cosign'),
      '--json',
    ]);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.out)).toMatchObject({ ok: false, error: { code: 'missing-tool' } });
    expect(await tagsOf(unsignedRepo)).toEqual(['v1']);
  });
});

describe('gen-ci verify-signature agrees with cosign', () => {
  /** cosign's verdict over the index and every platform: true when each verifies. */
  async function cosignAll(repo: string, image: { index: string; platforms: Map<string, string> }, pub: string): Promise<boolean> {
    const codes = await Promise.all([image.index, ...image.platforms.values()].map((d) => cosignVerify(`${RIG.open}/${repo}@${d}`, pub)));
    return codes.every((c) => c.code === 0);
  }

  const cases = () =>
    [
      { name: 'signed', repo: signedRepo, image: signed, cosign: true, line: undefined },
      {
        name: 'unsigned',
        repo: unsignedRepo,
        image: unsigned,
        cosign: false,
        line: (r: string) => `index ${unsigned.index} of ${r} is not signed (cosign: no signatures found)`,
      },
      {
        name: 'wrongly signed',
        repo: wrongRepo,
        image: wrong,
        cosign: false,
        line: (r: string) =>
          `index ${wrong.index} of ${r} is not signed by this key (cosign: no matching signatures: invalid signature when validating ASN.1 encoded signature)`,
      },
      {
        name: 'partly signed (linux/arm64 not)',
        repo: partRepo,
        image: part,
        cosign: false,
        line: (r: string) => `linux/arm64 ${part.platforms.get('linux/arm64')} of ${r} is not signed (cosign: no signatures found)`,
      },
    ] as const;

  it.each(['signed', 'unsigned', 'wrongly signed', 'partly signed (linux/arm64 not)'])('%s', async (name) => {
    const c = cases().find((x) => x.name === name);
    if (!c) throw new Error(`no case ${name}`);
    const pub = join(good, 'cosign.pub');
    const viaCosign = await cosignAll(c.repo, c.image, pub);
    expect(viaCosign).toBe(c.cosign);
    const r = await gen(['verify-signature', `${RIG.open}/${c.repo}:v1`, '--key', pub, '--insecure-ignore-tlog']);
    expect(r.code === 0, r.err).toBe(viaCosign);
    if (c.line) {
      expect(r).toEqual({ code: 1, out: '', err: `gen-ci: ${c.line(`${RIG.open}/${c.repo}`)}` });
      const j = await gen(['verify-signature', `${RIG.open}/${c.repo}:v1`, '--key', pub, '--insecure-ignore-tlog', '--json']);
      expect(j.code).toBe(1);
      const body = JSON.parse(j.out);
      expect(body.ok).toBe(false);
      expect(body.error).toEqual({ code: 'unsigned', message: c.line(`${RIG.open}/${c.repo}`) });
      expect(body.images[0].manifests.map((m: { platform: string }) => m.platform)).toEqual(['index', ...PLATFORMS]);
    } else {
      expect(r.out).toBe(`verified ${RIG.open}/${c.repo}@${c.image.index}: the index and 3 platform manifests (${PLATFORMS.join(', ')})`);
    }
  });

  it('the wrongly signed image verifies with its own key, as cosign says', async () => {
    const pub = join(other, 'cosign.pub');
    expect(await cosignAll(wrongRepo, wrong, pub)).toBe(true);
    const r = await gen(['verify-signature', `${RIG.open}/${wrongRepo}@${wrong.index}`, '--key', pub, '--insecure-ignore-tlog', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.images[0].manifests.every((m: { verified: boolean }) => m.verified)).toBe(true);
  });

  it('several images: the first that is not signed is named', async () => {
    const r = await gen([
      'verify-signature',
      `${RIG.open}/${signedRepo}:v1`,
      `${RIG.open}/${unsignedRepo}:v1`,
      '--key',
      join(good, 'cosign.pub'),
      '--insecure-ignore-tlog',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`gen-ci: index ${unsigned.index} of ${RIG.open}/${unsignedRepo} is not signed (cosign: no signatures found)`);
  });

  it('offline signatures without --insecure-ignore-tlog fail, as cosign verify without it does', async () => {
    const ref = `${RIG.open}/${signedRepo}@${signed.index}`;
    const c = await tool(COSIGN, ['verify', '--key', join(good, 'cosign.pub'), '--allow-http-registry=true', '--offline=true', ref]);
    expect(c.code).not.toBe(0);
    const r = await gen(['verify-signature', ref, '--key', join(good, 'cosign.pub')]);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
  });
});

describe('signImage, as the action calls it', () => {
  it('a key given as PEM text and a password: signed and verified, the key file gone afterwards, no password in the environment', async () => {
    setEnv('COSIGN_PASSWORD', undefined);
    const repo = uniqueRepo('sign-pem');
    const image = await push(repo);
    const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('gen-ci-cosign-')));
    // a wrapper around cosign that writes down its arguments and the modes of the key file and its directory
    const wrapper = join(home, 'cosign-wrapper');
    const log = join(home, 'wrapper.log');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nprintf 'args %s\\n' "$*" >> "${log}"\nfor a in "$@"; do case "$a" in --key=*) k="\${a#--key=}"; stat -c 'mode %a %n' "$k" "$(dirname "$k")" >> "${log}";; esac; done\nexec ${COSIGN} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    const client = new RegistryClient({ cacheDir: cache });
    try {
      const env = { ...cosignEnv };
      delete env.COSIGN_PASSWORD;
      const result = await signImage(client, parseReference(`${RIG.open}/${repo}:v1`), {
        cosign: wrapper,
        signer: { key: readFileSync(join(good, 'cosign.key'), 'utf8'), password: PASSWORD },
        tlogUpload: false,
        env,
      });
      expect(result.verified).toBe(true);
      expect(result.signed.map((s) => s.digest)).toEqual([image.index, ...image.platforms.values()]);
    } finally {
      client.close();
    }
    const calls = readFileSync(log, 'utf8');
    captured.push(calls);
    // sign, public-key (the public half to verify with), then four verifies; the key file 0600 in a 0700 directory
    expect(calls.match(/^args \S+/gm)).toEqual(['args sign', 'args public-key', 'args verify', 'args verify', 'args verify', 'args verify']);
    const modes = calls.match(/^mode .*$/gm) ?? [];
    expect(modes.length).toBeGreaterThanOrEqual(4);
    expect(modes.filter((m) => m.endsWith('/cosign.key'))).toEqual([
      expect.stringMatching(/^mode 600 .*gen-ci-cosign-[^/]+\/cosign\.key$/),
      expect.stringMatching(/^mode 600 /),
    ]);
    expect(modes.filter((m) => /gen-ci-cosign-[^/]+$/.test(m)).every((m) => m.startsWith('mode 700 '))).toBe(true);
    const after = readdirSync(tmpdir()).filter((n) => n.startsWith('gen-ci-cosign-') && !before.has(n));
    expect(after).toEqual([]);
    for (const d of [image.index, ...image.platforms.values()]) expect((await cosignVerify(`${RIG.open}/${repo}@${d}`, join(good, 'cosign.pub'))).code).toBe(0);
  });

  it('credentials from --config reach cosign (the htpasswd registry)', async () => {
    setEnv('COSIGN_PASSWORD', PASSWORD);
    const config = dockerConfig(RIG.auth, RIG.user, RIG.password);
    const repo = uniqueRepo('sign-auth');
    const image = await push(repo, RIG.auth, ['--config', config]);
    const r = await gen(['sign', `${RIG.auth}/${repo}:v1`, '--key', join(good, 'cosign.key'), '--tlog-upload=false', '--config', config, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).signed).toHaveLength(4);
    const v = await gen([
      'verify-signature',
      `${RIG.auth}/${repo}@${image.index}`,
      '--key',
      join(good, 'cosign.pub'),
      '--insecure-ignore-tlog',
      '--config',
      config,
    ]);
    expect(v.code, v.err).toBe(0);
  });
});

describe('the password', () => {
  it('never appears in any captured stdout or stderr', () => {
    expect(captured.length).toBeGreaterThan(20);
    for (const text of captured) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(OTHER_PASSWORD);
    }
  });
});
