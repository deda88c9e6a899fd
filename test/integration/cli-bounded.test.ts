import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDoor } from '../../src/cli/main.js';
import { type BadServer, startSilentServer } from '../support/silent-server.js';
import { cli, RIG, tempDir } from './registry/helpers.js';

function dockerfile(text: string): string {
  const file = join(tempDir('genci-bounded-'), 'Dockerfile');
  writeFileSync(file, text);
  return file;
}

async function timedCli(argv: string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  const t = performance.now();
  const r = await cli(argv);
  return { ...r, ms: performance.now() - t };
}

let silent: BadServer;

beforeAll(async () => {
  silent = await startSilentServer();
  process.env.GENCI_CACHE_DIR = tempDir('genci-cache-');
});

afterAll(async () => {
  await silent?.close();
});

// the bounds below are generous: they tell a bounded wait (the deadline) from the old one
// (60 s idle × 5 attempts), they are no benchmark
describe('gen-ci check / inspect against a registry that never answers', () => {
  it('check --timeout 2: exit 1 with one image-lookup error naming the host, in well under 10 s', async () => {
    const image = `${silent.host}/x/y:1`;
    const file = dockerfile(`FROM ${image}\nCMD ["sh"]\n`);
    const r = await timedCli(['check', '-f', file, '--platforms', 'linux/amd64,linux/arm64', '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(8000);
    expect(r.err).toBe(`error: line 1: cannot look up ${image}: ${silent.host} did not answer within 2 s`);
    expect(r.out).toContain(`${image}: needs linux/amd64, linux/arm64 — lookup failed`);
    expect(r.out).toContain('preflight failed');
    expect(silent.connections()).toBeGreaterThan(0);
  });

  it('check --json reports the image-lookup finding', async () => {
    const file = dockerfile(`FROM ${silent.host}/x/y:1\n`);
    const r = await timedCli(['check', '-f', file, '--platforms', 'linux/amd64', '--timeout', '1', '--json']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(6000);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.findings).toEqual([expect.objectContaining({ level: 'error', code: 'image-lookup', line: 1 })]);
    expect(j.findings[0].message).toContain(`${silent.host} did not answer within 1 s`);
  });

  it('several images time out side by side: the whole check costs one deadline, not one per image', async () => {
    const file = dockerfile(
      `FROM ${silent.host}/a/b:1 AS one\nFROM ${silent.host}/c/d:1 AS two\nFROM ${silent.host}/e/f:1\nCOPY --from=one /x /x\nCOPY --from=two /y /y\n`,
    );
    const r = await timedCli(['check', '-f', file, '--platforms', 'linux/amd64', '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(5000);
    expect(r.err.split('\n').filter((l) => l.includes('did not answer within 2 s'))).toHaveLength(3);
  });

  it('on a terminal, each retry is one line on stderr', async () => {
    const file = dockerfile(`FROM ${silent.host}/x/y:1\n`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDoor(['check', '-f', file, '--platforms', 'linux/amd64', '--timeout', '3'], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      tty: true,
    });
    expect(code).toBe(1);
    const retries = err.filter((l) => l.startsWith('retry '));
    expect(retries.length).toBeGreaterThanOrEqual(1);
    for (const l of retries) expect(l).toMatch(new RegExp(`^retry \\d/4 in [\\d.]+ s: no answer within 1.5 s \\(${silent.host}\\)$`));
    expect(err.at(-1)).toContain('did not answer within 3 s');
  });

  it('not on a terminal (CI logs), no retry lines', async () => {
    const file = dockerfile(`FROM ${silent.host}/x/y:1\n`);
    const r = await cli(['check', '-f', file, '--platforms', 'linux/amd64', '--timeout', '3']);
    expect(r.err).not.toMatch(/^retry /m);
  });

  it('inspect --timeout 2: exit 1, one line, bounded', async () => {
    const r = await timedCli(['inspect', `${silent.host}/x/y:1`, '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(8000);
    expect(r.err).toBe(`gen-ci: ${silent.host} did not answer within 2 s`);
    expect(r.out).toBe('');
  });

  it.each([
    [['check', '--platforms', 'linux/amd64', '--timeout', '0']],
    [['check', '--platforms', 'linux/amd64', '--timeout', 'soon']],
    [['inspect', 'alpine', '--timeout', '-1']],
  ])('%j is bad usage (exit 2)', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--timeout takes a number of seconds/);
  });

  it('--help of both names --timeout; check names --offline', async () => {
    const c = await cli(['check', '--help']);
    expect(c.out).toContain('--offline');
    expect(c.out).toContain('--timeout VALUE');
    expect(c.out).toContain('default 5');
    const i = await cli(['inspect', '--help']);
    expect(i.out).toContain('--timeout VALUE');
    expect(i.out).toContain('default 10');
  });
});

describe('gen-ci check --offline: every static check, no lookup', () => {
  it('a clean file passes (exit 0) and no connection is made, even to a registry that would hang', async () => {
    const before = silent.connections();
    const image = `${silent.host}/base/busybox:latest`;
    const file = dockerfile(`FROM ${image}\nCMD ["sh"]\n`);
    const r = await timedCli(['check', '-f', file, '--platforms', 'linux/amd64,linux/arm64', '--offline', '--timeout', '30']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(3000);
    expect(silent.connections()).toBe(before);
    expect(r.out).toContain(`${image}: needs linux/amd64, linux/arm64 — not looked up (--offline)`);
    expect(r.out).toContain('ready for 2 platform(s)');
  });

  it('the rig base image, offline, is not looked up either (--json)', async () => {
    const file = dockerfile(`FROM ${RIG.base}\nCMD ["sh"]\n`);
    const r = await timedCli(['check', '-f', file, '--platforms', 'linux/amd64', '--offline', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ ok: true, findings: [] });
    expect(j.images).toEqual([{ image: RIG.base, line: 1, needed: ['linux/amd64'], missing: [] }]);
  });

  it('a static error fails (exit 1) offline: a --platform that is no platform', async () => {
    const before = silent.connections();
    const file = dockerfile(`FROM --platform=nonsense/x ${silent.host}/base/busybox:latest\nCMD ["sh"]\n`);
    const r = await timedCli(['check', '-f', file, '--platforms', 'linux/amd64', '--offline']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(3000);
    expect(r.err).toContain('error: line 1: --platform=nonsense/x expands to "nonsense/x", not a platform');
    expect(r.out).toContain('preflight failed');
    expect(silent.connections()).toBe(before);
  });

  it('a warning offline: exit 0, and exit 1 with --strict', async () => {
    const file = dockerfile(`FROM ${silent.host}/base/busybox:latest\nRUN echo $TARGETARCH > /arch\n`);
    const r = await cli(['check', '-f', file, '--platforms', 'linux/amd64,linux/arm64', '--offline', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).toEqual(['undeclared-platform-arg']);
    const strict = await cli(['check', '-f', file, '--platforms', 'linux/amd64,linux/arm64', '--offline', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/^warning: line 2: .*TARGETARCH/m);
  });
});
