// Counting must never slow or break a request. `safeCounter` wraps any
// counter so that count() always resolves, and soon: a write that throws is
// swallowed, one that hangs is given up after a short time, and when too
// many are still running new events are dropped instead of queued.
import type { CountedEvent } from '../shared/api-types.js';
import type { Counter } from './types.js';

export interface SafeCounterOptions {
  /** Give up on a write after this many ms (the event is then lost). */
  timeoutMs?: number;
  /** At most this many writes at once; more are dropped. */
  maxInFlight?: number;
}

export function safeCounter(counter: Counter, options: SafeCounterOptions = {}): Counter {
  const { timeoutMs = 500, maxInFlight = 100 } = options;
  let inFlight = 0;
  return {
    count(event: CountedEvent, day: string): Promise<void> {
      if (inFlight >= maxInFlight) return Promise.resolve();
      inFlight += 1;
      return new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          inFlight -= 1;
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(finish, timeoutMs);
        (timer as { unref?: () => void }).unref?.();
        try {
          counter.count(event, day).then(finish, finish);
        } catch {
          finish();
        }
      });
    },
  };
}

/** The promise's value, or a rejection once `ms` have passed (for reads, which must answer). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    (timer as { unref?: () => void }).unref?.();
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
