// The counts file on Node, kept safe from what happens around it.
//
// node-sqlite3-wasm locks the file with a directory `<file>.lock`, made for
// each transaction and removed right after (milliseconds). Other SQLite
// clients do not know that lock, which is why the docs never send anyone to
// the live file with them (`npm run counts:backup` copies it through this
// library). A process killed during a write leaves the directory behind, and
// every later open would fail with "database is locked": a lock that stays,
// unchanged, far longer than any write takes is stale and is removed.
import { rmdirSync, statSync } from 'node:fs';
import type sqlite from 'node-sqlite3-wasm';
import { COUNT_COLUMNS } from './sql.js';

type Database = InstanceType<typeof sqlite.Database>;

export const lockDir = (file: string) => `${file}.lock`;

/** A write holds the lock for milliseconds; one that has not changed for this long is left by a dead process. */
export const STALE_LOCK_MS = 1_500;

function lockIdentity(file: string): string | null {
  try {
    const s = statSync(lockDir(file));
    return `${s.ino}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * At start-up: waits (at most STALE_LOCK_MS, without holding up requests) for
 * a lock to go away; removes it when the same directory is still there, since
 * no live writer holds it that long. Resolves to a line for the log when it
 * removed one.
 */
export async function clearStaleLockAtStart(file: string, waitMs = STALE_LOCK_MS): Promise<string | null> {
  const first = lockIdentity(file);
  if (!first) return null;
  for (let waited = 0; waited < waitMs; waited += 100) {
    await sleep(100);
    const now = lockIdentity(file);
    // Gone, or taken again by someone else: a live writer. Leave it alone.
    if (now !== first) return null;
  }
  return removeLock(file);
}

function removeLock(file: string): string | null {
  try {
    rmdirSync(lockDir(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return `wegwijs: counting: removed a stale lock (${lockDir(file)}) left by a process that stopped during a write; counting goes on. A write that was cut off is rolled back by SQLite.`;
}

/**
 * While running: a write that finds the file locked keeps its numbers and
 * tries again; if the very same lock is seen for longer than `staleMs`, its
 * owner is gone (a backup killed halfway, say) and it is removed.
 */
export function staleLockWatch(file: string, staleMs = 30_000, now: () => number = Date.now): () => string | null {
  let seen: { id: string; since: number } | undefined;
  return () => {
    const id = lockIdentity(file);
    if (!id) return ((seen = undefined), null);
    if (seen?.id !== id) return ((seen = { id, since: now() }), null);
    if (now() - seen.since < staleMs) return null;
    seen = undefined;
    return removeLock(file);
  };
}

export class CountsShapeError extends Error {}

/** Refuses a `counts` table of another shape: writing into it would fail on every event while the log said "counting is on". */
export function checkCountsShape(db: Database, file: string): void {
  const columns = db.all('PRAGMA table_info(counts)') as Array<{ name: string; pk: number }>;
  const names = columns.map((c) => c.name);
  const keys = columns.filter((c) => c.pk > 0).map((c) => c.name);
  const same = names.join(',') === COUNT_COLUMNS.join(',') && keys.join(',') === COUNT_COLUMNS.slice(0, 5).join(',');
  if (!same) {
    throw new CountsShapeError(
      `the table "counts" in ${file} has columns (${names.join(', ')}), not (${COUNT_COLUMNS.join(', ')}) with the first five as its key. ` +
        'This file was made by something else, or by an older version. Point WEGWIJS_DB at a new file, or move this one away; wegwijs never changes a table it did not make.',
    );
  }
}

/**
 * The file's inode and birth time, or null when it is gone: a change means it was deleted or
 * replaced under us. The birth time matters because a file made again at once can get the
 * freed inode number back (the library does not keep the file open between writes).
 */
export function fileIdentity(file: string): string | null {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.birthtimeMs}`;
  } catch {
    return null;
  }
}

export const isBusy = (error: unknown) => error instanceof Error && /database is locked|SQLITE_BUSY/i.test(error.message);
