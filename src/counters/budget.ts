// How many events each municipality may add per minute, per process (per
// isolate on Workers). One budget per municipality (and one for events
// without one) instead of one cap for everyone: a client pumping one
// municipality's numbers uses up that municipality's budget only, never
// another's, so it cannot starve real visitors elsewhere. Events over the
// budget are not counted, so under abuse the counts are approximate (the
// reports and the dashboard say so). Keeps no address: only a number per
// municipality for the current minute.
import type { Counter } from './types.js';

export interface BudgetOptions {
  /** Events per municipality per minute. */
  perMinute: number;
}

/** 600 a minute (10 a second) per municipality: far above a municipality's real traffic, far below what a script can send. */
export const defaultBudget: BudgetOptions = { perMinute: 600 };

/** At most this many municipalities are tracked per minute; past it, events of new ones share one budget. */
const MAX_KEYS = 1_000;
const OVERFLOW = '*';

export interface CountBudget {
  /** True when an event for this municipality ('' for none) may be counted now (and uses one up). */
  take(gemeente: string): boolean;
  /** Whole seconds until the next minute: for Retry-After. */
  retryAfter(): number;
}

export function countBudget(options: BudgetOptions = defaultBudget, now: () => number = Date.now): CountBudget {
  let minute = -1;
  const used = new Map<string, number>();
  const roll = () => {
    const m = Math.floor(now() / 60_000);
    if (m !== minute) {
      minute = m;
      used.clear();
    }
  };
  return {
    take(gemeente) {
      roll();
      const key = used.has(gemeente) || used.size < MAX_KEYS ? gemeente : OVERFLOW;
      const n = used.get(key) ?? 0;
      if (n >= options.perMinute) return false;
      used.set(key, n + 1);
      return true;
    },
    retryAfter() {
      return Math.max(1, Math.ceil((60_000 - (now() % 60_000)) / 1000));
    },
  };
}

/** A counter that counts only what the budget allows (the site's page views); the rest is dropped quietly. */
export function budgetedCounter(counter: Counter, budget: CountBudget): Counter {
  return {
    count(event, day) {
      return budget.take(event.gemeente ?? '') ? counter.count(event, day) : Promise.resolve();
    },
  };
}
