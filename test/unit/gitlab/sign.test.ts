import { posixShells } from '../../support/shells.js';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { renderComponent } from '../../../src/gitlab/component.js';
import { docToObject, type Job } from '../../../src/gitlab/model.js';
import type { GitlabOptions } from '../../../src/gitlab/options.js';
import { generatePipeline } from '../../../src/gitlab/pipeline.js';
import { COSIGN_SIGN, SIGN_ENV_INIT } from '../../../src/gitlab/sign.js';
import { SMALL_FUNCTIONS } from '../../../src/gitlab/shell.js';
import { runJob } from './jobrun.js';

const MR_NEVER = { if: '$CI_PIPELINE_SOURCE == "merge_request_event"', when: 'never' };
const RULES = [MR_NEVER, { if: '$CI_COMMIT_TAG' }, { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }];
const VARS = {
  GENCI_IMAGE: '$CI_REGISTRY_IMAGE',
  GENCI_SIGN: 'key',
  GENCI_COSIGN_TLOG: 'true',
  GENCI_REGISTRY: '$CI_REGISTRY',
  GENCI_REGISTRY_USER: '$CI_REGISTRY_USER',
  GENCI_REGISTRY_PASSWORD: '$CI_REGISTRY_PASSWORD',
  GENCI_TLS_VERIFY: 'true',
};

describe('the sign job of each mode', () => {
  it.each([
    ['buildx', {}, 'image-build', 'build'],
    ['native', {}, 'image-merge', 'build'],
    ['kaniko', {}, 'image-merge', 'build'],
    ['buildah', {}, 'image-build', 'build'],
    ['buildah', { buildahStrategy: 'native' }, 'image-merge', 'build'],
    ['native', { mergeStage: 'publish' }, 'image-merge', 'publish'],
  ] as [GitlabOptions['mode'], Partial<GitlabOptions>, string, string][])('%s %o: after %s, exact job for key and keyless', (mode, extra, pusher, stage) => {
    for (const sign of ['key', 'keyless'] as const) {
      const doc = docToObject(generatePipeline({ mode, sign, ...extra })) as Record<string, Record<string, unknown>>;
      expect(doc['image-sign']).toEqual({
        stage,
        image: { name: 'ghcr.io/sigstore/cosign/cosign:v2.6.1-dev', entrypoint: [''] },
        needs: [{ job: pusher, artifacts: true }],
        ...(sign === 'keyless' ? { id_tokens: { SIGSTORE_ID_TOKEN: { aud: 'sigstore' } } } : {}),
        rules: RULES,
        variables: { ...VARS, GENCI_SIGN: sign },
        script: [SMALL_FUNCTIONS, COSIGN_SIGN],
      });
      // the pusher records the digests in a dotenv report and knows it signs
      const p = doc[pusher] as Record<string, unknown> & { variables: Record<string, unknown>; script: string[]; artifacts: { reports: unknown } };
      expect(p.variables.GENCI_SIGN).toBe(sign);
      expect(p.artifacts.reports).toEqual({ dotenv: 'genci-sign.env' });
      expect(p.script[2]).toBe(SIGN_ENV_INIT);
      expect(p.script.at(-1)).toMatch(/^# gen-ci sign: the digests the sign job signs\n/);
      expect(Object.keys(doc).at(-1)).toBe('image-sign');
    }
  });

  it('no sign: no sign job, the pushers unchanged', () => {
    for (const mode of ['buildx', 'native', 'kaniko', 'buildah', 'buildkit'] as const) {
      const doc = generatePipeline({ mode });
      expect(Object.keys(doc.jobs).some((j) => j.endsWith('-sign'))).toBe(false);
      for (const j of Object.values(doc.jobs)) {
        expect(j.variables?.GENCI_SIGN).toBeUndefined();
        expect(j.artifacts?.reports).toBeUndefined();
      }
    }
  });

  it('cosign_tlog, cosign image, tls, prefix and runner tags reach the job; buildkit and bad values are refused', () => {
    const job = generatePipeline({
      mode: 'buildx',
      sign: true,
      cosignTlog: false,
      tlsVerify: false,
      jobPrefix: 'app',
      jobTags: ['t'],
      images: { cosign: 'reg/cosign:dev' },
    }).jobs['app-sign'] as Job;
    expect(job.variables).toMatchObject({ GENCI_SIGN: 'key', GENCI_COSIGN_TLOG: 'false', GENCI_TLS_VERIFY: 'false' });
    expect(job.image).toEqual({ name: 'reg/cosign:dev', entrypoint: [''] });
    expect(job.tags).toEqual(['t']);
    expect(job.needs).toEqual([{ job: 'app-build', artifacts: true }]);
    expect(() => generatePipeline({ mode: 'buildkit', sign: 'key' })).toThrow(/not available in buildkit mode/);
    expect(() => generatePipeline({ mode: 'buildx', sign: 'yes' as never })).toThrow(/sign "yes" is not one of none, key, keyless/);
  });

  it.each(['buildx', 'native', 'kaniko', 'buildah', 'merge'] as const)('component %s: a sign job skipped when the sign input is none', (name) => {
    const [, body] = renderComponent(name).split('\n---\n') as [string, string];
    const doc = load(body) as Record<string, Job>;
    const job = doc['$[[ inputs.job_prefix ]]-sign'] as Job;
    expect(job.rules?.[0]).toEqual({ if: '"$[[ inputs.sign ]]" == "none"', when: 'never' });
    expect(job.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    expect(job.variables?.GENCI_SIGN).toBe('$[[ inputs.sign ]]');
    expect(job.image).toEqual({ name: '$[[ inputs.cosign_image ]]', entrypoint: [''] });
  });
});

/** The sign script under dash, bash and busybox ash with a cosign stub that records its argv. */
const SHELLS = posixShells().map((s) => s.argv.slice(0, -1).join(' '));
const IDX = `sha256:${'a'.repeat(64)}`;
const P1 = `sha256:${'b'.repeat(64)}`;
const P2 = `sha256:${'c'.repeat(64)}`;
const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

function stubDir(unsigned?: string): string {
  const d = mkdtempSync(join(tmpdir(), 'genci-cosign-stub-'));
  tmp.push(d);
  const log = join(d, 'argv.log');
  writeFileSync(
    join(d, 'cosign'),
    [
      '#!/bin/sh',
      `printf '%s\\n' "$*" >>'${log}'`,
      `printf 'PW=%s\\n' "\${COSIGN_PASSWORD-unset}" >>'${log}.env'`,
      'if [ "$1" = public-key ]; then echo PUBKEY; fi',
      `if [ "$1" = verify ] && [ -n '${unsigned ?? ''}' ]; then case "$*" in *'${unsigned ?? 'x'}'*) echo 'Error: no signatures found' >&2; exit 10 ;; esac; fi`,
      'exit 0',
    ].join('\n'),
  );
  chmodSync(join(d, 'cosign'), 0o755);
  return d;
}

const signed = { GENCI_SIGN_PUSHED: 'true', GENCI_SIGN_INDEX: IDX, GENCI_SIGN_MANIFESTS: `${P1} ${P2}` };

describe.each(SHELLS)('sign script under %s', (shell) => {
  const run = (o: GitlabOptions, env: Record<string, string>, unsigned?: string) => {
    const stubs = stubDir(unsigned);
    const job = generatePipeline(o).jobs['image-sign'] as Job;
    const r = runJob(job, { shell, env: { PATH: `${stubs}:${process.env.PATH}`, ...env } });
    tmp.push(r.dir);
    const log = join(stubs, 'argv.log');
    return {
      ...r,
      argv: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [],
      pw: existsSync(`${log}.env`) ? readFileSync(`${log}.env`, 'utf8') : '',
    };
  };

  it('key: signs then verifies the index and each platform by digest, offline, plain HTTP', () => {
    const r = run(
      { mode: 'buildx', image: 'Reg.Example/App', sign: 'key', cosignTlog: false, tlsVerify: false, registry: '' },
      {
        ...signed,
        COSIGN_PRIVATE_KEY: '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nx\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----',
        COSIGN_PASSWORD: 'pw$"x',
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const pub = r.argv[0]?.match(/^public-key --key=env:\/\/COSIGN_PRIVATE_KEY$/);
    expect(pub).not.toBeNull();
    const http = '--allow-http-registry=true --allow-insecure-registry=true';
    expect(r.argv.slice(1, 4)).toEqual([IDX, P1, P2].map((d) => `sign --yes --key=env://COSIGN_PRIVATE_KEY --tlog-upload=false ${http} reg.example/app@${d}`));
    expect(r.argv.slice(4)).toEqual(
      [IDX, P1, P2].map((d) => expect.stringMatching(new RegExp(`^verify --key=/\\S+/cosign.pub --insecure-ignore-tlog=true ${http} reg.example/app@${d}$`))),
    );
    expect(`${r.stdout}${r.stderr}`).not.toContain('pw$"x');
    expect(
      r.pw
        .split('\n')
        .filter(Boolean)
        .every((l) => l === 'PW=pw$"x'),
    ).toBe(true);
  });

  it('key from a file-type variable; keyless with the GitLab identity for a tag', () => {
    const d = mkdtempSync(join(tmpdir(), 'genci-key-'));
    tmp.push(d);
    writeFileSync(join(d, 'k'), 'PEM');
    const k = run({ mode: 'native', sign: 'key' }, { ...signed, COSIGN_PRIVATE_KEY: join(d, 'k') });
    expect(k.code, k.stderr).toBe(0);
    expect(k.argv[1]).toBe(`sign --yes --key=${join(d, 'k')} registry.example.com/group/project@${IDX}`);
    expect(k.pw).toMatch(/^PW=\n/);
    const kl = run(
      { mode: 'native', sign: 'keyless' },
      {
        ...signed,
        SIGSTORE_ID_TOKEN: 'jwt',
        CI_SERVER_URL: 'https://gitlab.com',
        CI_PROJECT_PATH: 'g/p',
        CI_COMMIT_TAG: 'v1.2.3',
      },
    );
    expect(kl.code, kl.stderr).toBe(0);
    expect(kl.argv[0]).toBe(`sign --yes registry.example.com/group/project@${IDX}`);
    expect(kl.argv[3]).toBe(
      `verify --certificate-identity=https://gitlab.com/g/p//.gitlab-ci.yml@refs/tags/v1.2.3 --certificate-oidc-issuer=https://gitlab.com registry.example.com/group/project@${IDX}`,
    );
  });

  it('fails with one line naming an unsigned digest; nothing pushed is no failure; missing inputs fail', () => {
    const bad = run({ mode: 'buildx', sign: 'key' }, { ...signed, COSIGN_PRIVATE_KEY: 'PEM' }, P2);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      `gen-ci: registry.example.com/group/project@${P2} is not signed by the key in COSIGN_PRIVATE_KEY: Error: no signatures found`,
    );
    const none = run({ mode: 'buildx', sign: 'key' }, { GENCI_SIGN_PUSHED: 'false' });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('nothing was pushed');
    expect(run({ mode: 'buildx', sign: 'key' }, {}).stderr).toMatch(/dotenv report is missing/);
    expect(run({ mode: 'buildx', sign: 'key' }, signed).stderr).toMatch(/COSIGN_PRIVATE_KEY is empty/);
    expect(run({ mode: 'buildx', sign: 'keyless' }, signed).stderr).toMatch(/SIGSTORE_ID_TOKEN is empty/);
    const evil = run({ mode: 'buildx', sign: 'key' }, { ...signed, COSIGN_PRIVATE_KEY: 'PEM', GENCI_SIGN_MANIFESTS: `${P1} $(touch x)` });
    expect(evil.code).toBe(1);
    expect(evil.argv).toEqual([]);
  });
});
