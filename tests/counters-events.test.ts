// POST /api/v1/events through the real app (and a real server where the
// transport matters): what is accepted, what is refused, and what is counted.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { memoryStore } from '../src/counters/memory-store.js';
import { createNodeApp, listen, type RunningServer } from '../src/node/server.js';
import { shippedGraph } from './support/content.js';
import { fixtureGraph } from './support/fixture.js';

const graph = fixtureGraph();
const today = () => '2026-04-20';

function post(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' },
) {
  return app.request('/api/v1/events', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe('POST /api/v1/events', () => {
  it('counts the four events, with the day set by the server, and answers 204 with CORS', async () => {
    const store = memoryStore();
    const app = createApp({ graph, counter: store, counting: { today } });
    const events = [
      { type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: 'GM0637' },
      { type: 'signpost_shown', service: 'veilig-thuis', flow: 'omstander', gemeente: 'GM0637' },
      { type: 'quick_exit', gemeente: 'GM0637' },
      { type: 'fallback_shown' },
    ];
    for (const event of events) {
      const res = await post(app, event);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const json = await post(app, events[2], { 'content-type': 'application/json' });
    expect(json.status).toBe(204);
    await new Promise((r) => setTimeout(r, 10));
    expect(store.rows()).toEqual([
      { day: '2026-04-20', gemeente: 'GM0637', flow: 'start', event: 'conversation_started', key: 'nl', count: 1 },
      { day: '2026-04-20', gemeente: 'GM0637', flow: 'omstander', event: 'signpost_shown', key: 'veilig-thuis', count: 1 },
      { day: '2026-04-20', gemeente: 'GM0637', flow: '', event: 'quick_exit', key: '', count: 2 },
      { day: '2026-04-20', gemeente: '', flow: '', event: 'fallback_shown', key: '', count: 1 },
    ]);
  });

  it('counts the language a conversation was started in (issue 16), easy-read Dutch included; never a language it does not have', async () => {
    const store = memoryStore();
    const app = createApp({ graph: shippedGraph(), counter: store, counting: { today } });
    for (const lang of ['ar', 'nl-x-eenvoud'])
      expect((await post(app, { type: 'conversation_started', flow: 'start', lang })).status).toBe(204);
    expect((await post(app, { type: 'conversation_started', flow: 'start', lang: 'fr' })).status).toBe(400);
    await new Promise((r) => setTimeout(r, 10));
    expect(store.rows().map((r) => r.key)).toEqual(['ar', 'nl-x-eenvoud']);
  });

  it('counts a well-formed code that is no municipality without its code, rather than refusing the visit', async () => {
    const store = memoryStore();
    const app = createApp({ graph: shippedGraph(), counter: store, counting: { today } });
    expect((await post(app, { type: 'quick_exit', gemeente: 'GM9999' })).status).toBe(204);
    expect((await post(app, { type: 'quick_exit', gemeente: 'GM0637' })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 10));
    expect(
      store
        .rows()
        .map((r) => r.gemeente)
        .sort(),
    ).toEqual(['', 'GM0637']);
  });

  it('counts by code for every one of the 342 municipalities', async () => {
    const store = memoryStore();
    const graph = shippedGraph();
    const app = createApp({ graph, counter: store, counting: { today } });
    const codes = Object.keys(graph.municipalities!);
    expect(codes).toHaveLength(342);
    for (const gemeente of codes) expect((await post(app, { type: 'quick_exit', gemeente })).status, gemeente).toBe(204);
    await new Promise((r) => setTimeout(r, 10));
    expect(new Set(store.rows().map((r) => r.gemeente))).toEqual(new Set(codes));
  });

  it('refuses unknown types, ids and fields with a clear 400 that does not repeat them', async () => {
    const store = memoryStore();
    const app = createApp({ graph, counter: store, counting: { today } });
    const cases: Array<[unknown, string]> = [
      [{ type: 'page_view', url: 'CANARY' }, 'type'],
      [{ type: 'conversation_started', flow: 'CANARY-flow', lang: 'nl' }, 'flow'],
      [{ type: 'conversation_started', flow: 'start', lang: 'CANARY' }, 'lang'],
      [{ type: 'signpost_shown', service: 'CANARY-service', flow: 'start' }, 'service'],
      [{ type: 'quick_exit', gemeente: 'CANARY' }, 'gemeente'],
      [{ type: 'quick_exit', at: 'CANARY-time' }, 'unknown field'],
      [{ type: 'quick_exit', sessionId: 'CANARY' }, 'unknown field'],
      [{ type: 'conversation_started', flow: 'start', lang: 'nl', path: ['CANARY'] }, 'unknown field'],
      [[{ type: 'quick_exit' }], 'type'],
    ];
    for (const [body, mentions] of cases) {
      const res = await post(app, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const text = await res.text();
      expect(text).toContain(mentions);
      expect(text).not.toContain('CANARY');
    }
    const notJson = await post(app, '{"type": quick');
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).message).toContain('not valid JSON');
    expect(store.rows()).toEqual([]);
  });

  it('refuses bodies over 1 KB, by Content-Length and by the bytes actually sent', async () => {
    const app = createApp({ graph, counter: memoryStore(), counting: { today } });
    const big = JSON.stringify({ type: 'quick_exit', pad: 'x'.repeat(1100) });
    const declared = await post(app, big);
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toContain('1024 bytes');

    // No Content-Length at all: a stream of chunks, counted as they arrive.
    const chunks = [big.slice(0, 600), big.slice(600)];
    const stream = new ReadableStream({
      pull(controller) {
        const c = chunks.shift();
        if (c) controller.enqueue(new TextEncoder().encode(c));
        else controller.close();
      },
    });
    const streamed = await app.request('/api/v1/events', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'text/plain' },
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('refuses other content types with 415', async () => {
    const app = createApp({ graph, counting: { today } });
    const res = await post(app, 'type=quick_exit', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it("answers 429 when a municipality's budget for the minute is used up, counts nothing then, and leaves other municipalities alone", async () => {
    const store = memoryStore();
    const app = createApp({ graph, counter: store, counting: { today, budget: { perMinute: 3 } } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(app, { type: 'quick_exit', gemeente: 'GM0637' })).status);
    expect(statuses).toEqual([204, 204, 204, 429, 429]);
    const limited = await post(app, { type: 'quick_exit', gemeente: 'GM0637' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another municipality, and events without one, have their own budgets.
    expect((await post(app, { type: 'quick_exit', gemeente: 'GM0344' })).status).toBe(204);
    expect((await post(app, { type: 'quick_exit' })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 10));
    const byGemeente = Object.fromEntries(store.rows().map((r) => [r.gemeente, r.count]));
    expect(byGemeente).toEqual({ GM0637: 3, GM0344: 1, '': 1 });
  });

  it('with counting off: still checks events, answers 204, stores nothing', async () => {
    const app = createApp({ graph });
    expect((await post(app, { type: 'quick_exit' })).status).toBe(204);
    expect((await post(app, { type: 'nope' })).status).toBe(400);
  });

  it('answers a CORS preflight and refuses other methods', async () => {
    const app = createApp({ graph });
    const preflight = await app.request('/api/v1/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://www.gemeente.nl', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const get = await app.request('/api/v1/events');
    expect(get.status).toBe(405);
  });
});

describe('POST /api/v1/events on a real server', () => {
  let server: RunningServer;
  const store = memoryStore();
  beforeAll(async () => {
    server = await listen(createNodeApp(process.cwd(), { graph, counter: store, counting: { today } }));
  });
  afterAll(() => server.close());

  function raw(body: string, chunked: boolean): Promise<number> {
    return new Promise((resolve, reject) => {
      const url = new URL('/api/v1/events', server.url);
      const req = httpRequest(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'text/plain',
            ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(body) }),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      if (chunked) for (let i = 0; i < body.length; i += 100) req.write(body.slice(i, i + 100));
      else req.write(body);
      req.end();
    });
  }

  it('counts a small chunked body and refuses a large one that declared no length', async () => {
    expect(await raw(JSON.stringify({ type: 'quick_exit' }), true)).toBe(204);
    expect(await raw(JSON.stringify({ type: 'quick_exit', pad: 'x'.repeat(2000) }), true)).toBe(413);
    expect(await raw(JSON.stringify({ type: 'quick_exit', pad: 'x'.repeat(2000) }), false)).toBe(413);
    await new Promise((r) => setTimeout(r, 10));
    expect(store.rows()).toEqual([{ day: '2026-04-20', gemeente: '', flow: '', event: 'quick_exit', key: '', count: 1 }]);
  });
});
