import { formatBytes } from './bytes.js';
import type { PushedImage } from './pushed.js';


export interface SummaryInput {
  image?: string;
  digest?: string;
  pushed?: PushedImage;
  platforms: string[];
  cacheHits?: { cached: number; total: number };
  durationMs: number;
}

/** Rows of the job summary table: header first (pure). */
export function summaryRows(s: SummaryInput): string[][] {
  const rows = [['Platform', 'Digest', 'Size']];
  if (s.pushed) {
    for (const p of s.pushed.platforms) rows.push([p.platform, p.digest, formatBytes(p.size)]);
    if (s.pushed.attestations) rows.push(['attestations', `${s.pushed.attestations} manifest(s)`, '']);
  } else {
    for (const p of s.platforms) rows.push([p, 'not pushed', '—']);
  }
  return rows;
}

/** The job summary as Markdown (pure), written whatever the buildx version. */
export function summaryMarkdown(s: SummaryInput): string {
  const rows = summaryRows(s);
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  const lines = ['## gen-ci multi-arch build', ''];
  if (s.image) lines.push(`**Image:** \`${s.image}\``, '');
  lines.push(`| ${rows[0]?.map(esc).join(' | ')} |`, `| ${rows[0]?.map(() => '---').join(' | ')} |`);
  for (const r of rows.slice(1)) lines.push(`| ${r.map((c, i) => (i === 1 && c.startsWith('sha256:') ? `\`${c}\`` : esc(c))).join(' | ')} |`);
  lines.push('');
  const facts = [`built in ${(s.durationMs / 1000).toFixed(1)} s`];
  if (s.cacheHits?.total) facts.push(`${s.cacheHits.cached}/${s.cacheHits.total} steps from cache`);
  lines.push(facts.join(', '), '');
  return lines.join('\n');
}

/**
 * Count steps served from cache in plain progress output (pure): `#N CACHED`, or a step whose
 * result BuildKit pulled from the imported cache (it lists the cached layer blobs it fetched
 * instead of running; an executed step never fetches blobs under its own number).
 */
export function cacheHits(progress: string): { cached: number; total: number } {
  const steps = new Map<string, boolean>();
  for (const m of progress.matchAll(/^#(\d+) \[[^\]]*\] (RUN|COPY|ADD|WORKDIR)\b.*$/gm)) steps.set(m[1] as string, false);
  for (const m of progress.matchAll(/^#(\d+) (?:CACHED$|sha256:[a-f0-9]{64} .*done$)/gm)) if (steps.has(m[1] as string)) steps.set(m[1] as string, true);
  for (const m of progress.matchAll(/^#(\d+) \d+\.\d+ /gm)) if (steps.has(m[1] as string)) steps.set(m[1] as string, false);
  const values = [...steps.values()];
  return { cached: values.filter(Boolean).length, total: values.length };
}
