import { describe, expect, it } from 'vitest';
import { tokenBucket } from './rate-limit.js';
import { safeCounter, withTimeout } from './safe.js';
import type { Counter } from './types.js';

const event = { type: 'quick_exit' } as const;

describe('safe counting', () => {
  it('swallows a store that throws, synchronously or not', async () => {
    const sync: Counter = {
      count: () => {
        throw new Error('disk full');
      },
    };
    const async_: Counter = {
      count: async () => {
        throw new Error('disk full');
      },
    };
    await expect(safeCounter(sync).count(event, '2026-04-20')).resolves.toBeUndefined();
    await expect(safeCounter(async_).count(event, '2026-04-20')).resolves.toBeUndefined();
  });

  it('gives up on a store that never answers, quickly', async () => {
    const hanging: Counter = { count: () => new Promise(() => {}) };
    const started = Date.now();
    await safeCounter(hanging, { timeoutMs: 50 }).count(event, '2026-04-20');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('drops events while too many writes are still running', async () => {
    let calls = 0;
    const hanging: Counter = { count: () => (calls++, new Promise(() => {})) };
    const counter = safeCounter(hanging, { timeoutMs: 100, maxInFlight: 3 });
    await Promise.all(Array.from({ length: 10 }, () => counter.count(event, '2026-04-20')));
    expect(calls).toBe(3);
    await counter.count(event, '2026-04-20'); // the timed-out writes freed their places
    expect(calls).toBe(4);
  });

  it('rejects a read that takes too long', async () => {
    await expect(withTimeout(new Promise(() => {}), 20)).rejects.toThrow('timed out');
    await expect(withTimeout(Promise.resolve(3), 20)).resolves.toBe(3);
  });
});

describe('the events rate limit', () => {
  it('lets a burst through, then refills at the set rate', () => {
    let now = 0;
    const bucket = tokenBucket({ perSecond: 2, burst: 3 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.retryAfter()).toBe(1);
    now = 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
