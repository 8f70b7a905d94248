// The Node store: an SQLite file through node-sqlite3-wasm (pure WebAssembly,
// no native build, no download). Its calls are synchronous, so events are
// summed in memory and written as one transaction per second: a request
// never waits for the disk, and write times say nothing about single visits.
// What can go wrong around the file (a stale lock, a table of another shape,
// the file deleted while running) is handled in sqlite-file.ts.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import type { CountedEvent } from '../shared/api-types.js';
import { cellKey, cellOf, cellValues } from './cells.js';
import { COUNTS_TABLE, SELECT_RANGE, UPSERT } from './sql.js';
import { checkCountsShape, clearStaleLockAtStart, fileIdentity, isBusy, staleLockWatch } from './sqlite-file.js';
import type { Cell, CountRow, CountStore } from './types.js';

export interface SqliteStoreOptions {
  /** How long increments wait in memory before they are written (ms). */
  flushMs?: number;
  /** Told when a write fails (the numbers in it are dropped). Never gets event data. */
  onError?: (error: unknown) => void;
  /** Told about what was repaired (a stale lock removed, a deleted file made again). Settings and paths only. */
  onWarning?: (line: string) => void;
}

export interface SqliteStore extends CountStore {
  /** Writes what is waiting now. */
  flush(): void;
  /** Writes what is waiting, then closes the file. */
  close(): void;
}

/** Most cells kept waiting while the file is locked; past this new cells are dropped (the store must not grow without end). */
const MAX_PENDING_CELLS = 50_000;

type Database = InstanceType<typeof sqlite.Database>;

/** Opens the file (making folder, file and table); throws CountsShapeError for a table of another shape. */
function openFile(file: string): Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new sqlite.Database(file);
  try {
    db.exec(COUNTS_TABLE);
    checkCountsShape(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Opens the file, waiting while another process holds it for a moment: a
 * backup, or a reader that opened the file the instant it was made, before
 * its table was. Without the wait, that moment turned counting off for the
 * whole run (seen in a fault test under load).
 */
export async function openWhenFree(file: string, waitMs = 5_000): Promise<Database> {
  for (let waited = 0; ; waited += 100) {
    try {
      return openFile(file);
    } catch (error) {
      if (!isBusy(error) || waited >= waitMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Opens (and creates, with its folder and table) the database file, after clearing a stale lock. Rejects when that is impossible. */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const { flushMs = 1000, onError = () => {}, onWarning = () => {} } = options;
  mkdirSync(dirname(file), { recursive: true });
  const cleared = await clearStaleLockAtStart(file);
  if (cleared) onWarning(cleared);
  let db = await openWhenFree(file);
  let identity = fileIdentity(file);
  const watchLock = staleLockWatch(file);

  const pending = new Map<string, { cell: Cell; n: number }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(): void {
    if (timer) return;
    timer = setTimeout(flush, flushMs);
    timer.unref?.();
  }

  /** The file was deleted or replaced while we ran: our handle writes into nothing. Make it again and say so. */
  function reopenIfGone(): void {
    const now = fileIdentity(file);
    if (now !== null && now === identity) return;
    onWarning(
      `wegwijs: counting: the database ${file} was ${now === null ? 'deleted' : 'replaced'} while the server ran; a new one is made and counting goes on. Numbers in the old file are not in the new one.`,
    );
    if (db.isOpen) db.close();
    db = openFile(file);
    identity = fileIdentity(file);
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending.size || !db.isOpen) return;
    const batch = [...pending.values()];
    pending.clear();
    try {
      reopenIfGone();
      db.exec('BEGIN');
      for (const { cell, n } of batch) db.run(UPSERT, [...cellValues(cell), n]);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isOpen && db.inTransaction) db.exec('ROLLBACK');
      if (!isBusy(error)) {
        onError(error);
        return;
      }
      // Locked (a backup running, or a lock left behind): keep the numbers and try again.
      for (const entry of batch) add(entry.cell, entry.n);
      const cleared = watchLock();
      if (cleared) onWarning(cleared);
      schedule();
    }
  }

  function add(cell: Cell, n: number): void {
    const id = cellKey(cell);
    const entry = pending.get(id);
    if (entry) entry.n += n;
    else if (pending.size < MAX_PENDING_CELLS) pending.set(id, { cell, n });
  }

  return {
    async count(event: CountedEvent, day: string) {
      add(cellOf(event, day), 1);
      schedule();
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
