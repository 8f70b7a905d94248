// Faults at start-up (issue 8): the production bundle (`node dist/server.js`)
// with broken content must stop with a clear error that names the file and
// line, exit non-zero, and never listen, not even for a moment.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './bench/startup.js';

const server = join(process.cwd(), 'dist', 'server.js');
const roots: string[] = [];

beforeAll(() => {
  // npm test builds it; a lone run of this file builds it here.
  if (!existsSync(server)) execFileSync('npm', ['run', 'build:server', '--silent'], { stdio: 'inherit' });
});
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A content root like the real one: a copy of flows/, an empty public/, edited by `edit`. */
function contentRoot(edit: (root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'wegwijs-fault-'));
  roots.push(root);
  cpSync(join(process.cwd(), 'flows'), join(root, 'flows'), { recursive: true });
  mkdirSync(join(root, 'public'));
  edit(root);
  return root;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether anything accepted a connection on the port while the process ran. */
  listened: boolean;
}

/** Runs the server until it exits or listens (at most 60 s on a loaded machine), probing its port every 10 ms. */
async function start(root: string, env: Record<string, string> = {}): Promise<Run> {
  const port = await freePort();
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, WEGWIJS_ROOT: root, PORT: String(port), HOST: '127.0.0.1', WEGWIJS_COUNTERS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let listened = false;
  const deadline = Date.now() + 60_000;
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline && !listened) {
    listened = await canConnect(port);
    await new Promise((r) => setTimeout(r, 10));
  }
  if (child.exitCode === null) child.kill('SIGKILL');
  const code = await exited;
  return { code, stdout, stderr, listened };
}

function lineOf(source: string, needle: string): number {
  return source.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('start-up with broken content', { timeout: 120_000 }, () => {
  it('starts and listens with the intact copy (so the checks below can fail)', async () => {
    const run = await start(contentRoot());
    expect(run.listened, run.stderr).toBe(true);
  });

  it('a choice pointing nowhere: exits 1 naming the file and line, never listens', async () => {
    let line = 0;
    const root = contentRoot((r) => {
      const file = join(r, 'flows', 'start.md');
      const source = readFileSync(file, 'utf8');
      const choice = /^\s*- \[[^\]]+\]\(([^)]+)\)/m.exec(source)!;
      const broken = source.replace(choice[0], choice[0].replace(choice[1], '#bestaat-niet'));
      line = lineOf(broken, '#bestaat-niet');
      writeFileSync(file, broken);
    });
    const run = await start(root);
    expect(run.code).toBe(1);
    expect(run.listened).toBe(false);
    expect(run.stdout).not.toMatch(/listening/);
    expect(run.stderr).toContain('the server does not start');
    expect(run.stderr).toContain(`flows/start.md:${line}: error WW001`);
    expect(run.stderr).toContain('#bestaat-niet');
  });

  it('a signpost to an unknown service: exits 1 naming the file and line', async () => {
    let line = 0;
    const root = contentRoot((r) => {
      const file = join(r, 'flows', 'omstander.md');
      const source = readFileSync(file, 'utf8').replace(/^Hulp: .*$/m, 'Hulp: bestaat-niet');
      line = lineOf(source, 'Hulp: bestaat-niet');
      writeFileSync(file, source);
    });
    const run = await start(root);
    expect(run.code).toBe(1);
    expect(run.listened).toBe(false);
    expect(run.stderr).toContain(`flows/omstander.md:${line}: error WW005`);
  });

  it('a registry that is not JSON: exits 1 naming flows/services.json', async () => {
    const root = contentRoot((r) =>
      writeFileSync(join(r, 'flows', 'services.json'), readFileSync(join(r, 'flows', 'services.json'), 'utf8').slice(0, 200)),
    );
    const run = await start(root);
    expect(run.code).toBe(1);
    expect(run.listened).toBe(false);
    expect(run.stderr).toMatch(/flows\/services\.json:\d+: error WW012/);
  });

  it('no flows folder at all: exits non-zero naming the folder, never listens', async () => {
    const root = contentRoot((r) => rmSync(join(r, 'flows'), { recursive: true }));
    const run = await start(root);
    expect(run.code).toBe(1);
    expect(run.listened).toBe(false);
    expect(run.stderr).toContain(`wegwijs: No content at ${join(root, 'flows')}`);
    expect(run.stderr).toContain('WEGWIJS_ROOT');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a clear message, not a stack trace
  });

  it('the port already taken: exits non-zero instead of running without a socket', async () => {
    const root = contentRoot();
    const first = spawn(process.execPath, [server], {
      env: { ...process.env, WEGWIJS_ROOT: root, PORT: '0', HOST: '127.0.0.1', WEGWIJS_COUNTERS: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        first.stdout.on('data', (d) => {
          out += d;
          const m = /:(\d+)\s*$/m.exec(out);
          if (m) resolve(Number(m[1]));
        });
        first.once('exit', () => reject(new Error('the first server exited')));
      });
      const second = spawn(process.execPath, [server], {
        env: { ...process.env, WEGWIJS_ROOT: root, PORT: String(port), HOST: '127.0.0.1', WEGWIJS_COUNTERS: 'off' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      second.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => second.kill('SIGKILL'), 10_000);
      const code = await new Promise<number | null>((resolve) => second.once('exit', (c) => resolve(c)));
      clearTimeout(timer);
      expect(code).toBe(1);
      expect(stderr).toContain(`wegwijs: cannot listen: port ${port} is already in use (EADDRINUSE)`);
      expect(stderr).not.toMatch(/\n\s+at /); // a clear message, not a stack trace
    } finally {
      first.kill('SIGKILL');
    }
  });
});
