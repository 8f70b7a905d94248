// The help site in real Chromium. With JavaScript off: a full path from / to
// help for every audience, the way back, the municipality choice and the
// quick exit. With JavaScript on: the faster exit (location.replace, Shift
// three times), axe-core on every kind of page, reflow at 320 px and target
// sizes. Nothing leaves the machine: outside requests are answered locally.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileFromDisk } from '../../src/compiler/load.js';
import type { RunningServer } from '../../src/node/server.js';
import type { StepRef } from '../../src/shared/api-types.js';
import { buildSiteData, HIDE_FLOW, stepPath } from '../../src/site/site-data.js';
import { ABOUT_PATH, HIDE_PATH, PREVIEW_PATH } from '../../src/site/urls.js';
import { confinedContext, launchBrowser, type newContext } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';
import { startServer } from '../support/server.js';

const EXIT = 'https://www.buienradar.nl/';
const graph = shippedGraph();
const site = buildSiteData(graph);

/** Choice labels of the shortest path from `from` to the first step that satisfies `done`. */
function labelsTo(from: StepRef, done: (ref: StepRef) => boolean): { labels: string[]; end: StepRef } | null {
  const previous = new Map<StepRef, { ref: StepRef; label: string } | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const ref = queue.shift()!;
    if (done(ref)) {
      const labels: string[] = [];
      for (let at = previous.get(ref); at; at = previous.get(at.ref)) labels.unshift(at.label);
      return { labels, end: ref };
    }
    for (const choice of graph.steps[ref].choices) {
      if (previous.has(choice.target)) continue;
      previous.set(choice.target, { ref, label: choice.label });
      queue.push(choice.target);
    }
  }
  return null;
}

/** Each audience: a conversation the first page offers (the "verberg" advice is not an audience). */
const audiences = [...new Set(graph.steps[site.rootRef].choices.map((c) => c.target.split('/')[0]))].filter(
  (id) => id !== HIDE_FLOW && id !== site.rootRef.split('/')[0],
);
const isSignpost = (ref: StepRef) => graph.steps[ref].services.length > 0;
/** Real help, not only 112 (most conversations offer 112 first). */
const isHelp = (ref: StepRef) => graph.steps[ref].services.some((id) => id !== '112');

function pathFor(audience: string): { labels: string[]; end: StepRef } {
  const toStart = labelsTo(site.rootRef, (ref) => ref === graph.flows[audience].start);
  const start = graph.flows[audience].start;
  const toHelp = labelsTo(start, isHelp) ?? labelsTo(start, isSignpost);
  if (!toStart || !toHelp) throw new Error(`no path from / to help for "${audience}"`);
  return { labels: [...toStart.labels, ...toHelp.labels], end: toHelp.end };
}

let browser: Browser;
let server: RunningServer;
const outside: string[] = [];

beforeAll(async () => {
  // The validator's findings too, as the Node entry passes them, for /preview.
  [browser, server] = await Promise.all([launchBrowser(), startServer({ diagnostics: compileFromDisk(process.cwd()).diagnostics })]);
  mkdirSync('screenshots', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context whose outside requests never leave the machine: the exit site gets a stand-in, the rest is refused and recorded. */
function context(options: Parameters<typeof newContext>[1] = {}): Promise<BrowserContext> {
  return confinedContext(browser, server.url, outside, options, (url) =>
    url.startsWith(EXIT) ? '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>' : undefined,
  );
}

async function follow(page: Page, labels: string[]): Promise<void> {
  for (const label of labels) {
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/s/') || url.pathname === HIDE_PATH),
      page.getByRole('link', { name: label, exact: true }).click(),
    ]);
  }
}

describe('without JavaScript', () => {
  test('there are audiences to walk', () => {
    expect(audiences.length).toBeGreaterThan(2);
  });

  test.each(audiences)(
    'a full path from / to help works for "%s"',
    async (audience) => {
      const { labels, end } = pathFor(audience);
      const ctx = await context({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/`);
      await follow(page, labels);
      expect(new URL(page.url()).pathname).toBe(stepPath(site, end));
      // The address never spells out the topic, nor the way here.
      expect(page.url()).toMatch(/\/s\/[0-9a-z]{7}$/);
      await expect(page.getByRole('heading', { name: 'Hier kun je terecht' }).isVisible()).resolves.toBe(true);
      expect(await page.locator('article.service').count()).toBe(graph.steps[end].services.length);
      expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
      expect(await page.locator('#snel-weg').getAttribute('href')).toBe(EXIT.slice(0, -1));
      // The way back goes to the step before this one in its conversation.
      const before = page.url();
      await page.getByRole('link', { name: 'Vorige stap' }).click();
      await page.waitForURL((url) => url.href !== before);
      expect(new URL(page.url()).pathname).toBe(stepPath(site, graph.steps[end].parent!));
      expect(await page.locator(`main a.choice[href="${stepPath(site, end)}"]`).count()).toBe(1);
      expect(await ctx.cookies()).toEqual([]);
      await ctx.close();
    },
    90_000,
  );

  test('the municipality choice is a plain form and stays in the links only', async () => {
    const municipality = site.municipalities[0];
    expect(municipality, 'the shipped content has municipalities').toBeTruthy();
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Waar woon je?').selectOption(municipality.code);
    await Promise.all([page.waitForURL(`**/?gemeente=${municipality.code}`), page.getByRole('button', { name: 'Kies gemeente' }).click()]);
    const { labels } = pathFor(audiences[0]);
    await follow(page, labels);
    expect(page.url()).toContain(`gemeente=${municipality.code}`);
    expect(await page.getByLabel('Waar woon je?').inputValue()).toBe(municipality.code);
    expect(await ctx.cookies()).toEqual([]);
    await ctx.close();
  });

  test('"Snel weg" is a plain link that leaves the site', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('#snel-weg-hint').isVisible()).toBe(false);
    await Promise.all([page.waitForURL(EXIT), page.getByRole('link', { name: /Snel weg/ }).click()]);
    await expect(page.locator('p').textContent()).resolves.toBe('Het weer');
    await ctx.close();
  });
});

describe('with JavaScript', () => {
  test('"Snel weg" replaces the page, so Back does not return to it', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    const first = graph.steps[site.rootRef].choices[1] ?? graph.steps[site.rootRef].choices[0];
    await follow(page, [first.label]);
    expect(await page.locator('#snel-weg-hint').isVisible()).toBe(true);
    await Promise.all([page.waitForURL(EXIT), page.getByRole('link', { name: /Snel weg/ }).click()]);
    await page.goBack();
    // One history entry for the whole visit (issue 12): Back lands before the site, here the empty tab.
    expect(page.url()).toBe('about:blank');
    await ctx.close();
  });

  test('Shift three times leaves too, each press announced; Shift with another key does not count', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    const status = page.locator('#snel-weg-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await page.keyboard.press('Shift+A');
    expect(await status.textContent()).toBe('');
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toContain('Shift 1 keer ingedrukt');
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toContain('Druk nog 1 keer');
    await Promise.all([page.waitForURL(EXIT), page.keyboard.press('Shift')]);
    await ctx.close();
  });

  const signpost = pathFor(audiences[0]).end;
  const pages: Array<[string, string]> = [
    ['step', '/'],
    ['signpost', stepPath(site, signpost)],
    ['verberg', HIDE_PATH],
    ['over', ABOUT_PATH],
    ['preview', PREVIEW_PATH],
    ['404', '/bestaat-niet'],
  ];

  // axe on every kind of page, at 1280 and 320 px, at the top and scrolled: tests/browser/site-phone.test.ts.

  test.each(pages.filter(([kind]) => kind !== 'preview'))(
    'the %s page reflows at 320 px with targets of at least 24 px',
    async (_kind, path) => {
      const ctx = await context({ viewport: { width: 320, height: 640 } });
      const page = await ctx.newPage();
      await page.goto(server.url + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a, button, select')]
          // Links inside running text are exempt (WCAG 2.5.8); hidden ones are not targets.
          .filter((el) => !el.closest('.step-text, td, th'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.bottom > 0)
          .filter(({ box }) => box.height < 24 || box.width < 24)
          .map(({ el, box }) => `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
      await ctx.close();
    },
    90_000,
  );

  test('screenshots of a step page and of /preview', async () => {
    const ctx = await context({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.goto(server.url + stepPath(site, signpost));
    await page.screenshot({ path: 'screenshots/site-step.png', fullPage: true });
    await page.goto(`${server.url}/`);
    await page.screenshot({ path: 'screenshots/site-start.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url + PREVIEW_PATH);
    await page.screenshot({ path: 'screenshots/site-preview.png', fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2400 } });
    await ctx.close();
  }, 90_000);

  test('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});
