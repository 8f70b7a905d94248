// The Workers store: Cloudflare D1, same table and statements as on Node.
// Events are summed in the isolate and written together: the first event of
// a window starts a timer (held open by waitUntil, through the events route
// and the site), every event in the next `windowMs` joins its batch, and the
// batch is one D1 call (`db.batch`) with one UPSERT per distinct cell. At a
// national rate this turns a D1 write per event into a few per thousand
// (docs/counters.md has the numbers; tests/worker-batching.test.ts measures).
import type { CountedEvent } from '../shared/api-types.js';
import { cellKey, cellOf, cellValues } from './cells.js';
import { SELECT_RANGE, UPSERT } from './sql.js';
import { explainStoreError } from './store-errors.js';
import type { Cell, CountRow, CountStore } from './types.js';

export interface D1StoreOptions {
  /** How long the first event of a batch waits for others (ms). Must stay well inside waitUntil's 30 s. */
  windowMs?: number;
  /** At most this many cells per D1 call; a fuller batch is written at once. */
  maxBatch?: number;
  /** Told when a write fails (those numbers are lost). Gets no event data. */
  onError?: (error: Error) => void;
}

export const D1_WINDOW_MS = 5_000;
/** Statements per D1 call; Workers allow 1,000 D1 queries per invocation on the paid plan (50 on the free one). */
export const D1_MAX_BATCH = 100;

export interface D1Store extends CountStore {
  /** Writes what is waiting now (and waits for a write under way). */
  flush(): Promise<void>;
}

export function d1Store(db: D1Database, options: D1StoreOptions = {}): D1Store {
  const { windowMs = D1_WINDOW_MS, maxBatch = D1_MAX_BATCH, onError = () => {} } = options;
  const pending = new Map<string, { cell: Cell; n: number }>();
  let timer: Promise<void> | undefined;
  // Writes run one after another, so a report read after a flush sees it.
  let writing: Promise<void> = Promise.resolve();

  async function writeBatch(batch: Array<{ cell: Cell; n: number }>): Promise<void> {
    try {
      await db.batch(batch.map(({ cell, n }) => db.prepare(UPSERT).bind(...cellValues(cell), n)));
    } catch (error) {
      onError(explainStoreError(error));
    }
  }

  // One flush waiting at a time: every event arriving meanwhile joins it, instead of queueing flushes of a few cells each.
  // A full batch writes full batches only; the window's end (and a report) writes everything.
  let queued: 'full' | 'all' | undefined;
  function flush(what: 'full' | 'all' = 'all'): Promise<void> {
    if (queued === 'all' || queued === what) return writing;
    const upgrade = queued === 'full';
    queued = what;
    if (upgrade) return writing;
    writing = writing.then(async () => {
      const all = queued === 'all';
      queued = undefined;
      if (all) {
        // What is waiting now; events arriving during these writes wait for their own window.
        const batch = [...pending.values()];
        pending.clear();
        for (let i = 0; i < batch.length; i += maxBatch) await writeBatch(batch.slice(i, i + maxBatch));
        return;
      }
      while (pending.size >= maxBatch) {
        const batch = [...pending.values()].slice(0, maxBatch);
        for (const entry of batch) pending.delete(cellKey(entry.cell));
        await writeBatch(batch);
      }
    });
    return writing;
  }

  const flushAll = () => flush('all');
  return {
    count(event: CountedEvent, day: string): Promise<void> {
      const cell = cellOf(event, day);
      const id = cellKey(cell);
      const entry = pending.get(id);
      if (entry) entry.n += 1;
      else pending.set(id, { cell, n: 1 });
      if (pending.size >= maxBatch) return flush('full');
      // Only the event that opens a window carries the wait; the others resolve at once (they are in its batch).
      if (timer) return Promise.resolve();
      timer = new Promise<void>((resolve) => setTimeout(resolve, windowMs)).then(() => {
        timer = undefined;
        return flush();
      });
      return timer;
    },
    async read(gemeente: string, from: string, to: string) {
      await flush();
      try {
        const result = await db.prepare(SELECT_RANGE).bind(gemeente, from, to).all<CountRow>();
        return result.results;
      } catch (error) {
        throw explainStoreError(error);
      }
    },
    flush: flushAll,
  };
}
