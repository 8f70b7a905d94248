// Reading the numbers back: GET /api/v1/stats and POST /stats, through the
// real app. Token checks (missing, wrong, another municipality's), "<10",
// no caching, clear 400s.
import { describe, expect, it } from 'vitest';
import type { StatsResponse } from '../src/api/stats.js';
import { createApp } from '../src/app.js';
import { memoryStore } from '../src/counters/memory-store.js';
import { parseTokens, tokenCheck } from '../src/counters/tokens.js';
import type { CountReader } from '../src/counters/types.js';
import { fixtureGraph } from './support/fixture.js';

const graph = fixtureGraph();
const ZOETERMEER = 'zoetermeer-report-token-0001-abcdefg';
const UTRECHT = 'utrecht-report-token-000000002-abcdefg';
const tokens = tokenCheck(parseTokens(`GM0637:${ZOETERMEER},GM0344:${UTRECHT}`).entries);

function seeded() {
  const store = memoryStore();
  store.add({ type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: 'GM0637' }, '2026-04-20', 12);
  store.add({ type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: 'GM0637' }, '2026-04-27', 3);
  store.add({ type: 'quick_exit', gemeente: 'GM0637' }, '2026-04-21', 2);
  store.add({ type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: 'GM0344' }, '2026-04-20', 40);
  return store;
}

function appWith(reader: CountReader | undefined = seeded()) {
  return createApp({ graph, counting: reader ? { reader, tokens, today: () => '2026-04-30', readTimeoutMs: 100 } : undefined });
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /api/v1/stats', () => {
  it('gives a municipality its own counts, small numbers as "<10", never cached', async () => {
    const res = await appWith().request('/api/v1/stats?from=2026-04-01&to=2026-04-30', { headers: auth(ZOETERMEER) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as StatsResponse;
    expect(body).toEqual({
      gemeente: 'GM0637',
      from: '2026-04-01',
      to: '2026-04-30',
      per: 'week',
      threshold: 10,
      approximate: true,
      limitPerMinute: 600,
      rows: [
        { period: '2026-04-20', event: 'conversation_started', flow: 'start', lang: 'nl', count: 12 },
        { period: '2026-04-20', event: 'quick_exit', count: '<10' },
        { period: '2026-04-27', event: 'conversation_started', flow: 'start', lang: 'nl', count: '<10' },
      ],
    });
    const all = (await (
      await appWith().request('/api/v1/stats?gemeente=GM0637&per=all&from=2026-04-01', { headers: auth(ZOETERMEER) })
    ).json()) as StatsResponse;
    expect(all.rows[0]).toEqual({ period: '2026-04-01', event: 'conversation_started', flow: 'start', lang: 'nl', count: 15 });
  });

  it('401 without a token or with a wrong one, with WWW-Authenticate: Bearer', async () => {
    for (const headers of [{}, auth('wrong-token-wrong-token-wrong'), auth(ZOETERMEER + 'x'), { authorization: `Basic ${ZOETERMEER}` }]) {
      const res = await appWith().request('/api/v1/stats?gemeente=GM0637', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(await res.text()).not.toContain('"rows"');
    }
  });

  it("403 for another municipality's numbers, even with a valid token", async () => {
    const res = await appWith().request('/api/v1/stats?gemeente=GM0637', { headers: auth(UTRECHT) });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"rows"');
    const own = (await (await appWith().request('/api/v1/stats?from=2026-04-01', { headers: auth(UTRECHT) })).json()) as StatsResponse;
    expect(own.gemeente).toBe('GM0344');
    expect(own.rows).toEqual([{ period: '2026-04-20', event: 'conversation_started', flow: 'start', lang: 'nl', count: 40 }]);
  });

  it('explains bad queries with 400s', async () => {
    const cases: Array<[string, string]> = [
      ['from=2026-13-01', 'YYYY-MM-DD'],
      ['from=2026-04-10&to=2026-04-01', 'after'],
      ['from=2020-01-01&to=2026-01-01', 'longer than'],
      ['per=year', 'per'],
      ['gemeente=0637', 'GM'],
      ['from=2026-04-01&from=2026-04-02', 'more than once'],
    ];
    for (const [query, mention] of cases) {
      const res = await appWith().request(`/api/v1/stats?${query}`, { headers: auth(ZOETERMEER) });
      expect(res.status, query).toBe(400);
      expect(await res.text(), query).toContain(mention);
    }
  });

  it('404 when counting is off; 503 when the store does not answer', async () => {
    const off = createApp({ graph });
    const res = await off.request('/api/v1/stats', { headers: auth(ZOETERMEER) });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('counting_off');
    const hanging = await appWith({ read: () => new Promise(() => {}) }).request('/api/v1/stats', { headers: auth(ZOETERMEER) });
    expect(hanging.status).toBe(503);
    const broken = await appWith({
      read: async () => {
        throw new Error('disk');
      },
    }).request('/api/v1/stats', { headers: auth(ZOETERMEER) });
    expect(broken.status).toBe(503);
  });
});

describe('/stats dashboard', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

  it('shows a form; the token travels in the POST body only', async () => {
    const res = await appWith().request('/stats');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('method="post"');
    expect(html).toContain('type="password"');
    expect(html).not.toContain('<script');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('shows the own numbers for the right token, "<10" for small ones', async () => {
    const res = await appWith().request('/stats', form({ token: ZOETERMEER, from: '2026-04-01', to: '2026-04-30' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('GM0637');
    expect(html).toContain('<svg');
    expect(html).toContain('&lt;10');
    expect(html).toMatch(/Gesprekken gestart<\/dt><dd>15</);
    expect(html).not.toContain('GM0344');
    expect(html).not.toContain('>40<');
  });

  it('shows conversations per language (issue 16) when more than one was used (a language the content does not name shows its code)', async () => {
    const store = seeded();
    store.add({ type: 'conversation_started', flow: 'start', lang: 'en', gemeente: 'GM0637' }, '2026-04-21', 11);
    const html = await (await appWith(store).request('/stats', form({ token: ZOETERMEER, from: '2026-04-01', to: '2026-04-30' }))).text();
    const table = html.slice(html.indexOf('Gesprekken gestart per taal'));
    expect(table).toMatch(/Nederlands<\/th><td class="number">15</);
    expect(table).toMatch(/>en<\/th><td class="number">11</);
    const dutchOnly = await (await appWith().request('/stats', form({ token: ZOETERMEER, from: '2026-04-01', to: '2026-04-30' }))).text();
    expect(dutchOnly).not.toContain('Gesprekken gestart per taal');
  });

  it('refuses a missing or wrong token with 401 and the form again; never shows another municipality', async () => {
    for (const token of ['', 'wrong-token-wrong-token-wrong']) {
      const res = await appWith().request('/stats', form({ token }));
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain('role="alert"');
      expect(html).not.toContain('<svg');
    }
    const utrecht = await (await appWith().request('/stats', form({ token: UTRECHT, from: '2026-04-01', to: '2026-04-30' }))).text();
    expect(utrecht).toContain('GM0344');
    expect(utrecht).not.toContain('GM0637');
  });

  it('explains bad dates, and says so when counting is off', async () => {
    const res = await appWith().request('/stats', form({ token: ZOETERMEER, from: '2026-04-10', to: '2026-04-01' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Van');
    const off = await createApp({ graph }).request('/stats');
    expect(off.status).toBe(404);
    expect(await off.text()).toContain('Tellen staat uit');
  });
});
