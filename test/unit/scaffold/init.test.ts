import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/command.js';
import { initCommand, runInit } from '../../../src/cli/init.js';
import { UsageError } from '../../../src/core/errors.js';
import type { ImageInfo } from '../../../src/registry/inspect.js';
import { adviseDockerfile } from '../../../src/scaffold/advice.js';
import type { Prompter } from '../../../src/scaffold/prompts.js';

const GO_DOCKERFILE = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\n';

function repo(files: Record<string, string>, remote = 'git@github.com:acme/app.git'): string {
  const dir = mkdtempSync(join(tmpdir(), 'genci-init-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  if (remote) spawnSync('git', ['remote', 'add', 'origin', remote], { cwd: dir });
  return dir;
}

/** Every image has amd64 and arm64 only. */
const lookup = async (ref: string): Promise<ImageInfo> => ({
  reference: ref,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  digest: 'sha256:00',
  index: true,
  platforms: ['amd64', 'arm64'].map((architecture) => ({
    platform: `linux/${architecture}`,
    os: 'linux',
    architecture,
    digest: 'sha256:00',
    mediaType: 'x',
    size: 1,
  })),
  attestations: [],
});

async function run(argv: string[], cwd: string, prompter?: Prompter) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runInit(
    parseArgs(argv, initCommand.flags),
    { out: (l) => out.push(l), err: (l) => err.push(l), tty: false },
    {
      cwd,
      interactive: Boolean(prompter),
      ...(prompter ? { prompter } : {}),
      lookup,
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Answers prompts from a script, recording the questions and their defaults. */
function scripted(answers: unknown[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = (q: string, initial: unknown) => {
    asked.push(`${q} [${JSON.stringify(initial)}]`);
    if (!answers.length) throw new Error(`no answer for ${q}`);
    const a = answers.shift();
    return a === undefined ? initial : a;
  };
  return {
    asked,
    intro: () => {},
    note: () => {},
    outro: () => {},
    text: async (m, i) => next(m, i) as string,
    select: async (m, _c, i) => next(m, i) as never,
    multiselect: async (m, _c, i) => next(m, i) as never,
    confirm: async (m, i) => next(m, i) as boolean,
  };
}

describe('gen-ci init (no terminal)', () => {
  it('--yes writes the GitHub workflow for a GitHub remote, then reports nothing to change', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE });
    const first = await run(['--yes'], dir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/created +\.github\/workflows\/multi-arch\.yml/);
    expect(readFileSync(join(dir, '.github/workflows/multi-arch.yml'), 'utf8')).toMatch(/IMAGE: ghcr\.io\/acme\/app/);
    expect(existsSync(join(dir, '.gitlab-ci.yml'))).toBe(false);
    const second = await run(['--yes'], dir);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Nothing to change/);
  });

  it('a GitLab remote gets .gitlab-ci.yml', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE }, 'https://gitlab.com/group/app.git');
    expect((await run(['--yes', '--skip-check'], dir)).out).toMatch(/created +\.gitlab-ci\.yml/);
  });

  it('without a GitHub remote the GitHub image is a guess, and the summary says to set it', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE }, '');
    const r = await run(['--yes', '--skip-check', '--ci', 'github,gitlab'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, '.github/workflows/multi-arch.yml'), 'utf8')).toMatch(/IMAGE: ghcr\.io\/owner\/genci-init-/);
    expect(r.out).toMatch(/set the image: without a GitHub remote the workflow pushes to ghcr\.io\/owner\/genci-init-\w+, a guess/);
  });

  it('--dry-run prints a diff and writes nothing', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE });
    const r = await run(['--yes', '--dry-run', '--ci', 'github,gitlab', '--skip-check'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^--- \/dev\/null\n\+\+\+ b\/\.github\/workflows\/multi-arch\.yml\n@@ -0,0 \+1,\d+ @@/m);
    expect(r.out).toMatch(/would create +\.gitlab-ci\.yml/);
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(existsSync(join(dir, '.gitlab-ci.yml'))).toBe(false);
  });

  it('leaves a different file alone without --force (exit 1), overwrites it with --force', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE, '.gitlab-ci.yml': 'mine: {}\n' });
    const r = await run(['--yes', '--ci', 'gitlab', '--skip-check'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/left alone +\.gitlab-ci\.yml \(it differs; --force overwrites it/);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('mine: {}\n');
    const f = await run(['--yes', '--ci', 'gitlab', '--skip-check', '--force'], dir);
    expect(f.code).toBe(0);
    expect(f.out).toMatch(/updated +\.gitlab-ci\.yml/);
  });

  it('--json reports choices, files and advice', async () => {
    const dir = repo({ 'svc/Dockerfile': GO_DOCKERFILE });
    const r = await run(['--json', '--strategy', 'qemu', '--platforms', 'linux/amd64,linux/arm64,linux/riscv64'], dir);
    const j = JSON.parse(r.out);
    expect(j.choices).toMatchObject({
      ci: ['github'],
      file: 'svc/Dockerfile',
      context: 'svc',
      strategy: 'qemu',
      platforms: ['linux/amd64', 'linux/arm64', 'linux/riscv64'],
    });
    expect(j.files).toEqual([{ path: '.github/workflows/multi-arch.yml', action: 'create' }]);
    const codes = j.advice.map((a: { level: string; message: string }) => `${a.level} ${a.message}`).join('\n');
    expect(codes).toMatch(/error: .*golang:1\.23 has no linux\/riscv64|error line 1: docker\.io\/library\/golang:1\.23 has no linux\/riscv64/);
    expect(codes).toMatch(/warning line 4: stage "build" runs "go build" under emulation/);
  });

  it.each([
    [['--ci', 'bitbucket'], /--ci takes github, gitlab/],
    [['--strategy', 'fast'], /--strategy takes native or qemu/],
    [['--platforms', 'linux/sparc'], /unknown architecture/],
    [['--image', 'ghcr.io/acme/app:1'], /no tag/],
    [['--file', '../x/Dockerfile'], /outside the repository/],
    [['extra'], /unexpected argument/],
  ])('refuses %j', async (argv, why) => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE });
    await expect(run(['--yes', ...argv], dir)).rejects.toThrow(UsageError);
    await expect(run(['--yes', ...argv], dir)).rejects.toThrow(why);
  });

  it('no Dockerfile: says to pass --file', async () => {
    const dir = repo({ 'README.md': 'x' });
    await expect(run(['--yes'], dir)).rejects.toThrow(/no Dockerfile found .*--file/);
  });
});

describe('gen-ci init (prompts)', () => {
  it('asks every question with the detected defaults, then writes', async () => {
    const dir = repo({ 'api/Dockerfile': GO_DOCKERFILE, 'web/Dockerfile': 'FROM alpine\n' });
    const p = scripted(['web/Dockerfile', undefined, ['github', 'gitlab'], ['linux/amd64', 'linux/arm64', 'linux/arm/v7'], 'qemu', 'ghcr.io/acme/web', true]);
    const r = await run([], dir, p);
    expect(p.asked).toEqual([
      'Which Dockerfile? ["api/Dockerfile"]',
      'Build context (relative to the repository root) ["web"]',
      'Which CI? [["github"]]',
      'Platforms [["linux/amd64","linux/arm64"]]',
      'Build strategy ["qemu"]',
      'Image (GitHub workflow) ["ghcr.io/acme/app"]',
      'Write .github/workflows/multi-arch.yml and .gitlab-ci.yml? [true]',
    ]);
    expect(r.code).toBe(0);
    const wf = readFileSync(join(dir, '.github/workflows/multi-arch.yml'), 'utf8');
    expect(wf).toMatch(/platforms: linux\/amd64,linux\/arm64,linux\/arm\/v7\n {10}context: web\n/);
    expect(wf).toMatch(/IMAGE: ghcr\.io\/acme\/web/);
  });

  it('flags skip their questions; answering no writes nothing', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE });
    const p = scripted([false]);
    const r = await run(
      ['--ci', 'github', '--file', 'Dockerfile', '--context', '.', '--platforms', 'amd64,arm64', '--strategy', 'native', '--image', 'ghcr.io/a/b'],
      dir,
      p,
    );
    expect(p.asked).toEqual(['Write .github/workflows/multi-arch.yml? [true]']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

describe('adviseDockerfile', () => {
  it('turns a failed lookup into a note and never throws', async () => {
    const dir = repo({ Dockerfile: GO_DOCKERFILE });
    const advice = await adviseDockerfile(
      dir,
      'Dockerfile',
      [{ build: { os: 'linux', architecture: 'amd64' }, targets: [{ os: 'linux', architecture: 'amd64' }] }],
      {
        lookup: async () => {
          throw new Error('host not found');
        },
      },
    );
    expect(advice.map((a) => a.level)).toEqual(['note', 'note']);
    expect(advice[0]?.message).toMatch(/cannot look up docker\.io\/library\/golang:1\.23: host not found; run gen-ci check/);
  });

  it('a Dockerfile that is not there yet is a note', async () => {
    const dir = repo({});
    expect(await adviseDockerfile(dir, 'Dockerfile', [])).toEqual([{ level: 'note', message: expect.stringMatching(/not there yet/) }]);
  });
});
