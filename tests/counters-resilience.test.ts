// When the store is down or slow, help works unchanged: conversations load,
// events are answered at once and dropped after a short time.
import { afterEach, describe, expect, it } from 'vitest';
import { tokenCheck } from '../src/counters/tokens.js';
import type { CountReader, CountStore } from '../src/counters/types.js';
import { createNodeApp, listen, type RunningServer } from '../src/node/server.js';
import { fixtureGraph } from './support/fixture.js';

const graph = fixtureGraph();
const TOKEN = 'zoetermeer-report-token-0001';

const throwing: CountStore = {
  count: () => {
    throw new Error('database is locked');
  },
  read: async () => {
    throw new Error('database is locked');
  },
};

let pendingWrites = 0;
const hanging: CountStore = {
  count: () => {
    pendingWrites += 1;
    return new Promise(() => {});
  },
  read: () => new Promise(() => {}),
};

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(store: CountStore & CountReader, writeTimeoutMs = 100) {
  server = await listen(
    createNodeApp(process.cwd(), {
      graph,
      counter: store,
      counting: { reader: store, tokens: tokenCheck([{ gemeente: 'GM0637', token: TOKEN }]), writeTimeoutMs, readTimeoutMs: 300 },
    }),
  );
  return server.url;
}

async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t };
}

const event = (body: object) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain' } });

describe.each([
  ['throws', throwing],
  ['never answers', hanging],
])('a store that %s', (_name, store) => {
  it('leaves conversations and events working, quickly', async () => {
    // A long write timeout: if an answer waited for the store, it would take 10 s.
    const url = await start(store, 10_000);
    const events = [
      { type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: 'GM0637' },
      { type: 'signpost_shown', service: 'veilig-thuis', flow: 'omstander' },
      { type: 'quick_exit' },
      { type: 'fallback_shown' },
    ];
    for (let round = 0; round < 5; round++) {
      for (const path of ['/api/v1/flows', '/api/v1/flows/start', '/api/v1/flows/omstander', '/health']) {
        const res = await timed(url + path);
        expect(res.status, path).toBe(200);
        expect(res.ms, path).toBeLessThan(1000);
      }
      for (const body of events) {
        const res = await timed(`${url}/api/v1/events`, event(body));
        expect(res.status).toBe(204);
        expect(res.ms).toBeLessThan(1000);
      }
    }
    // Many at once: all answered, none waits for the store.
    const burst = await Promise.all(Array.from({ length: 50 }, () => timed(`${url}/api/v1/events`, event({ type: 'quick_exit' }))));
    expect(burst.every((r) => r.status === 204)).toBe(true);
    expect(Math.max(...burst.map((r) => r.ms))).toBeLessThan(3000);
  });

  it('makes reports say "not now" (503) instead of hanging', async () => {
    const url = await start(store);
    const res = await timed(`${url}/api/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(503);
    expect(res.ms).toBeLessThan(2000);
    const page = await timed(`${url}/stats`, {
      method: 'POST',
      body: `token=${TOKEN}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(page.status).toBe(503);
  });
});

describe('a store that never answers', () => {
  it('is given up on after the timeout, so writes do not pile up without end', async () => {
    const url = await start(hanging, 1500);
    pendingWrites = 0;
    await Promise.all(
      Array.from({ length: 150 }, () => fetch(`${url}/api/v1/events`, event({ type: 'quick_exit' })).then((r) => r.arrayBuffer())),
    );
    // At most 100 writes are in flight at once; the rest are dropped at the door.
    expect(pendingWrites).toBeLessThanOrEqual(100);
    expect(pendingWrites).toBeGreaterThan(0);
    const before = pendingWrites;
    // After the timeout the places are free again: new events reach the store.
    await new Promise((r) => setTimeout(r, 1600));
    await fetch(`${url}/api/v1/events`, event({ type: 'quick_exit' })).then((r) => r.arrayBuffer());
    expect(pendingWrites).toBe(before + 1);
  });
});
