// Faults around the counts file on Node (issue 19, point 2), each through the
// real process (`node dist/server.js`) and a real SQLite file: a lock left by
// a SIGKILL, a table of another shape, the file deleted while running, and a
// backup taken while the server writes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDir } from '../src/counters/sqlite-file.js';
import { ensureServerBuilt, type ServerProcess, startProcess } from './support/process.js';

const dirs: string[] = [];
function dbFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-counts-fault-'));
  dirs.push(dir);
  return join(dir, 'counts.sqlite');
}
beforeAll(() => ensureServerBuilt());
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The sum of all counts in the file, read through the same library (read-only); null when there is no file or table. */
function total(file: string): number | null {
  if (!existsSync(file)) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const db = new sqlite.Database(file, { readOnly: true });
      try {
        return (db.get('SELECT coalesce(sum(count), 0) AS n FROM counts') as { n: number }).n;
      } finally {
        db.close();
      }
    } catch (error) {
      if (!/locked/.test((error as Error).message)) return null;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  return null;
}

async function post(server: ServerProcess, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${server.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'quick_exit', gemeente: 'GM0637' }),
    });
    expect(res.status).toBe(204);
  }
}

/** Polls (every 200 ms, at most 30 s) until the file holds `n` counts. */
async function until(file: string, n: number): Promise<number | null> {
  let seen: number | null = null;
  for (let i = 0; i < 150 && seen !== n; i++) {
    await new Promise((r) => setTimeout(r, 200));
    seen = total(file);
  }
  return seen;
}

/** Polls (every 100 ms, at most 10 s) until the process has printed something matching `pattern`. */
async function outputUntil(server: ServerProcess, pattern: RegExp): Promise<boolean> {
  for (let i = 0; i < 100 && !pattern.test(server.output()); i++) await new Promise((r) => setTimeout(r, 100));
  return pattern.test(server.output());
}

const env = (file: string) => ({ WEGWIJS_DB: file });

/** `npm run counts:backup -- target` as its own process (asynchronously: the server's answers keep flowing meanwhile). */
function backup(file: string, target: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/counts-backup.ts', target], {
      env: { ...process.env, WEGWIJS_DB: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

// Concurrent: each test has its own file and process.
describe.concurrent('faults around the counts file', () => {
  it('a SIGKILL that leaves the lock behind: the next start removes it, says so, and counts', async () => {
    const file = dbFile();
    const first = await startProcess(env(file));
    await post(first, 3);
    expect(await until(file, 3)).toBe(3);
    await first.stop('SIGKILL');
    // What a kill in the middle of a write leaves: the lock directory.
    if (!existsSync(lockDir(file))) mkdirSync(lockDir(file));

    const second = await startProcess(env(file));
    try {
      // The file opens once the first answer is out (issue 19, point 9): the lines follow.
      expect(await outputUntil(second, /removed a stale lock/)).toBe(true);
      expect(await outputUntil(second, /counting is on/)).toBe(true);
      expect(second.output().indexOf('listening')).toBeLessThan(second.output().indexOf('counting is on'));
      await post(second, 2);
      expect(await until(file, 5)).toBe(5);
    } finally {
      await second.stop('SIGTERM');
    }
    expect(existsSync(lockDir(file))).toBe(false);
  }, 120_000);

  it('a counts table of another shape: exit 1 with a clear message, never "counting is on"', async () => {
    const file = dbFile();
    const db = new sqlite.Database(file);
    db.exec('CREATE TABLE counts (day TEXT, visitor TEXT, n INTEGER)');
    db.close();
    const server = await startProcess(env(file));
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('has columns (day, visitor, n), not (day, gemeente, flow, event, key, count)');
    expect(server.output()).toContain('does not start');
    expect(server.output()).not.toContain('counting is on');
  }, 120_000);

  it('the file deleted while running: made again with a warning, and later events are in it', async () => {
    const file = dbFile();
    const server = await startProcess(env(file));
    try {
      await post(server, 2);
      expect(await until(file, 2)).toBe(2);
      rmSync(file);
      await post(server, 4);
      expect(await until(file, 4)).toBe(4);
      // The warning is written just before the count; its pipe may reach us a moment after the file does.
      expect(await outputUntil(server, /was (deleted|replaced) while the server ran; a new one is made/)).toBe(true);
    } finally {
      await server.stop('SIGTERM');
    }
  }, 120_000);

  it('npm run counts:backup copies the live file consistently through the same library, and never overwrites', async () => {
    const file = dbFile();
    const target = join(file, '..', 'backup', 'copy.sqlite');
    const server = await startProcess(env(file));
    try {
      await post(server, 6);
      expect(await until(file, 6)).toBe(6);
      // More events while the backup runs: the copy is whole either way.
      const more = post(server, 20);
      const [run] = await Promise.all([backup(file, target), more]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('integrity checked');
      const copied = total(target)!;
      expect(copied).toBeGreaterThanOrEqual(6);
      expect(copied).toBeLessThanOrEqual(26);
      const again = await backup(file, target);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('never overwrites');
      expect(await until(file, 26)).toBe(26);
    } finally {
      await server.stop('SIGTERM');
    }
  }, 120_000);
});
