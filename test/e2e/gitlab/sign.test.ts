import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitlabOptions } from '../../../src/gitlab/options.js';
import { renderPipeline } from '../../../src/gitlab/pipeline.js';
import { DOCKERFILE, forShellExecutor, GCL, makeProject, ROOT, removeProject, rigDockerVariables, runPipeline, sh, unique } from './harness.js';

/**
 * The buildx pipeline with sign: key, run by gitlab-ci-local (shell executor) against the rig's
 * open registry, offline (cosign_tlog false): the sign job signs and verifies the index and each
 * platform manifest; the test checks them again with Debian's cosign and the public key, and that
 * the key's password is in no job log.
 */
const REG = '127.0.0.1:5000';
const PASSWORD = 'sign-pw-Xq9$"\'z';
const dirs: string[] = [];
let keys = '';

beforeAll(() => {
  expect(sh('bash', [join(ROOT, 'scripts/rig.sh'), 'up']).code).toBe(0);
  expect(sh('bash', [GCL, '--install-only']).code).toBe(0);
  const cosign = sh('cosign', ['version']);
  if (cosign.code !== 0) throw new Error(`cosign is needed on PATH (Debian's cosign): ${cosign.stderr}`);
  keys = mkdtempSync(join(tmpdir(), 'genci-cosign-'));
  const r = sh('bash', ['-c', `cd '${keys}' && COSIGN_PASSWORD="$0" cosign generate-key-pair`, PASSWORD]);
  if (r.code !== 0) throw new Error(`cosign generate-key-pair: ${r.stderr}`);
}, 300_000);
afterAll(() => {
  for (const d of dirs) removeProject(d);
  if (keys) rmSync(keys, { recursive: true, force: true });
});

const verify = (ref: string, pub: string) => sh('cosign', ['verify', `--key=${pub}`, '--insecure-ignore-tlog=true', '--allow-http-registry=true', ref]);

const CRANE = '/var/lib/gen-ci-engines/bin/crane';

/** The index digest and its platform manifests, as the registry has them (the rig's crane). */
function digests(ref: string): { index: string; platforms: string[] } {
  const d = sh(CRANE, ['digest', '--insecure', ref]);
  if (d.code !== 0) throw new Error(`crane digest ${ref}: ${d.stderr}`);
  const raw = sh(CRANE, ['manifest', '--insecure', ref]);
  if (raw.code !== 0) throw new Error(`crane manifest ${ref}: ${raw.stderr}`);
  const m = JSON.parse(raw.stdout) as { manifests: { digest: string; platform?: { os: string } }[] };
  return { index: d.stdout.trim(), platforms: m.manifests.filter((x) => x.platform?.os !== 'unknown').map((x) => x.digest) };
}

describe('gitlab-ci-local validates pipelines with a sign job', () => {
  it.each([
    ['buildx', 'keyless'],
    ['native', 'key'],
    ['kaniko', 'keyless'],
    ['buildah', 'key'],
  ] as const)('%s with sign: %s passes the CI schema', async (mode, sign) => {
    const dir = makeProject({ Dockerfile: DOCKERFILE, '.gitlab-ci.yml': renderPipeline({ mode, sign }) });
    dirs.push(dir);
    const r = await runPipeline(dir, {}, ['--list']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('json schema validated');
    expect(r.output).toContain('image-sign');
  });
});

describe('gitlab sign: key, offline, on the rig', () => {
  it('buildx + sign: key signs and verifies the index and every platform; the password is never logged', async () => {
    const repo = `${REG}/gl/${unique('sign')}`;
    const yml = renderPipeline({
      mode: 'buildx',
      image: repo,
      tags: ['t1', 'latest'],
      registry: '',
      builderDriver: 'docker',
      binfmt: false,
      tlsVerify: false,
      sign: 'key',
      cosignTlog: false,
    });
    const dir = makeProject({ Dockerfile: DOCKERFILE, '.gitlab-ci.yml': forShellExecutor(yml) });
    dirs.push(dir);
    const r = await runPipeline(dir, {
      ...rigDockerVariables(join(dir, '.docker-config')),
      COSIGN_PRIVATE_KEY: readFileSync(join(keys, 'cosign.key'), 'utf8'),
      COSIGN_PASSWORD: PASSWORD,
    });
    expect(r.code, r.output.slice(-6000)).toBe(0);
    expect(r.output).toMatch(/image-build[\s\S]*image-sign/);
    const { index, platforms } = digests(`${repo}:latest`);
    expect(platforms).toHaveLength(2);
    for (const d of [index, ...platforms]) {
      expect(r.output).toContain(`gen-ci: verified ${repo}@${d}`);
      const v = verify(`${repo}@${d}`, join(keys, 'cosign.pub'));
      expect(v.code, `${d}: ${v.stderr}`).toBe(0);
    }
    // a different key does not verify them
    const other = mkdtempSync(join(tmpdir(), 'genci-cosign-other-'));
    try {
      expect(sh('bash', ['-c', `cd '${other}' && COSIGN_PASSWORD=x cosign generate-key-pair`]).code).toBe(0);
      expect(verify(`${repo}@${index}`, join(other, 'cosign.pub')).code).not.toBe(0);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    expect(r.output).not.toContain(PASSWORD);
    expect(r.output).not.toContain('sign-pw-Xq9');
    // the log of every job gitlab-ci-local keeps
    const logs = sh('bash', ['-c', `cat '${dir}'/.gitlab-ci-local/output/*.log 2>/dev/null || true`]).stdout;
    expect(logs).not.toContain('sign-pw-Xq9');
  }, 600_000);

  it.each([
    ['native', {}],
    ['buildah', {}],
    ['buildah', { buildahStrategy: 'native' }],
  ] as [GitlabOptions['mode'], Partial<GitlabOptions>][])(
    '%s %o + sign: key: the merge/build job records the digests, the sign job signs and verifies them',
    async (mode, extra) => {
      const repo = `${REG}/gl/${unique(`sign${mode}`)}`;
      const yml = renderPipeline({
        mode,
        image: repo,
        tags: ['t1'],
        registry: '',
        builderDriver: 'docker',
        binfmt: false,
        tlsVerify: false,
        sign: 'key',
        cosignTlog: false,
        ...extra,
      });
      const dir = makeProject({ Dockerfile: DOCKERFILE, '.gitlab-ci.yml': forShellExecutor(yml) });
      dirs.push(dir);
      const conf = join(dir, '.storage.conf');
      writeFileSync(conf, '[storage]\ndriver = "vfs"\nrunroot = "/tmp/genci-gl-storage/run"\ngraphroot = "/tmp/genci-gl-storage/graph"\n');
      const r = await runPipeline(
        dir,
        {
          ...rigDockerVariables(join(dir, '.docker-config')),
          CONTAINERS_STORAGE_CONF: conf,
          COSIGN_PRIVATE_KEY: readFileSync(join(keys, 'cosign.key'), 'utf8'),
          COSIGN_PASSWORD: PASSWORD,
        },
        ['--concurrency', '1'],
      );
      expect(r.code, r.output.slice(-6000)).toBe(0);
      const { index, platforms } = digests(`${repo}:t1`);
      expect(platforms).toHaveLength(2);
      for (const d of [index, ...platforms]) {
        expect(r.output).toContain(`gen-ci: verified ${repo}@${d}`);
        expect(verify(`${repo}@${d}`, join(keys, 'cosign.pub')).code).toBe(0);
      }
      expect(r.output).not.toContain('sign-pw-Xq9');
    },
    900_000,
  );
});
