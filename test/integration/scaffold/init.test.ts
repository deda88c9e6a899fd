import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { actionlint } from '../../support/actionlint.js';

const ROOT = resolve(__dirname, '../../..');
const FIXTURE = join(ROOT, 'test/fixtures/scaffold/go-app');
const WORKFLOW = '.github/workflows/multi-arch.yml';
const dirs: string[] = [];

/** A temporary git repository holding the Go fixture, with a GitHub remote and one commit. */
function goRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genci-scaffold-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', 'git@github.com:Acme/Go-App.git');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'app');
  return dir;
}

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function init(dir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // --skip-check: the fixture's base images live on Docker Hub and gcr.io, which the rig cannot reach
  const code = await main(['init', '--dir', dir, '--skip-check', ...argv], { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function gitlabCiLocal(dir: string, ...args: string[]) {
  const r = spawnSync('bash', [join(ROOT, 'scripts/gitlab-ci-local.sh'), '--no-color', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('gen-ci init in a Go repository with a GitHub remote', () => {
  it('--yes --ci github,gitlab writes both files; the workflow passes actionlint; gitlab-ci-local validates the pipeline', async () => {
    const dir = goRepo();
    const r = await init(dir, '--yes', '--ci', 'github,gitlab');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/created +\.github\/workflows\/multi-arch\.yml/);
    expect(r.out).toMatch(/created +\.gitlab-ci\.yml/);

    const workflow = readFileSync(join(dir, WORKFLOW), 'utf8');
    expect(workflow).toMatch(/^ {2}IMAGE: ghcr\.io\/acme\/go-app$/m);
    expect(workflow).toMatch(/runner: ubuntu-24\.04-arm/);
    expect(await actionlint(workflow)).toEqual([]);

    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'ci');
    const list = gitlabCiLocal(dir, '--list');
    expect(list.code, list.output).toBe(0);
    expect(list.output).toMatch(/json schema validated/);
    expect(list.output).toMatch(/image-build-linux-amd64/);
    expect(list.output).toMatch(/image-build-linux-arm64/);
    expect(list.output).toMatch(/image-merge .*\[image-build-linux-amd64,image-build-linux-arm64\]/);
    const preview = gitlabCiLocal(dir, '--preview');
    expect(preview.code, preview.output).toBe(0);

    // a second run changes nothing, not even a modification time
    const before = statSync(join(dir, WORKFLOW)).mtimeMs;
    const again = await init(dir, '--yes', '--ci', 'github,gitlab');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/unchanged +\.github\/workflows\/multi-arch\.yml/);
    expect(again.out).toMatch(/Nothing to change/);
    expect(statSync(join(dir, WORKFLOW)).mtimeMs).toBe(before);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const dir = goRepo();
    const r = await init(dir, '--yes', '--ci', 'github,gitlab', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('+++ b/.github/workflows/multi-arch.yml');
    expect(r.out).toContain('+++ b/.gitlab-ci.yml');
    expect(r.out).toMatch(/Dry run: nothing was written/);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('an existing different file is left alone without --force; --dry-run --force shows the diff; --force replaces it', async () => {
    const dir = goRepo();
    const mine = 'build:\n  script: [make]\n';
    writeFileSync(join(dir, '.gitlab-ci.yml'), mine);
    const r = await init(dir, '--yes', '--ci', 'github,gitlab');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/created +\.github\/workflows\/multi-arch\.yml/);
    expect(r.out).toMatch(/left alone +\.gitlab-ci\.yml/);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe(mine);

    const dry = await init(dir, '--yes', '--ci', 'gitlab', '--dry-run', '--force');
    expect(dry.out).toMatch(/^--- a\/\.gitlab-ci\.yml\n\+\+\+ b\/\.gitlab-ci\.yml\n@@ -1,2 \+1,\d+ @@\n-build:\n- {2}script: \[make\]/m);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe(mine);

    const forced = await init(dir, '--yes', '--ci', 'gitlab', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toMatch(/^# Generated by gen-ci/);
  });

  it('the qemu strategy with a platform GitHub and GitLab host no runner for', async () => {
    const dir = goRepo();
    const r = await init(dir, '--yes', '--ci', 'github,gitlab', '--platforms', 'linux/amd64,linux/arm64,linux/arm/v7', '--strategy', 'qemu');
    expect(r.code).toBe(0);
    expect(await actionlint(readFileSync(join(dir, WORKFLOW), 'utf8'))).toEqual([]);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'ci');
    const list = gitlabCiLocal(dir, '--list');
    expect(list.code, list.output).toBe(0);
    expect(list.output).toMatch(/image-build /);
    expect(existsSync(join(dir, '.gitlab-ci.yml'))).toBe(true);
  });
});
