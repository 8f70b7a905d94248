// The Node store: an SQLite file through node-sqlite3-wasm (pure WebAssembly,
// no native build, no download). Its calls are synchronous, so events are
// summed in memory and written as one transaction per second: a request
// never waits for the disk, and write times say nothing about single visits.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import type { CountedEvent } from '../shared/api-types.js';
import { cellKey, cellOf, cellValues } from './cells.js';
import { COUNTS_TABLE, SELECT_RANGE, UPSERT } from './sql.js';
import type { Cell, CountRow, CountStore } from './types.js';

export interface SqliteStoreOptions {
  /** How long increments wait in memory before they are written (ms). */
  flushMs?: number;
  /** Told when a write fails (the numbers in it are dropped). Never gets event data. */
  onError?: (error: unknown) => void;
}

export interface SqliteStore extends CountStore {
  /** Writes what is waiting now. */
  flush(): void;
  /** Writes what is waiting, then closes the file. */
  close(): void;
}

/** Opens (and creates, with its folder and table) the database file. Throws when that is impossible. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  const { flushMs = 1000, onError = () => {} } = options;
  mkdirSync(dirname(file), { recursive: true });
  const db = new sqlite.Database(file);
  try {
    db.exec(COUNTS_TABLE);
  } catch (error) {
    db.close();
    throw error;
  }

  const pending = new Map<string, { cell: Cell; n: number }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending.size || !db.isOpen) return;
    const batch = [...pending.values()];
    pending.clear();
    try {
      db.exec('BEGIN');
      for (const { cell, n } of batch) db.run(UPSERT, [...cellValues(cell), n]);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      onError(error);
    }
  }

  return {
    async count(event: CountedEvent, day: string) {
      const cell = cellOf(event, day);
      const id = cellKey(cell);
      const entry = pending.get(id);
      if (entry) entry.n += 1;
      else pending.set(id, { cell, n: 1 });
      if (!timer) {
        timer = setTimeout(flush, flushMs);
        timer.unref?.();
      }
    },
    async read(gemeente: string, from: string, to: string): Promise<CountRow[]> {
      flush();
      return db.all(SELECT_RANGE, [gemeente, from, to]) as unknown as CountRow[];
    },
    flush,
    close() {
      flush();
      if (db.isOpen) db.close();
    },
  };
}
