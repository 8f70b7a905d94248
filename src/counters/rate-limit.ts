// A token bucket: one per process (per isolate on Workers). It knows nothing
// about who sends a request, so it stores no address: it only caps how fast
// something happens overall (wrong report tokens, src/counters/tokens.ts).

export interface RateOptions {
  /** Events per second accepted on average. */
  perSecond: number;
  /** Events accepted at once after a quiet time. */
  burst: number;
}

export interface TokenBucket {
  /** True when the event may pass (and uses up one token). */
  take(): boolean;
  /** Whole seconds until one token is back: for Retry-After. */
  retryAfter(): number;
  /** Returns one token taken for something that turned out not to count. */
  giveBack(): void;
}

export function tokenBucket(rate: RateOptions, now: () => number = Date.now): TokenBucket {
  let tokens = rate.burst;
  let last = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(rate.burst, tokens + ((t - last) / 1000) * rate.perSecond);
    last = t;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    retryAfter() {
      refill();
      return Math.max(1, Math.ceil((1 - tokens) / rate.perSecond));
    },
    giveBack() {
      tokens = Math.min(rate.burst, tokens + 1);
    },
  };
}
