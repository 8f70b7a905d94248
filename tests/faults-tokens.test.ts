// Report tokens (issue 19, point 3), through the real process: a weak token
// stops the start with a clear message and exit 1; wrong tokens share a
// small budget, after which every attempt answers 429 unchecked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFailureRate } from '../src/counters/tokens.js';
import { ensureServerBuilt, startProcess } from './support/process.js';

const dirs: string[] = [];
function dbFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-tokens-'));
  dirs.push(dir);
  return join(dir, 'counts.sqlite');
}
beforeAll(() => ensureServerBuilt());
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const STRONG = 'Jx0pQ7mVw2rT9sLc4bN8kE1fH6yZ3aUd-_';

describe('report tokens at start-up and under guessing', () => {
  it('a 16-character token: exit 1, naming the entry and the rule, never the token, never listening', async () => {
    const weak = '0123456789abcdef';
    const server = await startProcess({ WEGWIJS_DB: dbFile(), WEGWIJS_STATS_TOKENS: `GM0637:${STRONG},GM0344:${weak}` });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/entry 2 of WEGWIJS_STATS_TOKENS \(GM0344\) is too weak: the token is shorter than 32 characters/);
    expect(server.output()).toContain('does not start');
    expect(server.output()).not.toContain(weak);
    expect(server.output()).not.toContain(STRONG);
  }, 120_000);

  it('after the budget of wrong tokens, the API and the dashboard answer 429 unchecked, even for the right token', async () => {
    const server = await startProcess({ WEGWIJS_DB: dbFile(), WEGWIJS_STATS_TOKENS: `GM0637:${STRONG}` });
    try {
      const api = (token: string) => fetch(`${server.url}/api/v1/stats`, { headers: { authorization: `Bearer ${token}` } });
      expect((await api(STRONG)).status).toBe(200);
      // Bounded: 3 × the burst of guesses at once; at most the burst (plus what refilled meanwhile) is checked.
      const started = Date.now();
      const statuses = await Promise.all(
        Array.from({ length: defaultFailureRate.burst * 3 }, (_, i) => api(`guess-${i}-${'x'.repeat(30)}`).then((r) => r.status)),
      );
      const refilled = Math.ceil(((Date.now() - started) / 1000) * defaultFailureRate.perSecond);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(defaultFailureRate.burst + refilled);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      // While guesses keep coming, the right token is refused unchecked too (bounded: 10 rounds each).
      const refusedWhileGuessing = async (attempt: () => Promise<Response>) => {
        for (let round = 0; round < 10; round++) {
          const [right] = await Promise.all([attempt(), ...[1, 2, 3].map((n) => api(`guess-${n}-${round}-${'y'.repeat(30)}`))]);
          if (right.status === 429) return right;
        }
        return undefined;
      };
      const rightRefused = await refusedWhileGuessing(() => api(STRONG));
      expect(rightRefused?.status).toBe(429);
      expect(Number(rightRefused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const page = (await refusedWhileGuessing(() =>
        fetch(`${server.url}/stats`, {
          method: 'POST',
          body: `token=${STRONG}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      ))!;
      expect(page?.status).toBe(429);
      expect(await page.text()).toContain('te veel verkeerde codes');
    } finally {
      await server.stop('SIGKILL');
    }
  }, 120_000);
});
