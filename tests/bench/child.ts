// Child processes for the bench and the load test: servers run apart from
// the load generator, so each process's CPU time is its own.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

export interface Child {
  process: ChildProcess;
  pid: number;
  /** The JSON line the server printed once it listened. */
  hello: { url: string; paths: Record<string, unknown> };
  stop(): Promise<void>;
}

/** Bundles a TypeScript entry the way `npm run build:server` does (libraries in, the SQLite build apart), into the ignored .cache/. */
export async function bundle(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['node-sqlite3-wasm'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Starts `node <file>` and waits (at most `timeoutMs`) for its first stdout line. */
export function startChild(file: string, env: Record<string, string> = {}, timeoutMs = 15_000): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`${file} did not start within ${timeoutMs} ms. ${err}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => fail(new Error(`${file} exited with ${code}: ${err}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const stop = () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      try {
        resolve({ process: child, pid: child.pid!, hello: JSON.parse(line), stop });
      } catch {
        resolve({ process: child, pid: child.pid!, hello: { url: line.match(/http:\/\/[\d.:a-z]+/)?.[0] ?? '', paths: {} }, stop });
      }
    });
  });
}

const ticksPerSecond = 100; // USER_HZ on Linux

/** CPU time (user + system) a process has used so far, in ms, from /proc/PID/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticksPerSecond;
}

/** Resident memory of a process in bytes, from /proc/PID/status. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb * 1024;
}
