// Issue #15 on the rig: the bundled action (Node 24, real BuildKit) signs what it pushes with
// Debian's cosign 2.5, key-based and offline (no Rekor: cosign-tlog false): the index and every
// platform manifest, each verifiable with `cosign verify --key`; another key verifies none of them;
// the split/merge flow signs the merged index and its children; the key's password is never printed.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { node24, ROOT, rigEnv, runAction, sh, uniqueName } from './runner.js';

let rig: Record<string, string>;
let node: string;
const hello = join(ROOT, 'examples/hello');
const PASSWORD = 'sign-e2e-Pw-7q!';
const home = mkdtempSync(join(tmpdir(), 'gen-ci-sign-e2e-'));
const cosignEnv = { ...process.env, HOME: home, TUF_ROOT: join(home, 'tuf'), COSIGN_PASSWORD: PASSWORD } as Record<string, string>;

function keyPair(name: string): { key: string; pub: string } {
  const dir = join(home, name);
  const r = sh('sh', ['-c', `mkdir -p "${dir}" && cd "${dir}" && cosign generate-key-pair`], cosignEnv);
  expect(r.code, r.stderr).toBe(0);
  return { key: join(dir, 'cosign.key'), pub: join(dir, 'cosign.pub') };
}

/** `cosign verify --key` of one digest, offline (the signatures have no tlog entry). */
function cosignVerify(ref: string, pub: string): number | null {
  return sh('cosign', ['verify', '--key', pub, '--insecure-ignore-tlog=true', '--allow-http-registry=true', ref], cosignEnv).code;
}

/** The index's runnable platform manifests (attestation entries aside). */
function children(ref: string): { digest: string; platform: string }[] {
  const r = sh('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]);
  expect(r.code, r.stderr).toBe(0);
  const index = JSON.parse(r.stdout) as { manifests: { digest: string; platform?: { os: string; architecture: string; variant?: string } }[] };
  return index.manifests
    .filter((m) => m.platform && m.platform.architecture !== 'unknown')
    .map((m) => ({ digest: m.digest, platform: [m.platform?.os, m.platform?.architecture, m.platform?.variant].filter(Boolean).join('/') }));
}

/** What the runner shows: it consumes ::add-mask:: lines (they are how it learns what to mask). */
const shown = (out: string) => out.replace(/^::add-mask::.*$/gm, '');

let good: { key: string; pub: string };
let wrong: { key: string; pub: string };

beforeAll(() => {
  rig = rigEnv();
  for (const k of ['GENCI_HELPER_REGISTRY', 'GENCI_REGISTRY']) if (!rig[k]) throw new Error(`the rig has no ${k}: run bash scripts/rig.sh up (npm test does)`);
  if (sh('cosign', ['version']).code !== 0) throw new Error('cosign is not installed: scripts/rig.sh installs Debian\'s cosign');
  node = node24();
  good = keyPair('good');
  wrong = keyPair('wrong');
}, 120_000);

const defaults = () => ({ context: hello, 'driver-opts': 'network=host', 'helper-registry': rig.GENCI_HELPER_REGISTRY as string, 'helper-cache': 'false' });
const signing = () => ({ sign: 'key', 'cosign-key': readFileSync(good.key, 'utf8'), 'cosign-password': PASSWORD, 'cosign-tlog': 'false' });

describe('sign: key in the action', { timeout: 600_000 }, () => {
  it('signs a 3-platform push: the index and each platform verify with the key, none with another key; the password is never printed', () => {
    const repo = `${rig.GENCI_REGISTRY}/genci-sign/${uniqueName('action')}`;
    const r = runAction({ ...defaults(), platforms: 'linux/amd64,linux/arm64,linux/riscv64', tags: `${repo}:v1`, push: 'true', ...signing() }, { node });
    expect(r.main.code, r.main.stdout + r.main.stderr).toBe(0);
    const digest = r.outputs.digest as string;
    const kids = children(`${repo}@${digest}`);
    expect(kids.map((k) => k.platform).sort()).toEqual(['linux/amd64', 'linux/arm64', 'linux/riscv64']);
    // the output names the index and each platform manifest, with its signature tag
    const lines = (r.outputs.signatures ?? '').split('\n');
    expect(lines).toEqual([
      `index ${digest} ${repo}:sha256-${digest.slice(7)}.sig`,
      ...kids.map((k) => `${k.platform} ${k.digest} ${repo}:sha256-${k.digest.slice(7)}.sig`),
    ]);
    for (const d of [digest, ...kids.map((k) => k.digest)]) {
      expect(cosignVerify(`${repo}@${d}`, good.pub), `${d} with the signing key`).toBe(0);
      expect(cosignVerify(`${repo}@${d}`, wrong.pub), `${d} with another key`).not.toBe(0);
    }
    // the key's password and its PEM body appear nowhere in what the runner captured
    expect(shown(r.all)).not.toContain(PASSWORD);
    const pemBody = readFileSync(good.key, 'utf8').split('\n')[1] as string;
    expect(pemBody.length).toBeGreaterThan(20);
    expect(shown(r.all)).not.toContain(pemBody);
    // masked: the runner was told to hide both
    expect(r.main.stdout).toContain(`::add-mask::${PASSWORD}`);
  });

  it('split legs + a signing merge job: the merged index and its children are signed', () => {
    const repo = `${rig.GENCI_REGISTRY}/genci-sign/${uniqueName('merge')}`;
    const digests = mkdtempSync(join(tmpdir(), 'digests-'));
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const leg = runAction({ ...defaults(), platforms: platform, image: repo, 'push-by-digest': 'true', 'digests-dir': digests }, { node });
      expect(leg.main.code, leg.main.stdout).toBe(0);
    }
    expect(readdirSync(digests)).toHaveLength(2);
    const m = runAction({ merge: 'true', platforms: 'linux/amd64,linux/arm64', tags: `${repo}:v1`, 'digests-dir': digests, ...signing() }, { node });
    expect(m.main.code, m.main.stdout + m.main.stderr).toBe(0);
    const digest = m.outputs.digest as string;
    const kids = children(`${repo}@${digest}`);
    expect(kids).toHaveLength(2);
    for (const d of [digest, ...kids.map((k) => k.digest)]) expect(cosignVerify(`${repo}@${d}`, good.pub), d).toBe(0);
    expect(m.outputs.signatures?.split('\n')).toHaveLength(3);
    expect(shown(m.all)).not.toContain(PASSWORD);
  });

  it('a leg with sign is refused before anything runs (signing is the merge job\'s)', () => {
    const r = runAction({ ...defaults(), platforms: 'linux/arm64', image: `${rig.GENCI_REGISTRY}/genci-sign/x`, 'push-by-digest': 'true', ...signing() }, { node });
    expect(r.main.code).toBe(1);
    expect(r.main.stdout).toContain('::error::sign goes in the merge job');
  });
});
