import { Add, Arg, Copy, DockerfileParser, Env, From, type Instruction, ModifiableInstruction, Run } from 'dockerfile-ast';

/** Platform arguments BuildKit defines automatically (dockerfile-ast does not know them). */
export const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'] as const;

export interface ArgDecl {
  name: string;
  /** default as written (unexpanded), if any */
  value?: string;
  line: number;
}

export interface RunStep {
  line: number;
  /** the command text (heredoc bodies included, continuations joined) */
  text: string;
  /** exec form (JSON array): no shell, so no variable expansion at all */
  execForm: boolean;
  /** from= of --mount flags */
  mountFrom: string[];
}

export interface Stage {
  index: number;
  /** AS name, lowercased as BuildKit compares them */
  name?: string;
  /** 1-based line of the FROM */
  line: number;
  /** the image or stage as written, variables unexpanded */
  base: string;
  /** --platform value as written */
  platform?: string;
  args: ArgDecl[];
  envs: { name: string; line: number }[];
  runs: RunStep[];
  /** ADD sources that are URLs */
  addUrls: { line: number; url: string }[];
  /** COPY --from values as written */
  /** COPY/ADD --from: the stage or image, and the source paths (not the destination) */
  copyFrom: { line: number; from: string; sources: string[] }[];
  /** instructions BuildKit expands variables in itself (COPY, ADD, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME, STOPSIGNAL) */
  expanded: { line: number; keyword: string; text: string }[];
}

export interface ParsedDockerfile {
  /** ARGs before the first FROM: the only ones FROM lines can use */
  globalArgs: ArgDecl[];
  stages: Stage[];
  /** parser directives at the top of the file (# syntax=…, # escape=…, # check=…), keys lowercased */
  directives: Record<string, string>;
  /** codes named by `# check=skip=A,B` (lowercased), or ['all'] */
  checkSkip: string[];
}

/**
 * Parser directives, as BuildKit reads them: `# key=value` comment lines at the very top; the first
 * line that is not one (an instruction, another comment, a blank line) ends them (pure).
 */
export function parseDirectives(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) break;
    const key = (m[1] as string).toLowerCase();
    if (key in out) break;
    out[key] = m[2] as string;
  }
  return out;
}

/** `# check=skip=JSONArgsRecommended,emulated-compile;error=true` -> the skipped names, lowercased (pure). */
export function checkSkips(directive: string | undefined): string[] {
  if (!directive) return [];
  for (const part of directive.split(';')) {
    const [k, v] = part.split('=', 2).map((x) => x.trim());
    if (k?.toLowerCase() === 'skip' && v) return v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  }
  return [];
}

/** Instructions whose arguments the Dockerfile frontend expands itself (not a shell). */
const EXPANDED = new Set(['COPY', 'ADD', 'ENV', 'WORKDIR', 'USER', 'LABEL', 'EXPOSE', 'VOLUME', 'STOPSIGNAL']);

function flags(i: Instruction): { name: string; value: string }[] {
  // From/Copy's own accessors (getPlatformFlag, getFromFlag) only see a lone flag: read all flags instead
  if (!(i instanceof ModifiableInstruction)) return [];
  return i.getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() ?? '' }));
}

function argDecls(i: Arg, line: number): ArgDecl[] {
  return i.getArguments().map((a) => {
    const v = a.getValue();
    const eq = v.indexOf('=');
    if (eq < 0) return { name: v, line };
    return { name: v.slice(0, eq), value: v.slice(eq + 1).replace(/^(["'])(.*)\1$/s, '$2'), line };
  });
}

/** Parse a Dockerfile into its global ARGs and stages, with what the preflight needs of each. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const df = DockerfileParser.parse(text);
  const directives = parseDirectives(text);
  const out: ParsedDockerfile = { globalArgs: [], stages: [], directives, checkSkip: checkSkips(directives.check) };
  let stage: Stage | undefined;
  for (const i of df.getInstructions()) {
    const line = i.getRange().start.line + 1;
    if (i instanceof From) {
      const args = i.getArguments().map((a) => a.getValue());
      const platform = flags(i).find((f) => f.name === 'platform')?.value;
      const name = args[1]?.toLowerCase() === 'as' && args[2] ? args[2].toLowerCase() : undefined;
      stage = {
        index: out.stages.length,
        ...(name ? { name } : {}),
        line,
        base: args[0] ?? '',
        ...(platform ? { platform } : {}),
        args: [],
        envs: [],
        runs: [],
        addUrls: [],
        copyFrom: [],
        expanded: [],
      };
      out.stages.push(stage);
      continue;
    }
    if (i instanceof Arg) {
      (stage ? stage.args : out.globalArgs).push(...argDecls(i, line));
      continue;
    }
    if (!stage) continue;
    const keyword = i.getKeyword().toUpperCase();
    if (EXPANDED.has(keyword)) stage.expanded.push({ line, keyword, text: i.getArgumentsContent() ?? '' });
    if (i instanceof Env) stage.envs.push(...i.getProperties().map((p) => ({ name: p.getName(), line })));
    else if (i instanceof Run) {
      const mountFrom = flags(i)
        .filter((f) => f.name === 'mount')
        .flatMap((f) =>
          f.value
            .split(',')
            .filter((kv) => kv.startsWith('from='))
            .map((kv) => kv.slice(5)),
        );
      stage.runs.push({ line, text: runScript(i.getArgumentsContent() ?? ''), execForm: i.getJSONStrings().length > 0, mountFrom });
    } else if (i instanceof Copy || i instanceof Add) {
      const from = flags(i).find((f) => f.name === 'from')?.value;
      if (from) {
        const json = i.getJSONStrings().map((a) => a.getJSONValue());
        const words = json.length ? json : i.getArguments().map((a) => a.getValue());
        stage.copyFrom.push({ line, from, sources: words.slice(0, -1) });
      }
      if (i instanceof Add) for (const a of i.getArguments()) if (/^https?:\/\//i.test(a.getValue())) stage.addUrls.push({ line, url: a.getValue() });
    }
  }
  return out;
}

/**
 * The script a RUN's shell runs: for `RUN <<EOF … EOF` (a heredoc and no command) BuildKit runs the
 * heredoc's body (`<<-` strips leading tabs); anything else is the text itself (pure).
 */
export function runScript(text: string): string {
  const m = /^<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*\n([\s\S]*?)\n[ \t]*\3[ \t]*$/.exec(text.trim());
  if (!m) return text;
  const body = m[4] as string;
  return m[1] ? body.replace(/^\t+/gm, '') : body;
}

/**
 * Expand $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt} (words may nest)
 * the way the Dockerfile frontend does for FROM lines and flags. Unknown variables expand to "".
 */
export function expandVars(s: string, vars: Record<string, string | undefined>): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\' && s[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (s[i + 1] === '{') {
      // find the matching brace
      let depth = 0;
      let j = i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
      }
      const body = s.slice(i + 2, j);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(body);
      i = j + 1;
      if (!m) continue;
      const v = vars[m[1] as string];
      const op = m[2];
      if (!op) {
        out += v ?? '';
        continue;
      }
      const set = op.startsWith(':') ? v !== undefined && v !== '' : v !== undefined;
      if (op.endsWith('-')) out += set ? (v as string) : expandVars(m[3] ?? '', vars);
      else out += set ? expandVars(m[3] ?? '', vars) : '';
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
    if (!m) {
      out += c;
      i++;
      continue;
    }
    out += vars[m[0]] ?? '';
    i += 1 + m[0].length;
  }
  return out;
}

/**
 * A FROM value or flag as BuildKit's shell lexer reads it: variables expanded, quotes removed
 * ('…' literal, "…" expanded inside), so `debian:"${TAG}"` is `debian:bookworm` (pure).
 */
export function expandWord(s: string, vars: Record<string, string | undefined>): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) return out + s.slice(i + 1);
      out += s.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let inner = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && (s[j + 1] === '"' || s[j + 1] === '\\')) {
          inner += s[j + 1];
          j += 2;
        } else inner += s[j++];
      }
      out += expandVars(inner, vars);
      i = j + 1;
    } else {
      let j = i;
      while (j < s.length && s[j] !== "'" && s[j] !== '"') j++;
      out += expandVars(s.slice(i, j), vars);
      i = j;
    }
  }
  return out;
}
