// Time from process start to the first 200: spawn the production bundle
// (`node dist/server.js`) and poll /health on loopback until it answers.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One start: milliseconds from spawn to the first 200 on `path` (polled every 5 ms, at most `timeoutMs`). */
export async function timeToFirst200(serverFile: string, root: string, timeoutMs = 10_000, path = '/health'): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [serverFile], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEGWIJS_ROOT: root,
      WEGWIJS_DB: join(process.cwd(), '.cache', 'bench', 'counts.sqlite'),
    },
    stdio: 'ignore',
  });
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`${serverFile} exited with ${child.exitCode} before answering`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        await res.arrayBuffer();
        if (res.status === 200) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await sleep(5);
    }
    throw new Error(`${serverFile} gave no 200 within ${timeoutMs} ms`);
  } finally {
    child.kill('SIGKILL');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of `runs` starts (the first start also warms the disk cache). */
export async function startupMs(serverFile: string, root: string, runs = 5): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(await timeToFirst200(serverFile, root));
  return { medianMs: median(runsMs), runsMs };
}

/** Issue 19: the server to its first 200 on a conversation, and a bare Hono server to its first 200, started alternately (9 each: starts vary more than requests). */
export async function startupAgainstBare(
  serverFile: string,
  bareFile: string,
  root: string,
  runs = 9,
  path = '/api/v1/flows/start',
): Promise<{ serverMs: number[]; bareMs: number[]; ratio: number }> {
  const serverMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    bareMs.push(await timeToFirst200(bareFile, root, 10_000, '/'));
    serverMs.push(await timeToFirst200(serverFile, root, 10_000, path));
  }
  return { serverMs, bareMs, ratio: median(serverMs) / median(bareMs) };
}
