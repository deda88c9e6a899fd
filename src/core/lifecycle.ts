import { existsSync, rmSync } from 'node:fs';
import { removeBuilderArgs } from './builder.js';
import { lastErrorLine, run } from './exec.js';

/** Something a run creates and its cleanup removes. */
export type Resource =
  | { kind: 'builder'; name: string }
  /** a container the run started (a native-nodes builder's local BuildKit node) */
  | { kind: 'container'; name: string }
  /** a file or directory (removed recursively) */
  | { kind: 'path'; path: string };

/**
 * Every resource a run creates is recorded here *before* it is created, so that a step that
 * fails halfway (a `buildx create --bootstrap` that could not pull its image, a killed job)
 * still leaves a record for the cleanup. `persist` is told the whole list after each change
 * (the action saves it to GITHUB_STATE; the last save wins).
 */
export class Lifecycle {
  readonly resources: Resource[] = [];
  constructor(private readonly persist: (resources: Resource[]) => void = () => {}) {}

  record(r: Resource): void {
    if (this.resources.some((x) => sameResource(x, r))) return;
    this.resources.push(r);
    this.persist([...this.resources]);
  }

  builder(name: string): string {
    this.record({ kind: 'builder', name });
    return name;
  }

  container(name: string): string {
    this.record({ kind: 'container', name });
    return name;
  }

  path(path: string): string {
    this.record({ kind: 'path', path });
    return path;
  }
}

function sameResource(a: Resource, b: Resource): boolean {
  if (a.kind === 'path') return b.kind === 'path' && a.path === b.path;
  return b.kind === a.kind && b.name === a.name;
}

export function serialiseResources(resources: Resource[]): string {
  return JSON.stringify(resources);
}

/** The recorded list, as saved; anything unreadable is no resource (pure). */
export function parseResources(saved: string): Resource[] {
  if (!saved.trim()) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(saved);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (r): r is Resource =>
      typeof r === 'object' &&
      r !== null &&
      (((r.kind === 'builder' || r.kind === 'container') && typeof r.name === 'string' && r.name !== '') || (r.kind === 'path' && typeof r.path === 'string' && r.path.startsWith('/'))),
  );
}

export interface CleanupReport {
  removed: string[];
  /** one line each; a cleanup failure never fails the job */
  warnings: string[];
}

/**
 * Remove each recorded resource that still exists, newest first (a builder before the config
 * directory it was created with). Nothing here throws.
 */
export async function cleanup(resources: Resource[], env: Record<string, string> = {}): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], warnings: [] };
  for (const r of [...resources].reverse()) {
    if (r.kind === 'builder') {
      // one call, not inspect + rm: buildx says when the builder does not exist (never created)
      const res = await run('docker', removeBuilderArgs(r.name), { silent: true, env });
      if (res.exitCode === 0) report.removed.push(`builder ${r.name}`);
      else if (!builderAbsent(res.stderr, r.name)) report.warnings.push(`could not remove builder ${r.name}: ${lastErrorLine(res.stderr) || `exit ${res.exitCode}`}`);
    } else if (r.kind === 'container') {
      const res = await run('docker', ['rm', '--force', '--volumes', r.name], { silent: true, env });
      if (res.exitCode === 0) report.removed.push(`container ${r.name}`);
      else if (!/No such container/i.test(res.stderr)) report.warnings.push(`could not remove container ${r.name}: ${lastErrorLine(res.stderr) || `exit ${res.exitCode}`}`);
    } else {
      if (!existsSync(r.path)) continue;
      try {
        rmSync(r.path, { recursive: true, force: true });
        report.removed.push(r.path);
      } catch (err) {
        report.warnings.push(`could not remove ${r.path}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  }
  return report;
}

/** `buildx rm` of a builder that does not exist: `failed to remove NAME: no builder "NAME" found` (pure). */
export function builderAbsent(stderr: string, name: string): boolean {
  return stderr.includes(`no builder "${name}" found`);
}
