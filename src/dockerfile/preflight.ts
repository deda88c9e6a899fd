import { readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { formatPlatform, nativePlatforms, normalise, type Platform, parsePlatform, samePlatform } from '../core/platform.js';
import type { RegistryClient } from '../registry/client.js';
import { findPlatform, type ImageInfo, inspectImage } from '../registry/inspect.js';
import { formatReference, parseReference } from '../registry/reference.js';
import { expandVars, expandWord, type ParsedDockerfile, PLATFORM_ARGS, parseDockerfile, type Stage } from './parse.js';
import { archFindings, argArchFindings, compileFinding, platformVarsRead, type StageContext } from './run-checks.js';

export interface Finding {
  level: 'error' | 'warning';
  /** stable identifier: missing-platform, single-platform-base, image-lookup, emulated-compile, undeclared-platform-arg, hardcoded-arch, platform-fallback, unresolved-image, bad-platform, no-stage */
  code: string;
  /** 1-based line in the Dockerfile */
  line?: number;
  message: string;
}

export interface ImageNeed {
  /** canonical reference */
  image: string;
  /** first line it is used on */
  line: number;
  /** platforms the build pulls it for */
  needed: string[];
  /** platforms it has (undefined when the lookup failed) */
  available?: string[];
  missing: string[];
}

export interface PreflightResult {
  ok: boolean;
  images: ImageNeed[];
  findings: Finding[];
}

export interface PreflightOptions {
  /** Dockerfile text */
  dockerfile: string;
  /** its name in messages */
  file?: string;
  /** target platforms of the build */
  platforms: Platform[];
  /** --build-arg values */
  buildArgs?: Record<string, string>;
  /** the platform the builder runs on (default: this machine's) */
  buildPlatform?: Platform;
  /** --target stage (default: the last one) */
  target?: string;
  /** how an image is looked up; default inspectImage through `client` */
  lookup?: (ref: string) => Promise<ImageInfo>;
  client?: RegistryClient;
  /** static checks only: no image is looked up (air-gapped CI) */
  offline?: boolean;
}

const PLATFORM_ARG_USE = new RegExp(`\\$\\{?(${PLATFORM_ARGS.join('|')})\\b`, 'g');

function platformVars(target: Platform, build: Platform): Record<string, string> {
  const t = normalise(target);
  const b = normalise(build);
  return {
    TARGETPLATFORM: formatPlatform(t),
    TARGETOS: t.os,
    TARGETARCH: t.architecture,
    TARGETVARIANT: t.variant ?? '',
    BUILDPLATFORM: formatPlatform(b),
    BUILDOS: b.os,
    BUILDARCH: b.architecture,
    BUILDVARIANT: b.variant ?? '',
  };
}

/** Global scope for one target platform: automatic platform args, then global ARGs (build args override their defaults). */
function globalScope(df: ParsedDockerfile, target: Platform, build: Platform, buildArgs: Record<string, string>): Record<string, string> {
  const vars: Record<string, string> = platformVars(target, build);
  for (const a of df.globalArgs) {
    if (a.name in buildArgs) vars[a.name] = buildArgs[a.name] as string;
    else if (a.value !== undefined) vars[a.name] = expandVars(a.value, vars);
    else if (!(a.name in vars)) vars[a.name] = '';
  }
  return vars;
}

interface Resolved {
  stage: Stage;
  platform: Platform;
  /** pinned to the build platform by --platform=$BUILDPLATFORM (or a literal equal to it) */
  pinned: boolean;
  parent?: number;
  image?: string;
}

function stageIndex(stages: Stage[], name: string, before: number): number | undefined {
  const n = name.toLowerCase();
  if (/^\d+$/.test(n)) {
    const i = Number(n);
    return i < before ? i : undefined;
  }
  const i = stages.findIndex((s, k) => k < before && s.name === n);
  return i >= 0 ? i : undefined;
}

function describe(s: Stage): string {
  return s.name ? `stage "${s.name}"` : `stage ${s.index}`;
}

type Needs = Map<string, { line: number; platforms: Platform[] }>;

/** What building the target for each platform touches: the images pulled (with their platforms), and per stage its platforms. */
interface Walk {
  needs: Needs;
  /** per stage: the target platforms it is built for (not pinned to the build platform) */
  builtFor: Map<number, Platform[]>;
  /** per stage: the platforms it runs under QEMU on the build machine */
  emulatedFor: Map<number, Platform[]>;
  /** the stages the target depends on, for any platform */
  reachable: Set<number>;
}

/** The stage a build stops at: --target, else the last. */
function targetStage(df: ReturnType<typeof parseDockerfile>, opts: PreflightOptions): number {
  if (!opts.target) return df.stages.length - 1;
  const i = stageIndex(df.stages, opts.target, df.stages.length);
  if (i === undefined) throw new UserError(`${opts.file ?? 'Dockerfile'} has no stage named "${opts.target}"`);
  return i;
}

/** Each stage's FROM for one target platform: ARG substitution, stage references, --platform flags. */
function resolveStages(df: ReturnType<typeof parseDockerfile>, vars: ReturnType<typeof globalScope>, target: Platform, build: Platform, findings: Finding[]): Resolved[] {
  const resolved: Resolved[] = [];
  for (const s of df.stages) {
    const base = expandWord(s.base, vars);
    const parent = stageIndex(df.stages, base, s.index);
    let platform: Platform = target;
    let pinned = false;
    if (s.platform) {
      const raw = expandWord(s.platform, vars);
      try {
        platform = parsePlatform(raw);
      } catch {
        findings.push({
          level: 'error',
          code: 'bad-platform',
          line: s.line,
          message: `line ${s.line}: --platform=${s.platform} expands to "${raw}", not a platform`,
        });
      }
      pinned = /\$\{?BUILDPLATFORM\b/.test(s.platform) || samePlatform(platform, build);
    } else if (parent !== undefined) {
      platform = resolved[parent]?.platform ?? target;
      pinned = resolved[parent]?.pinned ?? false;
    }
    resolved.push({ stage: s, platform, pinned, ...(parent !== undefined ? { parent } : {}), ...(parent === undefined ? { image: base } : {}) });
  }
  return resolved;
}

/** For every target platform, walk the stages the target depends on (FROM, COPY --from, RUN --mount from=). */
function walkBuild(df: ReturnType<typeof parseDockerfile>, opts: PreflightOptions, build: Platform, buildArgs: Record<string, string>, targetIdx: number, findings: Finding[]): Walk {
  const w: Walk = { needs: new Map(), builtFor: new Map(), emulatedFor: new Map(), reachable: new Set() };
  const need = (image: string, line: number, p: Platform) => {
    let ref: string;
    try {
      ref = formatReference(parseReference(image));
    } catch (e) {
      findings.push({ level: 'error', code: 'unresolved-image', line, message: `line ${line}: ${(e as Error).message}` });
      return;
    }
    const n = w.needs.get(ref) ?? { line, platforms: [] };
    if (!n.platforms.some((x) => samePlatform(x, p))) n.platforms.push(p);
    w.needs.set(ref, n);
  };
  for (const target of opts.platforms) {
    const vars = globalScope(df, target, build, buildArgs);
    const resolved = resolveStages(df, vars, target, build, findings);
    // only the stages the target depends on are built
    const stack = [targetIdx];
    const seen = new Set<number>();
    while (stack.length) {
      const i = stack.pop() as number;
      if (seen.has(i)) continue;
      seen.add(i);
      const r = resolved[i] as Resolved;
      if (r.parent !== undefined) stack.push(r.parent);
      else if (r.image && r.image.toLowerCase() !== 'scratch') need(r.image, r.stage.line, r.platform);
      else if (!r.image)
        findings.push({
          level: 'error',
          code: 'unresolved-image',
          line: r.stage.line,
          message: `line ${r.stage.line}: FROM ${r.stage.base} expands to nothing; pass --build-arg`,
        });
      const refs = [
        ...r.stage.copyFrom.map((c) => ({ line: c.line, from: c.from })),
        ...r.stage.runs.flatMap((x) => x.mountFrom.map((from) => ({ line: x.line, from }))),
      ];
      for (const c of refs) {
        const v = expandWord(c.from, vars);
        const si = stageIndex(df.stages, v, i);
        if (si !== undefined) stack.push(si);
        else if (v && v.toLowerCase() !== 'scratch') need(v, c.line, r.platform);
      }
      const add = (m: Map<number, Platform[]>, p: Platform) => {
        const list = m.get(i) ?? [];
        if (!list.some((x) => samePlatform(x, p))) list.push(p);
        m.set(i, list);
      };
      if (!r.pinned) add(w.builtFor, r.platform);
      // a Linux platform the build machine does not run natively runs under QEMU; other OSes do not run at all here
      if (!r.pinned && r.platform.os === 'linux' && !samePlatform(r.platform, build) && !nativeOn(build).some((n) => samePlatform(n, r.platform))) add(w.emulatedFor, r.platform);
    }
    for (const i of seen) w.reachable.add(i);
  }
  return w;
}

/** The warnings of each stage the build reaches: compiles under emulation, hard-coded architectures, platform ARGs used undeclared. */
async function stageFindings(df: ReturnType<typeof parseDockerfile>, w: Walk, build: Platform, buildArgs: Record<string, string>, targetIdx: number): Promise<Finding[]> {
  const findings: Finding[] = [];
  const shippedChain = new Set(stageChain(df, targetIdx).map((x) => x.index));
  for (const i of [...w.reachable].sort((a, b) => a - b)) {
    const s = df.stages[i] as Stage;
    const ctx: StageContext = {
      stage: s,
      label: describe(s),
      builtFor: w.builtFor.get(i) ?? [],
      emulated: w.emulatedFor.get(i) ?? [],
      varsAt: (line, target) => stageVars(df, i, line, target, build, buildArgs),
      shipped: shippedChain.has(i),
    };
    const compile = await compileFinding(ctx);
    if (compile) findings.push(compile);
    if (ctx.builtFor.length > 1 || ctx.builtFor.some((p) => normalise(p).architecture !== normalise(build).architecture)) findings.push(...(await archFindings(ctx)));
    findings.push(...(await undeclaredArgFindings(df, s, i, ctx, build)));
  }
  return findings;
}

/**
 * $TARGETARCH and friends used where the stage declares no ARG for them: in scope in a stage are
 * ENV along its FROM <stage> chain, ARGs of the stages it derives from (BuildKit carries them into
 * a stage based on another), and its own ARGs above the line.
 */
async function undeclaredArgFindings(df: ReturnType<typeof parseDockerfile>, s: Stage, i: number, ctx: StageContext, build: Platform): Promise<Finding[]> {
  const findings: Finding[] = [];
  const chain = stageChain(df, i);
  const declared = new Set<string>();
  for (const c of chain) for (const e of c.envs) declared.add(e.name);
  for (const c of chain.slice(1)) for (const a of c.args) declared.add(a.name);
  const inScope = (line: number) => new Set([...declared, ...s.args.filter((a) => a.line < line).map((a) => a.name)]);
  const undeclared = (line: number, names: Iterable<string>, what: string, how: string) => {
    const args = inScope(line);
    for (const name of new Set(names)) {
      if (args.has(name)) continue;
      findings.push({
        level: 'warning',
        code: 'undeclared-platform-arg',
        line,
        message: `line ${line}: ${what} uses $${name} but ${describe(s)} has no "ARG ${name}", so ${how} it empty; add ARG ${name} after the FROM`,
      });
    }
  };
  const named = (text: string) => [...text.matchAll(PLATFORM_ARG_USE)].map((m) => m[1] as string);
  for (const x of s.expanded) undeclared(x.line, named(x.text), x.keyword, 'BuildKit expands');
  for (const run of s.runs) {
    if (run.execForm) continue;
    const args = inScope(run.line);
    // only a name that is not in scope needs the parser: does the shell really read it (not in '…')?
    if (!named(run.text).some((n) => !args.has(n))) continue;
    undeclared(run.line, await platformVarsRead(run.text, ctx.builtFor[0] ?? build), 'RUN', 'the shell sees');
  }
  return findings;
}

/** Look every needed image up once, in parallel (offline: none), and say which lacks which platform. */
async function lookupImages(needs: Needs, opts: PreflightOptions, findings: Finding[]): Promise<ImageNeed[]> {
  const lookup = opts.lookup ?? ((ref: string) => inspectImage(opts.client as RegistryClient, parseReference(ref)));
  if (!opts.offline && !opts.lookup && !opts.client) throw new Error('preflight needs a client or a lookup');
  return opts.offline
    ? [...needs]
        .sort((a, b) => a[1].line - b[1].line)
        .map(([image, n]): ImageNeed => ({ image, line: n.line, needed: n.platforms.map(formatPlatform), missing: [] }))
    : await Promise.all(
        [...needs]
          .sort((a, b) => a[1].line - b[1].line)
          .map(async ([image, n]): Promise<ImageNeed> => {
            const needed = n.platforms.map(formatPlatform);
            let info: ImageInfo;
            try {
              info = await lookup(image);
            } catch (e) {
              findings.push({
                level: 'error',
                code: 'image-lookup',
                line: n.line,
                message: `line ${n.line}: cannot look up ${image}: ${(e as Error).message}`,
              });
              return { image, line: n.line, needed, missing: [] };
            }
            const available = info.platforms.map((p) => p.platform);
            const missing: string[] = [];
            for (const p of n.platforms) {
              const m = findPlatform(info, p);
              if (!m) missing.push(formatPlatform(p));
              else if (!m.exact && m.entry.variant)
                findings.push({
                  level: 'warning',
                  code: 'platform-fallback',
                  line: n.line,
                  message: `line ${n.line}: ${image} has no ${formatPlatform(p)}; the build will use its ${m.entry.platform} manifest`,
                });
            }
            if (missing.length && !info.index) {
              // BuildKit does not refuse a single-platform image as the base of another platform: it
              // uses it, so the stage's binaries are the image's platform whatever the target says
              findings.push({
                level: 'warning',
                code: 'single-platform-base',
                line: n.line,
                message: `line ${n.line}: ${image} is a single-platform image for ${available.join(', ') || 'an undeclared platform'}; BuildKit uses it for ${missing.join(', ')} too, so that stage holds ${available.join(', ') || 'its'} binaries there — use a multi-platform base`,
              });
              return { image, line: n.line, needed, available, missing: [] };
            }
            if (missing.length)
              findings.push({
                level: 'error',
                code: 'missing-platform',
                line: n.line,
                message: `line ${n.line}: ${image} has no ${missing.join(', ')}; it has ${available.join(', ') || 'no runnable platform'}`,
              });
            return { image, line: n.line, needed, available, missing };
          }),
      );
}

/** `# check=skip=code,Other` (BuildKit's check directive) silences those codes, `all` every one; each finding once, errors first. */
function reportable(findings: Finding[], checkSkip: string[]): Finding[] {
  const skip = new Set(checkSkip);
  const skipped = (code: string) => skip.has('all') || skip.has(code) || skip.has(code.replace(/-/g, ''));
  const unique = [...new Map(findings.filter((f) => !skipped(f.code)).map((f) => [`${f.code} ${f.line} ${f.message}`, f])).values()];
  unique.sort((a, b) => (a.level === b.level ? (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
  return unique;
}

/**
 * The Dockerfile preflight: resolve every FROM (ARG substitution, stage references, --platform
 * flags) for each target platform, check that each image the build will pull has the platforms it
 * needs (variants compared too), and warn about patterns that break or crawl in multi-arch builds.
 */
export async function preflight(opts: PreflightOptions): Promise<PreflightResult> {
  const df = parseDockerfile(opts.dockerfile);
  const build = opts.buildPlatform ?? nativePlatforms()[0] ?? { os: 'linux', architecture: 'amd64' };
  const buildArgs = opts.buildArgs ?? {};
  if (df.stages.length === 0)
    return { ok: false, images: [], findings: [{ level: 'error', code: 'no-stage', message: `${opts.file ?? 'Dockerfile'} has no FROM` }] };
  const targetIdx = targetStage(df, opts);
  const findings: Finding[] = [];
  const walk = walkBuild(df, opts, build, buildArgs, targetIdx, findings);
  // warnings, once per stage/line
  findings.push(...argArchFindings(df, opts.platforms, buildArgs));
  findings.push(...(await stageFindings(df, walk, build, buildArgs, targetIdx)));
  const images = await lookupImages(walk.needs, opts, findings);
  const unique = reportable(findings, df.checkSkip);
  return { ok: !unique.some((f) => f.level === 'error'), images, findings: unique };
}

function nativeOn(build: Platform): Platform[] {
  const b = normalise(build);
  return b.architecture === 'amd64' ? [b, { os: b.os, architecture: '386' }] : [b];
}

/**
 * The variables a RUN sees at a line, for one target: the ARGs declared along the stage's FROM <stage>
 * chain and in the stage above the line (values from --build-arg, else their defaults, else the
 * global ARG of that name), platform ARGs taking the target's values (pure).
 */
function stageVars(df: ParsedDockerfile, i: number, line: number, target: Platform, build: Platform, buildArgs: Record<string, string>): Record<string, string> {
  const global = globalScope(df, target, build, buildArgs);
  const auto = platformVars(target, build);
  const vars: Record<string, string> = {};
  for (const s of stageChain(df, i).reverse()) {
    for (const a of s.args) {
      if (s.index === i && a.line >= line) continue;
      if (a.name in buildArgs) vars[a.name] = buildArgs[a.name] as string;
      else if (a.name in auto) vars[a.name] = auto[a.name] as string;
      else if (a.value !== undefined) vars[a.name] = expandVars(a.value, { ...global, ...vars });
      else if (a.name in global) vars[a.name] = global[a.name] as string;
    }
  }
  return vars;
}

/** A stage and the stages it derives from (ENV is inherited along FROM <stage>; ARG is not). */
function stageChain(df: ParsedDockerfile, i: number): Stage[] {
  const out: Stage[] = [];
  let cur: Stage | undefined = df.stages[i];
  const guard = new Set<number>();
  while (cur && !guard.has(cur.index)) {
    guard.add(cur.index);
    out.push(cur);
    const parent = stageIndex(df.stages, cur.base, cur.index);
    cur = parent !== undefined ? df.stages[parent] : undefined;
  }
  return out;
}

/** Read a Dockerfile and run the preflight; the door for the CLI and the action. */
export async function checkDockerfile(path: string, opts: Omit<PreflightOptions, 'dockerfile' | 'file'>): Promise<PreflightResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return preflight({ ...opts, dockerfile: text, file: path });
}
