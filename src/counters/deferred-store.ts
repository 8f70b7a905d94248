// Counting before the counts file is open (issue 19, point 9). Loading the
// SQLite WebAssembly build and opening the file cost more than a bare
// server's whole start, so `node dist/server.js` opens it only once it has
// answered its first request. Events arriving before that wait here (a
// bounded number, as the store's own pending cells are) and go to the store
// when it is open; a report waits for the opening, and starts it.
import type { CountedEvent } from '../shared/api-types.js';
import type { CountRow, CountStore } from './types.js';

/** Events kept while the file is not open yet; past this they are dropped (memory must not grow without end). */
const MAX_WAITING = 50_000;

export interface DeferredStore extends CountStore {
  /** Hands over to the opened store (waiting events go to it), or to none: the file could not be opened. */
  settle(store: CountStore | null): void;
  /** Events waiting for the store. */
  waiting(): number;
}

/** `open` is asked for when a report needs the numbers before the entry opened the file itself. */
export function deferredStore(open: () => void, maxWaiting = MAX_WAITING): DeferredStore {
  /** undefined: not open yet; null: could not be opened. */
  let store: CountStore | null | undefined;
  const waiting: Array<[CountedEvent, string]> = [];
  let settled!: (store: CountStore | null) => void;
  const opened = new Promise<CountStore | null>((resolve) => (settled = resolve));
  return {
    async count(event, day) {
      if (store) return store.count(event, day);
      if (store === undefined && waiting.length < maxWaiting) waiting.push([event, day]);
    },
    async read(gemeente, from, to): Promise<CountRow[]> {
      if (store === undefined) open();
      const ready = store ?? (await opened);
      if (!ready) throw new Error('the counts file could not be opened');
      return ready.read(gemeente, from, to);
    },
    settle(next) {
      if (store !== undefined) return;
      store = next;
      if (next) for (const [event, day] of waiting) void next.count(event, day);
      waiting.length = 0;
      settled(next);
    },
    waiting: () => waiting.length,
  };
}
