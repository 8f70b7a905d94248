import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeCounting } from './node.js';
import { COUNT_COLUMNS, COUNTS_TABLE, UPSERT } from './sql.js';
import { openSqliteStore, openWhenFree } from './sqlite-store.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-counts-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const started = { type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: 'GM0637' } as const;

describe('the SQLite store', () => {
  it('creates its folder and table, adds up events with an upsert, and keeps them across restarts', async () => {
    const file = join(tempDir(), 'nested', 'wegwijs.sqlite');
    const store = await openSqliteStore(file, { flushMs: 10_000 });
    for (let i = 0; i < 3; i++) await store.count(started, '2026-04-20');
    await store.count({ type: 'signpost_shown', service: 'veilig-thuis', flow: 'omstander', gemeente: 'GM0637' }, '2026-04-20');
    await store.count({ type: 'quick_exit' }, '2026-04-21');
    expect(await store.read('GM0637', '2026-04-01', '2026-04-30')).toEqual([
      { day: '2026-04-20', gemeente: 'GM0637', flow: 'omstander', event: 'signpost_shown', key: 'veilig-thuis', count: 1 },
      { day: '2026-04-20', gemeente: 'GM0637', flow: 'start', event: 'conversation_started', key: 'nl', count: 3 },
    ]);
    await store.count(started, '2026-04-20');
    store.close();

    const again = await openSqliteStore(file);
    expect((await again.read('GM0637', '2026-04-20', '2026-04-20')).find((r) => r.event === 'conversation_started')?.count).toBe(4);
    expect(await again.read('', '2026-04-21', '2026-04-21')).toEqual([
      { day: '2026-04-21', gemeente: '', flow: '', event: 'quick_exit', key: '', count: 1 },
    ]);
    again.close();
  });

  it('writes on its own after the flush interval', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const store = await openSqliteStore(file, { flushMs: 20 });
    await store.count(started, '2026-04-20');
    await new Promise((r) => setTimeout(r, 100));
    const db = new sqlite.Database(file, { readOnly: true });
    expect(db.all('SELECT count FROM counts')).toEqual([{ count: 1 }]);
    db.close();
    store.close();
  });

  it('has only the allowed columns, and its CHECKs refuse anything finer than a day or free text', async () => {
    const file = join(tempDir(), 'c.sqlite');
    (await openSqliteStore(file)).close();
    const db = new sqlite.Database(file);
    expect(db.all('PRAGMA table_info(counts)').map((c) => c.name)).toEqual([...COUNT_COLUMNS]);
    expect(db.all("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([{ name: 'counts' }]);
    const bad = [
      ['2026-04-20T10:15', 'GM0637', 'start', 'quick_exit', '', 1],
      ['2026-04-20', 'Jan Jansen', 'start', 'quick_exit', '', 1],
      ['2026-04-20', 'GM0637', 'start', 'typed_text', '', 1],
      ['2026-04-20', 'GM0637', 'x'.repeat(65), 'quick_exit', '', 1],
    ];
    for (const values of bad) expect(() => db.run(UPSERT, values)).toThrow(/CHECK/);
    db.close();
  });

  it('uses the same CREATE TABLE as the D1 migration', () => {
    const migration = readFileSync(new URL('../../migrations/0001_counts.sql', import.meta.url), 'utf8');
    const statement = migration
      .split('\n')
      .filter((l) => !l.startsWith('--'))
      .join('\n')
      .trim()
      .replace(/;$/, '');
    expect(statement).toBe(COUNTS_TABLE);
  });

  it('reports a failed write and drops those numbers, without throwing', async () => {
    const file = join(tempDir(), 'f.sqlite');
    const errors: unknown[] = [];
    const store = await openSqliteStore(file, { flushMs: 10_000, onError: (e) => errors.push(e) });
    const db = new sqlite.Database(file);
    db.exec('DROP TABLE counts');
    db.close();
    await store.count(started, '2026-04-20');
    expect(() => store.flush()).not.toThrow();
    expect(errors).toHaveLength(1);
    store.close();
  });
});

describe('counting settings on Node', () => {
  it('is on by default with ./data/wegwijs.sqlite under the root, opened by open(); events before it wait and are written', async () => {
    const root = tempDir();
    const counting = nodeCounting({}, root);
    expect(counting.setup.counter).toBeDefined();
    expect(counting.setup.counting?.reader).toBeDefined();
    await counting.setup.counter!.count(started, '2026-04-20');
    expect(existsSync(join(root, 'data', 'wegwijs.sqlite'))).toBe(false);
    const opened = await counting.open();
    expect(opened.notes.join('\n')).toContain(join(root, 'data', 'wegwijs.sqlite'));
    expect(opened.notes.join('\n')).toContain('counting is on');
    expect(await counting.setup.counting!.reader!.read('GM0637', '2026-04-20', '2026-04-20')).toMatchObject([{ count: 1 }]);
    await counting.close();
    expect(
      readFileSync(join(root, 'data', 'wegwijs.sqlite'))
        .subarray(0, 15)
        .toString(),
    ).toBe('SQLite format 3');
  });

  it('is off with WEGWIJS_COUNTERS=off, and off (with a note) for a value it does not understand', () => {
    expect(nodeCounting({ WEGWIJS_COUNTERS: 'off' }, tempDir()).setup).toEqual({});
    const odd = nodeCounting({ WEGWIJS_COUNTERS: 'disabled' }, tempDir());
    expect(odd.setup).toEqual({});
    expect(odd.notes[0]).toContain('WEGWIJS_COUNTERS');
  });

  it('goes on with counting off when the database cannot be opened; a report then fails, events are dropped', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'not-a-folder'), 'x');
    const counting = nodeCounting({ WEGWIJS_DB: 'not-a-folder/db.sqlite' }, root);
    expect((await counting.open()).notes.join('\n')).toContain('counting is off');
    await expect(counting.setup.counter!.count(started, '2026-04-20')).resolves.toBeUndefined();
    await expect(counting.setup.counting!.reader!.read('GM0637', '2026-04-20', '2026-04-20')).rejects.toThrow('could not be opened');
  });

  it('a report before the file is open opens it', async () => {
    const counting = nodeCounting({}, tempDir());
    expect(await counting.setup.counting!.reader!.read('GM0637', '2026-04-20', '2026-04-20')).toEqual([]);
    await counting.close();
  });

  it('refuses to start with a weak token, naming the entry but never a token', () => {
    const counting = nodeCounting({ WEGWIJS_STATS_TOKENS: 'GM0637:tiny-secret,GM0344:a-long-enough-secret-token-1-abcdef' }, tempDir());
    const errors = counting.errors.join('\n');
    expect(counting.setup).toEqual({});
    expect(errors).toContain('entry 1');
    expect(errors).toContain('too weak');
    expect(errors).not.toContain('tiny-secret');
    expect(errors).not.toContain('a-long-enough-secret-token-1');
  });

  it('counts with strong tokens, and says for how many municipalities', async () => {
    const counting = nodeCounting({ WEGWIJS_STATS_TOKENS: 'GM0344:a-long-enough-secret-token-1-abcdef' }, tempDir());
    expect(counting.errors).toEqual([]);
    expect((await counting.open()).notes.join('\n')).toContain('report tokens for 1 municipality');
    await counting.close();
  });
});

describe('opening while another process holds the file for a moment', () => {
  /** A file made before its table, with the lock another process holds while it reads. */
  const heldFile = () => {
    const file = join(tempDir(), 'counts.sqlite');
    new sqlite.Database(file).close();
    mkdirSync(`${file}.lock`);
    return file;
  };

  it('waits for the lock to go, then opens with its table', async () => {
    const file = heldFile();
    setTimeout(() => rmdirSync(`${file}.lock`), 300);
    const db = await openWhenFree(file);
    expect((db.all('PRAGMA table_info(counts)') as unknown[]).length).toBe(COUNT_COLUMNS.length);
    db.close();
  });

  it('gives up after its wait when the lock stays', async () => {
    const file = heldFile();
    await expect(openWhenFree(file, 300)).rejects.toThrow(/locked/);
    rmdirSync(`${file}.lock`);
  });
});
