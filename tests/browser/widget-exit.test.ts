// Quick exit, by the button and by Shift pressed three times: the widget is
// hidden at once, the page is replaced (Back does not return to it), and
// Shift used as a modifier does not count. The exit site is intercepted, so
// no request leaves the machine.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, recordEvents, waitForFirstQuestion, widgetPage, widgetTestbed } from './widget-harness.js';

const EXIT = 'https://www.buienradar.nl/';

const testbed = widgetTestbed(({ api, host }) => {
  host.set('/nieuws', { html: '<!doctype html><html lang="nl"><title>Nieuws</title><p>Nieuws van de gemeente</p></html>' });
  host.set('/hulp-launcher', widgetPage(api.url, { attrs: 'mode="launcher" exit-url="https://nos.nl/"' }));
});

interface WidgetState {
  gone: boolean;
  turns: number;
  text: string;
}

/**
 * A page that came from the municipality's news page to the help page.
 * `leaving` resolves with what the widget showed at the moment the page
 * started to unload: by then nothing of the conversation may be left.
 */
async function helpPage(
  path = '/hulp',
  exit = EXIT,
): Promise<{ page: Page; leaving: Promise<WidgetState>; events: Array<Record<string, unknown>> }> {
  const page = await openPage(testbed.browser, { reducedMotion: null });
  const events = recordEvents(page);
  let report!: (state: WidgetState) => void;
  const leaving = new Promise<WidgetState>((resolve) => (report = resolve));
  await page.exposeFunction('reportWidgetState', (state: WidgetState) => report(state));
  await page.addInitScript(() => {
    addEventListener('beforeunload', () => {
      const root = document.querySelector('wegwijs-chat')?.shadowRoot;
      if (!root) return;
      const state = {
        gone: !!root.querySelector('.gone'),
        turns: root.querySelectorAll('.turn').length,
        text: (root.textContent ?? '').trim(),
      };
      (window as unknown as { reportWidgetState(s: unknown): void }).reportWidgetState(state);
    });
  });
  await page
    .context()
    .route(`${exit}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Het weer</p>' }));
  await page.goto(`${testbed.host.url}/nieuws`);
  await page.goto(`${testbed.host.url}${path}`);
  if (path === '/hulp') await waitForFirstQuestion(page);
  return { page, leaving, events };
}

async function expectLeftForGood(page: Page, exit = EXIT): Promise<void> {
  await page.waitForURL(exit);
  await page.goBack();
  // The help page was replaced in the history: Back goes to the page before it.
  expect(page.url()).toBe(`${testbed.host.url}/nieuws`);
}

describe('quick exit', () => {
  test('"Snel weg" hides the widget at once and replaces the page', async () => {
    const { page, leaving, events } = await helpPage();
    await page.locator('wegwijs-chat .choice').first().click();
    await page.getByRole('button', { name: 'Snel weg' }).click();
    // When the page starts to unload, nothing of the conversation is left on it.
    expect(await leaving).toEqual({ gone: true, turns: 0, text: '' });
    await expectLeftForGood(page);
    // The exit was counted (sent with keepalive as the page went), without anything else.
    expect(events.filter((e) => e.type === 'quick_exit')).toEqual([{ type: 'quick_exit' }]);
    await page.context().close();
  });

  test('Shift three times: each press announced, Shift as a modifier is another key and starts again', async () => {
    const { page, leaving } = await helpPage();
    const status = page.locator('wegwijs-chat .w > [role="status"]');
    await page.keyboard.press('Shift');
    await expect(status.textContent()).resolves.toBe('Shift 1 keer ingedrukt. Druk nog 2 keer op Shift om snel weg te gaan.');
    // Shift+A types a capital; it is no press, and as another key it ends the run.
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Shift');
    expect(await status.textContent()).toBe('');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status.textContent()).resolves.toBe('Shift 2 keer ingedrukt. Druk nog 1 keer op Shift om snel weg te gaan.');
    await page.keyboard.press('Shift');
    expect((await leaving).gone).toBe(true);
    await expectLeftForGood(page);
    await page.context().close();
  });

  test('Shift three times works with the launcher closed, to the exit-url of the page', async () => {
    const { page, leaving } = await helpPage('/hulp-launcher', 'https://nos.nl/');
    await page.locator('wegwijs-chat .launch').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    expect((await leaving).gone).toBe(true);
    await expectLeftForGood(page, 'https://nos.nl/');
    await page.context().close();
  });

  test('presses more than 5 seconds apart start the count again', async () => {
    const { page } = await helpPage();
    await page.clock.install();
    const status = page.locator('wegwijs-chat .w > [role="status"]');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status.textContent()).resolves.toBe('Shift 2 keer ingedrukt. Druk nog 1 keer op Shift om snel weg te gaan.');
    await page.clock.fastForward(6000);
    // The run is over: the announcement is cleared, and the next press is the first again.
    await expect(status.textContent()).resolves.toBe('');
    await page.keyboard.press('Shift');
    await expect(status.textContent()).resolves.toBe('Shift 1 keer ingedrukt. Druk nog 2 keer op Shift om snel weg te gaan.');
    expect(page.url()).toBe(`${testbed.host.url}/hulp`);
    await page.context().close();
  });
});
