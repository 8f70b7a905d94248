// Counting on Node: an SQLite file (default ./data/wegwijs.sqlite, or
// WEGWIJS_DB), report tokens from WEGWIJS_STATS_TOKENS, WEGWIJS_COUNTERS=off
// to switch it off. If the file cannot be opened the server still starts,
// with counting off: help must never depend on the numbers.
import { resolve } from 'node:path';
import { type CountingEnv, type CountingSetup, countingSwitch, tokensFrom } from './settings.js';
import { CountsShapeError } from './sqlite-file.js';
import { databaseExists, openSqliteStore, type SqliteStore } from './sqlite-store.js';
import { throttledLog } from './store-errors.js';

export interface NodeCountingEnv extends CountingEnv {
  WEGWIJS_DB?: string;
}

export interface NodeCounting {
  setup: CountingSetup;
  /** Lines for the start-up log: settings only, never anything about a visitor. */
  notes: string[];
  /** Settings that must be fixed before the server may start (a weak report token): the entry exits 1. Never contain a token. */
  errors: string[];
  /** Writes what is waiting and closes the file. */
  close(): void;
}

export function nodeCounting(
  env: NodeCountingEnv | NodeJS.ProcessEnv,
  root: string,
  log: (line: string) => void = console.error,
): NodeCounting {
  const notes: string[] = [];
  const settings = env as NodeCountingEnv;
  const { on, problem } = countingSwitch(settings.WEGWIJS_COUNTERS);
  if (problem) notes.push(`wegwijs: ${problem}`);
  if (!on) {
    notes.push('wegwijs: counting is off.');
    return { setup: {}, notes, errors: [], close: () => {} };
  }
  // Tokens first: a weak one stops the start, whatever the state of the file.
  const { tokens, problems } = tokensFrom(settings);
  if (problems.length) return { setup: {}, notes, errors: problems.map((p) => `wegwijs: WEGWIJS_STATS_TOKENS: ${p}`), close: () => {} };
  const file = resolve(root, settings.WEGWIJS_DB || 'data/wegwijs.sqlite');
  let store: SqliteStore;
  if (!databaseExists(file)) notes.push(`wegwijs: counting: there is no database at ${file} yet; a new, empty one is made.`);
  try {
    store = openSqliteStore(file, { onError: throttledLog(log), onWarning: log });
  } catch (error) {
    // A table of another shape is a setting to fix, not a fault to live with: every write would fail.
    if (error instanceof CountsShapeError) return { setup: {}, notes, errors: [`wegwijs: counting: ${error.message}`], close: () => {} };
    notes.push(
      `wegwijs: counting is off: the database ${file} cannot be opened (${error instanceof Error ? error.message : 'unknown error'}).`,
    );
    return { setup: {}, notes, errors: [], close: () => {} };
  }
  notes.push(
    `wegwijs: counting is on (${file}); report tokens for ${tokens.municipalities} municipalit${tokens.municipalities === 1 ? 'y' : 'ies'}${tokens.municipalities ? '' : ' (set WEGWIJS_STATS_TOKENS)'}.`,
  );
  return { setup: { counter: store, counting: { reader: store, tokens } }, notes, errors: [], close: () => store.close() };
}

/** Writes waiting numbers before the process ends (Ctrl+C, a stop by the service manager). */
export function closeOnExit(counting: NodeCounting): void {
  process.once('exit', () => counting.close());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      counting.close();
      process.exit(0);
    });
  }
}
