// The municipality on the help site (issue 14, point 4 and 5) in real
// Chromium at 360×640, with and without JavaScript: chosen on the start page
// after its first question, "Hulp in …" on every step with change and clear,
// the choice only in the address, what still helps when no municipality
// matches, and help a municipality states itself in a flows/gemeenten file.
// Needs `npm run build:widget` first (it builds public/site/picker.js).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compile, type Graph } from '../../src/compiler/compile.js';
import { readContent } from '../../src/compiler/load.js';
import type { RunningServer } from '../../src/node/server.js';
import type { StepRef } from '../../src/shared/api-types.js';
import { buildSiteData, stepPath } from '../../src/site/site-data.js';
import { confinedContext, expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startServer } from '../support/server.js';
import { labelsTo as labelsFromStart } from './widget-harness.js';

const PHONE = { viewport: { width: 360, height: 640 } };

/** The shipped content plus one municipality that states its own help, as a pull request would add it. */
const zoetermeer = {
  versie: 1,
  gemeente: 'GM0637',
  naam: 'Sociaal team Zoetermeer',
  telefoon: '14 079',
  tijden: 'Maandag tot en met vrijdag van 8.30 tot 17.00 uur',
  website: 'https://www.zoetermeer.nl/sociaal-team',
  notitie: 'Je kunt ook zonder afspraak langskomen.',
  datum: '2026-12-01',
};
function graphWithStatedHelp(): Graph {
  const input = readContent(process.cwd());
  input.municipalities!.push({ file: 'flows/gemeenten/gemeente-GM0637.json', source: JSON.stringify(zoetermeer, null, 2) });
  const { graph, diagnostics } = compile(input);
  if (!graph) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return graph;
}
const graph = graphWithStatedHelp();
const site = buildSiteData(graph);

const labelsTo = (done: (ref: StepRef) => boolean) => labelsFromStart(site.rootRef, graph.steps, done);
const toLocal = labelsTo((ref) => graph.steps[ref].services.includes('lokaal-team'));

let browser: Browser;
let server: RunningServer;
const outside: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ graph })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function context(javaScriptEnabled = true): Promise<BrowserContext> {
  const ctx = await confinedContext(browser, server.url, outside, { ...PHONE, javaScriptEnabled });
  ctx.setDefaultTimeout(10_000);
  return ctx;
}

const placeIn = (page: Page) => page.locator('main .place-in');

async function follow(page: Page, label: string): Promise<void> {
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/s/')),
    page.locator('main .choices').getByRole('link', { name: label, exact: true }).click(),
  ]);
}

async function nothingStored(page: Page, ctx: BrowserContext): Promise<void> {
  expect(await ctx.cookies()).toEqual([]);
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
}

describe('the municipality on the site at 360×640', () => {
  test('without JavaScript: chosen on the start page after the first question, shown on every step, changed and cleared', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(server.url + '/');
    // 112 in the bar, then the first question and its choices, then the form.
    const [b112, h1, firstChoice, form] = await Promise.all(
      ['.site-header a[href="tel:112"]', 'main h1', 'main .choices a', 'main form.choice-form'].map((s) =>
        page.locator(s).first().boundingBox(),
      ),
    );
    expect(b112!.y).toBeLessThan(h1!.y);
    expect(firstChoice!.y).toBeLessThan(form!.y);
    expect(firstChoice!.y + firstChoice!.height).toBeLessThanOrEqual(640);
    expect(await page.locator('footer form.choice-form').count()).toBe(0);

    await page.getByLabel('Waar woon je?').selectOption('GM0637');
    await Promise.all([page.waitForURL(/gemeente=GM0637/), page.getByRole('button', { name: 'Kies gemeente' }).click()]);
    expect(await placeIn(page).textContent()).toBe('Hulp in Zoetermeer');
    for (const label of toLocal) {
      await follow(page, label);
      expect(new URL(page.url()).searchParams.get('gemeente')).toBe('GM0637');
      expect(await placeIn(page).textContent(), `after "${label}"`).toBe('Hulp in Zoetermeer');
    }
    const here = new URL(page.url()).pathname;
    // Change: the form in the footer, on the same step.
    await page.getByRole('link', { name: 'Andere gemeente' }).click();
    await page.getByLabel('Waar woon je?').selectOption('GM0344');
    await Promise.all([page.waitForURL(/gemeente=GM0344/), page.getByRole('button', { name: 'Kies gemeente' }).click()]);
    expect(new URL(page.url()).pathname).toBe(here);
    expect(await placeIn(page).textContent()).toBe('Hulp in Utrecht');
    // Clear: the same step without a municipality.
    await Promise.all([page.waitForURL((url) => !url.search), page.getByRole('link', { name: 'Wis gemeente' }).click()]);
    expect(new URL(page.url()).pathname).toBe(here);
    expect(await placeIn(page).count()).toBe(0);
    expect(await page.locator('main .place').getByRole('link', { name: 'Kies je gemeente' }).count()).toBe(1);
    await nothingStored(page, ctx);
    await ctx.close();
  });

  test('with JavaScript: typed on the start page, shown on every step, changed by typing, cleared; axe at every stage', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(server.url + '/');
    await expectNoAxeViolations(page, 'start');
    const field = page.getByRole('combobox', { name: 'Waar woon je?' });
    await field.pressSequentially('zoet');
    await Promise.all([
      page.waitForURL(/gemeente=GM0637/),
      page.locator('#gemeente-lijst [role="option"]', { hasText: 'Zoetermeer' }).click(),
    ]);
    expect(await placeIn(page).textContent()).toBe('Hulp in Zoetermeer');
    for (const label of toLocal) {
      await follow(page, label);
      expect(await placeIn(page).textContent(), `after "${label}"`).toBe('Hulp in Zoetermeer');
    }
    await expectNoAxeViolations(page, 'local step with a municipality');
    await page.getByRole('link', { name: 'Andere gemeente' }).click();
    await field.fill('');
    await field.pressSequentially('utr');
    await Promise.all([
      page.waitForURL(/gemeente=GM0344/),
      page.locator('#gemeente-lijst [role="option"]', { hasText: /^Utrecht$/ }).click(),
    ]);
    expect(await placeIn(page).textContent()).toBe('Hulp in Utrecht');
    await Promise.all([page.waitForURL((url) => !url.search), page.getByRole('link', { name: 'Wis gemeente' }).click()]);
    expect(await placeIn(page).count()).toBe(0);
    await nothingStored(page, ctx);
    await ctx.close();
  });

  test('no match: the numbers that help everywhere, from the registry, as call links', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(server.url + '/');
    const none = page.locator('main .picker-none');
    expect(await none.isVisible()).toBe(false);
    await page.getByRole('combobox', { name: 'Waar woon je?' }).pressSequentially('xyzzy');
    await expect.poll(() => page.locator('#gemeente-zoek-status').textContent()).toBe('Geen gemeente gevonden. Typ een andere naam.');
    expect(await none.isVisible()).toBe(true);
    expect(await none.textContent()).toContain('Deze hulp is er overal in Nederland:');
    const vt = graph.services['veilig-thuis'].channels.find((c) => c.kind === 'phone')!;
    const tels = await none.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tels).toEqual(expect.arrayContaining(['tel:112', `tel:${'tel' in vt ? vt.tel : '?'}`]));
    await expectNoAxeViolations(page, 'no match');
    await page.getByRole('combobox', { name: 'Waar woon je?' }).fill('zoe');
    await expect.poll(() => none.isVisible()).toBe(false);
    await ctx.close();
  });

  test('help the municipality states itself: "Volgens de gemeente Zoetermeer", after the checked help, only for Zoetermeer', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const local = Object.values(graph.steps).find((s) => s.services.includes('lokaal-team'))!;
    await page.goto(`${server.url}${stepPath(site, local.ref)}?gemeente=GM0637`);
    const stated = page.locator('main .help .stated');
    expect(await stated.locator('h3').textContent()).toBe('Volgens de gemeente Zoetermeer');
    const text = (await stated.textContent()) ?? '';
    for (const part of [
      zoetermeer.naam,
      zoetermeer.tijden,
      zoetermeer.notitie,
      'Dit schrijft de gemeente zelf. Wegwijs heeft het niet gecontroleerd.',
    ])
      expect(text).toContain(part);
    expect(await stated.locator('a[href="tel:14079"]').textContent()).toBe('Bel 14 079');
    expect(await stated.locator('a[href="https://www.zoetermeer.nl/sociaal-team"]').count()).toBe(1);
    const order = await page.locator('main .help article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-labelledby')));
    expect(order.indexOf('dienst-gemeente-zelf')).toBeGreaterThan(order.indexOf('dienst-lokaal-team'));
    await expectNoAxeViolations(page, 'stated help');
    await page.goto(`${server.url}${stepPath(site, local.ref)}?gemeente=GM0344`);
    expect(await page.locator('main .stated').count()).toBe(0);
    await page.goto(`${server.url}${stepPath(site, local.ref)}`);
    expect(await page.locator('main .stated').count()).toBe(0);
    await ctx.close();
  });

  test('no request left the machine', () => {
    expect(outside).toEqual([]);
  });
});
