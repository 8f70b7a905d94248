// Counting on Node: an SQLite file (default ./data/wegwijs.sqlite, or
// WEGWIJS_DB), report tokens from WEGWIJS_STATS_TOKENS, WEGWIJS_COUNTERS=off
// to switch it off. The file is opened by `open()`, which the Node entry
// calls once the server has answered its first request (issue 19, point 9):
// until then events wait in memory (deferred-store.ts). If the file cannot be
// opened, counting is off from then on: help must never depend on the numbers.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { deferredStore } from './deferred-store.js';
import { type CountingEnv, type CountingSetup, countingSwitch, tokensFrom } from './settings.js';
import { CountsShapeError } from './sqlite-file.js';
import type { SqliteStore } from './sqlite-store.js';
import { throttledLog } from './store-errors.js';

export interface NodeCountingEnv extends CountingEnv {
  WEGWIJS_DB?: string;
}

export interface Opened {
  /** Lines for the log: settings and paths only, never anything about a visitor. */
  notes: string[];
  /** What must stop the server (a table of another shape): the entry exits 1. */
  errors: string[];
}

export interface NodeCounting {
  setup: CountingSetup;
  /** Lines for the start-up log: settings only, never anything about a visitor. */
  notes: string[];
  /** Settings that must be fixed before the server may start (a weak report token): the entry exits 1. Never contain a token. */
  errors: string[];
  /** Loads SQLite and opens the file, once (later calls get the same answer). */
  open(): Promise<Opened>;
  /** Writes what is waiting and closes the file (opening it first when events wait for it). */
  close(): Promise<void>;
}

const none = async (): Promise<Opened> => ({ notes: [], errors: [] });

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
    return { setup: {}, notes, errors: [], open: none, close: async () => {} };
  }
  // Tokens first: a weak one stops the start, whatever the state of the file.
  const { tokens, problems } = tokensFrom(settings);
  if (problems.length)
    return { setup: {}, notes, errors: problems.map((p) => `wegwijs: WEGWIJS_STATS_TOKENS: ${p}`), open: none, close: async () => {} };
  const file = resolve(root, settings.WEGWIJS_DB || 'data/wegwijs.sqlite');
  let store: SqliteStore | undefined;
  let opening: Promise<Opened> | undefined;
  const deferred = deferredStore(() => void open());

  function open(): Promise<Opened> {
    opening ??= (async () => {
      const notes: string[] = [];
      if (!existsSync(file)) notes.push(`wegwijs: counting: there is no database at ${file} yet; a new, empty one is made.`);
      try {
        // The WebAssembly build loads here, not at start-up (its own chunk of the bundle).
        const { openSqliteStore } = await import('./sqlite-store.js');
        store = await openSqliteStore(file, { onError: throttledLog(log), onWarning: log });
      } catch (error) {
        deferred.settle(null);
        // A table of another shape is a setting to fix, not a fault to live with: every write would fail.
        if (error instanceof CountsShapeError) return { notes, errors: [`wegwijs: counting: ${error.message}`] };
        const why = error instanceof Error ? error.message : 'unknown error';
        return { notes: [...notes, `wegwijs: counting is off: the database ${file} cannot be opened (${why}).`], errors: [] };
      }
      deferred.settle(store);
      const n = tokens.municipalities;
      notes.push(
        `wegwijs: counting is on (${file}); report tokens for ${n} municipalit${n === 1 ? 'y' : 'ies'}${n ? '' : ' (set WEGWIJS_STATS_TOKENS)'}.`,
      );
      return { notes, errors: [] };
    })();
    return opening;
  }

  return {
    setup: { counter: deferred, counting: { reader: deferred, tokens } },
    notes,
    errors: [],
    open,
    async close() {
      if (!store && deferred.waiting() > 0) await open();
      store?.close();
    },
  };
}

/** Writes waiting numbers before the process ends (Ctrl+C, a stop by the service manager). */
export function closeOnExit(counting: NodeCounting): void {
  process.once('exit', () => void counting.close());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void counting.close().finally(() => process.exit(0));
    });
  }
}
