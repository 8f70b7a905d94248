// Settings of the counting feature as the app receives them. The entries
// (Node, Workers) build these from their environment; tests build their own.
import { dutchDay } from './day.js';
import type { RateOptions } from './rate-limit.js';
import type { TokenCheck } from './tokens.js';
import type { CountReader } from './types.js';

export interface CountingOptions {
  /** Reads the numbers back for reports. Absent: counting is off, reports answer 404. */
  reader?: CountReader;
  /** Report tokens per municipality. Absent or empty: every report request is refused. */
  tokens?: TokenCheck;
  /** Overall cap on events per process (per isolate on Workers). */
  rate?: RateOptions;
  /** How long one store write may take before the event is dropped (ms). */
  writeTimeoutMs?: number;
  /** How long a report may wait for the store (ms). */
  readTimeoutMs?: number;
  /** Today as YYYY-MM-DD in the Netherlands; tests replace it. */
  today?: () => string;
}

export function todayOf(options: CountingOptions | undefined): string {
  return options?.today?.() ?? dutchDay();
}
