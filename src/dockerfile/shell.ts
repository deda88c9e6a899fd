// Shell-aware analysis of a RUN instruction's script: which commands compile for the machine they run
// on, which URLs are fetched (and which architecture names are baked into them), and which platform
// variables the script reads. Pure: no I/O, no network, synchronous.
//
// Parser: mvdan-sh, the GopherJS build of mvdan.cc/sh/v3/syntax (the parser behind shfmt, by the
// same author). It is a real POSIX/bash parser (quoting, $'…', heredocs, case/if/for/while, $( ) and
// backticks, functions, [[ ]]), it is synchronous (the alternative port, sh-syntax, is WASM behind an
// async init, which the synchronous analyseRun contract rules out), has no dependencies but Node's
// `util`, and bundles into a single file with @vercel/ncc. Its typings are in shell/mvdan-sh.d.ts.
// On a parse error (or odd input) analyseRun falls back to splitting on ;, &&, ||, | and newlines.
//
// The AST is then run through a small abstract interpreter per target platform: variables are
// tracked (values from `vars`, assignments, `$(uname -m)` and friends), `case`/`if`/`&&`/`||` on an
// architecture take only the branch for the target, and when a condition cannot be decided every
// branch is analysed (union).

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions, not template literals

import { fixedArches } from './arch-names.js';
import sh, {
  type Assign,
  type BinaryCmd,
  type BinaryTest,
  type Block,
  type CallExpr,
  type CaseClause,
  type CmdSubst,
  type DblQuoted,
  type DeclClause,
  type File,
  type ForClause,
  type FuncDecl,
  type IfClause,
  type Lit,
  type Node,
  type ParamExp,
  type ParenTest,
  type SglQuoted,
  type Stmt,
  type TestClause,
  type TimeClause,
  type UnaryTest,
  type WhileClause,
  type Word,
  type WordIter,
} from 'mvdan-sh';
import { basename, type ClassifyHints, type CompileKind, classifyCommand, unwrap } from './shell/classify.js';

export type { CompileKind } from './shell/classify.js';

export interface ShellCommand {
  argv: string[];
  /** 0-based line offset within the script */
  line: number;
}
export interface Compile {
  kind: CompileKind;
  /** e.g. "go build", "cargo build", "gcc" */
  command: string;
  line: number;
}
export interface Download {
  url: string;
  line: number;
  /** architecture names fixed in it, e.g. ['amd64'] */
  arches: string[];
}
export interface RunAnalysis {
  compiles: Compile[];
  downloads: Download[];
  /** platform variables the script reads: TARGETARCH, TARGETOS, TARGETPLATFORM, TARGETVARIANT, BUILDPLATFORM, BUILDOS, BUILDARCH, BUILDVARIANT */
  platformVars: string[];
}
export interface Target {
  os: string;
  architecture: string;
  variant?: string;
}

export const PLATFORM_VARS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'] as const;
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORM_VARS);

const { syntax } = sh;

// ---------------------------------------------------------------------------------------------
// operator codes (Go token enums) learnt from probes, so a parser upgrade that renumbers them is harmless

function probeOps() {
  const parse = (src: string) => syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(src, '').Stmts;
  const bin = (src: string) => (parse(src)[0]!.Cmd as BinaryCmd).Op;
  const test = (src: string) => ((parse(src)[0]!.Cmd as TestClause).X as BinaryTest).Op;
  const unary = (src: string) => ((parse(src)[0]!.Cmd as TestClause).X as UnaryTest).Op;
  const exp = (src: string) => ((parse(src)[0]!.Cmd as CallExpr).Args[0]!.Parts[0] as ParamExp).Exp!.Op;
  return {
    and: bin('a && b'),
    or: bin('a || b'),
    pipe: bin('a | b'),
    pipeAll: bin('a |& b'),
    tEq: test('[[ a == b ]]'),
    tAssign: test('[[ a = b ]]'),
    tNe: test('[[ a != b ]]'),
    tRe: test('[[ a =~ b ]]'),
    tAnd: test('[[ a && b ]]'),
    tOr: test('[[ a || b ]]'),
    tNot: unary('[[ ! a ]]'),
    tN: unary('[[ -n a ]]'),
    tZ: unary('[[ -z a ]]'),
    defUnset: exp('${a-b}'),
    defEmpty: exp('${a:-b}'),
    assignUnset: exp('${a=b}'),
    assignEmpty: exp('${a:=b}'),
    altUnset: exp('${a+b}'),
    altEmpty: exp('${a:+b}'),
    remSmallPrefix: exp('${a#b}'),
    remLargePrefix: exp('${a##b}'),
    remSmallSuffix: exp('${a%b}'),
    remLargeSuffix: exp('${a%%b}'),
  };
}
let OPS: ReturnType<typeof probeOps> | undefined;
const ops = () => {
  OPS ??= probeOps();
  return OPS;
};

// ---------------------------------------------------------------------------------------------
// architecture names

interface ArchNames {
  uname: string;
  dpkg: string;
  apk: string;
  goarch: string;
  os: string;
}

function archNames(target: Target): ArchNames {
  const v = (target.variant ?? '').toLowerCase();
  const a = target.architecture.toLowerCase();
  const t = (uname: string, dpkg: string, apk: string): ArchNames => ({ uname, dpkg, apk, goarch: a, os: target.os });
  switch (a) {
    case 'amd64':
      return t('x86_64', 'amd64', 'x86_64');
    case 'arm64':
      return t('aarch64', 'arm64', 'aarch64');
    case 'arm':
      if (v === 'v6') return t('armv6l', 'armel', 'armhf');
      if (v === 'v5') return t('armv5tel', 'armel', 'armel');
      return t('armv7l', 'armhf', 'armv7');
    case '386':
      return t('i686', 'i386', 'x86');
    case 'ppc64le':
      return t('ppc64le', 'ppc64el', 'ppc64le');
    case 'mips64le':
      return t('mips64', 'mips64el', 'mips64el');
    case 'loong64':
      return t('loongarch64', 'loong64', 'loongarch64');
    default:
      return t(a, a, a);
  }
}


// ---------------------------------------------------------------------------------------------
// values

/** An expanded word. value: its text for this target when known; shown: for messages (unknown and
 *  platform-derived parts as ${NAME}); scan: for architecture scanning (those parts as PH); arch:
 *  whether it depends on the platform. */
interface Val {
  value: string | undefined;
  shown: string;
  scan: string;
  arch: boolean;
}
const PH = '\u0000';
type Env = Map<string, Val>;
/** true / false / undecidable, and whether the outcome depends on the platform */
interface Cond {
  t: boolean | undefined;
  arch: boolean;
}
const UNKNOWN: Cond = { t: undefined, arch: false };

const known = (text: string): Val => ({ value: text, shown: text, scan: text, arch: false });
const opaque = (shown: string, arch: boolean): Val => ({ value: undefined, shown, scan: PH, arch });

function concat(vals: Val[]): Val {
  let value: string | undefined = '';
  let shown = '';
  let scan = '';
  let arch = false;
  for (const v of vals) {
    value = value === undefined || v.value === undefined ? undefined : value + v.value;
    shown += v.shown;
    scan += v.scan;
    arch ||= v.arch;
  }
  return { value, shown, scan, arch };
}

function sameVal(a: Val | undefined, b: Val | undefined): boolean {
  if (!a || !b) return a === b;
  return a.value === b.value && a.scan === b.scan && a.arch === b.arch;
}

/** backslash removal in an unquoted literal (`\`+newline is a continuation) */
const unquote = (s: string) => s.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1');
/** inside double quotes only \$ \` \" \\ and \newline are escapes */
const undquote = (s: string) => s.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
function ansiC(s: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (all, c: string) => {
    if (c in map) return map[c]!;
    if (c[0] === 'x') return String.fromCharCode(Number.parseInt(c.slice(1), 16));
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(Number.parseInt(c, 8));
    return all;
  });
}

/** a shell glob as a regular expression source */
function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) out += escapeRe(glob[++i]!);
    else if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += escapeRe(c);
  }
  return out;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// the interpreter

const ARCH_COMMANDS = (argv: string[], names: ArchNames): string | undefined => {
  const [cmd, ...args] = argv;
  const a = args.join(' ');
  switch (basename(cmd ?? '')) {
    case 'uname':
      if (/^(?:-m|--machine|-p|--processor|-i|--hardware-platform)$/.test(a)) return names.uname;
      if (a === '' || a === '-s' || a === '--kernel-name') return names.os === 'linux' ? 'Linux' : names.os;
      return undefined;
    case 'arch':
      return a === '' ? names.uname : undefined;
    case 'dpkg':
      return a === '--print-architecture' ? names.dpkg : undefined;
    case 'dpkg-architecture':
      return /^(?:-q ?|--query )DEB_(?:HOST|BUILD)_ARCH$/.test(a) ? names.dpkg : undefined;
    case 'apk':
      return a === '--print-arch' ? names.apk : undefined;
    case 'rpm':
      return /^(?:--eval|-E) %\{?_arch\}?$/.test(a) ? names.uname : undefined;
    case 'go':
      if (a === 'env GOARCH') return names.goarch;
      if (a === 'env GOOS') return names.os;
      return undefined;
    case 'xx-info':
      if (a === 'arch') return names.goarch;
      if (a === 'march') return names.uname;
      if (a === 'debian-arch') return names.dpkg;
      if (a === 'alpine-arch') return names.apk;
      return undefined;
  }
  return undefined;
};

interface Out {
  compiles: Compile[];
  downloads: Download[];
  platformVars: Set<string>;
}

class Interp {
  private readonly funcs = new Map<string, Stmt>();
  /** > 0 while running a branch chosen by a platform-dependent condition */
  private archCtx = 0;
  /** bumped whenever a platform-dependent value is read (lets $(…) tell whether it depends on one) */
  private archReads = 0;
  private calls = 0;

  constructor(
    private readonly out: Out,
    private readonly names: ArchNames,
    private readonly vars: Record<string, string>,
    private readonly hints: { nodeGyp: boolean },
    private readonly depth: number,
  ) {}

  run(parsed: Parsed, env: Env, lineBase: number): void {
    for (const v of parsed.platformVars) this.out.platformVars.add(v);
    this.stmts(parsed.file.Stmts, env, lineBase);
  }

  private stmts(list: Stmt[], env: Env, base: number): Cond {
    let last: Cond = { t: true, arch: false };
    for (const s of list) last = this.stmt(s, env, base);
    return last;
  }

  private stmt(s: Stmt, env: Env, base: number): Cond {
    const line = base + s.Pos().Line() - 1;
    let r: Cond = UNKNOWN;
    if (s.Cmd) r = this.command(s.Cmd, s, env, base, line);
    for (const rd of s.Redirs) if (rd.Word) this.word(rd.Word, env, base);
    if (s.Negated && r.t !== undefined) r = { t: !r.t, arch: r.arch };
    return s.Background ? UNKNOWN : r;
  }

  /** run `fn` as a branch the platform decided (assignments in it become platform-derived) */
  private inArch<T>(arch: boolean, fn: () => T): T {
    if (arch) this.archCtx++;
    try {
      return fn();
    } finally {
      if (arch) this.archCtx--;
    }
  }

  /** run alternative branches on copies of env and merge what they assign */
  private union(env: Env, arch: boolean, branches: ((e: Env) => void)[], includeNone: boolean): void {
    const results: Env[] = [];
    for (const b of branches) {
      const e = new Map(env);
      this.inArch(arch, () => b(e));
      results.push(e);
    }
    if (includeNone) results.push(new Map(env));
    const keys = new Set<string>();
    for (const e of results) for (const k of e.keys()) keys.add(k);
    for (const k of keys) {
      const first = results[0]!.get(k);
      if (results.every((e) => sameVal(e.get(k), first))) {
        if (first) env.set(k, first);
        else env.delete(k);
      } else {
        env.set(k, opaque(`\${${k}}`, arch || results.some((e) => e.get(k)?.arch)));
      }
    }
  }

  private command(cmd: Node, s: Stmt, env: Env, base: number, line: number): Cond {
    const o = ops();
    switch (syntax.NodeType(cmd)) {
      case 'CallExpr':
        return this.call(cmd as CallExpr, s, env, base, line);
      case 'BinaryCmd': {
        const b = cmd as BinaryCmd;
        if (b.Op === o.and || b.Op === o.or) {
          const x = this.stmt(b.X, env, base);
          const and = b.Op === o.and;
          if (x.t === !and) return x; // false && … / true || …: the right side never runs
          let y: Cond = UNKNOWN;
          if (x.t === undefined) this.union(env, x.arch, [(e) => (y = this.stmt(b.Y, e, base))], true);
          else y = this.inArch(x.arch, () => this.stmt(b.Y, env, base));
          const t = x.t === and ? y.t : y.t === !and ? !and : undefined;
          return { t, arch: x.arch || y.arch };
        }
        this.stmt(b.X, new Map(env), base);
        this.stmt(b.Y, new Map(env), base);
        return UNKNOWN;
      }
      case 'IfClause':
        this.ifClause(cmd as IfClause, env, base);
        return UNKNOWN;
      case 'CaseClause':
        this.caseClause(cmd as CaseClause, env, base);
        return UNKNOWN;
      case 'Block':
        return this.stmts((cmd as Block).Stmts, env, base);
      case 'Subshell':
        return this.stmts((cmd as Block).Stmts, new Map(env), base);
      case 'ForClause': {
        const f = cmd as ForClause;
        if (syntax.NodeType(f.Loop) === 'WordIter') {
          const it = f.Loop as WordIter;
          const items = it.Items.map((w) => this.word(w, env, base));
          const only = items.length === 1 ? items[0]! : undefined;
          env.set(
            it.Name.Value,
            only ??
              opaque(
                `\${${it.Name.Value}}`,
                items.some((v) => v.arch),
              ),
          );
        }
        this.stmts(f.Do, env, base);
        return UNKNOWN;
      }
      case 'WhileClause': {
        const w = cmd as WhileClause;
        this.stmts(w.Cond, env, base);
        this.stmts(w.Do, env, base);
        return UNKNOWN;
      }
      case 'FuncDecl': {
        const f = cmd as FuncDecl;
        this.funcs.set(f.Name.Value, f.Body);
        return { t: true, arch: false };
      }
      case 'DeclClause': {
        const d = cmd as DeclClause;
        for (const a of d.Args) this.assign(a, env, base);
        return { t: true, arch: false };
      }
      case 'TestClause':
        return this.testExpr((cmd as TestClause).X, env, base);
      case 'TimeClause':
      case 'CoprocClause': {
        const inner = (cmd as TimeClause).Stmt;
        return inner ? this.stmt(inner, env, base) : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private ifClause(c: IfClause, env: Env, base: number): void {
    const cond = this.stmts(c.Cond, env, base);
    const otherwise = (e: Env) => {
      if (!c.Else) return;
      if (c.Else.Cond.length === 0) this.stmts(c.Else.Then, e, base);
      else this.ifClause(c.Else, e, base);
    };
    if (cond.t === true) this.inArch(cond.arch, () => this.stmts(c.Then, env, base));
    else if (cond.t === false) this.inArch(cond.arch, () => otherwise(env));
    else this.union(env, cond.arch, [(e) => this.stmts(c.Then, e, base), otherwise], false);
  }

  private caseClause(c: CaseClause, env: Env, base: number): void {
    const subject = this.word(c.Word, env, base);
    const possible: Stmt[][] = [];
    let decided = false;
    for (const item of c.Items) {
      const m = item.Patterns.map((p) => this.matchPattern(subject, p, env, base));
      const t = m.some((x) => x === true) ? true : m.every((x) => x === false) ? false : undefined;
      if (t === false) continue;
      possible.push(item.Stmts);
      if (t === true) {
        decided = true;
        break;
      }
    }
    if (decided && possible.length === 1) this.inArch(subject.arch, () => this.stmts(possible[0]!, env, base));
    else
      this.union(
        env,
        subject.arch,
        possible.map((p) => (e: Env) => this.stmts(p, e, base)),
        !decided,
      );
  }

  /** does subject match the glob pattern word? undefined when either side is unknown */
  private matchPattern(subject: Val, pattern: Word, env: Env, base: number): boolean | undefined {
    const source = this.patternSource(pattern.Parts, env, base, false);
    if (source === undefined || subject.value === undefined) return undefined;
    return new RegExp(`^(?:${source})$`, 's').test(subject.value);
  }

  private patternSource(parts: Node[], env: Env, base: number, quoted: boolean): string | undefined {
    let out = '';
    for (const p of parts) {
      const type = syntax.NodeType(p);
      if (type === 'Lit') out += quoted ? escapeRe(undquote((p as Lit).Value)) : globSource((p as Lit).Value);
      else if (type === 'SglQuoted') out += escapeRe((p as SglQuoted).Dollar ? ansiC((p as SglQuoted).Value) : (p as SglQuoted).Value);
      else if (type === 'DblQuoted') {
        const inner = this.patternSource((p as DblQuoted).Parts, env, base, true);
        if (inner === undefined) return undefined;
        out += inner;
      } else {
        const v = this.part(p, env, base, quoted);
        if (v.value === undefined) return undefined;
        out += quoted ? escapeRe(v.value) : globSource(v.value);
      }
    }
    return out;
  }

  private assign(a: Assign, env: Env, base: number): void {
    if (!a.Name || a.Naked) return;
    const name = a.Name.Value;
    let v: Val = a.Value ? this.word(a.Value, env, base) : known('');
    if (a.Array) v = opaque(`\${${name}}`, false);
    if (a.Append) v = concat([this.lookup(name, env), v]);
    if (this.archCtx > 0) v = { ...v, scan: PH, arch: true };
    env.set(name, v);
  }

  private lookup(name: string, env: Env): Val {
    const v = env.get(name);
    if (v) {
      if (v.arch) this.archReads++;
      return v;
    }
    const given = this.vars[name];
    if (PLATFORM_SET.has(name)) {
      this.archReads++;
      return { value: given, shown: `\${${name}}`, scan: PH, arch: true };
    }
    if (given !== undefined) return known(given);
    return opaque(`\${${name}}`, false);
  }

  word(w: Word, env: Env, base: number): Val {
    return concat(w.Parts.map((p) => this.part(p, env, base, false)));
  }

  private part(p: Node, env: Env, base: number, quoted: boolean): Val {
    switch (syntax.NodeType(p)) {
      case 'Lit': {
        const text = (quoted ? undquote : unquote)((p as Lit).Value);
        return known(text);
      }
      case 'SglQuoted': {
        const q = p as SglQuoted;
        return known(q.Dollar ? ansiC(q.Value) : q.Value);
      }
      case 'DblQuoted':
        return concat((p as DblQuoted).Parts.map((x) => this.part(x, env, base, true)));
      case 'ParamExp':
        return this.paramExp(p as ParamExp, env, base);
      case 'CmdSubst':
        return this.cmdSubst((p as CmdSubst).Stmts, env, base);
      case 'ProcSubst':
        this.stmts((p as CmdSubst).Stmts, new Map(env), base);
        return opaque('<(…)', false);
      case 'ArithmExp':
        return opaque('$((…))', false);
      default:
        return opaque('…', false);
    }
  }

  private paramExp(pe: ParamExp, env: Env, base: number): Val {
    const name = pe.Param?.Value ?? '';
    const ref = `\${${name}}`;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return opaque(pe.Short ? `$${name}` : ref, false);
    const v = this.lookup(name, env);
    if (pe.Length || pe.Excl || pe.Index || pe.Slice || pe.Repl) return opaque(ref, v.arch);
    if (!pe.Exp) return v.arch ? { ...v, shown: ref } : v;
    const o = ops();
    const op = pe.Exp.Op;
    const set = env.has(name) || this.vars[name] !== undefined;
    if (!set && PLATFORM_SET.has(name)) return opaque(ref, true); // not given: could be anything
    const arg = () => (pe.Exp?.Word ? this.word(pe.Exp.Word, env, base) : known(''));
    const nonEmpty = set && v.value !== '';
    const undecided = (x: Val): Val => opaque(ref, v.arch || x.arch);
    if (op === o.defUnset || op === o.defEmpty || op === o.assignUnset || op === o.assignEmpty) {
      const useVar = op === o.defUnset || op === o.assignUnset ? set : nonEmpty;
      if (useVar && (v.value !== undefined || v.arch)) return v.arch ? { ...v, shown: ref } : v;
      if (!set) {
        const d = arg();
        if (op === o.assignUnset || op === o.assignEmpty) env.set(name, d);
        return d;
      }
      return undecided(arg());
    }
    if (op === o.altUnset || op === o.altEmpty) {
      const useAlt = op === o.altUnset ? set : nonEmpty;
      if (!set) return known('');
      return useAlt && v.value !== undefined ? arg() : undecided(arg());
    }
    if (op === o.remSmallPrefix || op === o.remLargePrefix || op === o.remSmallSuffix || op === o.remLargeSuffix) {
      const pat = pe.Exp.Word ? this.patternSource(pe.Exp.Word.Parts, env, base, false) : '';
      if (v.value === undefined || pat === undefined) return opaque(ref, v.arch);
      const lazy = op === o.remSmallPrefix || op === o.remSmallSuffix ? '?' : '';
      let value: string;
      if (op === o.remSmallPrefix || op === o.remLargePrefix) value = v.value.replace(new RegExp(`^(?:${pat.replace(/\.\*/g, `.*${lazy}`)})`, 's'), '');
      else {
        // shortest suffix: the latest start that matches to the end
        const re = new RegExp(`^(?:${pat})$`, 's');
        let cut = v.value.length;
        for (let i = v.value.length; i >= 0; i--) {
          if (re.test(v.value.slice(i))) {
            cut = i;
            if (lazy) break;
          }
        }
        value = v.value.slice(0, cut);
      }
      return v.arch ? { value, shown: ref, scan: PH, arch: true } : known(value);
    }
    return opaque(ref, v.arch);
  }

  private cmdSubst(stmts: Stmt[], env: Env, base: number): Val {
    const before = this.archReads;
    this.stmts(stmts, new Map(env), base);
    const only = stmts.length === 1 ? stmts[0]!.Cmd : null;
    if (only && syntax.NodeType(only) === 'CallExpr' && (only as CallExpr).Args.length > 0) {
      const args = (only as CallExpr).Args.map((w) => this.word(w, env, base));
      const argv = args.map((a) => a.value ?? a.shown);
      const shown = `$(${argv.join(' ')})`;
      const arch = ARCH_COMMANDS(argv, this.names);
      if (arch !== undefined) {
        this.archReads++;
        return { value: arch, shown, scan: PH, arch: true };
      }
      const cmd = basename(argv[0] ?? '');
      if (cmd === 'echo' && args.length > 1 && !argv[1]!.startsWith('-')) {
        const v = concat(args.slice(1).flatMap((a, i) => (i ? [known(' '), a] : [a])));
        return v.arch ? { ...v, shown, scan: PH } : v;
      }
      return opaque(shown, this.archReads > before);
    }
    return opaque('$(…)', this.archReads > before);
  }

  /** `[ … ]` / `test …` */
  private bracket(args: Val[]): Cond {
    const arch = args.some((a) => a.arch);
    const v = args.map((a) => a.value);
    if (v[0] === '!' && v.length > 1) {
      const r = this.bracket(args.slice(1));
      return { t: r.t === undefined ? undefined : !r.t, arch };
    }
    for (const joiner of ['-o', '-a']) {
      const at = v.indexOf(joiner);
      if (at > 0) {
        const l = this.bracket(args.slice(0, at));
        const r = this.bracket(args.slice(at + 1));
        const or = joiner === '-o';
        const t = l.t === or || r.t === or ? or : l.t === undefined || r.t === undefined ? undefined : !or;
        return { t, arch };
      }
    }
    if (v.length === 3 && ['=', '==', '!='].includes(v[1] ?? '')) {
      if (v[0] === undefined || v[2] === undefined) return { t: undefined, arch };
      return { t: (v[0] === v[2]) === (v[1] !== '!='), arch };
    }
    if (v.length === 2 && (v[0] === '-n' || v[0] === '-z')) {
      if (v[1] === undefined) return { t: undefined, arch };
      return { t: (v[1] !== '') === (v[0] === '-n'), arch };
    }
    if (v.length === 1) return { t: v[0] === undefined ? undefined : v[0] !== '', arch };
    return { t: undefined, arch };
  }

  /** `[[ … ]]` */
  private testExpr(x: Node, env: Env, base: number): Cond {
    const o = ops();
    const type = syntax.NodeType(x);
    if (type === 'Word') {
      const v = this.word(x as Word, env, base);
      return { t: v.value === undefined ? undefined : v.value !== '', arch: v.arch };
    }
    if (type === 'ParenTest') return this.testExpr((x as ParenTest).X, env, base);
    if (type === 'UnaryTest') {
      const u = x as UnaryTest;
      if (u.Op === o.tNot) {
        const r = this.testExpr(u.X, env, base);
        return { t: r.t === undefined ? undefined : !r.t, arch: r.arch };
      }
      if ((u.Op === o.tN || u.Op === o.tZ) && syntax.NodeType(u.X) === 'Word') {
        const v = this.word(u.X as Word, env, base);
        return { t: v.value === undefined ? undefined : (v.value !== '') === (u.Op === o.tN), arch: v.arch };
      }
      return UNKNOWN;
    }
    if (type === 'BinaryTest') {
      const b = x as BinaryTest;
      if (b.Op === o.tAnd || b.Op === o.tOr) {
        const l = this.testExpr(b.X, env, base);
        const r = this.testExpr(b.Y, env, base);
        const or = b.Op === o.tOr;
        const t = l.t === or || r.t === or ? or : l.t === undefined || r.t === undefined ? undefined : !or;
        return { t, arch: l.arch || r.arch };
      }
      if (syntax.NodeType(b.X) !== 'Word' || syntax.NodeType(b.Y) !== 'Word') return UNKNOWN;
      const left = this.word(b.X as Word, env, base);
      if (b.Op === o.tEq || b.Op === o.tAssign || b.Op === o.tNe) {
        const right = this.word(b.Y as Word, env, base);
        const m = this.matchPattern(left, b.Y as Word, env, base);
        const arch = left.arch || right.arch;
        return { t: m === undefined ? undefined : m === (b.Op !== o.tNe), arch };
      }
      if (b.Op === o.tRe) {
        const right = this.word(b.Y as Word, env, base);
        if (left.value === undefined || right.value === undefined) return { t: undefined, arch: left.arch || right.arch };
        try {
          return { t: new RegExp(right.value).test(left.value), arch: left.arch || right.arch };
        } catch {
          return { t: undefined, arch: left.arch || right.arch };
        }
      }
    }
    return UNKNOWN;
  }

  private call(c: CallExpr, s: Stmt, env: Env, base: number, line: number): Cond {
    if (c.Args.length === 0) {
      for (const a of c.Assigns) this.assign(a, env, base);
      return { t: true, arch: false };
    }
    // prefix assignments apply to this command only
    const local = new Map(env);
    for (const a of c.Assigns) this.assign(a, local, base);
    const args = c.Args.map((w) => this.word(w, env, base));
    const argv = args.map((a) => a.value ?? a.shown);
    const u = unwrap(argv);
    for (const [k, v] of u.assigns) local.set(k, known(v));
    const run = argv.slice(u.start);
    const runArgs = args.slice(u.start);
    if (run.length === 0) return UNKNOWN;
    const name = u.name;

    if (name === '[' || name === 'test') return this.bracket(runArgs.slice(1, name === '[' && run[run.length - 1] === ']' ? -1 : undefined));
    if (name === 'true' || name === ':') return { t: true, arch: false };
    if (name === 'false') return { t: false, arch: false };
    if (name === 'unset') {
      for (const n of run.slice(1)) env.delete(n);
      return { t: true, arch: false };
    }
    const fn = this.funcs.get(name);
    if (fn && this.calls < 64) {
      this.calls++;
      this.stmt(fn, env, base);
      return UNKNOWN;
    }

    const fromSource = local.get('npm_config_build_from_source')?.value ?? this.vars['npm_config_build_from_source'];
    const hints: ClassifyHints = { buildFromSource: fromSource === 'true' || fromSource === '1', nodeGyp: this.hints.nodeGyp };
    const cls = classifyCommand(name, run, hints);
    switch (cls.type) {
      case 'compile':
        this.out.compiles.push({ kind: cls.kind, command: cls.command, line });
        break;
      case 'shell': {
        const w = c.Args[u.start + cls.scriptIndex];
        const script = runArgs[cls.scriptIndex];
        if (w && script) this.nested(script.value ?? script.shown, local, base + w.Pos().Line() - 1);
        return UNKNOWN;
      }
      case 'shell-stdin':
        for (const rd of s.Redirs) {
          if (!rd.Hdoc) continue;
          const body = this.word(rd.Hdoc, local, base);
          this.nested(body.value ?? body.shown, local, base + rd.Hdoc.Pos().Line() - 1);
        }
        return UNKNOWN;
      case 'eval':
        this.nested(run.slice(cls.from).join(' '), local, line);
        return UNKNOWN;
      case 'text':
        return UNKNOWN;
      case 'other':
        break;
    }
    for (const a of runArgs.slice(1)) {
      const m = /^(?:-[-\w]*=|[\w.-]+=)?(https?:\/\/.+)$/s.exec(a.shown);
      if (!m) continue;
      const scan = /(https?:\/\/.+)$/s.exec(a.scan)?.[1] ?? a.scan;
      this.out.downloads.push({ url: m[1]!, line, arches: fixedArches(scan) });
    }
    return UNKNOWN;
  }

  private nested(script: string, env: Env, lineBase: number): void {
    if (this.depth >= 8) return;
    const inner = new Interp(this.out, this.names, this.vars, this.hints, this.depth + 1);
    inner.archCtx = this.archCtx;
    const file = parse(script);
    if (file) inner.run(file, new Map(env), lineBase);
    else fallback(script, lineBase, this.out, this.hints, this.vars);
  }
}

function collectPlatformVars(file: File, into: Set<string>): void {
  syntax.Walk(file, (n) => {
    if (n && syntax.NodeType(n) === 'ParamExp') {
      const name = (n as ParamExp).Param?.Value;
      if (name && PLATFORM_SET.has(name)) into.add(name);
    }
    return true;
  });
}

interface Parsed {
  file: File;
  platformVars: string[];
}
// Reading the GopherJS tree costs tens of microseconds a field, so a script analysed for several
// targets is parsed (and walked for platform variables) once.
const CACHE = new Map<string, Parsed | null>();
const CACHE_SIZE = 128;

function parse(script: string): Parsed | undefined {
  const hit = CACHE.get(script);
  if (hit !== undefined) return hit ?? undefined;
  let parsed: Parsed | null = null;
  for (const lang of [syntax.LangBash, syntax.LangPOSIX]) {
    try {
      const file = syntax.NewParser(syntax.KeepComments(false), syntax.Variant(lang)).Parse(script, '');
      const vars = new Set<string>();
      collectPlatformVars(file, vars);
      parsed = { file, platformVars: [...vars] };
      break;
    } catch {
      // try the next dialect, then the fallback
    }
  }
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(script, parsed);
  return parsed ?? undefined;
}

/** Dockerfile semantics: a comment line inside a `\` continuation is dropped; keep the line count with a bare `\`. */
function dropContinuedComments(script: string): string {
  const lines = script.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    if (/^\s*#/.test(lines[i]!) && /(?:^|[^\\])(?:\\\\)*\\$/.test(prev)) lines[i] = '\\';
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// fallback: no parse tree, so split on separators (quote-aware) and classify each piece

/** Split a script into simple commands without a parser: quotes respected, `\`+newline joined. */
export function splitCommands(script: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let line = 0;
  let start = 0;
  let quote: '' | "'" | '"' = '';
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    while (words.length && /^(?:if|then|elif|else|fi|do|done|while|until|!|\{|\}|\(|\)|esac|in)$/.test(words[0]!)) words.shift();
    while (words.length && /^[^=]*\)$/.test(words[0]!)) words.shift(); // case patterns: x86_64)
    if (words.length) out.push({ argv: words, line: start });
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (word === undefined && words.length === 0 && !quote && !/\s/.test(c)) start = line;
    if (c === '\n') line++;
    if (quote === "'") {
      if (c === "'") quote = '';
      else word += c;
      continue;
    }
    if (c === '\\') {
      const next = script[i + 1];
      if (next === '\n') {
        line++;
        i++;
        continue;
      }
      if (next !== undefined) {
        word = (word ?? '') + next;
        i++;
      }
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = '';
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
      continue;
    }
    if (c === '#' && word === undefined) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '\n' || c === ';' || c === '&' || c === '|') {
      endCommand();
      continue;
    }
    if (/\s/.test(c)) {
      endWord();
      continue;
    }
    word = (word ?? '') + c;
  }
  endCommand();
  return out;
}

function fallback(script: string, lineBase: number, out: Out, hints: { nodeGyp: boolean }, vars: Record<string, string>): void {
  for (const m of script.matchAll(/'[^']*'|\$\{?([A-Z]+)\b/g)) if (m[1] && PLATFORM_SET.has(m[1])) out.platformVars.add(m[1]);
  const expand = (w: string) => w.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (all, n: string) => (PLATFORM_SET.has(n) ? PH : (vars[n] ?? all)));
  for (const cmd of splitCommands(script)) {
    const argv = [...cmd.argv];
    while (argv.length && /^[A-Za-z_]\w*=/.test(argv[0]!)) argv.shift();
    const u = unwrap(argv);
    const run = argv.slice(u.start);
    if (!run.length) continue;
    const line = lineBase + cmd.line;
    const cls = classifyCommand(u.name, run, { buildFromSource: false, nodeGyp: hints.nodeGyp });
    if (cls.type === 'compile') out.compiles.push({ kind: cls.kind, command: cls.command, line });
    if (cls.type === 'text') continue;
    for (const a of run.slice(1)) {
      const m = /^(?:-[-\w]*=|[\w.-]+=)?(https?:\/\/.+)$/s.exec(a);
      if (m) out.downloads.push({ url: m[1]!, line, arches: fixedArches(expand(m[1]!)) });
    }
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Analyse a RUN's shell script for one target platform.
 * target: the platform the RUN executes for, e.g. { os: 'linux', architecture: 'arm64' } (variant optional);
 * vars: values of ARG/ENV in scope (may include TARGETARCH etc.; a platform variable not given is unknown,
 * so a dispatch on it analyses every branch).
 */
export function analyseRun(script: string, target: { os: string; architecture: string; variant?: string }, vars: Record<string, string> = {}): RunAnalysis {
  const out: Out = { compiles: [], downloads: [], platformVars: new Set() };
  const hints = { nodeGyp: /(?<![\w-])node-gyp(?![\w-])/.test(script) };
  try {
    const text = dropContinuedComments(script);
    const file = parse(text);
    if (file) new Interp(out, archNames(target), vars, hints, 0).run(file, new Map(), 0);
    else fallback(text, 0, out, hints, vars);
  } catch {
    // never throw: whatever the interpreter missed, the fallback still classifies
    const partial: Out = { compiles: [], downloads: [], platformVars: new Set() };
    try {
      fallback(script, 0, partial, hints, vars);
    } catch {
      // give up quietly
    }
    return { compiles: partial.compiles, downloads: partial.downloads, platformVars: [...partial.platformVars] };
  }
  return { compiles: out.compiles, downloads: out.downloads, platformVars: PLATFORM_VARS.filter((v) => out.platformVars.has(v)) };
}

/** The simple commands of a script, in order (argv as written, quotes removed; no branch selection). */
export function listCommands(script: string): ShellCommand[] {
  const file = (() => {
    try {
      return parse(dropContinuedComments(script))?.file;
    } catch {
      return undefined;
    }
  })();
  if (!file) return splitCommands(script);
  const out: ShellCommand[] = [];
  syntax.Walk(file, (n) => {
    if (n && syntax.NodeType(n) === 'CallExpr' && (n as CallExpr).Args.length > 0) {
      const argv = (n as CallExpr).Args.map((w) => wordText(w));
      out.push({ argv, line: n.Pos().Line() - 1 });
    }
    return true;
  });
  return out;
}

function wordText(w: Word): string {
  const part = (p: Node, quoted: boolean): string => {
    switch (syntax.NodeType(p)) {
      case 'Lit':
        return (quoted ? undquote : unquote)((p as Lit).Value);
      case 'SglQuoted':
        return (p as SglQuoted).Dollar ? ansiC((p as SglQuoted).Value) : (p as SglQuoted).Value;
      case 'DblQuoted':
        return (p as DblQuoted).Parts.map((x) => part(x, true)).join('');
      case 'ParamExp':
        return `\${${(p as ParamExp).Param?.Value ?? ''}}`;
      default:
        return '…';
    }
  };
  return w.Parts.map((p) => part(p, false)).join('');
}

export { fixedArches };
