import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { UsageError } from '../../../src/core/errors.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['gitlab', ...argv], { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('gen-ci gitlab', () => {
  it('prints a pipeline with a "regenerate with" line that quotes hostile flags', async () => {
    const r = await cli('--mode', 'native', '--image', "reg/a b'c", '--tag', 'v1', '--runner-tag', 'linux/arm64=my-arm');
    expect(r.code).toBe(0);
    expect(r.out).toContain("# Regenerate with: gen-ci gitlab --mode=native '--image=reg/a b'\\''c' --tag=v1 --runner-tag=linux/arm64=my-arm");
    const doc = load(r.out) as Record<string, { tags?: string[]; variables?: Record<string, unknown> }>;
    expect(doc['image-build-linux-arm64']?.tags).toEqual(['my-arm']);
    expect(doc['image-build-linux-arm64']?.variables?.GENCI_IMAGE).toBe("reg/a b'c");
  });

  it.each([
    [['--tag-rule', 'type=semver,pattern={{version}}', '--tag-rule', 'type=ref,event=branch', '--default-branch', 'trunk'], 0, ''],
    [['--tag-rule', 'type=match,pattern=v(.*)'], 2, 'type=match is not supported in a GitLab pipeline'],
    [['--tag-rule', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'], 2, 'is not supported in a GitLab pipeline'],
    [['--tag-rule', 'type=nope'], 2, 'unknown type=nope'],
    [['--tag-rule', 'type=sha', '--tag', 'v1'], 2, 'not both'],
    [['--default-branch', 'a"b'], 2, 'is not a branch name'],
  ] as [string[], number, string][])('--tag-rule / --default-branch %j: exit %i', async (argv, code, message) => {
    if (code === 2) {
      // usage errors reach main's caller, which exits 2 with the message
      await expect(cli('--mode', 'buildkit', ...argv)).rejects.toBeInstanceOf(UsageError);
      await expect(cli('--mode', 'buildkit', ...argv)).rejects.toThrow(message);
    } else {
      const r = await cli('--mode', 'buildkit', ...argv);
      expect(r.code).toBe(code);
      const job = (load(r.out) as Record<string, { rules: { if: string }[]; variables: Record<string, unknown> }>)['image-build'];
      expect(job?.variables.GENCI_TAG_RULES).toBe('type=semver,pattern={{version}}\ntype=ref,event=branch');
      expect(job?.variables.GENCI_DEFAULT_BRANCH).toBe('trunk');
      expect(job?.rules.map((x) => x.if)).toContain('$CI_COMMIT_BRANCH == "trunk"');
    }
  });

  it('writes --out and notes literal "$" values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genci-cli-'));
    try {
      const file = join(dir, '.gitlab-ci.yml');
      const r = await cli(
        '--mode',
        'buildx',
        '--image',
        '$CI_REGISTRY_IMAGE/app',
        '--out',
        file,
        '--build-arg',
        'A=1',
        '--platform',
        'linux/amd64,linux/riscv64',
      );
      expect(r.code).toBe(0);
      expect(r.err).toContain('--image contains "$" and is passed literally');
      const doc = load(readFileSync(file, 'utf8')) as Record<string, { variables: Record<string, unknown> }>;
      expect(doc['image-build']?.variables.GENCI_IMAGE).toEqual({ value: '$CI_REGISTRY_IMAGE/app', expand: false });
      expect(doc['image-build']?.variables.GENCI_PLATFORMS).toBe('linux/amd64,linux/riscv64');
      const r2 = await cli('--mode', 'buildx', '--image', '$CI_REGISTRY_IMAGE/app', '--expand-variables', '--json');
      expect(r2.err).toBe('');
      expect(JSON.parse(r2.out)).toMatchObject({ ok: true, mode: 'buildx', include: 'inline' });
      expect(JSON.parse(r2.out).pipeline['image-build'].variables.GENCI_IMAGE).toBe('$CI_REGISTRY_IMAGE/app');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--include component writes includes with inputs', async () => {
    const r = await cli(
      '--mode',
      'buildkit',
      '--include',
      'component',
      '--component-version',
      '1.0.0',
      '--cache=false',
      '--tool-image',
      'buildkitRootless=mirror/buildkit:rootless',
    );
    expect(load(r.out)).toEqual({
      include: [{ component: '$CI_SERVER_FQDN/gen-ci/gen-ci/buildkit@1.0.0', inputs: { cache: false, buildkit_image: 'mirror/buildkit:rootless' } }],
    });
  });

  it.each([
    [[], /--mode is required/],
    [['--mode', 'podman'], /unknown mode/],
    [['--mode', 'buildx', '--include', 'x'], /--include takes/],
    [['--mode', 'buildx', '--tool-image', 'nope=x'], /unknown tool/],
    [['--mode', 'buildx', '--runner-tag', 'x'], /KEY=VALUE/],
    [['--mode', 'buildx', '--platform', 'linux/sparc'], /invalid platform/],
    [['--mode', 'buildah', '--buildah-strategy', 'native', '--include', 'component'], /inline/],
    [['--mode', 'buildx', '--bogus'], /unknown option/],
  ])('usage error: %o', async (argv, re) => {
    await expect(cli(...(argv as string[]))).rejects.toThrow(re);
    await expect(cli(...(argv as string[]))).rejects.toBeInstanceOf(UsageError);
  });
});
