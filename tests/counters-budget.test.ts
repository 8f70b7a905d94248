// Page views and events share one budget per municipality a minute (issue 19,
// point 1): GETs of a step page cannot pump the counts without limit, and a
// client pumping one municipality leaves every other municipality's counts
// (and real visitors there) untouched.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { countBudget } from '../src/counters/budget.js';
import { memoryStore } from '../src/counters/memory-store.js';
import { tokenCheck } from '../src/counters/tokens.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const today = () => '2026-04-20';
const settle = () => new Promise((r) => setTimeout(r, 20));

function startsBy(store: ReturnType<typeof memoryStore>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of store.rows()) if (r.event === 'conversation_started') out[r.gemeente] = (out[r.gemeente] ?? 0) + r.count;
  return out;
}

describe('one budget per municipality for page views and events', () => {
  it('1,000 GETs of the first page count at most the budget, and another municipality still counts', async () => {
    const store = memoryStore();
    const app = createApp({ graph, counter: store, counting: { today, budget: { perMinute: 50 } } });
    for (let i = 0; i < 1_000; i++) expect((await app.request('/?gemeente=GM0637')).status).toBe(200);
    for (let i = 0; i < 3; i++) await app.request('/?gemeente=GM0344');
    await app.request('/');
    await settle();
    expect(startsBy(store)).toEqual({ GM0637: 50, GM0344: 3, '': 1 });
  });

  it('page views and events draw on the same budget', async () => {
    const store = memoryStore();
    const app = createApp({ graph, counter: store, counting: { today, budget: { perMinute: 4 } } });
    for (let i = 0; i < 3; i++) await app.request('/?gemeente=GM0637');
    const post = () =>
      app.request('/api/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'quick_exit', gemeente: 'GM0637' }),
      });
    expect((await post()).status).toBe(204);
    expect((await post()).status).toBe(429);
  });

  it('a new minute brings a new budget; many unknown keys share one overflow budget (memory stays bounded)', () => {
    let now = 0;
    const budget = countBudget({ perMinute: 2 }, () => now);
    expect([budget.take('GM0637'), budget.take('GM0637'), budget.take('GM0637')]).toEqual([true, true, false]);
    expect(budget.retryAfter()).toBe(60);
    now = 60_000;
    expect(budget.take('GM0637')).toBe(true);
    let allowed = 0;
    for (let i = 0; i < 5_000; i++) if (budget.take(`key-${i}`)) allowed++;
    // 999 more keys fit (one is GM0637), then all others share one budget of 2.
    expect(allowed).toBe(999 + 2);
  });

  it('reports and the dashboard say the counts are approximate, and why', async () => {
    const store = memoryStore();
    const token = 'budget-test-report-token-0123456789';
    const app = createApp({
      graph,
      counter: store,
      counting: { today, reader: store, tokens: tokenCheck([{ gemeente: 'GM0637', token }]), budget: { perMinute: 7 } },
    });
    const api = await app.request('/api/v1/stats', { headers: { authorization: `Bearer ${token}` } });
    expect(await api.json()).toMatchObject({ approximate: true, limitPerMinute: 7 });
    const page = await app.request('/stats', {
      method: 'POST',
      body: `token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('De getallen zijn een schatting');
  });
});
