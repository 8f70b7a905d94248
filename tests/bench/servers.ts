// Throughput of one server at a time: its own child process, a warm-up,
// then a measured window with the CPU time the server used in it.
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { bundle, type Child, cpuMs, startChild } from './child.js';
import { type Drive, drive, failures } from './drive.js';

export interface ServerRun {
  label: string;
  path: string | null;
  result: Drive | null;
  /** CPU time of the server process per completed request, in µs. */
  cpuUsPerRequest: number | null;
  failures: number;
}

export interface LoadShape {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/** Bundles the bench servers (as build:server bundles the real one) into .cache/bench/. */
export async function bundleServers(root: string): Promise<{ baseline: string; app: string }> {
  const out = `${root}/.cache/bench`;
  return {
    baseline: await bundle(`${root}/tests/bench/servers/baseline.ts`, `${out}/baseline.mjs`),
    app: await bundle(`${root}/tests/bench/servers/app.ts`, `${out}/app.mjs`),
  };
}

/** The first candidate path that answers 200 with HTML, or null (the page does not exist yet). */
export async function firstHtmlPage(child: Child, candidates: string[]): Promise<string | null> {
  for (const path of candidates) {
    const res = await fetch(child.hello.url + path);
    await res.arrayBuffer();
    if (res.status === 200 && /^text\/html/.test(res.headers.get('content-type') ?? '')) return path;
  }
  return null;
}

/** The raw bytes and headers a path answers (node:http, not fetch: fetch would undo a compression and keep its header). */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers as Record<string, string> }));
    }).on('error', reject);
  });
}

export interface KeptResponse {
  /** Bytes of the plain response, and of the gzip copy a browser gets (0 when there is none). */
  plainBytes: number;
  gzipBytes: number;
}

/** Saves the exact bytes and headers the path answers (for the "same bytes" baseline) and notes its sizes; returns the path. */
export async function keepResponse(child: Child, path: string, file: string, sizes: KeptResponse): Promise<string> {
  const raw = await rawGet(child.hello.url + path);
  const headers = Object.fromEntries(
    Object.entries(raw.headers).filter(
      ([name]) => !['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name),
    ),
  );
  writeFileSync(file, JSON.stringify({ body: raw.body.toString('base64'), headers }));
  const zipped = await rawGet(child.hello.url + path, { 'accept-encoding': 'gzip, deflate, br' });
  sizes.plainBytes = raw.body.length;
  sizes.gzipBytes = zipped.headers['content-encoding'] === 'gzip' ? zipped.body.length : 0;
  return path;
}

export async function measureServer(
  label: string,
  file: string,
  pickPath: (child: Child) => Promise<string | null>,
  shape: LoadShape,
  env: Record<string, string> = {},
): Promise<ServerRun> {
  const child = await startChild(file, env);
  try {
    const path = await pickPath(child);
    if (!path) return { label, path: null, result: null, cpuUsPerRequest: null, failures: 0 };
    const requests = [{ method: 'GET', path }];
    await drive(child.hello.url, requests, shape.connections, shape.warmupSeconds);
    const cpuBefore = cpuMs(child.pid);
    const result = await drive(child.hello.url, requests, shape.connections, shape.seconds);
    const cpuUsed = cpuMs(child.pid) - cpuBefore;
    return { label, path, result, cpuUsPerRequest: result.total ? (cpuUsed * 1000) / result.total : null, failures: failures(result) };
  } finally {
    await child.stop();
  }
}
