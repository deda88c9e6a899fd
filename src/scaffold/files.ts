import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../core/errors.js';
import { unifiedDiff } from './diff.js';

export interface GeneratedFile {
  /** relative to the repository root, / separated */
  path: string;
  content: string;
}

/**
 * What happens to one file: create (absent), update (different, --force), unchanged (same
 * content: a second run changes nothing), kept (different and no --force: left alone).
 */
export type FileAction = 'create' | 'update' | 'unchanged' | 'kept';

export interface PlannedFile extends GeneratedFile {
  action: FileAction;
  /** unified diff from what is there to what would be written ('' when unchanged) */
  diff: string;
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Compare each generated file with what the repository holds. Reads only. */
export function planFiles(root: string, files: GeneratedFile[], force: boolean): PlannedFile[] {
  return files.map((f) => {
    const current = readIfThere(join(root, f.path));
    if (current === undefined) return { ...f, action: 'create', diff: unifiedDiff('', f.content, '/dev/null', `b/${f.path}`) };
    if (current === f.content) return { ...f, action: 'unchanged', diff: '' };
    return { ...f, action: force ? 'update' : 'kept', diff: unifiedDiff(current, f.content, `a/${f.path}`, `b/${f.path}`) };
  });
}

/** Write the files the plan creates or updates (atomically: a temporary file renamed over). Returns their paths. */
export function applyPlan(root: string, plan: PlannedFile[]): string[] {
  const written: string[] = [];
  for (const f of plan) {
    if (f.action !== 'create' && f.action !== 'update') continue;
    const target = join(root, f.path);
    try {
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.gen-ci-${process.pid}.tmp`;
      writeFileSync(tmp, f.content);
      renameSync(tmp, target);
    } catch (e) {
      throw new UserError(`cannot write ${f.path}: ${(e as Error).message}`);
    }
    written.push(f.path);
  }
  return written;
}
