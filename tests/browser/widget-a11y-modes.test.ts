// Issue 13, point 5: every mode (inline, launcher, signpost) in every state at
// 320×256, 360×640 and 1280×800 (and 400 % zoom) is axe-clean without
// sideways scrolling; after an answer focus moves to the new question (not
// left on an inert answer), read once; in forced-colors mode answered choices
// differ from open ones.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { contrast, styles } from './widget-a11y-support.js';
import { activeElement, flowData, openPage, pathToSignpost, waitForFirstQuestion, widgetPage, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed(({ api, host }) => {
  host.set('/launcher', widgetPage(api.url, { attrs: 'mode="launcher"' }));
  host.set('/signpost', widgetPage(api.url, { attrs: 'mode="signpost"' }));
});
let flow: FlowResponse;
let path: string[];

beforeAll(async () => {
  flow = await flowData(testbed.api.url);
  path = pathToSignpost(flow);
});

const SIZES = [
  { name: '320×256', viewport: { width: 320, height: 256 } },
  { name: '360×640', viewport: { width: 360, height: 640 } },
  { name: '1280×800', viewport: { width: 1280, height: 800 } },
  { name: '400 % zoom', viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 },
];

const lastTurn = (page: Page) => page.locator('wegwijs-chat .turn').last();
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Axe-clean and no sideways scrolling, in the state `state`. */
async function check(page: Page, state: string): Promise<void> {
  expect(await sideways(page), `${state}: sideways scrolling`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, state);
}

/** Walks the path to a signpost by the labels shown, checking after the first answer and at the signpost. */
async function walk(page: Page, state: string): Promise<void> {
  for (const [i, label] of path.entries()) {
    await lastTurn(page).getByRole('button', { name: label, exact: true }).click();
    await page
      .locator('wegwijs-chat .turn')
      .nth(i + 1)
      .waitFor();
    if (i === 0) await check(page, `${state}, after an answer`);
  }
  await check(page, `${state}, at a signpost`);
}

describe('axe and reflow in every mode and state', () => {
  for (const size of SIZES) {
    const open = async () => openPage(testbed.browser, { viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test(`${size.name}: inline (start, after an answer, at a signpost)`, async () => {
      const page = await open();
      await page.goto(`${testbed.host.url}/hulp`);
      await waitForFirstQuestion(page);
      await check(page, `${size.name} inline start`);
      await walk(page, `${size.name} inline`);
      await page.context().close();
    });

    test(`${size.name}: launcher (closed, open, after an answer, at a signpost)`, async () => {
      const page = await open();
      await page.goto(`${testbed.host.url}/launcher`);
      await page.locator('wegwijs-chat .launch').waitFor();
      await check(page, `${size.name} launcher closed`);
      await page.locator('wegwijs-chat .launch').click();
      await page.locator('wegwijs-chat .turn .choice').first().waitFor();
      await check(page, `${size.name} launcher open`);
      await walk(page, `${size.name} launcher`);
      await page.context().close();
    });

    test(`${size.name}: signpost (card, conversation, after an answer, at a signpost)`, async () => {
      const page = await open();
      await page.goto(`${testbed.host.url}/signpost`);
      await page.getByRole('button', { name: 'Start het gesprek' }).waitFor();
      await check(page, `${size.name} signpost card`);
      await page.getByRole('button', { name: 'Start het gesprek' }).click();
      await page.locator('wegwijs-chat .turn .choice').first().waitFor();
      await check(page, `${size.name} signpost conversation`);
      await walk(page, `${size.name} signpost`);
      await page.context().close();
    });
  }
});

describe('focus after an answer', () => {
  test('moves to the new question, which is on screen; the log is not live, so it is read once', async () => {
    for (const [mode, url] of [
      ['inline', '/hulp'],
      ['launcher', '/launcher'],
    ]) {
      const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
      await page.goto(`${testbed.host.url}${url}`);
      if (mode === 'launcher') await page.locator('wegwijs-chat .launch').click();
      await waitForFirstQuestion(page);
      // Screen readers hear the new question because focus goes there; a live log would say it a second time.
      expect(await page.locator('wegwijs-chat [role="log"]').getAttribute('aria-live')).toBe('off');
      for (const label of path) {
        await lastTurn(page).getByRole('button', { name: label, exact: true }).press('Enter');
        await expect.poll(async () => (await activeElement(page)).className, { message: `${mode}, after "${label}"` }).toBe('msg');
        const focused = await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const turns = [...(el!.getRootNode() as ShadowRoot).querySelectorAll('.turn')] as Element[];
          const r = el!.getBoundingClientRect();
          return { inNewTurn: turns.indexOf(el!.closest('.turn')!) === turns.length - 1, top: r.top, viewport: innerHeight };
        });
        expect(focused.inNewTurn, `${mode}: focus is on the newest step`).toBe(true);
        expect(focused.top).toBeGreaterThanOrEqual(0);
        expect(focused.top).toBeLessThan(focused.viewport);
      }
      // Keyboard users go on from there: the next Tab reaches something in the new step, not the old answers.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const turns = [...(el!.getRootNode() as ShadowRoot).querySelectorAll('.turn')] as Element[];
          return !el!.closest('.turn') || turns.indexOf(el!.closest('.turn')!) === turns.length - 1;
        }),
      ).toBe(true);
      await page.context().close();
    }
  });
});

describe('forced-colors mode (Windows high contrast)', () => {
  test('answered choices differ from open ones: grey text, the chosen one with a thick border; axe clean', async () => {
    const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${testbed.host.url}/hulp`);
    await waitForFirstQuestion(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const first = flow.steps[flow.flow.start].choices;
    expect(first.length, 'the first question has more than one answer').toBeGreaterThan(1);
    await lastTurn(page).getByRole('button', { name: path[0], exact: true }).click();
    await page.locator('wegwijs-chat .turn').nth(1).waitFor();

    const props = ['color', 'background-color', 'border-top-color', 'border-top-width'];
    const [chosen] = await styles(page, '.turn:first-child .choice.chosen', props);
    const [other] = await styles(page, '.turn:first-child .choice[aria-disabled]:not(.chosen)', props);
    const [open] = await styles(page, '.turn:last-child .choice:not([aria-disabled])', props);
    console.log('forced colors:', JSON.stringify({ open, other, chosen }));
    // Answered (the chosen answer too) in another text colour than open answers; the chosen one with a thicker border.
    expect(other.color).not.toBe(open.color);
    expect(chosen.color).not.toBe(open.color);
    expect(parseFloat(chosen['border-top-width'])).toBeGreaterThanOrEqual(parseFloat(other['border-top-width']) + 2);
    expect(parseFloat(chosen['border-top-width'])).toBeGreaterThanOrEqual(parseFloat(open['border-top-width']) + 2);
    // Still readable on the background.
    for (const style of [open, other, chosen]) expect(contrast(style.color, style['background-color'])).toBeGreaterThanOrEqual(4.5);
    await expectNoAxeViolations(page, 'forced colors, after an answer');
    await page.context().close();
  });
});
