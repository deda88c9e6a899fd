import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { normaliseRegistry } from './reference.js';

/** $GENCI_CACHE_DIR, else $XDG_CACHE_HOME/gen-ci, else ~/.cache/gen-ci. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.GENCI_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'gen-ci');
}

const MAX_REPOS_PER_BLOB = 4;
const MAX_BLOBS = 50_000;

/**
 * Where blobs were seen: registry → digest → repositories (most recent first). Lets a copy mount a
 * blob from any repository on the destination registry known to hold it, not just from the source.
 * Optionally persisted as JSON so that later runs benefit too. Entries can be stale; a failed
 * mount costs nothing since the registry then opens the upload session we need anyway.
 */
export class BlobLocations {
  private readonly map = new Map<string, string[]>();
  private dirty = false;

  constructor(readonly file?: string) {}

  private key(registry: string, digest: string): string {
    return `${normaliseRegistry(registry)} ${digest}`;
  }

  add(registry: string, repository: string, digest: string): void {
    const k = this.key(registry, digest);
    const prev = this.map.get(k) ?? [];
    if (prev[0] === repository) return;
    const next = [repository, ...prev.filter((r) => r !== repository)].slice(0, MAX_REPOS_PER_BLOB);
    this.map.delete(k);
    this.map.set(k, next);
    this.dirty = true;
    if (this.map.size > MAX_BLOBS) this.map.delete(this.map.keys().next().value as string);
  }

  find(registry: string, digest: string): string[] {
    return this.map.get(this.key(registry, digest)) ?? [];
  }

  forget(registry: string, repository: string, digest: string): void {
    const k = this.key(registry, digest);
    const prev = this.map.get(k);
    if (prev?.includes(repository)) {
      this.map.set(
        k,
        prev.filter((r) => r !== repository),
      );
      this.dirty = true;
    }
  }

  async load(): Promise<this> {
    if (!this.file) return this;
    try {
      const j = JSON.parse(await readFile(this.file, 'utf8')) as { version: number; entries: [string, string[]][] };
      if (j.version === 1) for (const [k, v] of j.entries) this.map.set(k, v);
    } catch {
      /* missing or unreadable: start empty */
    }
    return this;
  }

  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ version: 1, entries: [...this.map] }));
      await rename(tmp, this.file);
      this.dirty = false;
    } catch {
      /* best effort */
    }
  }
}
