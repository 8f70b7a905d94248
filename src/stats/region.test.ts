// The dashboard for a Veilig Thuis region: the sum of its municipalities'
// counts (src/stats/region.ts), with "<10" applied to each summed cell.
import { describe, expect, it } from 'vitest';
import { localGraph } from '../../tests/support/local.js';
import { createApp } from '../app.js';
import { memoryStore } from '../counters/memory-store.js';
import { parseTokens, tokenCheck } from '../counters/tokens.js';
import { regionOf } from './region.js';

const graph = localGraph();
const REGION = 'haaglanden-region-token-0001-abcdefgh';
const ZOETERMEER = 'zoetermeer-report-token-0001-abcdefg';
const parsed = parseTokens(`veilig-thuis-haaglanden:${REGION},GM0637:${ZOETERMEER},veilig thuis:${'x'.repeat(40)}`);
const tokens = tokenCheck(parsed.entries);

function seeded() {
  const store = memoryStore();
  // Each under 10 on its own; 6 + 5 = 11 together. Rotterdam (no sourced region) and Utrecht are not part of it.
  store.add({ type: 'quick_exit', gemeente: 'GM0637' }, '2026-04-21', 6);
  store.add({ type: 'quick_exit', gemeente: 'GM0518' }, '2026-04-21', 5);
  store.add({ type: 'quick_exit', gemeente: 'GM0599' }, '2026-04-21', 50);
  store.add({ type: 'quick_exit', gemeente: 'GM0344' }, '2026-04-21', 70);
  store.add({ type: 'conversation_started', flow: 'lokaal', lang: 'nl', gemeente: 'GM0503' }, '2026-04-21', 3);
  return store;
}

const app = createApp({ graph, counting: { reader: seeded(), tokens, today: () => '2026-04-30', readTimeoutMs: 100 } });
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
const page = async (token: string) => (await app.request('/stats', form({ token, from: '2026-04-01', to: '2026-04-30' }))).text();

describe('a Veilig Thuis region on the dashboard', () => {
  it('knows the region from the shared table: nine municipalities for Haaglanden', () => {
    expect(regionOf(graph, 'veilig-thuis-haaglanden')).toMatchObject({ name: 'Veilig Thuis Haaglanden' });
    expect(regionOf(graph, 'veilig-thuis-haaglanden')!.codes).toHaveLength(9);
    expect(regionOf(graph, 'veilig-thuis-narnia')).toBeNull();
    expect(regionOf(graph, 'GM0637')).toBeNull();
    // A malformed owner is refused at start-up, with a message that does not repeat the token.
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).not.toContain('xxxx');
  });

  it('adds up the municipalities before "<10": 6 + 5 shows as 11, the rest of the country is not in it', async () => {
    const html = await page(REGION);
    expect(html).toContain('Cijfers voor Veilig Thuis Haaglanden');
    expect(html).toContain('9 gemeenten samen');
    expect(html).toMatch(/>11</);
    expect(html).not.toMatch(/>(50|70|61|81|131)</);
    // Three conversations in Delft stay "<10", also in the region's sum.
    expect(html).toContain('&lt;10');
  });

  it('a municipality still sees only its own numbers', async () => {
    const html = await page(ZOETERMEER);
    expect(html).toContain('Cijfers voor Zoetermeer (GM0637)');
    expect(html).not.toMatch(/>11</);
    expect(html).not.toContain('gemeenten samen');
  });
});
