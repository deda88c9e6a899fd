import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPlatform, type Platform } from '../core/platform.js';
import { parseDockerfile, type Stage } from '../dockerfile/parse.js';
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

const GO_BUILD = /\bgo\s+(build|install)\b/;

/** The stage that holds a line, and the stage whose FROM names an image (following FROM <stage>). */
function stageAt(stages: Stage[], line: number): { stage: Stage; root: Stage } | undefined {
  const stage = [...stages].reverse().find((s) => s.line <= line);
  if (!stage) return undefined;
  let root = stage;
  const seen = new Set<number>();
  while (!seen.has(root.index)) {
    seen.add(root.index);
    const base = root.base.toLowerCase();
    const parent = stages.find((s) => s.index < root.index && s.name === base);
    if (!parent) break;
    root = parent;
  }
  return { stage, root };
}

/**
 * The exact edit that moves a compiling stage onto the build platform: `--platform=$BUILDPLATFORM`
 * on its FROM, `ARG TARGETOS TARGETARCH` in the stage, and for Go the GOOS/GOARCH of the build.
 * Returns diff-style lines, or undefined when the stage cannot be found.
 */
export function crossCompileChange(dockerfile: string, runLine: number): string[] | undefined {
  const lines = dockerfile.split(/\r?\n/);
  const df = parseDockerfile(dockerfile);
  const at = stageAt(df.stages, runLine);
  if (!at) return undefined;
  const out: string[] = [];
  const fromText = (s: Stage) => lines[s.line - 1] ?? `FROM ${s.base}`;
  const pin = (text: string) =>
    /--platform=/i.test(text) ? text.replace(/--platform=\S+/i, '--platform=$BUILDPLATFORM') : text.replace(/^(\s*FROM)\s+/i, '$1 --platform=$BUILDPLATFORM ');
  const rootFrom = fromText(at.root);
  out.push(`- ${rootFrom.trim()}`, `+ ${pin(rootFrom).trim()}`);
  if (at.root !== at.stage) out.push(`  ${fromText(at.stage).trim()}`);
  const declared = new Set(at.stage.args.filter((a) => a.line < runLine).map((a) => a.name));
  if (!declared.has('TARGETOS') || !declared.has('TARGETARCH')) out.push('+ ARG TARGETOS TARGETARCH');
  const run = at.stage.runs.find((r) => r.line === runLine);
  const runText = (lines[runLine - 1] ?? '').trim();
  if (run && GO_BUILD.test(run.text)) {
    if (!/\bGOARCH=/.test(run.text)) out.push(`- ${runText}`, `+ ${runText.replace(GO_BUILD, (m) => `CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH ${m}`)}`);
  } else if (run && /\bcargo\s+(build|install)\b/.test(run.text)) {
    out.push(`  ${runText}   # add --target for $TARGETARCH (e.g. aarch64-unknown-linux-gnu) and its linker`);
  } else if (run && /\b(gcc|g\+\+|clang|cc|make|cmake|ninja)\b/.test(run.text)) {
    out.push(`  ${runText}   # with a cross compiler for $TARGETARCH, e.g. CC=aarch64-linux-gnu-gcc (Debian: gcc-aarch64-linux-gnu)`);
  } else if (run) {
    out.push(`  ${runText}   # if its output is not tied to a CPU (JavaScript, Java bytecode), this is all; copy it into the target stage`);
  }
  return out;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref?.();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function adviceFor(f: Finding, text: string): Advice {
  if (f.code === 'image-lookup') return { level: 'note', message: `${f.message.replace(/^line \d+: /, '')}; run gen-ci check where the registry is reachable` };
  if (f.code === 'emulated-compile' && f.line !== undefined) {
    const change = crossCompileChange(text, f.line);
    return { level: f.level, message: f.message, ...(change ? { change } : {}) };
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
