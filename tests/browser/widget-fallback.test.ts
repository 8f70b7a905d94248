// When the service cannot be reached (refused, an error, or no answer within
// 3 seconds), the widget shows 112, Veilig Thuis and the CSG by itself, and a
// retry that works once the service is back.

import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.js';
import { activeElement, openPage, recordEvents, waitForWidgetPart, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed();

/** Opens the page with the API broken by `breakApi`; returns ms from the script's arrival to the fallback. */
async function openBroken(
  breakApi: (route: Route) => Promise<void> | void,
): Promise<{ page: Page; ms: number; events: Array<Record<string, unknown>> }> {
  const page = await openPage(testbed.browser, {}, 8000);
  const events = recordEvents(page);
  await page.route(`${testbed.api.url}/api/**`, breakApi);
  await page.goto(`${testbed.host.url}/hulp`);
  return { page, ms: await waitForWidgetPart(page, '.fallback'), events };
}

async function expectBuiltInHelp(page: Page): Promise<void> {
  const numbers = await page
    .locator('wegwijs-chat .fallback a[href^="tel:"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(numbers).toEqual(['tel:112', 'tel:08002000', 'tel:08000188']);
  await expect(page.locator('wegwijs-chat .fallback').textContent()).resolves.toContain('0800-2000');
  expect(await page.locator('wegwijs-chat a[href="tel:112"]').first().isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Snel weg' }).isVisible()).toBe(true);
}

describe('widget fallback', () => {
  test('service refuses the connection: fallback at once, axe clean, retry works', async () => {
    let down = true;
    const { page, ms, events } = await openBroken((route) => (down ? route.abort('connectionrefused') : route.continue()));
    console.log(`widget: fallback ${ms.toFixed(0)} ms after script load (connection refused)`);
    expect(ms).toBeLessThan(3000);
    await expectBuiltInHelp(page);
    await expectNoAxeViolations(page);

    expect(events).toEqual([{ type: 'fallback_shown' }]);

    down = false;
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await page.locator('wegwijs-chat .turn .choice').first().waitFor();
    // The retry button is gone; focus goes to the first question, not to the page.
    expect((await activeElement(page)).className).toBe('msg');
    await page.context().close();
  });

  test('service answers with an error: fallback', async () => {
    const { page, ms } = await openBroken((route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: '{"error":{}}',
      }),
    );
    expect(ms).toBeLessThan(3000);
    await expectBuiltInHelp(page);
    await page.context().close();
  });

  test('service does not answer: fallback within 3 seconds of loading', async () => {
    const { page, ms } = await openBroken(() => new Promise<void>(() => {}));
    console.log(`widget: fallback ${ms.toFixed(0)} ms after script load (no answer)`);
    expect(ms).toBeGreaterThanOrEqual(2400);
    expect(ms).toBeLessThan(3000);
    await expectBuiltInHelp(page);
    await page.context().close();
  });
});
