// The help site on a phone and without a trace in the address, in real
// Chromium (issue 12): the bar with "Snel weg" and 112 stays in view while
// scrolling and never covers what is read or focused; every phone number is a
// call link of at least 24×24 px; a step's first call action is on the first
// screen; each step page has its own heading; without JavaScript the page
// says what the quick exit cannot do. Edge cases: a double tap on a choice,
// a page opened from a bookmark, the site's scripts failing to load.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { findPhoneNumbers } from '../../src/compiler/phone.js';
import type { RunningServer } from '../../src/node/server.js';
import type { StepRef } from '../../src/shared/api-types.js';
import { buildSiteData, stepPath } from '../../src/site/site-data.js';
import { ABOUT_PATH, HIDE_PATH, PREVIEW_PATH } from '../../src/site/urls.js';
import { confinedContext, expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';
import { startServer } from '../support/server.js';

// Real page loads on a shared two-core machine: generous time per test.
vi.setConfig({ testTimeout: 120_000 });

const EXIT = 'https://www.buienradar.nl/';
const graph = shippedGraph();
const site = buildSiteData(graph);
const refs = Object.keys(graph.steps);
const dangerRef = graph.steps[site.rootRef].choices.find((c) => c.label === 'Er is nu gevaar')!.target;
/** The step with the longest text and help: the hardest case for the first screen. */
const longest = refs
  .filter((r) => graph.steps[r].services.length)
  .sort((a, b) => graph.steps[b].text.html.length - graph.steps[a].text.html.length)[0];

const kinds: Array<[string, string]> = [
  ['start', '/'],
  ['danger step', stepPath(site, dangerRef)],
  ['long signpost', stepPath(site, longest)],
  ['hide your visit', HIDE_PATH],
  ['about', ABOUT_PATH],
  ['not found', '/bestaat-niet'],
];

let browser: Browser;
let server: RunningServer;
const outside: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function context(options: Parameters<typeof confinedContext>[3] = {}): Promise<BrowserContext> {
  return confinedContext(browser, server.url, outside, options, (url) =>
    url.startsWith(EXIT) ? '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>' : undefined,
  );
}

/** Where the bar's two actions are, and whether each lies wholly inside the viewport. */
function barInView(page: Page) {
  return page.evaluate(() => {
    const inView = (selector: string) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
    };
    return { exit: inView('#snel-weg'), call: inView('.site-header a[href="tel:112"]') };
  });
}

describe('the bar with "Snel weg" and 112 on a phone', () => {
  for (const [width, height] of [
    [360, 640],
    [320, 256],
  ]) {
    test.each(kinds)(
      `stays in view at ${width}×${height} after scrolling to the end (%s), and the end is not covered`,
      async (_kind, path) => {
        const ctx = await context({ viewport: { width, height } });
        const page = await ctx.newPage();
        await page.goto(server.url + path);
        await expect(barInView(page)).resolves.toEqual({ exit: true, call: true });
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect(barInView(page)).resolves.toEqual({ exit: true, call: true });
        // The last link of the page can be read and tapped: the bar is not on top of it.
        const last = await page.evaluate(() => {
          const links = [...document.querySelectorAll('footer a')];
          const link = links[links.length - 1];
          const box = link.getBoundingClientRect();
          return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('a') === link;
        });
        expect(last).toBe(true);
        // Reflow (320×256 is 1280×1024 at 400 % zoom): no sideways scrolling.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const bar = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
        // Compact: at most a quarter of the smallest screen.
        expect(bar, `bar height ${bar}px`).toBeLessThanOrEqual(height === 256 ? 64 : 80);
        await ctx.close();
      },
    );
  }

  test('never hides what has keyboard focus, forwards and backwards (WCAG 2.4.11)', async () => {
    const ctx = await context({ viewport: { width: 320, height: 256 } });
    const page = await ctx.newPage();
    await page.goto(server.url + stepPath(site, longest));
    // Covered: the middle of the focused element shows something else (the bar).
    const covered = async () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body || active.closest('.site-header')) return null;
        const box = active.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + Math.min(box.width / 2, 8), box.top + box.height / 2);
        return seen && (seen === active || active.contains(seen))
          ? null
          : `${active.outerHTML.slice(0, 80)} is covered by ${seen?.outerHTML.slice(0, 40)}`;
      });
    const problems: string[] = [];
    const count = await page.evaluate(() => document.querySelectorAll('a, button, select').length);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const problem = await covered();
      if (problem) problems.push(problem);
    }
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Shift+Tab');
      const problem = await covered();
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
    await ctx.close();
  });

  test('does not tell a phone to press Shift (it has no Shift key); a computer still gets the hint', async () => {
    for (const phone of [true, false]) {
      const ctx = await context({ viewport: { width: 360, height: 640 }, isMobile: phone, hasTouch: phone });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => document.getElementById('snel-weg-hint')?.hidden === false);
      expect(await page.locator('#snel-weg-hint').isVisible(), phone ? 'phone' : 'computer').toBe(!phone);
      await ctx.close();
    }
  });

  test('keeps visible edges on its buttons in forced colours', async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 }, forcedColors: 'active' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    const borders = await page.evaluate(() =>
      ['#snel-weg', '.site-header a[href="tel:112"]'].map((s) => getComputedStyle(document.querySelector(s)!).borderTopStyle),
    );
    expect(borders).toEqual(['solid', 'solid']);
    await ctx.close();
  });
});

describe('phone numbers and headings on every step page', () => {
  test('every phone number is a tel: link of at least 24×24 px, and the first call action is on the first screen at 360×640', async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    const loose: string[] = [];
    const small: string[] = [];
    const late: string[] = [];
    for (const ref of refs) {
      await page.goto(server.url + stepPath(site, ref));
      const found = await page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          // Link labels ("Chat met 113") and a card's name ("113 Zelfmoordpreventie", its call action right
          // below) are no number to dial; everything else, the cards' text included, is checked.
          if (parent.closest('a, noscript, script, .visually-hidden, [hidden], .service h3')) continue;
          texts.push(node.textContent ?? '');
        }
        const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => {
          const box = a.getBoundingClientRect();
          return {
            text: a.textContent ?? '',
            width: box.width,
            height: box.height,
            top: box.top + scrollY,
            inMain: Boolean(a.closest('main')),
          };
        });
        return { texts, links };
      });
      for (const text of found.texts)
        for (const number of findPhoneNumbers(text)) loose.push(`${ref}: "${number.raw}" in "${text.trim().slice(0, 60)}"`);
      for (const link of found.links)
        if (link.width < 24 || link.height < 24) small.push(`${ref}: ${link.text} ${Math.round(link.width)}×${Math.round(link.height)}`);
      const first = found.links.find((link) => link.inMain);
      if (first && first.top + 24 > 640) late.push(`${ref}: first call link "${first.text}" at ${Math.round(first.top)} px`);
    }
    expect(loose).toEqual([]);
    expect(small).toEqual([]);
    expect(late).toEqual([]);
    await ctx.close();
  }, 240_000);

  test('the danger step, reached by its label, says what it is in its h1; the tab title stays neutral', async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await Promise.all([page.waitForURL('**/s/*'), page.getByRole('link', { name: 'Er is nu gevaar', exact: true }).click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Er is nu gevaar');
    await expect(page.title()).resolves.not.toMatch(/gevaar/i);
    // "Bel nu 112" on the first screen, as a call link.
    const call = page.locator('main .step-text a[href="tel:112"]').first();
    const box = (await call.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    await ctx.close();
  });
});

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
