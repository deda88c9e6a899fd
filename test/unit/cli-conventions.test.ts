// One command line: the conventions every gen-ci command keeps, checked over every command from one
// table. Every input below fails before any network is touched (no registry, no fake of one).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_FLAGS, parseArgs } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { type OutStream, streamIo } from '../../src/cli/main.js';
import { runCli } from '../support/cli.js';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Row {
  /** a misspelt flag of the command and the flag it must suggest */
  typo: [given: string, suggested: string];
  /** argv that fails before any network; --json is added for the JSON check */
  failing: { argv: string[]; exit: 1 | 2; code: string };
  /** argv naming an input file (or directory) that is not there, and the one line that names it */
  missing: { argv: string[]; line: string } | { none: string };
}

/** The convention table: one row per command (a command missing here fails the first test). */
const TABLE: Record<string, Row> = {
  init: {
    typo: ['--platfrom', '--platforms'],
    failing: { argv: ['init', '--yes', 'extra'], exit: 2, code: 'usage' },
    missing: { argv: ['init', '--yes', '--dir', './nope/repo'], line: 'gen-ci: directory not found: ./nope/repo (--dir)' },
  },
  build: {
    typo: ['--no-verfy', '--no-verify'],
    failing: { argv: ['build', '--platforms', 'linux/sparc', '-t', 'a.example/x:1'], exit: 2, code: 'usage' },
    missing: { argv: ['build', '--buildkitd-config', './nope/buildkitd.toml'], line: 'gen-ci: buildkitd config not found: ./nope/buildkitd.toml' },
  },
  mirror: {
    typo: ['--platfrom', '--platforms'],
    failing: { argv: ['mirror', 'a.example/x', 'b.example/y', '--platforms', 'linux/sparc'], exit: 2, code: 'usage' },
    missing: { argv: ['mirror', '--file', './nope/pairs.txt'], line: 'gen-ci: pairs file not found: ./nope/pairs.txt' },
  },
  merge: {
    typo: ['--keep-attestation', '--keep-attestations'],
    // a bad extra tag is refused before the index is pushed (a.example is never contacted)
    failing: { argv: ['merge', 'a.example/x:1', 'a.example/x:amd64', '-t', 'bad tag'], exit: 2, code: 'usage' },
    missing: { argv: ['merge', '--spec', './nope/spec.yaml'], line: 'gen-ci: merge spec not found: ./nope/spec.yaml' },
  },
  tags: {
    typo: ['--imags', '--images'],
    failing: { argv: ['tags', '--latest', 'maybe'], exit: 2, code: 'usage' },
    missing: { argv: ['tags', '--dir', './nope/repo'], line: 'gen-ci: directory not found: ./nope/repo (--dir)' },
  },
  inspect: {
    typo: ['--platfrom', '--platforms'],
    failing: { argv: ['inspect', 'a.example/X'], exit: 2, code: 'usage' },
    missing: { argv: ['inspect', 'a.example/x', '--config', './nope/docker'], line: 'gen-ci: docker config directory not found: ./nope/docker' },
  },
  check: {
    typo: ['--platfrom', '--platforms'],
    failing: { argv: ['check', '--file', 'Dockerfile'], exit: 2, code: 'usage' },
    missing: { argv: ['check', '-f', './nope/Dockerfile', '--platforms', 'linux/amd64'], line: 'gen-ci: Dockerfile not found: ./nope/Dockerfile' },
  },
  sign: {
    typo: ['--keyles', '--keyless'],
    // neither --key nor --keyless: refused before the registry or cosign is asked anything
    failing: { argv: ['sign', 'a.example/x:1'], exit: 2, code: 'usage' },
    missing: { argv: ['sign', 'a.example/x:1', '--key', './nope/cosign.key'], line: 'gen-ci: cosign key not found: ./nope/cosign.key' },
  },
  'verify-signature': {
    typo: ['--insecure-ignore-tlg', '--insecure-ignore-tlog'],
    failing: { argv: ['verify-signature', 'a.example/x', '--certificate-identity', 'me@example.com'], exit: 2, code: 'usage' },
    missing: { argv: ['verify-signature', 'a.example/x', '--key', './nope/cosign.pub'], line: 'gen-ci: public key not found: ./nope/cosign.pub' },
  },
  gitlab: {
    typo: ['--platfrom', '--platforms'],
    failing: { argv: ['gitlab', '--mode', 'podman'], exit: 2, code: 'usage' },
    missing: { none: 'reads no input file (--file names the Dockerfile the CI job builds, later, elsewhere)' },
  },
};

const rows = COMMANDS.map((c) => [c.name, TABLE[c.name] as Row, c] as const);

/** The real executable, its stdout piped into a reader that has already gone away. */
function spawnClosedStdout(argv: string[]): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/vite-node'), [join(ROOT, 'src/cli/index.ts'), ...argv], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    // close our end at once: every write of the CLI to stdout meets EPIPE
    child.stdout.destroy();
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

describe('gen-ci command-line conventions, every command', () => {
  it('the table covers every command', () => {
    expect(Object.keys(TABLE).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  describe.each(rows)('gen-ci %s', (name, row, entry) => {
    it('--help exits 0, names every flag (short forms and aliases too), the JSON shape and the exit codes', async () => {
      const cmd = await entry.load();
      const r = await runCli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      for (const f of [...cmd.flags, ...COMMON_FLAGS]) {
        expect(r.out).toContain(`--${f.name}`);
        if (f.short) expect(r.out).toContain(`-${f.short}, --${f.name}`);
        for (const a of f.aliases ?? []) expect(r.out).toContain(`alias --${a}`);
      }
      expect(cmd.json.length).toBeGreaterThan(0);
      expect(r.out).toContain('JSON (--json): one object on stdout; on success {"ok": true, …} with:');
      for (const line of cmd.json) expect(r.out).toContain(line);
      expect(r.out).toContain('Exit codes: 0 ok; 1 the operation failed; 2 bad usage, or an input file that is missing or unreadable.');
      expect(r.out).toContain('{"ok": false, "error": {"code":');
      // `gen-ci help NAME` says the same
      expect((await runCli(['help', name])).out).toBe(r.out);
    });

    it('platforms are --platforms, with --platform accepted as an alias', async () => {
      const cmd = await entry.load();
      const p = cmd.flags.find((f) => f.name === 'platforms');
      if (name === 'merge' || name === 'tags' || name === 'sign' || name === 'verify-signature') {
        // merge takes platforms in its sources (SRC@linux/arm64), not as a flag; tags has no platforms;
        // sign and verify-signature always cover the index and every platform
        expect(p).toBeUndefined();
        return;
      }
      expect(p?.aliases).toEqual(['platform']);
      const parsed = parseArgs(['--platform', 'linux/arm64'], cmd.flags);
      expect(parsed.flags.platforms).toEqual(p?.type === 'list' ? ['linux/arm64'] : 'linux/arm64');
    });

    it('an unknown flag is exit 2 with the nearest valid one', async () => {
      const [given, suggested] = row.typo;
      const r = await runCli([name, given]);
      expect(r).toEqual({ code: 2, out: '', err: `gen-ci: unknown option ${given}; did you mean ${suggested}?` });
      const far = await runCli([name, '--zzzzzz']);
      expect(far).toEqual({ code: 2, out: '', err: 'gen-ci: unknown option --zzzzzz' });
    });

    it('--json on a failure prints one {"ok": false, "error": {code, message}} object, with the exit code as usual', async () => {
      const { argv, exit, code } = row.failing;
      const plain = await runCli(argv);
      expect(plain.code).toBe(exit);
      expect(plain.out).toBe('');
      const r = await runCli([...argv, '--json']);
      expect(r.code).toBe(exit);
      expect(r.err).toBe(plain.err);
      expect(r.err.split('\n')).toHaveLength(1);
      const j = JSON.parse(r.out); // the whole of stdout is one JSON value
      expect(j).toEqual({ ok: false, error: { code, message: r.err.replace(/^gen-ci: /, '') } });
      // an unknown flag too: --json is honoured before the flags are parsed
      const u = await runCli([...argv, '--json', row.typo[0]]);
      expect(u.code).toBe(2);
      expect(JSON.parse(u.out)).toEqual({ ok: false, error: { code: 'usage', message: expect.stringContaining(`unknown option ${row.typo[0]}`) } });
    });

    it('a missing input file is exit 2 with one line naming it (never "unexpected error: ENOENT")', async () => {
      if ('none' in row.missing) {
        // it reads no input file: a path that does not exist is only written into the pipeline
        const r = await runCli([name, '--mode', 'buildx', '--file', './nope/Dockerfile']);
        expect(r.code, r.err).toBe(0);
        expect(r.out).toContain('./nope/Dockerfile');
        return;
      }
      const r = await runCli(row.missing.argv);
      expect(r).toEqual({ code: 2, out: '', err: row.missing.line });
      const j = await runCli([...row.missing.argv, '--json']);
      expect(j.code).toBe(2);
      expect(JSON.parse(j.out)).toEqual({ ok: false, error: { code: 'not-found', message: row.missing.line.replace(/^gen-ci: /, '') } });
    });

    it('a closed stdout (EPIPE) ends quietly: no stack trace, its normal exit code', { timeout: 60_000 }, async () => {
      const [help, failing] = await Promise.all([spawnClosedStdout([name, '--help']), spawnClosedStdout([...row.failing.argv, '--json'])]);
      expect(help).toEqual({ code: 0, signal: null, err: '' });
      expect(failing.code).toBe(row.failing.exit);
      expect(failing.err).not.toMatch(/EPIPE|\n\s+at |Error:/);
      expect(failing.err.trim().split('\n')).toHaveLength(1);
      expect(failing.err).toMatch(/^gen-ci: /);
    });
  });
});

describe('gen-ci itself', () => {
  it('an option before a command is an unknown option, not an unknown command', async () => {
    expect(await runCli(['--nope'])).toEqual({ code: 2, out: '', err: 'gen-ci: unknown option --nope' });
    expect(await runCli(['--verison'])).toEqual({ code: 2, out: '', err: 'gen-ci: unknown option --verison; did you mean --version?' });
    expect(await runCli(['--platforms', 'x'])).toEqual({ code: 2, out: '', err: 'gen-ci: unknown option --platforms' });
    const j = await runCli(['--json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out)).toEqual({ ok: false, error: { code: 'usage', message: 'option --json goes after a command: gen-ci <command> --json' } });
  });

  it('an unknown command suggests the nearest', async () => {
    expect(await runCli(['mirorr'])).toEqual({
      code: 2,
      out: '',
      err: 'gen-ci: unknown command "mirorr"; did you mean mirror? run gen-ci --help for the list',
    });
    expect((await runCli(['help', 'chek'])).err).toBe('gen-ci: unknown command "chek"; did you mean check? run gen-ci --help for the list');
    expect((await runCli(['frobnicate'])).err).toBe('gen-ci: unknown command "frobnicate"; run gen-ci --help for the list');
  });

  it('--help states the exit codes and the --json failure object', async () => {
    const r = await runCli(['--help']);
    expect(r.out).toContain('Exit codes: 0 ok; 1 the operation failed; 2 bad usage, or an input file that is missing or unreadable.');
    expect(r.out).toContain('{"ok": false, "error": {"code":');
  });

  it('the exit code 1 (the operation failed) also answers --json with ok false', async () => {
    // gitlab --out onto a file it did not write: left alone, exit 1, code "exists"
    const dir = mkdtempSync(join(tmpdir(), 'genci-conv-'));
    const file = join(dir, '.gitlab-ci.yml');
    writeFileSync(file, 'hand: written\n');
    const r = await runCli(['gitlab', '--mode', 'buildx', '--out', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, action: 'kept', out: file, error: { code: 'exists' } });
  });

  it('streamIo: after EPIPE the stream takes no more lines and nothing is thrown; other errors still are', () => {
    const fake = () => {
      const written: string[] = [];
      let onError: ((e: NodeJS.ErrnoException) => void) | undefined;
      const s: OutStream & { written: string[]; fail(code: string): void } = {
        written,
        write: (c: string) => written.push(c),
        on: (_e: 'error', l: (e: NodeJS.ErrnoException) => void) => {
          onError = l;
        },
        fail: (code: string) => onError?.(Object.assign(new Error(`write ${code}`), { code })),
      };
      return s;
    };
    const out = fake();
    const err = fake();
    const io = streamIo(out, err, false);
    io.out('one');
    out.fail('EPIPE');
    io.out('two');
    io.err('still here');
    expect(out.written).toEqual(['one\n']);
    expect(err.written).toEqual(['still here\n']);
    expect(() => err.fail('EIO')).toThrow('write EIO');
  });
});
