// Issue 13, point 4: the widget under a host page's own 64 px sticky header
// (--wegwijs-host-header-height). At phone sizes, after each answer walked by
// label, the new step's first sentence is fully visible below both headers,
// and 112 and "Snel weg" are visible and not covered. Screenshots of every
// mode at 360×640 under the header go to screenshots/ (gitignored).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { HEADER_BEFORE, HEADER_CSS, HEADER_TOP, HOST_HEADER_PX, reachable, styledPage } from './widget-a11y-support.js';
import { flowData, openPage, pathToSignpost, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed(({ api, host }) => {
  for (const mode of ['inline', 'launcher', 'signpost'])
    styledPage(host, api.url, `/header-${mode}`, { attrs: `mode="${mode}"`, top: HEADER_TOP, before: HEADER_BEFORE, css: HEADER_CSS });
});
let flow: FlowResponse;
let path: string[];

beforeAll(async () => {
  flow = await flowData(testbed.api.url);
  // A long walk: to a step with services (cards make the page long), at least 3 answers away.
  path = pathToSignpost(flow, 3);
  expect(path.length).toBeGreaterThanOrEqual(3);
});

/** Where the newest step's first sentence is, and where the two headers end. */
function firstSentence(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('wegwijs-chat')!.shadowRoot!;
    const msg = [...root.querySelectorAll('.turn')].pop()!.querySelector('.msg')!;
    const walker = document.createTreeWalker(msg, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text | null;
    while (node && !node.data.trim()) node = walker.nextNode() as Text | null;
    const text = node!.data;
    const end = text.search(/[.?!](\s|$)/);
    const range = document.createRange();
    range.setStart(node!, 0);
    range.setEnd(node!, end >= 0 ? end + 1 : text.length);
    const rects = [...range.getClientRects()];
    return {
      sentence: text.slice(0, end >= 0 ? end + 1 : text.length),
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
      widgetHeadBottom: root.querySelector('.head')!.getBoundingClientRect().bottom,
      hostHeaderBottom: document.querySelector('header.site')!.getBoundingClientRect().bottom,
      viewport: innerHeight,
    };
  });
}

async function expectEmergencyInView(page: Page, where: string): Promise<void> {
  for (const [selector, name] of [
    ['.head .b112', '112'],
    ['.head .exit', 'Snel weg'],
  ]) {
    expect(await reachable(page, selector), `${name} visible and not covered ${where}`).toBe(true);
  }
  // The widget's bar sits below the host's header, not under it.
  const top = await page.evaluate(
    () => document.querySelector('wegwijs-chat')!.shadowRoot!.querySelector('.head')!.getBoundingClientRect().top,
  );
  expect(top, where).toBeGreaterThanOrEqual(HOST_HEADER_PX - 0.5);
}

describe('under a 64 px sticky host header', () => {
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 375, height: 667 },
  ]) {
    test(`inline at ${viewport.width}×${viewport.height}: each new step lands below both headers; 112 and "Snel weg" stay in view`, async () => {
      const page = await openPage(testbed.browser, { viewport });
      await page.goto(`${testbed.host.url}/header-inline`);
      await waitForFirstQuestion(page);
      for (const [i, label] of path.entries()) {
        await page.locator('wegwijs-chat .turn').last().getByRole('button', { name: label, exact: true }).click();
        await page
          .locator('wegwijs-chat .turn')
          .nth(i + 1)
          .waitFor();
        const at = `after "${label}" (answer ${i + 1})`;
        const s = await firstSentence(page);
        expect(s.hostHeaderBottom, at).toBe(HOST_HEADER_PX);
        expect(s.top, `${at}: "${s.sentence}" starts below the widget's header`).toBeGreaterThanOrEqual(s.widgetHeadBottom);
        expect(s.widgetHeadBottom, at).toBeGreaterThan(s.hostHeaderBottom);
        expect(s.bottom, `${at}: "${s.sentence}" ends on screen`).toBeLessThanOrEqual(s.viewport);
        await expectEmergencyInView(page, at);
      }
      // The page really scrolled, so the headers were really in the way.
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(HOST_HEADER_PX);
      await expectNoAxeViolations(page, 'inline under a sticky header');
      if (viewport.width === 360) {
        mkdirSync('screenshots', { recursive: true });
        await page.screenshot({ path: 'screenshots/host-header-inline-360.png' });
      }
      await page.context().close();
    });
  }

  test('the same with smooth scrolling (no reduced motion) at 360×640', async () => {
    const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 }, reducedMotion: 'no-preference' });
    await page.goto(`${testbed.host.url}/header-inline`);
    await waitForFirstQuestion(page);
    for (const [i, label] of path.entries()) {
      await page.locator('wegwijs-chat .turn').last().getByRole('button', { name: label, exact: true }).click();
      await page
        .locator('wegwijs-chat .turn')
        .nth(i + 1)
        .waitFor();
      await expect
        .poll(
          async () => {
            const s = await firstSentence(page);
            return s.top >= s.widgetHeadBottom && s.bottom <= s.viewport;
          },
          { timeout: 3000 },
        )
        .toBe(true);
      await expectEmergencyInView(page, `smooth, after "${label}"`);
    }
    await page.context().close();
  });

  test('signpost and launcher modes at 360×640: 112 and "Snel weg" in view; screenshots of every state', async () => {
    mkdirSync('screenshots', { recursive: true });
    const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });

    await page.goto(`${testbed.host.url}/header-signpost`);
    await page.getByRole('button', { name: 'Start het gesprek' }).waitFor();
    await page.locator('wegwijs-chat').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/host-header-signpost-360.png' });
    await page.getByRole('button', { name: 'Start het gesprek' }).click();
    await page.locator('wegwijs-chat .turn .choice').first().waitFor();
    await page.locator('wegwijs-chat .turn').last().getByRole('button', { name: path[0], exact: true }).click();
    await page.locator('wegwijs-chat .turn').nth(1).waitFor();
    const s = await firstSentence(page);
    expect(s.top).toBeGreaterThanOrEqual(s.widgetHeadBottom);
    expect(s.bottom).toBeLessThanOrEqual(s.viewport);
    await expectEmergencyInView(page, 'signpost conversation');
    await page.screenshot({ path: 'screenshots/host-header-signpost-conversation-360.png' });

    await page.goto(`${testbed.host.url}/header-launcher`);
    await page.locator('wegwijs-chat .launch').waitFor();
    expect(await reachable(page, '.launchbar .b112'), 'closed launcher: 112').toBe(true);
    await page.screenshot({ path: 'screenshots/host-header-launcher-closed-360.png' });
    await page.locator('wegwijs-chat .launch').click();
    await page.locator('wegwijs-chat .turn .choice').first().waitFor();
    // The full-screen panel lies over the host's header: its own header is on top.
    for (const selector of ['.head .b112', '.head .exit']) expect(await reachable(page, selector), selector).toBe(true);
    await page.locator('wegwijs-chat .turn').last().getByRole('button', { name: path[0], exact: true }).click();
    await page.locator('wegwijs-chat .turn').nth(1).waitFor();
    const inPanel = await firstSentence(page);
    expect(inPanel.top).toBeGreaterThanOrEqual(inPanel.widgetHeadBottom);
    expect(inPanel.bottom).toBeLessThanOrEqual(inPanel.viewport);
    await page.screenshot({ path: 'screenshots/host-header-launcher-open-360.png' });
    await page.context().close();
  });
});
