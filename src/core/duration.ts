/** A duration as people read it in one line: `0.2 s`, `1.5 s`, `12 s`, `30 s`. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? Number(s.toFixed(1)) : Math.round(s)} s`;
}
