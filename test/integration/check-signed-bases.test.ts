// Issue #15 point 4: `gen-ci check --require-signed-bases` on the rig, key-based and offline, with
// Debian's cosign 2.5 (/usr/bin/cosign). The rig's base image is copied to unique repositories
// (gen-ci mirror): one signed with `gen-ci sign --tlog-upload=false` (index and every platform),
// one unsigned, one with only its index signed (cosign by hand). After the platform check each base
// the build pulls is verified at the digest the lookup resolved; an unsigned or wrongly signed base
// is an `unsigned-base` error naming the image and digest (exit 1).
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../support/cli.js';
import { RIG, requireRig, tempDir, uniqueRepo } from './registry/helpers.js';

const COSIGN = '/usr/bin/cosign';
const PASSWORD = `check-Pw-${Math.random().toString(36).slice(2)}-Q7`;
const PLATFORMS = 'linux/amd64,linux/arm64';

const home = tempDir('genci-check-signed-');
const good = join(home, 'good');
const other = join(home, 'other');
const saved: Record<string, string | undefined> = {};
/** everything gen-ci and cosign printed: the key's password must appear in none of it */
const captured: string[] = [];

function setEnv(name: string, value: string | undefined): void {
  if (!(name in saved)) saved[name] = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function tool(cmd: string, args: string[], env: Record<string, string> = {}, cwd = home): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, cwd, timeout: 120_000 }, (err, stdout, stderr) => {
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

function dockerfile(text: string): string {
  const file = join(tempDir('genci-check-signed-df-'), 'Dockerfile');
  writeFileSync(file, text);
  return file;
}

/** Copy the rig's base image to `repo:v1` (registry client, no signatures); its index digest. */
async function copyBase(repo: string): Promise<string> {
  const r = await gen(['mirror', RIG.base, `${RIG.open}/${repo}:v1`, '--no-signatures', '--json']);
  if (r.code !== 0) throw new Error(`gen-ci mirror to ${RIG.open}/${repo}: exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out).images[0].digest as string;
}

const signedRepo = uniqueRepo('check-signed');
const unsignedRepo = uniqueRepo('check-unsigned');
const indexOnlyRepo = uniqueRepo('check-index-only');
const signed = `${RIG.open}/${signedRepo}:v1`;
const unsigned = `${RIG.open}/${unsignedRepo}:v1`;
const indexOnly = `${RIG.open}/${indexOnlyRepo}:v1`;
let signedDigest = '';
let unsignedDigest = '';
let indexOnlyDigest = '';

beforeAll(async () => {
  const v = spawnSync(COSIGN, ['version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) throw new Error(`${COSIGN} is required (Debian's cosign package): ${v.error?.message ?? v.stderr}`);
  await requireRig();
  setEnv('GENCI_CACHE_DIR', tempDir('genci-check-signed-cache-'));
  // cosign's TUF cache and config in the test's directory, never the user's
  setEnv('HOME', home);
  setEnv('TUF_ROOT', join(home, 'tuf'));
  for (const dir of [good, other]) {
    mkdirSync(dir, { recursive: true });
    const g = await tool(COSIGN, ['generate-key-pair'], { COSIGN_PASSWORD: PASSWORD }, dir);
    if (g.code !== 0) throw new Error(`cosign generate-key-pair: ${g.out}`);
  }
  [signedDigest, unsignedDigest, indexOnlyDigest] = await Promise.all([copyBase(signedRepo), copyBase(unsignedRepo), copyBase(indexOnlyRepo)]);
  setEnv('COSIGN_PASSWORD', PASSWORD);
  const s = await gen(['sign', signed, '--key', join(good, 'cosign.key'), '--tlog-upload=false']);
  if (s.code !== 0) throw new Error(`gen-ci sign ${signed}: ${s.err}`);
  setEnv('COSIGN_PASSWORD', undefined);
  // only the index: what `cosign sign` without --recursive leaves
  const i = await tool(
    COSIGN,
    [
      'sign',
      '--key',
      join(good, 'cosign.key'),
      '--tlog-upload=false',
      '--allow-http-registry=true',
      '--yes',
      `${RIG.open}/${indexOnlyRepo}@${indexOnlyDigest}`,
    ],
    {
      COSIGN_PASSWORD: PASSWORD,
    },
  );
  if (i.code !== 0) throw new Error(`cosign sign (index only): ${i.out}`);
}, 300_000);

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const requireGood = () => ['--require-signed-bases', '--key', join(good, 'cosign.pub'), '--insecure-ignore-tlog'];

describe('gen-ci check --require-signed-bases, key-based, offline signatures', () => {
  it('a Dockerfile FROM the signed base passes; the image list says it is signed, at its index digest', async () => {
    const file = dockerfile(`FROM ${signed}\nCMD ["sh"]\n`);
    const t = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood()]);
    expect(t.code, t.err).toBe(0);
    expect(t.err).toBe('');
    expect(t.out.split('\n')).toEqual([`${signed}: needs linux/amd64, linux/arm64 — ok, signed (${signedDigest})`, `${file}: ready for 2 platform(s)`]);
    const j = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood(), '--json']);
    expect(j.code, j.err).toBe(0);
    expect(JSON.parse(j.out)).toEqual({
      ok: true,
      file,
      platforms: ['linux/amd64', 'linux/arm64'],
      images: [
        {
          image: signed,
          line: 1,
          needed: ['linux/amd64', 'linux/arm64'],
          available: expect.arrayContaining(['linux/amd64', 'linux/arm64']),
          missing: [],
          digest: signedDigest,
          signed: true,
        },
      ],
      findings: [],
    });
  });

  it('a Dockerfile FROM the unsigned base fails (exit 1) naming the image and its digest', async () => {
    const file = dockerfile(`FROM ${unsigned}\nCMD ["sh"]\n`);
    const t = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood()]);
    expect(t.code).toBe(1);
    expect(t.err.split('\n')).toHaveLength(1);
    expect(t.err).toMatch(
      new RegExp(
        `^error: line 1: base image ${esc(unsigned)} \\(${unsignedDigest}\\) is not signed as required: index ${unsignedDigest} of ${esc(`${RIG.open}/${unsignedRepo}`)} is not signed \\(cosign: .*no signatures found.*\\)$`,
      ),
    );
    expect(t.out.split('\n')).toEqual([`${unsigned}: needs linux/amd64, linux/arm64 — ok, NOT SIGNED (${unsignedDigest})`, `${file}: preflight failed`]);
    const j = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood(), '--json']);
    expect(j.code).toBe(1);
    const body = JSON.parse(j.out);
    expect(body.ok).toBe(false);
    expect(body.error).toEqual({ code: 'preflight', message: `${file}: preflight failed` });
    expect(body.images).toEqual([expect.objectContaining({ image: unsigned, digest: unsignedDigest, signed: false })]);
    expect(body.findings).toEqual([
      { level: 'error', code: 'unsigned-base', line: 1, message: expect.stringContaining(`base image ${unsigned} (${unsignedDigest})`) },
    ]);
  });

  it('a multi-stage Dockerfile with one signed and one unsigned base fails naming only the unsigned one (stages and scratch are not verified)', async () => {
    const file = dockerfile(
      [
        `FROM ${signed} AS build`,
        'RUN echo hi > /hi',
        'FROM scratch AS empty',
        `FROM ${unsigned}`,
        'COPY --from=build /hi /hi',
        'COPY --from=empty / /',
        '',
      ].join('\n'),
    );
    const j = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood(), '--json']);
    expect(j.code).toBe(1);
    const body = JSON.parse(j.out);
    expect(body.images.map((i: { image: string; digest: string; signed: boolean }) => [i.image, i.digest, i.signed])).toEqual([
      [signed, signedDigest, true],
      [unsigned, unsignedDigest, false],
    ]);
    const unsignedFindings = body.findings.filter((f: { code: string }) => f.code === 'unsigned-base');
    expect(unsignedFindings).toHaveLength(1);
    expect(unsignedFindings[0]).toMatchObject({ level: 'error', line: 4 });
    expect(unsignedFindings[0].message).toContain(`base image ${unsigned} (${unsignedDigest})`);
    expect(unsignedFindings[0].message).not.toContain(signedRepo);
    const t = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood()]);
    expect(t.code).toBe(1);
    expect(t.err).toContain(unsigned);
    expect(t.err).not.toContain(signedRepo);
  });

  it('the signed base checked against another key fails: not signed by this key', async () => {
    const file = dockerfile(`FROM ${signed}\n`);
    const t = await gen([
      'check',
      '-f',
      file,
      '--platforms',
      PLATFORMS,
      '--require-signed-bases',
      '--key',
      join(other, 'cosign.pub'),
      '--insecure-ignore-tlog',
    ]);
    expect(t.code).toBe(1);
    expect(t.err.split('\n')).toHaveLength(1);
    expect(t.err).toMatch(
      new RegExp(
        `^error: line 1: base image ${esc(signed)} \\(${signedDigest}\\) is not signed as required: index ${signedDigest} of ${esc(`${RIG.open}/${signedRepo}`)} is not signed by this key \\(cosign: .*no matching signatures.*\\)$`,
      ),
    );
  });

  it('a base with only its index signed fails, naming the first platform manifest that is not (as verify-signature does)', async () => {
    const file = dockerfile(`FROM ${indexOnly}\n`);
    const t = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood()]);
    expect(t.code).toBe(1);
    expect(t.err).toMatch(
      new RegExp(
        `^error: line 1: base image ${esc(indexOnly)} \\(${indexOnlyDigest}\\) is not signed as required: linux/amd64 sha256:[a-f0-9]{64} of ${esc(`${RIG.open}/${indexOnlyRepo}`)} is not signed \\(cosign: .*\\)$`,
      ),
    );
  });

  it('without --insecure-ignore-tlog a signature made with --tlog-upload=false does not verify, with the hint', async () => {
    const file = dockerfile(`FROM ${signed}\n`);
    const t = await gen(['check', '-f', file, '--platforms', PLATFORMS, '--require-signed-bases', '--key', join(good, 'cosign.pub')]);
    expect(t.code).toBe(1);
    expect(t.err).toContain(`base image ${signed} (${signedDigest}) is not signed as required`);
    expect(t.err).toContain('--insecure-ignore-tlog');
  });

  it('a missing cosign is one line (exit 1), before any image is looked up', async () => {
    const file = dockerfile(`FROM ${signed}\n`);
    const missing = join(home, 'no-such-cosign');
    const t = await gen(['check', '-f', file, '--platforms', PLATFORMS, ...requireGood(), '--cosign', missing]);
    expect(t).toEqual({
      code: 1,
      out: '',
      err: expect.stringMatching(new RegExp(`^gen-ci: cosign is not installed: ${esc(missing)} was not found; install cosign 2\\.x .*$`)),
    });
  });

  it('the key password appears in nothing printed', () => {
    expect(captured.length).toBeGreaterThan(10);
    for (const c of captured) expect(c).not.toContain(PASSWORD);
  });
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
