// One quick-exit rule on the help site and in the widget (issue 12), in
// Chromium, with the same sequences on both: three quick Shift presses leave;
// presses at 0, 4 and 8 seconds do not (the window is 5 s from the first
// press); "Shift, u, t, Shift, r, e, Shift" typed in the municipality field
// does not (another key starts the count again) and the conversation stays;
// Shift while an input method composes does not; the right Shift alone works;
// each press is announced in a polite status region. The page's clock is
// faked (page.clock), so no test waits for seconds.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { flowData, openPage, pathTo, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const EXIT = 'https://www.buienradar.nl/';
const WEATHER = '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>';

const testbed = widgetTestbed();

/** Choice labels from the start to the nearest step with local help (where the widget shows its municipality field). */
const pathToLocalHelp = (flow: FlowResponse): string[] =>
  pathTo(flow, (ref) => flow.steps[ref].services.some((id) => flow.services[id]?.scope === 'local'));

interface Surface {
  name: string;
  /** Opens the surface with its municipality field; returns the field and the status region that announces presses. */
  open(page: Page): Promise<{ field: Locator; status: Locator; home: string }>;
  /** Something of the conversation that must still be there when the exit did not happen. */
  stillThere(page: Page): Promise<boolean>;
}

const surfaces: Surface[] = [
  {
    name: 'site',
    async open(page) {
      await page.goto(`${testbed.api.url}/`);
      return { field: page.locator('#gemeente-zoek'), status: page.locator('#snel-weg-status'), home: `${testbed.api.url}/` };
    },
    stillThere: async (page) => (await page.locator('a.choice').count()) > 0,
  },
  {
    name: 'widget',
    async open(page) {
      const labels = pathToLocalHelp(await flowData(testbed.api.url));
      await page.goto(`${testbed.host.url}/hulp`);
      await waitForFirstQuestion(page);
      for (const label of labels) await page.locator('wegwijs-chat .turn:last-child .choice', { hasText: label }).first().click();
      await page.getByRole('button', { name: 'Kies je gemeente', exact: true }).click();
      const field = page.getByLabel('Kies je gemeente voor hulp dichtbij');
      await field.waitFor();
      return { field, status: page.locator('wegwijs-chat .w > [role="status"]'), home: `${testbed.host.url}/hulp` };
    },
    stillThere: async (page) => (await page.locator('wegwijs-chat .turn').count()) > 1,
  },
];

async function start(surface: Surface): Promise<{ page: Page; field: Locator; status: Locator; home: string }> {
  const page = await openPage(testbed.browser, {}, 15_000);
  await page.context().route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: WEATHER }));
  return { page, ...(await surface.open(page)) };
}

/** No exit happened: still on the page, and the conversation is still there. */
async function expectStayed(page: Page, surface: Surface, home: string): Promise<void> {
  // Leaving starts at once on the third press; give a started navigation a moment to show.
  await page.waitForTimeout(300);
  expect(page.url()).toBe(home);
  expect(await surface.stillThere(page)).toBe(true);
}

describe.each(surfaces)('quick exit on the $name', (surface) => {
  test('three quick presses leave; the first two are announced politely', async () => {
    const { page, status } = await start(surface);
    expect(await status.getAttribute('role')).toBe('status');
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toBe('Shift 1 keer ingedrukt. Druk nog 2 keer op Shift om snel weg te gaan.');
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toBe('Shift 2 keer ingedrukt. Druk nog 1 keer op Shift om snel weg te gaan.');
    await Promise.all([page.waitForURL(`${EXIT.slice(0, -1)}**`), page.keyboard.press('Shift')]);
    await page.context().close();
  });

  test('presses at 0, 4 and 8 seconds do not leave (5 s from the first press)', async () => {
    const { page, status, home } = await start(surface);
    await page.clock.install();
    await page.keyboard.press('Shift');
    await page.clock.fastForward(4000);
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toContain('Shift 2 keer');
    await page.clock.fastForward(4000);
    await page.keyboard.press('Shift');
    expect(await status.textContent()).toContain('Shift 1 keer');
    await expectStayed(page, surface, home);
    await page.context().close();
  });

  test('Shift, u, t, Shift, r, e, Shift in the municipality field does not leave', async () => {
    const { page, field, status, home } = await start(surface);
    await field.focus();
    for (const key of ['Shift', 'u', 't', 'Shift', 'r', 'e', 'Shift']) await page.keyboard.press(key);
    expect(await field.inputValue()).toBe('utre');
    expect(await status.textContent()).toContain('Shift 1 keer');
    await expectStayed(page, surface, home);
    await page.context().close();
  });

  test('Shift while an input method composes does not count', async () => {
    const { page, field, home } = await start(surface);
    await field.focus();
    await page.evaluate(() => {
      (window as unknown as { compositions: number }).compositions = 0;
      addEventListener('compositionstart', () => (window as unknown as { compositions: number }).compositions++, true);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'ゆ', selectionStart: 1, selectionEnd: 1 });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    expect(await page.evaluate(() => (window as unknown as { compositions: number }).compositions)).toBe(1);
    await expectStayed(page, surface, home);
    // Once the text is in, the rule works again.
    await cdp.send('Input.insertText', { text: 'ゆ' });
    await Promise.all([
      page.waitForURL(`${EXIT.slice(0, -1)}**`),
      (async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      })(),
    ]);
    await page.context().close();
  });

  test('a keyboard without a left Shift: the right Shift works', async () => {
    const { page } = await start(surface);
    await Promise.all([
      page.waitForURL(`${EXIT.slice(0, -1)}**`),
      (async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('ShiftRight');
      })(),
    ]);
    await page.context().close();
  });
});
