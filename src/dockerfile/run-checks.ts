// The preflight's checks of what a stage runs and fetches, by what the shell really runs (shell.ts),
// per target platform: compiles under emulation, downloads fixed to one architecture, ARG defaults
// that pin an architecture. The shell parser is loaded only for scripts that could hold any of these.
import { formatPlatform, normalise, type Platform } from '../core/platform.js';
import type { Finding } from './preflight.js';
import { archOfToken, fixedArches } from './arch-names.js';
import type { ArgDecl, ParsedDockerfile, Stage } from './parse.js';
import type { CompileKind, RunAnalysis } from './shell.js';

type Analyse = (script: string, target: Platform, vars: Record<string, string>) => RunAnalysis;

/** Words without which a script can neither compile nor fetch a URL (platform variables are asked for apart). */
const CANDIDATE =
  /(?<![\w-])(go|cargo|rustc|gcc|g\+\+|c\+\+|cc|clang\+{0,2}|[\w.-]+-gcc|make|cmake|ninja|meson|mvn|mvnw|gradle|gradlew|javac|dotnet|npm|npx|yarn|pnpm|bun|node|deno|tsx|tsc|esbuild|webpack|rollup|tsup|swc|babel|vite|parcel|next|nuxi?|ng|astro|pip3?|python3?|node-gyp|xx-\w+|bazel|zig|maturin)(?![\w-])|https?:\/\//;

let shell: Promise<Analyse> | undefined;
const loadShell = (): Promise<Analyse> => {
  shell ??= import('./shell.js').then((m) => m.analyseRun as Analyse);
  return shell;
};

/** Analyse a RUN for a target, or say at once that it holds nothing to find (no parser loaded). */
export async function analyse(script: string, target: Platform, vars: Record<string, string>): Promise<RunAnalysis> {
  if (!CANDIDATE.test(script)) return { compiles: [], downloads: [], platformVars: [] };
  return (await loadShell())(script, target, vars);
}

/** The platform variables a RUN's shell really reads (not inside single quotes …): the parser's answer. */
export async function platformVarsRead(script: string, target: Platform): Promise<string[]> {
  return (await loadShell())(script, target, {}).platformVars;
}

const ADVICE: Record<CompileKind, string> = {
  go: 'build it on the build platform (FROM --platform=$BUILDPLATFORM) with GOOS=$TARGETOS GOARCH=$TARGETARCH',
  rust: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM, cargo --target, or tonistiigi/xx)',
  c: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM with a cross compiler, or tonistiigi/xx-clang)',
  make: 'cross-compile on the build platform (FROM --platform=$BUILDPLATFORM with a cross toolchain, or tonistiigi/xx)',
  java: 'Java bytecode does not depend on the CPU: build it on the build platform (FROM --platform=$BUILDPLATFORM) and copy the jar',
  dotnet: 'publish on the build platform (FROM --platform=$BUILDPLATFORM) with -r linux-$TARGETARCH',
  'node-native': 'native addons must match the target CPU: keep this stage emulated, or build on a native runner for that platform',
  'python-native': 'native wheels must match the target CPU: keep this stage emulated, or use prebuilt wheels / a native runner',
  js: 'a JavaScript bundle does not depend on the CPU: build it on the build platform (FROM --platform=$BUILDPLATFORM) and copy the output',
};

export interface StageContext {
  stage: Stage;
  /** the stage's name in messages */
  label: string;
  /** target platforms this stage is built for (not pinned to the build platform) */
  builtFor: Platform[];
  /** of those, the ones it runs emulated (not native on the build machine, linux only) */
  emulated: Platform[];
  /** variables in scope for a line, for one target */
  varsAt: (line: number, target: Platform) => Record<string, string>;
  /** the stage is the shipped one or a FROM ancestor of it: it must stay on the target platform */
  shipped: boolean;
}

/** For a compile in the shipped ancestry: never "pin this stage" (that ships the build machine's binaries). */
const SHIPPED_ADVICE: Partial<Record<CompileKind, string>> = {
  go: 'this stage is shipped, so do not pin it: compile in a new stage FROM --platform=$BUILDPLATFORM with GOOS=$TARGETOS GOARCH=$TARGETARCH and COPY --from it the binary',
  java: 'this stage is shipped, so do not pin it: build the jar in a new stage FROM --platform=$BUILDPLATFORM (bytecode runs on every CPU) and COPY --from it',
  js: 'this stage is shipped, so do not pin it: bundle in a new stage FROM --platform=$BUILDPLATFORM (the output runs on every CPU) and COPY --from it',
};
const SHIPPED_DEFAULT =
  'this stage is shipped, so do not pin it: cross-compile in a new stage FROM --platform=$BUILDPLATFORM for $TARGETOS/$TARGETARCH and COPY --from it the output (gen-ci init / the fix shows the exact change)';

function advice(kind: CompileKind, shipped: boolean): string {
  if (!shipped || kind === 'node-native' || kind === 'python-native') return ADVICE[kind];
  return SHIPPED_ADVICE[kind] ?? SHIPPED_DEFAULT;
}

/** emulated-compile: the first real compile of an emulated stage (one finding per stage). */
export async function compileFinding(c: StageContext): Promise<Finding | undefined> {
  if (!c.emulated.length) return undefined;
  for (const run of c.stage.runs) {
    for (const target of c.emulated) {
      const a = await analyse(run.text, target, c.varsAt(run.line, target));
      const first = a.compiles[0];
      if (!first) continue;
      return {
        level: 'warning',
        code: 'emulated-compile',
        line: run.line,
        message: `line ${run.line}: ${c.label} runs "${first.command}" under emulation for ${c.emulated.map(formatPlatform).join(', ')} (slow, often 5-20x); ${advice(first.kind, c.shipped)}`,
      };
    }
  }
  return undefined;
}

/** hardcoded-arch: a fetched URL (RUN or ADD) fixed to another architecture than a target the stage is built for. */
export async function archFindings(c: StageContext): Promise<Finding[]> {
  const out: Finding[] = [];
  const report = (line: number, url: string, token: string, target: Platform) =>
    out.push({
      level: 'warning',
      code: 'hardcoded-arch',
      line,
      message: `line ${line}: ${c.label} downloads ${url}, fixed to ${token}, but is also built for ${formatPlatform(target)}; derive the name from $TARGETARCH (or dispatch on uname -m)`,
    });
  const wrong = (arches: string[], target: Platform) => arches.find((t) => archOfToken(t) && archOfToken(t) !== normalise(target).architecture);
  const written = (text: string) => new Set(fixedArches(text));
  for (const run of c.stage.runs) {
    // a name that only an ARG's default put there is reported on that ARG (argArchFindings)
    const inText = written(run.text);
    for (const target of c.builtFor) {
      const a = await analyse(run.text, target, c.varsAt(run.line, target));
      const hit = a.downloads.map((d) => ({ d, token: wrong(d.arches.filter((t) => inText.has(t)), target) })).find((x) => x.token);
      if (hit) {
        report(run.line, hit.d.url, hit.token as string, target);
        break;
      }
    }
  }
  for (const add of c.stage.addUrls) {
    const tokens = [...written(add.url)];
    const target = c.builtFor.find((t) => wrong(tokens, t));
    if (target) report(add.line, add.url, wrong(tokens, target) as string, target);
  }
  return out;
}

/**
 * hardcoded-arch on an ARG: a default such as `ARG ARCH=amd64` that names an architecture and drives
 * FROM names, COPY/ADD paths or RUN text stays that architecture for every target (unless passed).
 */
export function argArchFindings(df: ParsedDockerfile, platforms: Platform[], buildArgs: Record<string, string>): Finding[] {
  const out: Finding[] = [];
  const others = (arch: string) => platforms.filter((p) => normalise(p).architecture !== arch);
  const check = (a: ArgDecl, texts: string[]) => {
    if (a.value === undefined || a.name in buildArgs) return;
    const arch = archOfToken(a.value.trim());
    if (!arch) return;
    const used = new RegExp(`\\$\\{?${a.name}\\b`);
    if (!texts.some((t) => used.test(t))) return;
    const wrongFor = others(arch);
    if (!wrongFor.length) return;
    out.push({
      level: 'warning',
      code: 'hardcoded-arch',
      line: a.line,
      message: `line ${a.line}: ARG ${a.name} defaults to ${a.value.trim()} and is used below, so it stays ${a.value.trim()} when building ${wrongFor.map(formatPlatform).join(', ')}; derive it from $TARGETARCH`,
    });
  };
  const stageTexts = (s: Stage) => [...s.runs.map((r) => r.text), ...s.expanded.map((x) => x.text), ...s.copyFrom.map((x) => x.from)];
  for (const a of df.globalArgs) check(a, [...df.stages.map((s) => `${s.base} ${s.platform ?? ''}`), ...df.stages.flatMap(stageTexts)]);
  for (const s of df.stages) for (const a of s.args) check(a, stageTexts(s));
  return out;
}
