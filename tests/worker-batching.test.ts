// Counting at national scale on Workers (issue 19, point 8): the D1 store
// sums events in the isolate and writes each window as one batch. A
// simulation against D1 in workerd (Miniflare): 1,000 events over all 342
// municipalities, at 200 events a second, with the default
// window. It counts the D1 calls and statements they cost, and checks that a
// normal flush loses none. The numbers are in docs/counters.md.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellKey, cellOf } from '../src/counters/cells.js';
import { D1_WINDOW_MS } from '../src/counters/d1-store.js';
import type { CountedEvent } from '../src/shared/api-types.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const EVENTS = 1_000;
const PER_SECOND = 200;
const DAY = '2026-04-20';

// The real store runs inside workerd (tests/support/d1-sim-worker.ts), as in the deployed Worker.
let mf: Miniflare;
beforeAll(async () => {
  const outfile = join(process.cwd(), '.cache', 'd1-sim', 'worker.js');
  mkdirSync(join(process.cwd(), '.cache', 'd1-sim'), { recursive: true });
  await build({
    entryPoints: ['tests/support/d1-sim-worker.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'warning',
  });
  mf = new Miniflare({ modules: true, scriptPath: outfile, compatibilityDate: '2026-04-01', d1Databases: ['DB'] });
  await call('/setup', {});
}, 120_000);
afterAll(() => mf?.dispose());

const call = async (path: string, body?: unknown) => {
  const res = await mf.dispatchFetch(`http://sim${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return res.status === 204 ? (await res.arrayBuffer(), null) : res.json();
};

/** A small deterministic generator: the same events on every run. */
/** The Netherlands has 342 municipalities (2026): those in the content, and made-up codes for the rest. */
const MUNICIPALITIES = 342;
const known = Object.keys(graph.municipalities ?? {});
const codes = [
  ...known,
  ...Array.from({ length: 10_000 }, (_, i) => `GM${String(i).padStart(4, '0')}`).filter((c) => !known.includes(c)),
].slice(0, MUNICIPALITIES);

function* events(n: number): Generator<CountedEvent> {
  const flows = Object.values(graph.flows);
  const services = Object.keys(graph.services);
  let seed = 7;
  const next = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  for (let i = 0; i < n; i++) {
    const gemeente = codes[next(codes.length)];
    const flow = flows[next(flows.length)];
    const kind = next(10);
    if (kind < 5) yield { type: 'conversation_started', flow: flow.id, lang: flow.lang, gemeente };
    else if (kind < 8) yield { type: 'signpost_shown', flow: flow.id, service: services[next(services.length)], gemeente };
    else if (kind < 9) yield { type: 'quick_exit', gemeente };
    else yield { type: 'fallback_shown', gemeente };
  }
}

describe('D1 writes at national scale', () => {
  it(`${EVENTS} events over all municipalities at ${PER_SECOND}/s cost at most 20 D1 calls, and none is lost`, async () => {
    const expected = new Map<string, number>();
    const all = [...events(EVENTS)];
    // 200 a second: 10 events every 50 ms, as requests would bring them.
    for (let i = 0; i < all.length; i += 10) {
      const tick = all.slice(i, i + 10);
      for (const event of tick) {
        const id = cellKey(cellOf(event, DAY));
        expected.set(id, (expected.get(id) ?? 0) + 1);
      }
      await call('/count', { day: DAY, events: tick });
      await new Promise((r) => setTimeout(r, 1000 / (PER_SECOND / 10)));
    }
    // The batches close by themselves after the window (a normal flush): wait for that, and read what D1 holds.
    await new Promise((r) => setTimeout(r, D1_WINDOW_MS + 1_000));
    const cost = (await call('/cost')) as { calls: number; statements: number; failures: string[] };
    const results = (await call('/rows')) as Array<{
      day: string;
      gemeente: string;
      flow: string;
      event: string;
      key: string;
      count: number;
    }>;
    const stored = new Map(results.map((r) => [[r.day, r.gemeente, r.flow, r.event, r.key].join('\u0000'), r.count]));
    expect(cost.failures).toEqual([]);
    expect(stored).toEqual(expected);
    expect(results.reduce((sum, r) => sum + r.count, 0)).toBe(EVENTS);
    expect(cost.calls).toBeLessThanOrEqual(20);
    // For docs/counters.md: the calls, and the rows they wrote (one per distinct cell in a batch).
    console.log(
      `D1 cost of ${EVENTS} events over ${codes.length} municipalities at ${PER_SECOND}/s, window ${D1_WINDOW_MS} ms: ${cost.calls} calls, ${cost.statements} statements, ${expected.size} distinct cells`,
    );
  }, 60_000);
});
