// The /stats dashboard in real Chromium: axe finds nothing on the form, the
// error page and the dashboard; the token never shows up in the address, a
// cookie or browser storage; no CSP violations; readable at 320 px wide.
// Leaves a screenshot in screenshots/stats.png.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/counters/day.js';
import { memoryStore } from '../../src/counters/memory-store.js';
import { tokenCheck } from '../../src/counters/tokens.js';
import { createNodeApp, listen, type RunningServer } from '../../src/node/server.js';
import { expectNoAxeViolations, launchBrowser, newContext } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';

const TOKEN = 'zoetermeer-dashboard-token-0001';
const G = 'GM0637';
let browser: Browser;
let server: RunningServer;

/** Twelve weeks of made-up numbers: steady conversations, a few small cells. */
function seededStore() {
  const store = memoryStore();
  for (let d = 0; d < 84; d++) {
    const day = addDays('2026-02-02', d);
    store.add({ type: 'conversation_started', flow: 'start', lang: 'nl', gemeente: G }, day, 4 + ((d * 7) % 9));
    store.add({ type: 'conversation_started', flow: 'omstander', lang: 'nl', gemeente: G }, day, (d * 5) % 4);
    store.add({ type: 'signpost_shown', flow: 'omstander', service: 'veilig-thuis', gemeente: G }, day, 1 + (d % 3));
    store.add({ type: 'signpost_shown', flow: 'omstander', service: 'lokaal-team', gemeente: G }, day, d % 2);
    if (d % 5 === 0) store.add({ type: 'signpost_shown', flow: 'omstander', service: '112', gemeente: G }, day, 2);
    if ((d * 3) % 4) store.add({ type: 'quick_exit', gemeente: G }, day, ((d * 3) % 4) + (d > 40 ? 1 : 0));
    if (d % 20 === 0) store.add({ type: 'fallback_shown', gemeente: G }, day, 1);
  }
  store.add({ type: 'signpost_shown', flow: 'omstander', service: 'kindertelefoon', gemeente: G }, '2026-03-03', 4);
  return store;
}

beforeAll(async () => {
  const store = seededStore();
  const counting = { reader: store, tokens: tokenCheck([{ gemeente: G, token: TOKEN }]), today: () => '2026-04-26' };
  [browser, server] = await Promise.all([
    launchBrowser(),
    listen(createNodeApp(process.cwd(), { graph: shippedGraph(), counter: store, counting })),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openForm(width = 1000) {
  const context = await newContext(browser, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const problems: string[] = [];
  // The wrong-token page is a 401 on purpose; Chromium logs that status. Anything else (CSP, script) is a problem.
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 401') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}/stats`);
  return { context, page, problems };
}

describe('/stats in Chromium', () => {
  it('the form, a wrong token and the dashboard: no axe violations, no token outside the form', async () => {
    const { context, page, problems } = await openForm();
    await expectNoAxeViolations(page, 'form');

    await page.getByLabel('Uw code (token)').fill('not-the-right-token-000000000');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('klopt niet');
    await expectNoAxeViolations(page, 'wrong token');

    await page.getByLabel('Uw code (token)').fill(TOKEN);
    await page.getByRole('button', { name: 'Cijfers bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: /Cijfers voor/ }).waitFor();
    await expectNoAxeViolations(page, 'dashboard');

    expect(page.url()).toBe(`${server.url}/stats`);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(problems, problems.join('\n')).toEqual([]);

    // Every chart: an image with a title and a description, and a table with the numbers right under it.
    const charts = await page.locator('svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        name: (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' | '),
        tableFollows: svg.nextElementSibling?.tagName === 'TABLE',
      })),
    );
    expect(charts.map((c) => c.name.split(' | ')[0])).toEqual([
      'Gesprekken gestart per week',
      'Keren hulp getoond, per hulpdienst',
      'Advies of melden',
      "'Snel weg' gebruikt per week",
    ]);
    for (const chart of charts) {
      expect(chart.tableFollows, chart.name).toBe(true);
      expect(chart.name.split(' | ')[1].length, chart.name).toBeGreaterThan(20);
    }
    // Small numbers are hidden in charts, tables and totals alike.
    const cells = await page.locator('td.number, dd').allTextContents();
    for (const cell of cells) expect(cell === '<10' || Number(cell.replace('.', '')) >= 10, cell).toBe(true);

    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: 'screenshots/stats.png', fullPage: true });

    // Another period, from the dashboard itself: the token goes along in the form, still not in the address.
    await page.getByLabel('Van', { exact: true }).fill('2026-03-02');
    await page.getByLabel('Tot en met', { exact: true }).fill('2026-03-29');
    await page.getByRole('button', { name: 'Cijfers bekijken' }).click();
    await page.getByText('Van 2 maart 2026 tot en met 29 maart 2026.').waitFor();
    expect(page.url()).toBe(`${server.url}/stats`);
    await context.close();
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    const { context, page } = await openForm(320);
    await page.getByLabel('Uw code (token)').fill(TOKEN);
    await page.getByRole('button', { name: 'Cijfers bekijken' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'dashboard at 320 px');
    await context.close();
  });
});
