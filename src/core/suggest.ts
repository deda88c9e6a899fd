/**
 * "Did you mean …?" for the command line: the edit distance of two words (optimal string
 * alignment: insertions, deletions, substitutions and swaps of two neighbours count one each, so
 * `platfrom` is 2 from `platforms` and `mirorr` 1 from `mirror`), and the nearest of a list.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  // rows i-2, i-1 and i of the (a.length+1) × (b.length+1) table
  let before: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      cur.push(d);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The candidate nearest to `input`, or undefined when none is near enough to be what was meant:
 * within a third of the word's length (at least 1, at most 3), compared case-insensitively; a
 * word of 3 or more letters that starts only one candidate (`plat` for `platforms`) is that candidate. Ties go to
 * the first candidate in the list.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const w = input.toLowerCase();
  if (!w) return undefined;
  // a prefix of one candidate (or of a word and its longer forms: platform, platforms) means it
  const starts = candidates.filter((c) => c.toLowerCase().startsWith(w)).sort((x, y) => x.length - y.length);
  const first = starts[0];
  if (first !== undefined && w.length >= 3 && starts.every((c) => c.toLowerCase().startsWith(first.toLowerCase()))) return first;
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit ? best : undefined;
}

/** `; did you mean X?` for an error line, or '' when nothing is near. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const n = nearest(input, candidates);
  return n === undefined ? '' : `; did you mean ${n}?`;
}
