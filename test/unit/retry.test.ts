import { describe, expect, it } from 'vitest';
import { backoffMs, sleep } from '../../src/core/retry.js';

describe('retry primitives', () => {
  it('backoff doubles from the base, capped; jitter picks a point in the upper half', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 200))).toEqual([200, 400, 800, 1600]);
    expect(backoffMs(20, 200, 30_000)).toBe(30_000);
    expect(backoffMs(2, 200, 30_000, () => 0)).toBe(400);
    expect(backoffMs(2, 200, 30_000, () => 0.5)).toBe(600);
  });

  it('sleep ends early when its signal aborts, with the reason the caller maps', async () => {
    const c = new AbortController();
    const t = Date.now();
    const p = sleep(10_000, c.signal, (s) => new Error(`stopped: ${String(s.reason)}`));
    c.abort('deadline');
    await expect(p).rejects.toThrow('stopped: deadline');
    expect(Date.now() - t).toBeLessThan(1000);
    await expect(sleep(1, c.signal)).rejects.toBe('deadline');
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
