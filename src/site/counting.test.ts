// The site's anonymous counting hook: a conversation's first page counts a
// start, a signpost page counts each service shown; cached pages count too,
// and a broken counter never breaks a page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import type { Counter } from '../counters/types.js';
import type { CountedEvent } from '../shared/api-types.js';
import { buildSiteData, stepPath } from './site-data.js';

const graph = shippedGraph();
const site = buildSiteData(graph);

function recorder(): { counter: Counter; events: Array<{ event: CountedEvent; day: string }> } {
  const events: Array<{ event: CountedEvent; day: string }> = [];
  return { events, counter: { count: async (event, day) => void events.push({ event, day }) } };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('counting on the site', () => {
  it('counts a conversation start on its first page, every time it is served, on the Dutch day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    vi.setSystemTime(new Date('2026-03-01T23:30:00Z'));
    const { counter, events } = recorder();
    const app = createApp({ graph, counter });
    await app.request('/');
    await app.request('/');
    expect(events).toEqual([
      { event: { type: 'conversation_started', flow: 'start', lang: 'nl' }, day: '2026-03-02' },
      { event: { type: 'conversation_started', flow: 'start', lang: 'nl' }, day: '2026-03-02' },
    ]);
  });

  it('hands the writes to the runtime (waitUntil on Workers), so they finish after the page is sent', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const counter: Counter = { count: () => gate };
    const handed: Array<Promise<unknown>> = [];
    const executionCtx = { waitUntil: (p: Promise<unknown>) => void handed.push(p), passThroughOnException: () => {}, props: {} };
    const res = await createApp({ graph, counter }).request('/', {}, {}, executionCtx);
    expect(res.status).toBe(200); // the page did not wait for the write
    expect(handed).toHaveLength(1);
    let settled = false;
    void handed[0].then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    await handed[0];
  });

  it('counts the start of every conversation, and nothing on a plain step', async () => {
    const { counter, events } = recorder();
    const app = createApp({ graph, counter });
    for (const flow of Object.values(graph.flows)) {
      events.length = 0;
      await app.request(stepPath(site, flow.start));
      expect(events.map((e) => e.event)).toContainEqual({ type: 'conversation_started', flow: flow.id, lang: flow.lang });
    }
    const plain = Object.values(graph.steps).find((s) => !s.services.length && !Object.values(graph.flows).some((f) => f.start === s.ref));
    if (plain) {
      events.length = 0;
      await app.request(stepPath(site, plain.ref));
      expect(events).toEqual([]);
    }
  });

  it('counts every service a signpost shows', async () => {
    const { counter, events } = recorder();
    const app = createApp({ graph, counter });
    const signposts = Object.values(graph.steps).filter((s) => s.services.length);
    expect(signposts.length).toBeGreaterThan(0);
    for (const step of signposts) {
      events.length = 0;
      await app.request(stepPath(site, step.ref));
      const flow = step.ref.split('/')[0];
      const shown = events.filter((e) => e.event.type === 'signpost_shown').map((e) => e.event);
      expect(shown).toEqual(step.services.map((service) => ({ type: 'signpost_shown', service, flow })));
    }
  });

  it('does not count HEAD requests', async () => {
    const { counter, events } = recorder();
    await createApp({ graph, counter }).request('/', { method: 'HEAD' });
    expect(events).toEqual([]);
  });

  it('serves the page when the counter throws or fails', async () => {
    const throwing: Counter = {
      count: () => {
        throw new Error('store down');
      },
    };
    const rejecting: Counter = { count: () => Promise.reject(new Error('store down')) };
    for (const counter of [throwing, rejecting]) {
      const res = await createApp({ graph, counter }).request('/');
      expect(res.status).toBe(200);
    }
  });
});
