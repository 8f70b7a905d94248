// A consistent copy of the counts file while the server runs: SQLite's
// VACUUM INTO through the same library (node-sqlite3-wasm), so it honours the
// server's `<file>.lock` directory. Another SQLite client would not, and can
// corrupt the live file: the docs send operators here instead.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { isBusy } from './sqlite-file.js';

export interface BackupResult {
  rows: number;
  target: string;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Copies `file` to `target` (which must not exist yet) and checks the copy. Throws with a plain message. */
export function backupCounts(file: string, target: string, attempts = 50): BackupResult {
  if (!existsSync(file)) throw new Error(`there is no database at ${file} (set WEGWIJS_DB or WEGWIJS_ROOT as for the server).`);
  if (existsSync(target)) throw new Error(`${target} already exists; choose another name, a backup never overwrites a file.`);
  mkdirSync(dirname(target), { recursive: true });
  const db = new sqlite.Database(file, { readOnly: true });
  try {
    // The server holds the lock for milliseconds once a second: wait for a free moment.
    for (let attempt = 1; ; attempt++) {
      try {
        db.run('VACUUM INTO ?', [target]);
        break;
      } catch (error) {
        if (!isBusy(error) || attempt >= attempts) throw error;
        sleepSync(100);
      }
    }
  } finally {
    db.close();
  }
  const copy = new sqlite.Database(target, { readOnly: true });
  try {
    const check = copy.get('PRAGMA integrity_check') as { integrity_check: string };
    if (check.integrity_check !== 'ok')
      throw new Error(`the copy at ${target} does not pass SQLite's integrity check (${check.integrity_check}).`);
    const { n } = copy.get('SELECT count(*) AS n FROM counts') as { n: number };
    return { rows: n, target };
  } finally {
    copy.close();
  }
}
