import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../src/action/runner.js';
import { parseFileCommands } from '../e2e/runner.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

function stdout(fn: () => void): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  fn();
  vi.restoreAllMocks();
  return out;
}

describe('runner protocol', () => {
  it('reads inputs as the runner names them', () => {
    process.env['INPUT_BUILD-ARGS'] = '  A=1\n';
    expect(runner.getInput('build-args')).toBe('A=1');
    expect(runner.getInput('unset-input')).toBe('');
  });

  it('writes outputs and state as heredoc file commands, multi-line values intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-'));
    process.env.GITHUB_OUTPUT = join(dir, 'out');
    process.env.GITHUB_STATE = join(dir, 'state');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    writeFileSync(process.env.GITHUB_STATE, '');
    runner.setOutput('metadata', '{\n  "a": 1\n}');
    runner.setOutput('digest', 'sha256:ab');
    runner.saveState('temp-dir', '/tmp/x');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({ metadata: '{\n  "a": 1\n}', digest: 'sha256:ab' });
    expect(parseFileCommands(readFileSync(process.env.GITHUB_STATE, 'utf8'))).toEqual({ 'temp-dir': '/tmp/x' });
    process.env['STATE_temp-dir'] = '/tmp/x';
    expect(runner.getState('temp-dir')).toBe('/tmp/x');
  });

  it('escapes command data so a value cannot inject another command', () => {
    expect(stdout(() => runner.setSecret('p%w\n::error::x'))).toBe('::add-mask::p%25w%0A::error::x\n');
    expect(stdout(() => runner.setFailed('bad\ninput'))).toBe('::error::bad%0Ainput\n');
    expect(process.exitCode).toBe(1);
    expect(stdout(() => runner.setSecret(''))).toBe('');
  });

  it('annotations: file, line and title as command properties, escaped as the runner reads them', () => {
    expect(stdout(() => runner.warning('uses $TARGETARCH', { file: 'docker/Dockerfile', line: 7, title: 'undeclared-platform-arg' }))).toBe(
      '::warning file=docker/Dockerfile,line=7,title=undeclared-platform-arg::uses $TARGETARCH\n',
    );
    expect(stdout(() => runner.annotateError('no arm64', { file: 'a,b:c', line: 1, title: 'missing-platform' }))).toBe(
      '::error file=a%2Cb%3Ac,line=1,title=missing-platform::no arm64\n',
    );
    expect(stdout(() => runner.warning('plain'))).toBe('::warning::plain\n');
  });

  it('groups and summary', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += chunk.toString();
      return true;
    });
    await runner.group('Build', async () => runner.info('hi'));
    vi.restoreAllMocks();
    expect(out).toBe('::group::Build\nhi\n::endgroup::\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(runner.writeSummary('# x')).toBe(false);
    const f = join(mkdtempSync(join(tmpdir(), 'sum-')), 's.md');
    process.env.GITHUB_STEP_SUMMARY = f;
    expect(runner.writeSummary('# x')).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe('# x\n');
  });
});
