// "In your own words" on the help site's start page (public/site/words.js,
// issue 17) in real Chromium at 320 px: hidden without JavaScript; danger
// first with its call link; what is typed never leaves the page (no request
// at all while typing, nothing stored, not in the address); suggestions
// reachable by Tab and opening their step; axe-core with suggestions shown.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../src/node/server.js';
import { confinedContext, expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startServer } from '../support/server.js';

const VIEWPORT = { width: 320, height: 640 };
const CANARY = 'CANARY-7781';

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

const box = (page: Page) => page.locator('#eigen-woorden');
const field = (page: Page) => page.locator('#eigen-woorden-veld');
const status = (page: Page) => page.locator('#eigen-woorden-status');
const suggestions = (page: Page) => page.locator('#eigen-woorden .words-choice');

test('without JavaScript the box stays hidden and the choices are there', async () => {
  const ctx = await confinedContext(browser, server.url, outside, { viewport: VIEWPORT, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/`);
  expect(await box(page).count()).toBe(1);
  expect(await box(page).isVisible()).toBe(false);
  expect(await field(page).isVisible()).toBe(false);
  expect(await page.locator('main .choices .choice').count()).toBeGreaterThan(1);
  await ctx.close();
});

describe('with JavaScript, at 320 px', () => {
  let ctx: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ctx = await confinedContext(browser, server.url, outside, { viewport: VIEWPORT });
    page = await ctx.newPage();
    await page.goto(`${server.url}/?gemeente=GM0637`);
  });

  afterAll(() => ctx?.close());

  test('the box is shown, outside any form, with its label and hint', async () => {
    expect(await box(page).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Of typ in je eigen woorden wat er aan de hand is.' }).count()).toBe(1);
    expect(await field(page).getAttribute('autocomplete')).toBe('off');
    expect(await field(page).evaluate((el: HTMLInputElement) => [el.form, el.name])).toEqual([null, '']);
    expect(await box(page).textContent()).toContain('Wat je typt, blijft op je eigen telefoon of computer.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
  });

  test('a knife at the door: the danger step first, with a call link to 112', async () => {
    const index = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/words');
    // (asked with ?with=places: the site holds no conversation to take headings from)
    await field(page).focus();
    expect((await index).ok()).toBe(true);
    await page.keyboard.type('er staat iemand met een mes voor de deur');
    await expect.poll(() => suggestions(page).count()).toBeGreaterThan(0);
    const call = page.locator('#eigen-woorden .words-call a');
    expect(await call.getAttribute('href')).toBe('tel:112');
    expect(await call.textContent()).toContain('112');
    // The first suggestion is the danger's step: its page tells to call 112.
    const first = suggestions(page).first();
    expect(await first.getAttribute('href')).toMatch(/^\/s\/[^/?]+\?gemeente=GM0637$/);
    expect(await page.locator('#eigen-woorden .words-why').first().textContent()).toMatch(/^Je schreef iets over: .+\.$/);
    const count = await suggestions(page).count();
    expect(count).toBeLessThanOrEqual(3);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await status(page).textContent()).toBe(count === 1 ? '1 suggestie' : `${count} suggesties`);
    // Announced once: the status line says how many; the suggestions are in no live region.
    expect(await first.evaluate((el) => el.closest('[aria-live], [role="status"], [role="log"], [role="alert"]'))).toBeNull();
    // Axe counts a link under the sticky bar as obscured; with the box at the top of the view, none is.
    await box(page).evaluate((el) => el.scrollIntoView());
    await expectNoAxeViolations(page, 'danger suggestions shown at 320px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
    const dangerPage = await ctx.request.get(server.url + (await first.getAttribute('href')));
    expect(await dangerPage.text()).toContain('href="tel:112"');
  });

  test('nothing is sent while typing: no request at all, nothing stored, not in the address', async () => {
    const requests: Request[] = [];
    const record = (request: Request) => requests.push(request);
    page.on('request', record);
    await field(page).fill('');
    await page.keyboard.type(`${CANARY} mijn vriend slaat me`);
    // The pause passes and the answer shows: suggestions, or the kind line.
    await expect.poll(() => status(page).textContent()).toMatch(/suggestie|herken ik niet/);
    await page.waitForTimeout(100);
    page.off('request', record);
    expect(requests.map((r) => r.url())).toEqual([]);
    for (const r of requests) expect(`${r.url()} ${r.postData() ?? ''}`).not.toContain(CANARY);
    expect(page.url()).not.toContain(CANARY);
    expect(await page.evaluate(() => [location.href, document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      `${server.url}/?gemeente=GM0637`,
      '',
      0,
      0,
    ]);
    expect(await ctx.cookies()).toEqual([]);
  });

  test('suggestions are reached with Tab, and a click opens its step', async () => {
    await field(page).fill('');
    await page.keyboard.type('er staat iemand met een mes voor de deur');
    await expect.poll(() => suggestions(page).count()).toBeGreaterThan(0);
    const hrefs = await suggestions(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Tab from the field: first the call link, then every suggestion in order.
    const reached: Array<string | null> = [];
    for (let i = 0; i <= hrefs.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
    }
    expect(reached).toEqual(['tel:112', ...hrefs]);
    await Promise.all([page.waitForURL(server.url + hrefs[0]), suggestions(page).first().click()]);
    expect(await page.locator('main').textContent()).toContain('112');
    expect(page.url()).not.toContain(CANARY);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  });

  test('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});
