// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not template literals
import { describe, expect, it } from 'vitest';
import { expandVars, parseDockerfile } from '../../../src/dockerfile/parse.js';

describe('expandVars', () => {
  const vars = { A: 'x', EMPTY: '', TARGETARCH: 'arm64' };
  it.each([
    ['$A', 'x'],
    ['${A}', 'x'],
    ['pre-${A}-post', 'pre-x-post'],
    ['${MISSING}', ''],
    ['${MISSING:-dflt}', 'dflt'],
    ['${EMPTY:-dflt}', 'dflt'],
    ['${EMPTY-dflt}', ''],
    ['${MISSING-dflt}', 'dflt'],
    ['${A:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${MISSING:-${A}}', 'x'],
    ['\\$A', '$A'],
    ['golang:1.22-${TARGETARCH}', 'golang:1.22-arm64'],
  ])('%s → %s', (s, want) => {
    expect(expandVars(s, vars)).toBe(want);
  });
});

describe('parseDockerfile', () => {
  it('reads all flags, not only a lone one (dockerfile-ast quirk)', () => {
    const df = parseDockerfile(
      'ARG A=1 B="two"\nFROM --platform=$BUILDPLATFORM golang AS Build\nFROM x\nCOPY --from=build --chmod=755 /a /b\nADD --checksum=sha256:00 https://e.com/x-amd64.tgz /x\nRUN --mount=type=cache,target=/c --mount=type=bind,from=build,target=/s make\nRUN ["echo", "$TARGETARCH"]\n',
    );
    expect(df.globalArgs).toEqual([
      { name: 'A', value: '1', line: 1 },
      { name: 'B', value: 'two', line: 1 },
    ]);
    expect(df.stages[0]).toMatchObject({ name: 'build', platform: '$BUILDPLATFORM', base: 'golang', line: 2 });
    expect(df.stages[1]?.copyFrom).toEqual([{ line: 4, from: 'build', sources: ['/a'] }]);
    expect(df.stages[1]?.addUrls).toEqual([{ line: 5, url: 'https://e.com/x-amd64.tgz' }]);
    expect(df.stages[1]?.runs.map((r) => [r.line, r.execForm, r.mountFrom])).toEqual([
      [6, false, ['build']],
      [7, true, []],
    ]);
  });

  it('includes heredoc bodies and joins continuations in RUN text', () => {
    const df = parseDockerfile('FROM x\nRUN <<EOF\necho $TARGETARCH\nEOF\nRUN a \\\n  && b\n');
    expect(df.stages[0]?.runs[0]?.text).toContain('echo $TARGETARCH');
    expect(df.stages[0]?.runs[1]?.text).toMatch(/a\s+&& b/);
  });
});

describe('runScript', () => {
  it('a bare heredoc RUN runs its body; a command with a heredoc stays as written', async () => {
    const { runScript } = await import('../../../src/dockerfile/parse.js');
    expect(runScript('<<EOF\n  go mod download\n  go build -o /out ./...\nEOF')).toBe('  go mod download\n  go build -o /out ./...');
    expect(runScript("<<-'END'\n\tmake\nEND")).toBe('make');
    expect(runScript('python3 <<EOF\nprint(1)\nEOF')).toBe('python3 <<EOF\nprint(1)\nEOF');
  });
});
