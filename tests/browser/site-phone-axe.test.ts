// The help site without a trace in the address, and its edge cases, in real
// Chromium (issue 12): no trail in any address, a page opened from a
// bookmark, a double tap on a choice, the site's scripts failing to load,
// what the page says without JavaScript; and axe on every kind of page.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { StepRef } from '../../src/shared/api-types.js';
import { stepPath } from '../../src/site/site-data.js';
import { HIDE_PATH, PREVIEW_PATH } from '../../src/site/urls.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { context, dangerRef, EXIT, graph, kinds, longest, outside, server, site, useSiteOnPhone } from './site-phone-support.js';

useSiteOnPhone();

describe('nothing in the address, and the edge cases', () => {
  /** Walks from / by choice labels, checking every address on the way. */
  async function walk(page: Page, to: StepRef): Promise<string[]> {
    const path: Array<{ ref: StepRef; label: string }> = [];
    for (let at: StepRef | undefined = to; at && at !== site.rootRef; at = graph.steps[at].parent) {
      const parent: StepRef = graph.steps[at].parent!;
      path.unshift({ ref: at, label: graph.steps[parent].choices.find((c) => c.target === at)!.label });
    }
    const seen: string[] = [];
    for (const { ref, label } of path) {
      await Promise.all([
        page.waitForURL((url) => url.pathname === stepPath(site, ref)),
        page.getByRole('link', { name: label, exact: true }).first().click(),
      ]);
      seen.push(page.url());
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => h.includes('van='))).toEqual([]);
    }
    return seen;
  }

  test('no address on a walk to help carries a trail, and each page is the same when opened from a bookmark', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    const addresses = await walk(page, longest);
    for (const address of addresses) expect(new URL(address).search).toBe('');
    const walked = await page.content();
    // A bookmark: a fresh browser, straight to the address.
    const fresh = await context({ javaScriptEnabled: false });
    const bookmark = await fresh.newPage();
    await bookmark.goto(addresses[addresses.length - 1]);
    expect(await bookmark.content()).toBe(walked);
    await Promise.all([
      bookmark.waitForURL((url) => url.pathname === stepPath(site, graph.steps[longest].parent!)),
      bookmark.getByRole('link', { name: 'Vorige stap' }).click(),
    ]);
    await fresh.close();
    await ctx.close();
  });

  test('a double tap on a choice goes one step, not two', async () => {
    // A choice whose target offers a choice in the same place, where a second tap could land.
    const choice = graph.steps[site.rootRef].choices.find((c) => graph.steps[c.target].choices.length > 0)!;
    for (const javaScriptEnabled of [false, true]) {
      const ctx = await context({ viewport: { width: 360, height: 640 }, javaScriptEnabled, hasTouch: true });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: choice.label, exact: true }).dblclick();
      // Without JavaScript the second tap may start the same navigation again, aborting the first: that is not a second step.
      await page
        .waitForURL((url) => url.pathname !== '/')
        .catch((error: Error) => {
          if (!/ERR_ABORTED/.test(error.message)) throw error;
        });
      await page.waitForURL((url) => url.pathname !== '/');
      await page.waitForLoadState('load');
      // Time for a second navigation, had the second tap started one.
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(stepPath(site, choice.target));
      await ctx.close();
    }
  });

  test('without JavaScript, the page says right below "Snel weg" that Back can still show it; with JavaScript it does not', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const ctx = await context({ viewport: { width: 360, height: 640 }, javaScriptEnabled });
      const page = await ctx.newPage();
      await page.goto(server.url + stepPath(site, dangerRef));
      const note = page.locator('#snel-weg-geen-script');
      expect(await note.isVisible(), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(!javaScriptEnabled);
      if (!javaScriptEnabled) {
        const bar = (await page.locator('.site-header').boundingBox())!;
        const box = (await note.boundingBox())!;
        expect(box.y - (bar.y + bar.height)).toBeLessThan(24);
        expect(box.y + box.height).toBeLessThanOrEqual(640);
        await expect(note.textContent()).resolves.toContain('Sluit daarna ook dit tabblad.');
      }
      await ctx.close();
    }
  });

  test("when the site's scripts fail to load, the plain links still lead to help and out", async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 } });
    await ctx.route('**/site/*.js', (route) => route.abort());
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await walk(page, longest);
    await expect(page.getByRole('heading', { name: 'Hier kun je terecht' }).isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForURL(EXIT), page.getByRole('link', { name: /Snel weg/ }).click()]);
    await ctx.close();
  });

  test('the old address of the hide page leads to the neutral one', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/verberg-je-bezoek`);
    expect(new URL(page.url()).pathname).toBe(HIDE_PATH);
    await expect(page.locator('h1').textContent()).resolves.toBe('Verberg je bezoek');
    await ctx.close();
  });
});

describe('axe', () => {
  // "without JavaScript": axe needs scripts, so the page gets the note as a browser without them shows it.
  const axeKinds: Array<[string, string]> = [
    ...kinds,
    ['preview', PREVIEW_PATH],
    ['danger step without JavaScript', stepPath(site, dangerRef)],
  ];
  test.each(axeKinds)(
    'finds no WCAG 2.2 AA violation on the %s page at 1280 and 320 px (and scrolled at 320 px)',
    async (kind, path) => {
      for (const width of [1280, 320]) {
        const ctx = await context({ viewport: { width, height: 640 } });
        const page = await ctx.newPage();
        await page.goto(server.url + path);
        if (kind.includes('without')) {
          await page.evaluate(() => {
            const noscript = document.querySelector('noscript')!;
            noscript.outerHTML = noscript.textContent!;
          });
          await expect(page.locator('#snel-weg-geen-script').isVisible()).resolves.toBe(true);
        }
        await expectNoAxeViolations(page, `${path} at ${width}px`);
        // Scrolled, with the bar over the text: where the sticky bar matters (the long editors' page only at the top).
        if (width === 320 && kind !== 'preview') {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await expectNoAxeViolations(page, `${path} at ${width}px, scrolled`);
        }
        await ctx.close();
      }
    },
    120_000,
  );

  test('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});
