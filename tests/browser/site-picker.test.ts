// The municipality picker of the help site (public/site/picker.js) in real
// Chromium: by keyboard only, by name and by another name ("Beemster" finds
// Purmerend), the same address as the plain form without JavaScript, axe-core
// with the list open and closed at 1280 and 320 px, and nothing stored.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../src/node/server.js';
import { buildSiteData, stepPath } from '../../src/site/site-data.js';
import { confinedContext, expectNoAxeViolations, launchBrowser, type newContext } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';
import { startServer } from '../support/server.js';

const graph = shippedGraph();
const site = buildSiteData(graph);

/** A signpost page with the municipality's own team. */
const localStep = Object.values(graph.steps).find((step) => step.services.includes('lokaal-team'))!;
const localPage = stepPath(site, localStep.ref);

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

function context(options: Parameters<typeof newContext>[1] = {}): Promise<BrowserContext> {
  return confinedContext(browser, server.url, outside, options);
}

const field = (page: Page) => page.locator('#gemeente-zoek');
const optionTexts = (page: Page) => page.locator('#gemeente-lijst [role="option"]').allTextContents();
const status = (page: Page) => page.locator('#gemeente-zoek-status');

/** Tabs from the top of the page to the picker field, as a keyboard user would. */
async function tabToField(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'gemeente-zoek')) return;
  }
  throw new Error('the picker field cannot be reached with Tab');
}

async function nothingStored(page: Page, ctx: BrowserContext): Promise<void> {
  expect(await ctx.cookies()).toEqual([]);
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
}

test('the test page has local help', () => {
  expect(localStep, 'a step with lokaal-team').toBeTruthy();
  expect(site.municipalities.some((m) => m.code === 'GM0637' && m.name === 'Zoetermeer')).toBe(true);
  expect(site.municipalities.some((m) => m.name === 'Purmerend' && m.aliases?.includes('Beemster'))).toBe(true);
});

describe('without JavaScript', () => {
  test('the plain select is there, no picker, and choosing gives the address the picker gives', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(server.url + localPage);
    expect(await field(page).count()).toBe(0);
    await page.getByLabel('Waar woon je?').selectOption('GM0637');
    await Promise.all([page.waitForURL(/gemeente=GM0637/), page.getByRole('button', { name: 'Kies gemeente' }).click()]);
    expect(page.url()).toBe(`${server.url}${stepPath(site, localStep.ref)}?gemeente=GM0637`);
    await expect(page.locator('main').textContent()).resolves.toContain('zoetermeer.nl');
    await ctx.close();
  });
});

describe('with JavaScript', () => {
  test('by keyboard only: "zoet", Down, Enter gives Zoetermeer in the address and its local help', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(server.url + localPage);
    await expect(page.locator('main').textContent()).resolves.not.toContain('zoetermeer.nl');
    // The select is replaced; the label now names the field.
    expect(await page.locator('select#gemeente').isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Waar woon je?' }).count()).toBe(1);
    await tabToField(page);
    expect(await field(page).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('zoet');
    expect(await field(page).getAttribute('aria-expanded')).toBe('true');
    // Every municipality of the country is in the list (issue 14): Zoeterwoude starts the same.
    expect(await optionTexts(page)).toEqual(['Zoetermeer', 'Zoeterwoude']);
    await expect.poll(() => status(page).textContent()).toBe('2 gemeenten gevonden.');
    expect(await status(page).getAttribute('role')).toBe('status');
    await page.keyboard.press('ArrowDown');
    const active = await field(page).getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active}`).textContent()).toBe('Zoetermeer');
    await Promise.all([page.waitForURL(/gemeente=GM0637/), page.keyboard.press('Enter')]);
    // Exactly what the plain form sends (see the test without JavaScript).
    expect(page.url()).toBe(`${server.url}${stepPath(site, localStep.ref)}?gemeente=GM0637`);
    await expect(page.locator('main').textContent()).resolves.toContain('zoetermeer.nl');
    expect(await field(page).inputValue()).toBe('Zoetermeer');
    await nothingStored(page, ctx);
    await ctx.close();
  });

  test('Enter chooses the only match; "beems" finds Purmerend by its other name', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await tabToField(page);
    await page.keyboard.type('beems');
    expect(await optionTexts(page)).toEqual(['Purmerend (Beemster)']);
    await Promise.all([page.waitForURL(`${server.url}/?gemeente=GM0439`), page.keyboard.press('Enter')]);
    expect(await field(page).inputValue()).toBe('Purmerend');
    await nothingStored(page, ctx);
    await ctx.close();
  });

  test('arrows move and wrap, Escape closes then clears, Enter with several matches asks to choose', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await tabToField(page);
    await page.keyboard.type('de');
    const texts = await optionTexts(page);
    expect(texts.length).toBeGreaterThan(1);
    // Names that start with it first.
    expect(texts[0]).toMatch(/^De /);
    await expect.poll(() => status(page).textContent()).toBe(`${texts.length} gemeenten gevonden.`);
    const activeText = async () => page.locator(`#${await field(page).getAttribute('aria-activedescendant')}`).textContent();
    await page.keyboard.press('ArrowUp');
    expect(await activeText()).toBe(texts[texts.length - 1]);
    await page.keyboard.press('ArrowDown');
    expect(await activeText()).toBe(texts[0]);
    await page.keyboard.press('Escape');
    expect(await field(page).getAttribute('aria-expanded')).toBe('false');
    expect(await field(page).getAttribute('aria-activedescendant')).toBeNull();
    expect(await field(page).inputValue()).toBe('de');
    // Enter with several matches and none highlighted: no page change, a request to choose.
    await page.keyboard.press('Enter');
    expect(await status(page).textContent()).toBe('Kies een gemeente uit de lijst.');
    expect(await field(page).getAttribute('aria-expanded')).toBe('true');
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await field(page).inputValue()).toBe('');
    // Down on an empty field shows every municipality.
    await page.keyboard.press('ArrowDown');
    expect((await optionTexts(page)).length).toBe(site.municipalities.length);
    await page.keyboard.type('xyz');
    expect(await field(page).getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => status(page).textContent()).toBe('Geen gemeente gevonden. Typ een andere naam.');
    await ctx.close();
  });

  test('an empty field and the button clear the choice, as "Geen gemeente gekozen" does', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}/?gemeente=GM0637`);
    expect(await field(page).inputValue()).toBe('Zoetermeer');
    await field(page).fill('');
    await Promise.all([page.waitForURL(`${server.url}/?gemeente=`), page.getByRole('button', { name: 'Kies gemeente' }).click()]);
    expect(await field(page).inputValue()).toBe('');
    await ctx.close();
  });

  for (const width of [1280, 320]) {
    test(`at ${width} px: axe finds nothing with the list closed and open; options are large targets; a tap chooses`, async () => {
      const ctx = await context({ viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(server.url + localPage);
      await expectNoAxeViolations(page, `closed at ${width}px`);
      await field(page).focus();
      await page.keyboard.type('ze');
      expect((await optionTexts(page)).length).toBeGreaterThan(1);
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page, `open at ${width}px`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const boxes = await page
        .locator('#gemeente-lijst [role="option"], #gemeente-zoek')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((b) => [b.width, b.height]));
      for (const [w, h] of boxes) {
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
      }
      const zeist = page.locator('#gemeente-lijst [role="option"]', { hasText: 'Zeist' });
      await Promise.all([page.waitForURL(/gemeente=GM0355/), zeist.click()]);
      await expectNoAxeViolations(page, `after choosing at ${width}px`);
      await ctx.close();
    });
  }

  test('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});
