// Counting on Workers: the D1 binding DB (see wrangler.toml and
// migrations/), report tokens from the secret WEGWIJS_STATS_TOKENS. No DB
// binding, or WEGWIJS_COUNTERS=off: counting is off.
import { D1_WINDOW_MS, d1Store } from './d1-store.js';
import { type CountingEnv, type CountingSetup, countingSwitch, tokensFrom } from './settings.js';
import { throttledLog } from './store-errors.js';

export interface WorkerCountingEnv extends CountingEnv {
  DB?: D1Database;
}

export function workerCounting(env: WorkerCountingEnv, log: (line: string) => void = console.error): CountingSetup {
  if (!env.DB || !countingSwitch(env.WEGWIJS_COUNTERS).on) return {};
  const store = d1Store(env.DB, { onError: throttledLog(log) });
  // A Worker cannot refuse to start: weak or malformed entries are left out, and said so in the Worker's log.
  const { tokens, problems } = tokensFrom(env);
  for (const problem of problems) log(`wegwijs: WEGWIJS_STATS_TOKENS: ${problem} This entry is not used.`);
  // The first event of a batch waits out the window, then the write: give it both.
  return { counter: store, counting: { reader: store, tokens, writeTimeoutMs: D1_WINDOW_MS + 10_000 } };
}
