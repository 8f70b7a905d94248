// Slow clients (issue 19, point 4): a request whose headers or body dribble
// in is cut off after a few seconds (src/node/server.ts, requestTimeouts),
// and while hundreds of such connections are open the server still answers
// a real visitor. Real process, loopback only, bounded loops.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTimeouts } from '../src/node/server.js';
import { ensureServerBuilt, type ServerProcess, startProcess } from './support/process.js';

let server: ServerProcess;
beforeAll(async () => {
  ensureServerBuilt();
  server = await startProcess({ WEGWIJS_COUNTERS: 'off' });
}, 120_000);
afterAll(() => server?.stop('SIGKILL'));

const SLOW_CONNECTIONS = 300;

interface Slow {
  socket: Socket;
  /** Resolves with the time from opening until the server closed the connection (ms), and what it answered. */
  closed: Promise<{ ms: number; answer: string }>;
}

/** Opens a connection that sends `first` at once, then one more byte of `drip` every 400 ms (at most 40 bytes). */
function slowClient(url: string, first: string, drip: string): Slow {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  const opened = Date.now();
  let answer = '';
  let sent = 0;
  socket.setEncoding('latin1');
  socket.on('data', (d) => (answer += d));
  const timer = setInterval(() => {
    if (sent >= 40 || !drip || socket.destroyed) return clearInterval(timer);
    socket.write(drip[sent++ % drip.length]);
  }, 400);
  socket.on('connect', () => socket.write(first));
  const closed = new Promise<{ ms: number; answer: string }>((resolve) => {
    socket.on('error', () => {});
    socket.on('close', () => (clearInterval(timer), resolve({ ms: Date.now() - opened, answer })));
  });
  return { socket, closed };
}

// Generous slack for a loaded machine; Node's defaults (60 s, 300 s) are far beyond it.
const limitMs = (ms: number) => ms + requestTimeouts.checkEveryMs + 6_000;

// Concurrent: each waits for a server timeout, so together they take one wait.
describe.concurrent('slow clients', () => {
  it(`${SLOW_CONNECTIONS} connections dribbling headers: a real request is still answered, and all are cut off within the header time`, async () => {
    const slow = Array.from({ length: SLOW_CONNECTIONS }, () =>
      slowClient(server.url, 'GET /api/v1/flows HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: aaaaaaaaaaaaaaaa\r\n'),
    );
    await new Promise((r) => setTimeout(r, 500));
    const res = await fetch(`${server.url}/api/v1/flows`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const results = await Promise.all(slow.map((s) => s.closed));
    const longest = Math.max(...results.map((r) => r.ms));
    expect(longest).toBeLessThan(limitMs(requestTimeouts.headersMs));
    // Node answers 408 where it can; either way none got a 200.
    expect(results.filter((r) => r.answer.includes(' 200 '))).toHaveLength(0);
  }, 120_000);

  it('a body sent one byte at a time is cut off within the request time', async () => {
    const body = JSON.stringify({ type: 'quick_exit' }).padEnd(200, ' ');
    const slow = slowClient(
      server.url,
      `POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
    );
    const result = await slow.closed;
    expect(result.ms).toBeLessThan(limitMs(requestTimeouts.requestMs));
    expect(result.answer).not.toContain(' 204 ');
  }, 120_000);

  it('a connection that sends nothing is closed within the header time', async () => {
    const silent = slowClient(server.url, '', '');
    const result = await silent.closed;
    expect(result.ms).toBeLessThan(limitMs(requestTimeouts.headersMs));
  }, 120_000);
});
