import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';

// The hand-judged corpus of real-world Dockerfiles (bench/preflight-corpus.mjs scores the preflight against it).
// This checks the corpus itself, not the preflight.

interface Expected {
  code: string;
  line: number;
  why: string;
}
interface Entry {
  file: string;
  repository: string;
  path: string;
  commit: string;
  platforms: string[];
  buildkit_builds: boolean;
  expected: Expected[];
  notes?: string;
}

const dir = join(import.meta.dirname, '../../fixtures/dockerfiles/corpus');
const { entries } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Entry[] };
const CODES = ['emulated-compile', 'hardcoded-arch', 'undeclared-platform-arg', 'missing-platform', 'bad-platform', 'unresolved-image', 'no-stage'];

function instructionStarts(text: string): Set<number> {
  return new Set(
    DockerfileParser.parse(text)
      .getInstructions()
      .map((i) => i.getRange().start.line + 1),
  );
}

describe('Dockerfile corpus', () => {
  it('has at least 40 entries, each file once, and no stray files', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    const files = entries.map((e) => e.file);
    expect(new Set(files).size).toBe(files.length);
    const onDisk = readdirSync(dir).filter((f) => f !== 'index.json');
    expect(onDisk.sort()).toEqual([...files].sort());
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s is well-formed', (_name, e) => {
    expect(existsSync(join(dir, e.file))).toBe(true);
    expect(e.repository).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+$/);
    expect(e.path).not.toBe('');
    expect(e.commit).toMatch(/^([0-9a-f]{40}|unknown)$/);
    // <owner>__<repo>__<path with / as __>.Dockerfile
    const name = `${e.repository.replace('/', '__')}__${e.path.replaceAll('/', '__')}`;
    expect(e.file).toBe(name.endsWith('.Dockerfile') ? name : `${name}.Dockerfile`);
    expect(typeof e.buildkit_builds).toBe('boolean');
    expect(e.platforms.length).toBeGreaterThan(0);
    for (const p of e.platforms) expect(p).toMatch(/^(linux|windows)\/[a-z0-9]+(\/v[0-9])?$/);
    if (e.platforms.some((p) => p.startsWith('windows/'))) {
      expect(e.buildkit_builds).toBe(false);
      expect(e.expected).toEqual([]);
    }
    const starts = instructionStarts(readFileSync(join(dir, e.file), 'utf8'));
    for (const f of e.expected) {
      expect(CODES).toContain(f.code);
      expect(f.code).not.toBe('missing-platform'); // judged offline: never expected
      if (e.buildkit_builds) expect(['bad-platform', 'unresolved-image', 'no-stage']).not.toContain(f.code);
      expect(starts.has(f.line), `${e.file}:${f.line} is not the first line of an instruction`).toBe(true);
      expect(f.why.trim()).not.toBe('');
    }
  });

  it('has a mix: files without findings and files with each warning code', () => {
    expect(entries.filter((e) => e.expected.length === 0).length).toBeGreaterThan(5);
    for (const code of ['emulated-compile', 'hardcoded-arch', 'undeclared-platform-arg'])
      expect(entries.some((e) => e.expected.some((f) => f.code === code))).toBe(true);
  });
});
