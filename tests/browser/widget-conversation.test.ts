// The widget on a municipal page (another origin, strict CSP): a full path
// from the start to a signpost by mouse and by keyboard only, Back and
// Restart, axe in every state, nothing stored, no other origin contacted.
// Needs `npm run build:edge` first (npm test does it).
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { expectNoAxeViolations, newContext } from '../support/browser.js';
import {
  activeElement,
  flowData,
  pathToSignpost,
  recordEvents,
  recordRequests,
  waitForFirstQuestion,
  widgetTestbed,
} from './widget-harness.js';

const testbed = widgetTestbed();
let flow: FlowResponse;
let path: string[];

beforeAll(async () => {
  flow = await flowData(testbed.api.url);
  path = pathToSignpost(flow);
});

async function open(
  context: BrowserContext,
): Promise<{ page: Page; requests: string[]; events: Array<Record<string, unknown>>; errors: string[]; ms: number }> {
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const requests = recordRequests(page);
  const events = recordEvents(page);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${testbed.host.url}/hulp`);
  const ms = await waitForFirstQuestion(page);
  return { page, requests, events, errors, ms };
}

const lastTurn = (page: Page) => page.locator('wegwijs-chat .turn').last();

async function expectNothingStored(context: BrowserContext, page: Page): Promise<void> {
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: 'caches' in self ? (await caches.keys()).length : 0,
  }));
  expect(storage).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  const state = await context.storageState({ indexedDB: true });
  expect(state.cookies).toEqual([]);
  for (const origin of state.origins) expect(origin.localStorage, origin.origin).toEqual([]);
}

describe('widget conversation', () => {
  test('start to signpost by mouse: one request for the conversation, accessible in every state, nothing stored', async () => {
    const context = await newContext(testbed.browser, { reducedMotion: 'reduce' });
    const { page, requests, events, errors, ms } = await open(context);
    console.log(`widget: ${ms.toFixed(0)} ms from script load to the first question (path: ${path.join(' → ')})`);
    // How fast is for `npm run bench` (a timed assertion here fails on a busy machine, not on slow code).
    expect(ms).toBeGreaterThanOrEqual(0);

    // 112 and the quick exit are there from the first screen.
    await expect(page.locator('wegwijs-chat a[href="tel:112"]').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Snel weg' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('wegwijs-chat [role="log"]').getAttribute('aria-label')).toBe('Gesprek');
    await expectNoAxeViolations(page, 'start');

    const flowRequests = () => requests.filter((u) => u.includes('/api/v1/flows/'));
    expect(flowRequests()).toHaveLength(1);

    for (const [i, label] of path.entries()) {
      const turn = page.locator('wegwijs-chat .turn').nth(i);
      const button = turn.getByRole('button', { name: label, exact: true });
      await button.click();
      // The chosen answer is shown; the old buttons are inert and out of the tab order.
      await expect(turn.locator('.answer').textContent()).resolves.toBe(`Jij koos: ${label}`);
      for (const old of await turn.locator('.choice').all()) {
        expect(await old.getAttribute('aria-disabled')).toBe('true');
        expect(await old.getAttribute('tabindex')).toBe('-1');
      }
      // Focus moves on to the new question (the pressed button is inert now; widget-a11y-modes.test.ts).
      expect((await activeElement(page)).className).toBe('msg');
      expect(await page.locator('wegwijs-chat .turn').count()).toBe(i + 2);
      if (i === 0) await expectNoAxeViolations(page, 'mid-conversation');
    }

    // The signpost: a card per service, with a tappable number when verified.
    const cards = lastTurn(page).locator('.card');
    expect(await cards.count()).toBeGreaterThan(0);
    const tel = lastTurn(page).locator('.card a[href^="tel:"]');
    expect(await tel.count()).toBeGreaterThan(0);
    await expect(lastTurn(page).locator('.card .checked').first().textContent()).resolves.toMatch(/^Laatst gecontroleerd: /);
    await expectNoAxeViolations(page, 'signpost');
    mkdirSync('screenshots', { recursive: true });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: 'screenshots/widget-signpost.png', fullPage: true });

    // Every tap was answered locally: still one request for the conversation.
    expect(flowRequests()).toHaveLength(1);
    // Counted, anonymously: the conversation started with the first tap, then each service shown.
    let ref = flow.flow.start;
    for (const label of path) ref = flow.steps[ref].choices.find((c) => c.label === label)!.target;
    await expect.poll(() => events.length).toBe(1 + flow.steps[ref].services.length);
    expect(events).toEqual([
      { type: 'conversation_started', flow: 'start', lang: 'nl' },
      ...flow.steps[ref].services.map((service) => ({ type: 'signpost_shown', service, flow: ref.split('/')[0] })),
    ]);

    // Back: one step back, focus on the text of that step, its buttons usable again.
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    expect(await page.locator('wegwijs-chat .turn').count()).toBe(path.length);
    expect((await activeElement(page)).className).toBe('msg');
    expect(await lastTurn(page).locator('.choice[aria-disabled]').count()).toBe(0);
    expect(await lastTurn(page).locator('.answer').count()).toBe(0);

    // Restart (from the signpost again): only the first step is left.
    await lastTurn(page)
      .getByRole('button', { name: path[path.length - 1], exact: true })
      .click();
    expect(await page.locator('wegwijs-chat .turn').count()).toBe(path.length + 1);
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    expect(await page.locator('wegwijs-chat .turn').count()).toBe(1);
    expect((await activeElement(page)).className).toBe('msg');
    expect(await page.getByRole('button', { name: 'Vorige stap' }).isVisible()).toBe(false);

    await expectNothingStored(context, page);
    const origins = new Set(requests.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual([testbed.host.origin, testbed.api.url].sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  test('start to signpost by keyboard only', async () => {
    const context = await newContext(testbed.browser);
    const { page } = await open(context);
    for (const label of path) {
      let reached = false;
      for (let tabs = 0; tabs < 60 && !reached; tabs++) {
        await page.keyboard.press('Tab');
        const active = await activeElement(page);
        reached = active.tag === 'button' && active.text === label && active.disabled === null;
      }
      expect(reached, `"${label}" reachable with Tab`).toBe(true);
      await page.keyboard.press(path.indexOf(label) % 2 ? 'Space' : 'Enter');
      await expect(lastTurn(page).locator('.card, .choice:not([aria-disabled])').count()).resolves.toBeGreaterThan(0);
    }
    // The phone link of the signpost is reachable too.
    let onTel = false;
    for (let tabs = 0; tabs < 40 && !onTel; tabs++) {
      await page.keyboard.press('Tab');
      onTel = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return !!el?.matches('.card a[href^="tel:"]');
      });
    }
    expect(onTel).toBe(true);
    expect(await lastTurn(page).locator('.card').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('320 px wide: no sideways scrolling, axe clean at the start and at a signpost', async () => {
    const context = await newContext(testbed.browser, { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const { page } = await open(context);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, '320 px start');
    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: 'screenshots/widget-start-320.png' });
    for (const label of path) await lastTurn(page).getByRole('button', { name: label, exact: true }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, '320 px signpost');
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: 'screenshots/widget-signpost-320.png', fullPage: true });
    await context.close();
  });

  test('200 % zoom (a 1280 px screen seen as 640 px): reflows, targets stay large enough', async () => {
    const context = await newContext(testbed.browser, {
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const { page } = await open(context);
    for (const label of path) await lastTurn(page).getByRole('button', { name: label, exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() => {
      const root = document.querySelector('wegwijs-chat')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>('button, .call, .b112')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ text: el.textContent, ...el.getBoundingClientRect().toJSON() }))
        .filter((r) => r.width < 24 || r.height < 24);
    });
    expect(small).toEqual([]);
    await context.close();
  });
});
