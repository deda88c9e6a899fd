import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionlint } from '../support/actionlint.js';

/**
 * `gen-ci init` driven through its prompts in a real pseudo-terminal: a tmux session (on a
 * socket of its own) runs the CLI from source, keys are sent with send-keys and the screen is
 * read with capture-pane.
 */
const ROOT = resolve(__dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/scaffold/go-app');
const SOCKET = `genci-init-${process.pid}`;
const dirs: string[] = [];

const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genci-pty-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['remote', 'add', 'origin', 'https://github.com/acme/go-app.git'],
  ])
    spawnSync('git', args, { cwd: dir });
  return dir;
}

/** Start the CLI in a detached 100x50 terminal; its exit code lands in DIR/.exit. */
function start(session: string, dir: string, args: string, command = 'init'): void {
  const cmd = `cd ${ROOT} && env TERM=xterm-256color node_modules/.bin/vite-node src/cli/index.ts ${command} ${args}; echo $? > ${dir}/.exit; sleep 60`;
  const r = tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '50', cmd);
  if (r.status !== 0) throw new Error(`tmux: ${r.stderr}`);
}

function screen(session: string): string {
  return tmux('capture-pane', '-p', '-t', session, '-S', '-200').stdout;
}

async function waitFor(session: string, what: RegExp, ms = 60_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen(session);
    if (what.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen:\n${s}`);
    await sleep(150);
  }
}

async function keys(session: string, ...k: string[]): Promise<void> {
  for (const key of k) {
    tmux('send-keys', '-t', session, key);
    await sleep(120);
  }
}

afterAll(() => {
  tmux('kill-server');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('gen-ci init on a terminal', () => {
  it('walks every prompt to written files', async () => {
    const dir = repo();
    const s = 'walk';
    start(s, dir, `--dir ${dir} --skip-check`);
    await waitFor(s, /gen-ci init — github\.com\/acme\/go-app, default branch main/);
    await waitFor(s, /Dockerfile\s*\n.*Dockerfile/);
    await keys(s, 'Enter');
    await waitFor(s, /Build context/);
    await keys(s, 'Enter');
    await waitFor(s, /Which CI\?/);
    // GitHub is preselected (GitHub remote); add GitLab
    await keys(s, 'Down', 'Space', 'Enter');
    await waitFor(s, /Platforms/);
    // amd64 and arm64 are preselected; add linux/arm/v7 (third)
    await keys(s, 'Down', 'Down', 'Space', 'Enter');
    const strategy = await waitFor(s, /Build strategy/);
    // a platform without a hosted runner: qemu is suggested; choose native (QEMU only for that leg)
    expect(strategy).toMatch(/● qemu|◉ qemu|> qemu/);
    await keys(s, 'Up', 'Enter');
    await waitFor(s, /Image \(GitHub workflow\)/);
    await waitFor(s, /ghcr\.io\/acme\/go-app/);
    await keys(s, 'Enter');
    const plan = await waitFor(s, /Write \.github\/workflows\/multi-arch\.yml and \.gitlab-ci\.yml\?/);
    expect(plan).toMatch(/would create +\.github\/workflows\/multi-arch\.yml/);
    await keys(s, 'Enter');
    const done = await waitFor(s, /Done\./);
    expect(done).toMatch(/created +\.gitlab-ci\.yml/);
    expect(done).toMatch(/linux\/arm\/v7 has no hosted runner/);
    await waitFor(s, /./);
    for (let i = 0; i < 50 && !existsSync(join(dir, '.exit')); i++) await sleep(100);
    expect(readFileSync(join(dir, '.exit'), 'utf8').trim()).toBe('0');

    const workflow = readFileSync(join(dir, '.github/workflows/multi-arch.yml'), 'utf8');
    expect(workflow).toMatch(/- platform: linux\/arm\/v7\n {12}runner: ubuntu-24\.04\n/);
    expect(workflow).toMatch(/--platforms linux\/amd64,linux\/arm64,linux\/arm\/v7 --strategy native/);
    expect(await actionlint(workflow)).toEqual([]);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toMatch(/mode: buildx/);
  });

  it('Ctrl-C at a prompt writes nothing', async () => {
    const dir = repo();
    const s = 'cancel';
    start(s, dir, `--dir ${dir} --skip-check`);
    await waitFor(s, /Build context|Dockerfile/);
    await keys(s, 'C-c');
    await waitFor(s, /Nothing was written/);
    for (let i = 0; i < 50 && !existsSync(join(dir, '.exit')); i++) await sleep(100);
    expect(readFileSync(join(dir, '.exit'), 'utf8').trim()).toBe('130');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('bare gen-ci on a terminal starts init', async () => {
    const dir = repo();
    const s = 'bare';
    // no arguments at all: run in the repository itself
    const cmd = `cd ${dir} && env TERM=xterm-256color ${ROOT}/node_modules/.bin/vite-node --root ${ROOT} ${ROOT}/src/cli/index.ts; echo $? > ${dir}/.exit; sleep 60`;
    expect(tmux('new-session', '-d', '-s', s, '-x', '100', '-y', '50', cmd).status).toBe(0);
    await waitFor(s, /gen-ci init — github\.com\/acme\/go-app/);
    await keys(s, 'C-c');
    await waitFor(s, /Nothing was written/);
  });
});
