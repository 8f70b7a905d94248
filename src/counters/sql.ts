// The one schema and the statements both stores use: SQLite on Node
// (node-sqlite3-wasm) and D1 on Workers. migrations/0001_counts.sql holds the
// same CREATE TABLE for D1; a test keeps the two equal.
//
// The CHECKs are a second lock behind validation: the table cannot hold a
// time finer than a day, or free text in the id columns.

export const COUNTS_TABLE = `CREATE TABLE IF NOT EXISTS counts (
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  gemeente TEXT NOT NULL CHECK (gemeente = '' OR gemeente GLOB 'GM[0-9][0-9][0-9][0-9]'),
  flow TEXT NOT NULL CHECK (length(flow) <= 64),
  event TEXT NOT NULL CHECK (event IN ('conversation_started', 'signpost_shown', 'quick_exit', 'fallback_shown')),
  key TEXT NOT NULL CHECK (length(key) <= 64),
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (day, gemeente, flow, event, key)
)`;

/** Adds `count` (1 per event; more when the Node store writes a batch). */
export const UPSERT = `INSERT INTO counts (day, gemeente, flow, event, key, count) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (day, gemeente, flow, event, key) DO UPDATE SET count = count + excluded.count`;

export const SELECT_RANGE = `SELECT day, gemeente, flow, event, key, count FROM counts
WHERE gemeente = ? AND day >= ? AND day <= ? ORDER BY day, flow, event, key`;

/** The only columns the table may have (the privacy test checks this). */
export const COUNT_COLUMNS = ['day', 'gemeente', 'flow', 'event', 'key', 'count'] as const;
