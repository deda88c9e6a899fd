/** Parsing of WWW-Authenticate challenges and a scope-aware token cache (distribution token auth). */

export interface Challenge {
  scheme: 'basic' | 'bearer' | string;
  params: Record<string, string>;
}

/** Parse `Bearer realm="…",service="…",scope="…"` (one challenge; the first when several are sent). */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
  let p: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: regex loop
  while ((p = re.exec(m[2] ?? '')) !== null) {
    params[(p[1] as string).toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: (m[1] as string).toLowerCase(), params };
}

/** `repository:a/b:pull,push` → resource and actions. Several scopes may be space-separated. */
export function parseScopes(scopes: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of scopes.flatMap((x) => x.split(' ')).filter(Boolean)) {
    const i = s.lastIndexOf(':');
    if (i < 0) continue;
    const resource = s.slice(0, i);
    const set = out.get(resource) ?? new Set<string>();
    for (const a of s.slice(i + 1).split(',')) if (a) set.add(a);
    out.set(resource, set);
  }
  return out;
}

/** Merge scopes for the same resource: repository:x:pull + repository:x:push → repository:x:pull,push. */
export function mergeScopes(scopes: string[]): string[] {
  return [...parseScopes(scopes)].map(([r, a]) => `${r}:${[...a].sort().join(',')}`).sort();
}

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}

export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

interface CachedToken {
  scopes: Map<string, Set<string>>;
  token: string;
  expiresAt: number;
}

/** Tokens per registry, reused for any request whose scopes a cached token covers. */
export class TokenCache {
  private tokens: CachedToken[] = [];

  get(scopes: string[], now = Date.now()): string | undefined {
    const want = parseScopes(scopes);
    this.tokens = this.tokens.filter((t) => t.expiresAt > now);
    for (const t of this.tokens) {
      let covers = true;
      for (const [r, acts] of want) {
        const have = t.scopes.get(r);
        if (!have || [...acts].some((a) => !have.has(a) && !have.has('*'))) covers = false;
      }
      if (covers) return t.token;
    }
    return undefined;
  }

  put(scopes: string[], token: string, expiresInSeconds: number, now = Date.now()): void {
    // refresh a little early; distribution's minimum token lifetime is 60s
    const ttl = Math.max(expiresInSeconds, 60) * 1000 - 10_000;
    this.tokens.push({ scopes: parseScopes(scopes), token, expiresAt: now + ttl });
  }

  clear(): void {
    this.tokens = [];
  }
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
