// Leave no trace (issue 12): after "Snel weg", by the button or by Shift three
// times, Back never shows a help page. On the help site with JavaScript every
// move within the site replaces the history entry (src/browser/one-entry.ts);
// the widget never adds one. Walked as a visitor would, from the
// municipality's news page, after 1, 3 and 6 steps, with "Vorige stap",
// "Opnieuw beginnen" and the municipality choice among the steps. Also: double
// taps, Back and Forward inside the site, a help page opened from a bookmark,
// and the site's script failing to load (plain links still work).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildSiteData } from '../../src/site/site-data.js';
import { shippedGraph } from '../support/content.js';
import { openPage, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const site = buildSiteData(shippedGraph());

/** Index of the first choice link on the page that leads to a step with choices of its own (so a walk can go on). */
async function onwardChoice(page: Page): Promise<number> {
  const hrefs = await page.locator('a.choice').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const index = hrefs.findIndex((path) => {
    const ref = path.startsWith('/s/') ? site.byKey.get(path.slice(3)) : undefined;
    return ref !== undefined && site.graph.steps[ref].choices.length > 0;
  });
  return Math.max(index, 0);
}

const EXIT = 'https://www.buienradar.nl/';
const WEATHER = '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>';

const testbed = widgetTestbed(({ host }) => {
  host.set('/nieuws', { html: '<!doctype html><html lang="nl"><title>Nieuws</title><p>Nieuws van de gemeente</p></html>' });
});

type SiteStep = 'choice' | 'back' | 'restart' | 'gemeente';

/** Steps through the site as a visitor: the first choice, "Vorige stap", "Opnieuw beginnen", or choosing a municipality by typing. */
async function siteStep(page: Page, step: SiteStep): Promise<void> {
  const before = page.url();
  if (step === 'choice')
    await page
      .locator('a.choice')
      .nth(await onwardChoice(page))
      .click();
  else if (step === 'back') await page.getByRole('link', { name: 'Vorige stap' }).click();
  else if (step === 'restart') await page.getByRole('link', { name: 'Opnieuw beginnen' }).click();
  else {
    await page.locator('#gemeente-zoek').fill('zoetermeer');
    await page.locator('#gemeente-zoek').press('Enter');
  }
  await page.waitForURL((url) => url.href !== before);
  await page.waitForLoadState('load');
}

async function newsThenSite(path = '/'): Promise<Page> {
  const page = await openPage(testbed.browser, {}, 15_000);
  await page.context().route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: WEATHER }));
  await page.goto(`${testbed.host.url}/nieuws`);
  await page.goto(`${testbed.api.url}${path}`);
  return page;
}

/** Back from the exit page must land on the municipality's news page: never on a help page. */
async function expectBackBeforeHelp(page: Page): Promise<void> {
  await page.waitForURL(EXIT);
  await page.goBack();
  expect(page.url()).toBe(`${testbed.host.url}/nieuws`);
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain(testbed.api.url);
}

const walks: Record<number, SiteStep[]> = {
  1: ['choice'],
  3: ['choice', 'restart', 'choice'],
  6: ['choice', 'choice', 'back', 'gemeente', 'choice', 'choice'],
};

describe('the help site with JavaScript', () => {
  for (const [n, steps] of Object.entries(walks)) {
    for (const how of ['button', 'Shift'] as const) {
      test(`after ${n} step(s), exit by ${how}: Back shows the page before the help`, async () => {
        const page = await newsThenSite();
        for (const step of steps) await siteStep(page, step);
        expect(page.url()).toContain('/s/');
        if (how === 'button') await page.getByRole('link', { name: /Snel weg/ }).click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await expectBackBeforeHelp(page);
        await page.context().close();
      });
    }
  }

  test('a double tap on a choice moves one step and adds no history entry', async () => {
    const page = await newsThenSite();
    const length = await page.evaluate(() => history.length);
    const first = page.locator('a.choice').first();
    const target = new URL((await first.getAttribute('href'))!, testbed.api.url).pathname;
    await first.dblclick();
    await page.waitForURL((url) => url.pathname === target);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await expectBackBeforeHelp(page);
    await page.context().close();
  });

  test('Back and Forward of the browser leave the site and come back to the last step ("Vorige stap" is the way back inside)', async () => {
    const page = await newsThenSite();
    for (const step of walks[3]) await siteStep(page, step);
    const last = page.url();
    await page.goBack();
    expect(page.url()).toBe(`${testbed.host.url}/nieuws`);
    await page.goForward();
    expect(page.url()).toBe(last);
    // The page works as before: a next step, then the exit, and Back is still the news page.
    await siteStep(page, 'choice');
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await expectBackBeforeHelp(page);
    await page.context().close();
  });

  test('a help step opened from a bookmark: after the exit Back shows the page before it', async () => {
    const page = await newsThenSite();
    await siteStep(page, 'choice');
    await siteStep(page, 'choice');
    const bookmark = page.url();
    await page.context().close();
    const again = await newsThenSite(new URL(bookmark).pathname + new URL(bookmark).search);
    await siteStep(again, 'choice');
    for (let i = 0; i < 3; i++) await again.keyboard.press('Shift');
    await expectBackBeforeHelp(again);
    await again.context().close();
  });

  test('when the script does not load, the plain links still work: steps and "Snel weg"', async () => {
    const page = await openPage(testbed.browser, {}, 15_000);
    await page.context().route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: WEATHER }));
    await page.route('**/site/exit.js', (route) => route.abort());
    await page.goto(`${testbed.api.url}/`);
    await siteStep(page, 'choice');
    expect(page.url()).toContain('/s/');
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await page.waitForURL(EXIT.slice(0, -1) + '**');
    await page.context().close();
  });
});

describe('the widget', () => {
  for (const n of [1, 3, 6]) {
    test(`after ${n} step(s), exit by button and by Shift: Back shows the page before the help`, async () => {
      for (const how of ['button', 'Shift'] as const) {
        const page = await openPage(testbed.browser, {}, 15_000);
        await page.context().route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: WEATHER }));
        await page.goto(`${testbed.host.url}/nieuws`);
        await page.goto(`${testbed.host.url}/hulp`);
        await waitForFirstQuestion(page);
        for (let i = 0; i < n; i++) {
          // The choices of the latest turn; at an end, "Opnieuw beginnen" counts as the step.
          const choices = page.locator('wegwijs-chat .turn:last-child .choice');
          if (await choices.count()) await choices.first().click();
          else await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
        }
        expect(page.url()).toBe(`${testbed.host.url}/hulp`);
        if (how === 'button') await page.getByRole('button', { name: 'Snel weg' }).click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await page.waitForURL(EXIT);
        await page.goBack();
        expect(page.url()).toBe(`${testbed.host.url}/nieuws`);
        await page.context().close();
      }
    });
  }
});
