// The widget shows local help for a municipality outside the seed regions
// (issue 14): with gemeente="GM0935" (Maastricht) on the snippet, a step that
// shows Veilig Thuis also shows the municipality's help, and Veilig Thuis's
// card names the region; for Zoetermeer the verified number is a call link
// and the website a real link. Walked by the labels shown, on a phone screen.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { openPage, pathTo, waitForFirstQuestion, widgetPage, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed(({ api, host }) => {
  host.set('/maastricht', widgetPage(api.url, { attrs: 'gemeente="GM0935"' }));
  host.set('/zoetermeer', widgetPage(api.url, { attrs: 'gemeente="GM0637"' }));
});

const lastTurn = (page: Page) => page.locator('wegwijs-chat .turn').last();

async function walkToVeiligThuis(path: string, gemeente: string): Promise<Page> {
  const flow = (await (await fetch(`${testbed.api.url}/api/v1/flows/start?gemeente=${gemeente}`)).json()) as FlowResponse;
  const labels = pathTo(flow, (ref) => flow.steps[ref].services.includes('veilig-thuis'));
  const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
  await page.goto(testbed.host.url + path);
  await waitForFirstQuestion(page);
  for (const label of labels) await lastTurn(page).getByRole('button', { name: label, exact: true }).click();
  await page.locator('wegwijs-chat .card[data-service="lokaal-team"]').last().waitFor();
  return page;
}

describe('widget: local help for the chosen municipality', () => {
  test('Maastricht: the way to the municipality without a made-up link, and Veilig Thuis Zuid-Limburg', async () => {
    const page = await walkToVeiligThuis('/maastricht', 'GM0935');
    const team = page.locator('wegwijs-chat .card[data-service="lokaal-team"]').last();
    await expect(team.textContent()).resolves.toContain('Zoek de website van gemeente Maastricht.');
    expect(await team.locator('a').count()).toBe(0);
    const vt = page.locator('wegwijs-chat .card[data-service="veilig-thuis"]').last();
    await expect(vt.textContent()).resolves.toContain('Voor Maastricht is dat Veilig Thuis Zuid-Limburg.');
    await page.context().close();
  });

  test('Zoetermeer: the verified municipal number as a call link, zoetermeer.nl as a real link', async () => {
    const page = await walkToVeiligThuis('/zoetermeer', 'GM0637');
    const team = page.locator('wegwijs-chat .card[data-service="lokaal-team"]').last();
    await expect(team.locator('a[href="tel:14079"]').first().isVisible()).resolves.toBe(true);
    await expect(team.locator('a[href="https://www.zoetermeer.nl"]').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
