import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPlatform, type Platform } from '../core/platform.js';
import { fixEmulatedCompile } from '../dockerfile/advice.js';
import { type Finding, preflight } from '../dockerfile/preflight.js';
import type { ImageInfo } from '../registry/inspect.js';

export interface Advice {
  level: 'error' | 'warning' | 'note';
  message: string;
  /** the change to make, as diff-style lines ("- old", "+ new") */
  change?: string[];
}

/** Platforms built on one kind of machine: a native runner builds its own platform, a QEMU job the others. */
export interface BuildLeg {
  build: Platform;
  targets: Platform[];
}

export interface AdviceOptions {
  /** how a base image is looked up (default: the registry client, short timeouts) */
  lookup?: (ref: string) => Promise<ImageInfo>;
  /** give up on the whole check after this long (default 20 s) */
  timeoutMs?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref?.();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** The body lines of a unified diff ("- old", "+ new", "  context"), without its headers. */
function diffLines(diff: string): string[] {
  return diff
    .split('\n')
    .filter((l) => l && !l.startsWith('---') && !l.startsWith('+++') && !l.startsWith('@@'))
    .map((l) => (l[0] === ' ' ? `  ${l.slice(1)}` : `${l[0]} ${l.slice(1)}`));
}

function adviceFor(f: Finding, text: string): Advice {
  if (f.code === 'image-lookup') return { level: 'note', message: `${f.message.replace(/^line \d+: /, '')}; run gen-ci check where the registry is reachable` };
  if (f.code === 'emulated-compile' && f.line !== undefined) {
    // right by construction: a shipped stage is never pinned (dockerfile/advice.ts)
    const fix = fixEmulatedCompile(text, f);
    if (!fix) return { level: f.level, message: f.message };
    const change = fix.diff ? diffLines(fix.diff) : undefined;
    return { level: f.level, message: `${f.message} — ${fix.message}`, ...(change ? { change } : {}) };
  }
  return { level: f.level, message: f.message };
}

/**
 * The Dockerfile preflight (the same checks as `gen-ci check`) over the file init wrote a
 * pipeline for, as advice: missing base platforms, compile stages run under emulation with the
 * exact change to make, platform arguments the shell cannot see. Never throws: a check that cannot
 * run becomes a note.
 */
export async function adviseDockerfile(root: string, file: string, legs: BuildLeg[], opts: AdviceOptions = {}): Promise<Advice[]> {
  const platforms = legs.flatMap((l) => l.targets);
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch {
    return [
      { level: 'note', message: `${file} is not there yet; run gen-ci check --file ${file} --platforms ${platforms.map(formatPlatform).join(',')} once it is` },
    ];
  }
  let close = () => {};
  try {
    let lookup = opts.lookup;
    if (!lookup) {
      // loaded here so that `gen-ci init --no-check` and the prompts never load the registry client
      const { RegistryClient } = await import('../registry/client.js');
      const { inspectImage } = await import('../registry/inspect.js');
      const { parseReference } = await import('../registry/reference.js');
      const client = new RegistryClient({ retries: 0, timeoutMs: 8000 });
      close = () => client.close();
      lookup = (ref) => inspectImage(client, parseReference(ref));
    }
    // each image is looked up once however many legs need it
    const cache = new Map<string, Promise<ImageInfo>>();
    const base = lookup;
    const cached = (ref: string) => {
      const hit = cache.get(ref);
      if (hit) return hit;
      const p = base(ref);
      cache.set(ref, p);
      return p;
    };
    const all = Promise.all(legs.map((l) => preflight({ dockerfile: text, file, platforms: l.targets, buildPlatform: l.build, lookup: cached })));
    const results = await withTimeout(all, opts.timeoutMs ?? 20_000);
    if (results === 'timeout') return [{ level: 'note', message: `the Dockerfile check of ${file} timed out; run gen-ci check --file ${file} later` }];
    const findings = new Map<string, Finding>();
    for (const r of results) for (const f of r.findings) findings.set(`${f.code} ${f.message}`, f);
    const sorted = [...findings.values()].sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
    return sorted.map((f) => adviceFor(f, text));
  } catch (e) {
    return [{ level: 'note', message: `could not check ${file}: ${(e as Error).message}` }];
  } finally {
    close();
  }
}
