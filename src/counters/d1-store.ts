// The Workers store: Cloudflare D1, same table and statements as on Node.
// One UPSERT per event; the events route runs it after the response
// (waitUntil), so a slow D1 never holds a visitor up.
import type { CountedEvent } from '../shared/api-types.js';
import { cellOf, cellValues } from './cells.js';
import { SELECT_RANGE, UPSERT } from './sql.js';
import type { CountRow, CountStore } from './types.js';

export function d1Store(db: D1Database): CountStore {
  return {
    async count(event: CountedEvent, day: string) {
      await db.prepare(UPSERT).bind(...cellValues(cellOf(event, day)), 1).run();
    },
    async read(gemeente: string, from: string, to: string) {
      const result = await db.prepare(SELECT_RANGE).bind(gemeente, from, to).all<CountRow>();
      return result.results;
    },
  };
}
