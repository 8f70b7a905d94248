// The counter seam (issue 7). The app counts events through this interface;
// the Node and Workers entries pass a real store, tests pass their own.
import type { CountedEvent } from '../shared/api-types.js';

export interface Counter {
  /** Fire-and-forget from the caller's view: must never throw into a request. */
  count(event: CountedEvent, day: string): Promise<void>;
}

export const noCounter: Counter = { count: async () => {} };
