// Counting on Workers: the D1 binding DB (see wrangler.toml and
// migrations/), report tokens from the secret WEGWIJS_STATS_TOKENS. No DB
// binding, or WEGWIJS_COUNTERS=off: counting is off.
import { d1Store } from './d1-store.js';
import { countingSwitch, tokensFrom, type CountingEnv, type CountingSetup } from './settings.js';

export interface WorkerCountingEnv extends CountingEnv {
  DB?: D1Database;
}

export function workerCounting(env: WorkerCountingEnv): CountingSetup {
  if (!env.DB || !countingSwitch(env.WEGWIJS_COUNTERS).on) return {};
  const store = d1Store(env.DB);
  return { counter: store, counting: { reader: store, tokens: tokensFrom(env).tokens, writeTimeoutMs: 1000 } };
}
