// Issue 17 in the widget: "Of typ in je eigen woorden" under the conversation
// loads the box and its matcher on a press; what is typed is matched on the
// device: no request at all while typing and choosing, nothing stored, not in
// any address. A danger comes first with its number; a suggestion opens its
// step in the conversation; the status is announced once per pause.
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.js';
import { openPage, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed();
const CANARY = 'CANARY-7781';

describe('own words in the widget', () => {
  test('320 px: the box on a press, danger first, a suggestion opens its step, and nothing typed leaves the page', async () => {
    const page = await openPage(testbed.browser, { viewport: { width: 320, height: 640 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto(`${testbed.host.url}/hulp`);
    await waitForFirstQuestion(page);
    await page.getByRole('button', { name: 'Of typ in je eigen woorden' }).click();
    const box = page.getByRole('textbox', { name: 'Typ in je eigen woorden wat er aan de hand is.' });
    await box.waitFor();
    // The word list arrives once, before anything is typed.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/api/v1/words')));
    await page.waitForLoadState('networkidle');
    const before = requests.length;

    await box.pressSequentially(`${CANARY} er staat iemand met een mes voor de deur`, { delay: 5 });
    const first = page.locator('wegwijs-chat .words .options li').first();
    await first.waitFor();
    expect(await first.locator('a[href="tel:112"]').count()).toBe(1);
    const status = page.locator('wegwijs-chat .words [role="status"]');
    expect(await status.textContent()).toMatch(/suggestie/);
    // Announced once: the status line says how many; the list itself is in no live region.
    const live = await first.evaluate((el) => {
      for (let n: Node | null = el; n; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode)
        if (n instanceof Element && (n.hasAttribute('aria-live') || ['log', 'status', 'alert'].includes(n.getAttribute('role') ?? '')))
          return n.tagName + (n.getAttribute('class') ? `.${n.getAttribute('class')}` : '');
      return null;
    });
    expect(live, 'a live region around the suggestions').toBeNull();
    await expectNoAxeViolations(page, 'own words with suggestions');

    await box.fill(`${CANARY} ik zorg voor mijn moeder en ik ben op`);
    await page.waitForTimeout(600);
    const suggestion = page.locator('wegwijs-chat .words .options .choice').first();
    const title = (await suggestion.textContent())!;
    await suggestion.click();
    await page.locator('wegwijs-chat .turn h3, wegwijs-chat .turn .msg').last().waitFor();
    expect(await page.locator('wegwijs-chat .turn').count()).toBeGreaterThan(1);
    expect(title.length).toBeGreaterThan(0);

    // Nothing went out while typing and choosing, and the text is nowhere else.
    expect(
      requests.slice(before).filter((r) => !r.includes('/api/v1/events')),
      'requests while typing',
    ).toEqual([]);
    expect(requests.some((r) => r.includes(CANARY))).toBe(false);
    expect(page.url()).not.toContain(CANARY);
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
    expect(stored).toEqual([0, 0, '']);
    await page.context().close();
  });
});
