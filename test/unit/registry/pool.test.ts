import { describe, expect, it } from 'vitest';
import { Pool } from '../../../src/registry/pool.js';

const tick = () => new Promise<void>((r) => setTimeout(r, 1));

describe('Pool', () => {
  it('never runs more than its size, also while a finishing task hands over its slot', async () => {
    const pool = new Pool(2);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    };
    const all = Array.from({ length: 6 }, () => pool.run(task));
    // a newcomer arriving right when a slot is handed over must wait too
    await Promise.race(all);
    all.push(pool.run(task), pool.run(task));
    await Promise.all(all);
    expect(peak).toBe(2);
  });

  it('starts waiting tasks highest priority first, ties in arrival order', async () => {
    const pool = new Pool(1);
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(name);
      await tick();
    };
    const runs = [
      pool.run(task('first'), 0),
      pool.run(task('small'), 1),
      pool.run(task('big-a'), 100),
      pool.run(task('mid'), 10),
      pool.run(task('big-b'), 100),
    ];
    await Promise.all(runs);
    expect(order).toEqual(['first', 'big-a', 'big-b', 'mid', 'small']);
  });

  it('refuses queued tasks once aborted', async () => {
    const pool = new Pool(1);
    const boom = new Error('boom');
    const a = pool.run(async () => {
      await tick();
      pool.abort(boom);
    });
    const b = pool.run(async () => 'ran');
    await a;
    await expect(b).rejects.toBe(boom);
  });
});
