import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENTS, renderComponent } from './component.js';

/** templates/<name>.yml for every component. */
export function templateFiles(): Map<string, string> {
  return new Map(COMPONENTS.map((n) => [`${n}.yml`, renderComponent(n)]));
}

/** Files in `dir` that differ from what the generator writes (missing, stale or unexpected). */
export function staleTemplates(dir: string): string[] {
  const want = templateFiles();
  const stale: string[] = [];
  for (const [file, text] of want) {
    const path = join(dir, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
  }
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.yml') && !want.has(f)) stale.push(f);
  return stale;
}

export function writeTemplates(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const changed = staleTemplates(dir);
  for (const [file, text] of templateFiles()) writeFileSync(join(dir, file), text);
  return changed;
}
