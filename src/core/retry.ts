// Waiting between attempts, the one place it is done: an abortable sleep and exponential backoff.

/** Wait ms; with a signal, stop early when it aborts and reject with `reason(signal)` (default: its reason). */
export function sleep(ms: number, signal?: AbortSignal, reason: (s: AbortSignal) => unknown = (s) => s.reason): Promise<void> {
  if (!signal) return new Promise<void>((r) => setTimeout(r, ms));
  if (signal.aborted) return Promise.reject(reason(signal));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(t);
      reject(reason(signal));
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The delay before retry `attempt` (0-based): baseMs doubled each time, at most capMs; with
 * jitter, a random point in the upper half (so parallel clients do not retry in step).
 */
export function backoffMs(attempt: number, baseMs: number, capMs = 30_000, jitter: () => number = () => 1): number {
  const base = baseMs * 2 ** attempt;
  return Math.min(base / 2 + (jitter() * base) / 2, capMs);
}
