// The fix for a compile that runs under emulation, right by construction: following it never ships
// the build machine's binaries under another platform.
// - A stage that is neither the shipped stage nor one of its FROM ancestors may move onto
//   $BUILDPLATFORM ("pin"), with the language's cross-compile recipe (Go GOOS/GOARCH, C with the
//   target's cross compiler; Java bytecode needs none).
// - A compile in the shipped stage or its ancestry is never pinned (that would put the build
//   machine's binaries in every platform's image): a new stage on $BUILDPLATFORM cross-compiles,
//   and the original stage copies the result in ("new-stage").
// - Native modules installed into the image must match the target CPU: no safe change
//   ("stay-emulated"). Where the output cannot be known (no -o), the fix is described ("manual").
import { unifiedDiff } from '../scaffold/diff.js';
import { type ParsedDockerfile, parseDockerfile, type Stage } from './parse.js';
import { analyseRun, type CompileKind } from './shell.js';

export interface CompileFix {
  kind: 'pin' | 'new-stage' | 'stay-emulated' | 'manual';
  message: string;
  /** the whole Dockerfile after the change (pin and new-stage) */
  patched?: string;
  /** the same change as a unified diff (a/Dockerfile, b/Dockerfile), for git apply */
  diff?: string;
}

/** The stage index a name or number refers to, before `before`. */
function stageRef(stages: Stage[], name: string, before: number): number | undefined {
  const n = name.toLowerCase();
  if (/^\d+$/.test(n)) return Number(n) < before ? Number(n) : undefined;
  const i = stages.findIndex((s, k) => k < before && s.name === n);
  return i >= 0 ? i : undefined;
}

/** A stage and its FROM <stage> ancestors, the stage first. */
function chain(df: ParsedDockerfile, i: number): number[] {
  const out: number[] = [];
  let cur: number | undefined = i;
  while (cur !== undefined && !out.includes(cur)) {
    out.push(cur);
    const s = df.stages[cur] as Stage;
    cur = stageRef(df.stages, s.base, s.index);
  }
  return out;
}

/** The 0-based line range [start, end) of the instruction starting at 1-based `line`. */
function instructionLines(lines: string[], line: number): [number, number] {
  let end = line - 1;
  // continuation lines, and heredoc bodies up to their terminator
  const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(lines[end] ?? '');
  if (heredoc) {
    const word = heredoc[1] as string;
    end++;
    while (end < lines.length && (lines[end] as string).trim() !== word) end++;
    return [line - 1, Math.min(end + 1, lines.length)];
  }
  while (end < lines.length && /\\\s*$/.test(lines[end] as string)) end++;
  return [line - 1, end + 1];
}

const CC_CASE =
  'case "$TARGETARCH" in amd64) CC=x86_64-linux-gnu-gcc ;; arm64) CC=aarch64-linux-gnu-gcc ;; arm) CC=arm-linux-gnueabihf-gcc ;; riscv64) CC=riscv64-linux-gnu-gcc ;; ppc64le) CC=powerpc64le-linux-gnu-gcc ;; s390x) CC=s390x-linux-gnu-gcc ;; esac';

/** The compile command rewritten to cross-compile for $TARGETOS/$TARGETARCH, or undefined when there is no recipe here. */
function crossCompile(text: string, kind: CompileKind): string | undefined {
  switch (kind) {
    case 'go':
      if (/\bGOARCH=/.test(text)) return text;
      return text.replace(/(?<![\w-])go\s+(build|install)\b/, (m) => `CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH ${m}`);
    case 'c': {
      // the target's cross compiler (Debian: gcc-aarch64-linux-gnu …), chosen by $TARGETARCH
      const rewritten = text.replace(/(^|[;&|(]\s*|\bthen\s+|\bdo\s+)(gcc|cc)(?=\s)/g, '$1"$CC"');
      return rewritten === text ? undefined : `${CC_CASE}; ${rewritten.trim()}`;
    }
    case 'make': {
      const rewritten = text.replace(/(?<![\w-])make(?=\s|$)/, 'make CC="$CC"');
      return `${CC_CASE}; ${rewritten.trim()}`;
    }
    case 'java':
    case 'js':
      // bytecode and JavaScript run on every CPU: building on the build platform is all it takes
      return text;
    case 'dotnet':
      return /\s(-a|--arch)\s/.test(text) ? text : text.replace(/\bdotnet\s+(publish|build)\b/, (m) => `${m} --arch $TARGETARCH`);
    default:
      return undefined;
  }
}

/** The file a compile writes, from its -o (absolute, against the stage's WORKDIR). */
function outputOf(text: string, workdir: string): string | undefined {
  const m = /(?:^|\s)-o\s+("?)([^\s"';&|]+)\1/.exec(text);
  if (!m) return undefined;
  const out = m[2] as string;
  if (out.includes('$')) return undefined;
  return out.startsWith('/') ? out : `${workdir.replace(/\/+$/, '')}/${out}`.replace(/\/\.\//g, '/');
}

const PLATFORM_ARGS_LINE = 'ARG TARGETOS TARGETARCH';

/** The fix for one emulated-compile finding (`finding.line`: its RUN line) of this Dockerfile. */
export function fixEmulatedCompile(dockerfile: string, finding: { code: string; line?: number }, opts: { target?: string } = {}): CompileFix | undefined {
  if (finding.code !== 'emulated-compile' || !finding.line) return undefined;
  const df = parseDockerfile(dockerfile);
  const lines = dockerfile.split('\n');
  const stage = [...df.stages].reverse().find((s) => s.line <= (finding.line as number));
  const run = stage?.runs.find((r) => r.line === finding.line);
  if (!stage || !run) return undefined;
  const compile = analyseRun(run.text, { os: 'linux', architecture: 'arm64' }, {}).compiles[0];
  if (!compile) return undefined;

  const shipped = opts.target ? stageRef(df.stages, opts.target, df.stages.length) : df.stages.length - 1;
  const shippedChain = shipped === undefined ? [] : chain(df, shipped);
  const own = chain(df, stage.index);
  const label = stage.name ? `stage "${stage.name}"` : `stage ${stage.index}`;
  if (compile.kind === 'node-native' || compile.kind === 'python-native' || compile.kind === 'rust') {
    if (compile.kind !== 'rust')
      return {
        kind: 'stay-emulated',
        message: `${label} must stay emulated: "${compile.command}" builds native modules that must match the target CPU; build that platform on a native runner instead (gen-ci init makes one job per platform)`,
      };
    return {
      kind: 'manual',
      message: `${label}: cross-compile with cargo --target on the build platform (FROM --platform=$BUILDPLATFORM, a target linker, or tonistiigi/xx's xx-cargo), then COPY the binary into the image`,
    };
  }

  const root = df.stages[own[own.length - 1] as number] as Stage;
  // a stage off the shipped ancestry, whose whole chain is too, moves onto the build platform
  if (!own.some((k) => shippedChain.includes(k))) {
    // a JavaScript stage installs node_modules too: pinned, they would hold the build machine's native addons
    if (compile.kind === 'js' && copiesNodeModules(df, own))
      return {
        kind: 'manual',
        message: `${label}: a later stage copies node_modules (or the whole app) from it, and those may hold native addons for the target CPU; bundle on the build platform in its own stage and install production dependencies in an emulated one`,
      };
    const cross = crossCompile(run.text, compile.kind);
    if (cross === undefined) return manual(label, compile.command);
    const out = [...lines];
    const [a, b] = instructionLines(out, run.line);
    const runLines = cross === run.text ? out.slice(a, b) : [`RUN ${cross.replace(/\n/g, ' \\\n    ')}`];
    out.splice(a, b - a, ...runLines);
    const declared = new Set(stage.args.filter((x) => x.line < run.line).map((x) => x.name));
    const portable = compile.kind === 'java' || compile.kind === 'js';
    if (!portable && (!declared.has('TARGETOS') || !declared.has('TARGETARCH'))) out.splice(stage.line, 0, PLATFORM_ARGS_LINE);
    out[root.line - 1] = pinFrom(out[root.line - 1] as string);
    return result('pin', `${label} is not shipped: build it on the build platform${portable ? ` (${compile.kind === 'java' ? 'bytecode' : 'its output'} runs on every CPU)` : ', cross-compiling for $TARGETOS/$TARGETARCH'}`, dockerfile, out);
  }

  // the compile is in the shipped stage or its ancestry: a new stage cross-compiles, this one copies
  const cross = crossCompile(run.text, compile.kind);
  const workdir = [...stage.expanded].reverse().find((x) => x.keyword === 'WORKDIR' && x.line < run.line)?.text.trim() ?? '/';
  const output = outputOf(run.text, workdir);
  if (cross === undefined || !output) return manual(label, compile.command);
  const build = `${stage.name ?? `stage${stage.index}`}-build`;
  const rootImage = root.base;
  // what the RUN needs from the stages it is built on, root first, then from this stage above it:
  // their ARG, ENV, WORKDIR and COPY/ADD lines
  const needs = [...own]
    .reverse()
    .flatMap((k) => (k === stage.index ? collectBefore(lines, stage, run.line) : collectBefore(lines, df.stages[k] as Stage, Number.MAX_SAFE_INTEGER)));
  const newStage = [
    `FROM --platform=$BUILDPLATFORM ${rootImage} AS ${build}`,
    PLATFORM_ARGS_LINE,
    ...needs,
    `RUN ${cross.replace(/\n/g, ' \\\n    ')}`,
    '',
  ];
  // the new stage goes right before this one: stages from here on move up by one, so numeric
  // --from=N references to them are renumbered
  const out = lines.map((l) => l.replace(/--from=(\d+)\b/g, (m, n) => (Number(n) >= stage.index ? `--from=${Number(n) + 1}` : m)));
  const [a, b] = instructionLines(out, run.line);
  out.splice(a, b - a, `COPY --from=${build} ${output} ${output}`);
  out.splice(stage.line - 1, 0, ...newStage);
  return result(
    'new-stage',
    `${label} is shipped (or is an ancestor of the shipped stage), so it must stay on the target platform: a new stage "${build}" on the build platform cross-compiles ${output}, and ${label} copies it in`,
    dockerfile,
    out,
  );
}

/**
 * Does a stage outside the chain COPY --from one of its stages a node_modules directory, or a whole
 * directory it may sit in (the root, `.`, a WORKDIR of the chain)?
 */
function copiesNodeModules(df: ParsedDockerfile, chainOf: number[]): boolean {
  const names = new Set(chainOf.flatMap((k) => [String(k), (df.stages[k] as Stage).name].filter((x): x is string => !!x)));
  const trim = (p: string) => p.replace(/\/+$/, '').replace(/^\.\//, '') || '/';
  const workdirs = new Set(['/', '.', ...chainOf.flatMap((k) => (df.stages[k] as Stage).expanded.filter((x) => x.keyword === 'WORKDIR').map((x) => trim(x.text.trim())))]);
  return df.stages.some(
    (s) =>
      !chainOf.includes(s.index) &&
      s.copyFrom.some((c) => names.has(c.from.toLowerCase()) && c.sources.some((src) => src.includes('node_modules') || workdirs.has(trim(src)))),
  );
}

function manual(label: string, command: string): CompileFix {
  return {
    kind: 'manual',
    message: `${label}: move "${command}" into a stage FROM --platform=$BUILDPLATFORM that cross-compiles for $TARGETOS/$TARGETARCH (tonistiigi/xx has recipes), then COPY its output into this stage`,
  };
}

function pinFrom(text: string): string {
  return /--platform=/i.test(text) ? text.replace(/--platform=\S+/i, '--platform=$BUILDPLATFORM') : text.replace(/^(\s*FROM)\s+/i, '$1 --platform=$BUILDPLATFORM ');
}

/** The stage's instructions before the RUN that it may depend on (ARG, ENV, WORKDIR, COPY, ADD), as written. */
function collectBefore(lines: string[], stage: Stage, runLine: number): string[] {
  const out: string[] = [];
  // up to the RUN, or to the next FROM for a stage above this one
  for (let n = stage.line + 1; n < runLine && n <= lines.length; n++) {
    if (/^\s*FROM\b/i.test(lines[n - 1] ?? '')) break;
    const text = lines[n - 1] ?? '';
    if (!/^\s*(ARG|ENV|WORKDIR|COPY|ADD)\b/i.test(text)) continue;
    if (/^\s*ARG\s+TARGET(OS|ARCH)\b/i.test(text)) continue;
    const [a, b] = instructionLines(lines, n);
    out.push(...lines.slice(a, b));
    n = b;
  }
  return out;
}

function result(kind: 'pin' | 'new-stage', message: string, before: string, afterLines: string[]): CompileFix {
  const patched = afterLines.join('\n');
  return { kind, message, patched, diff: unifiedDiff(before, patched, 'a/Dockerfile', 'b/Dockerfile') };
}
