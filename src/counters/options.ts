// Settings of the counting feature as the app receives them. The entries
// (Node, Workers) build these from their environment; tests build their own.

import type { BudgetOptions } from './budget.js';
import { dutchDay } from './day.js';
import type { Period } from './period.js';
import { withTimeout } from './safe.js';
import type { TokenCheck, TokenResult } from './tokens.js';
import type { CountReader, CountRow } from './types.js';

export interface CountingOptions {
  /** Reads the numbers back for reports. Absent: counting is off, reports answer 404. */
  reader?: CountReader;
  /** Report tokens per municipality. Absent or empty: every report request is refused. */
  tokens?: TokenCheck;
  /** Events each municipality may add per minute, per process (per isolate on Workers); see budget.ts. */
  budget?: BudgetOptions;
  /** How long one store write may take before the event is dropped (ms). */
  writeTimeoutMs?: number;
  /** How long a report may wait for the store (ms); 5000 when not set. */
  readTimeoutMs?: number;
  /** Today as YYYY-MM-DD in the Netherlands; tests replace it. */
  today?: () => string;
}

export function todayOf(options: CountingOptions | undefined): string {
  return options?.today?.() ?? dutchDay();
}

/** The municipality a report token belongs to; null without a token or without any tokens set; `limited` after too many wrong ones. */
export async function tokenOwner(options: CountingOptions, token: string | null): Promise<TokenResult> {
  return token && options.tokens ? options.tokens.municipalityOf(token) : null;
}

/** A municipality's rows for a report; rejects when the store has not answered within readTimeoutMs. */
export function readReport(reader: CountReader, options: CountingOptions, gemeente: string, period: Period): Promise<CountRow[]> {
  return withTimeout(reader.read(gemeente, period.from, period.to), options.readTimeoutMs ?? 5000);
}
