// Issue 16 in a real browser: Arabic is right to left and axe-clean at 320
// and 1280 px in every widget mode and on the site, with 112 and the quick
// exit in view and phone numbers left to right; a keyboard-only path in
// Arabic; and a screenshot of every language's start screen, on the site and
// in the widget (screenshots/, not kept in git).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { publishedLanguages } from '../../src/engine/language.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';
import { activeElement, openPage, waitForFirstQuestion, widgetPage, widgetTestbed } from './widget-harness.js';

const languages = publishedLanguages(shippedGraph());
const arabic = shippedGraph().variants!.ar;
const firstLabel = arabic.steps[shippedGraph().flows.start.start].choices[0].label;

const testbed = widgetTestbed(({ api, host }) => {
  for (const mode of ['inline', 'launcher', 'signpost'])
    host.set(`/ar-${mode}`, widgetPage(api.url, { attrs: `lang="ar" mode="${mode}"` }));
  for (const { id } of languages) host.set(`/lang-${id}`, widgetPage(api.url, { attrs: `lang="${id}"` }));
});

const SIZES = [
  { name: '320', viewport: { width: 320, height: 640 } },
  { name: '1280', viewport: { width: 1280, height: 800 } },
];

/** In view: the element's box overlaps the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.y < size.height && box.y + box.height > 0 && box.x < size.width && box.x + box.width > 0;
}

describe('Arabic: right to left, axe-clean, 112 and the quick exit in view', () => {
  for (const size of SIZES) {
    test(`${size.name} px: the widget inline, launcher and signpost, and the site`, async () => {
      const page = await openPage(testbed.browser, { viewport: size.viewport });
      await page.goto(`${testbed.host.url}/ar-inline`);
      await waitForFirstQuestion(page);
      const frame = page.locator('wegwijs-chat .w');
      expect(await frame.getAttribute('dir')).toBe('rtl');
      expect(await frame.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      expect(await inView(page, 'wegwijs-chat .b112')).toBe(true);
      expect(await inView(page, 'wegwijs-chat .exit')).toBe(true);
      await expectNoAxeViolations(page, `ar inline ${size.name}`);
      await page.getByRole('button', { name: firstLabel, exact: true }).click();
      await page.locator('wegwijs-chat .turn').nth(1).waitFor();
      await expectNoAxeViolations(page, `ar inline ${size.name}, after an answer`);

      await page.goto(`${testbed.host.url}/ar-launcher`);
      await page.locator('wegwijs-chat .launch').click();
      await page.locator('wegwijs-chat .turn .choice').first().waitFor();
      expect(await page.locator('wegwijs-chat .w').getAttribute('dir')).toBe('rtl');
      await expectNoAxeViolations(page, `ar launcher open ${size.name}`);

      await page.goto(`${testbed.host.url}/ar-signpost`);
      await page.locator('wegwijs-chat .w').waitFor();
      await page.waitForFunction(
        () => document.querySelector('wegwijs-chat')?.shadowRoot?.querySelector('.w')?.getAttribute('lang') === 'ar',
      );
      await expectNoAxeViolations(page, `ar signpost ${size.name}`);

      await page.goto(`${testbed.api.url}/?lang=ar`);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await inView(page, '#snel-weg')).toBe(true);
      expect(await inView(page, '.site-header a[href="tel:112"]')).toBe(true);
      await expectNoAxeViolations(page, `ar site ${size.name}`);
      await page.context().close();
    });
  }

  test('keyboard only: two choices by Tab and Enter to the Veilig Thuis card; its number reads left to right', async () => {
    const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
    await page.goto(`${testbed.host.url}/ar-inline`);
    await waitForFirstQuestion(page);
    const start = arabic.steps[shippedGraph().flows.start.start];
    const worried = start.choices.find((c) => c.target === shippedGraph().flows.omstander.start)!;
    const child = arabic.steps[worried.target].choices.find((c) => c.target === 'omstander/kind')!;
    for (const label of [worried.label, child.label]) {
      for (let i = 0; i < 30 && (await activeElement(page)).text !== label; i++) await page.keyboard.press('Tab');
      expect((await activeElement(page)).text).toBe(label);
      await page.keyboard.press('Enter');
      await page.waitForFunction((l) => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return (el?.textContent ?? '').trim() !== l;
      }, label);
    }
    const call = page.locator('wegwijs-chat .turn').last().locator('a[href="tel:08002000"]').first();
    await call.waitFor();
    expect(await call.isVisible()).toBe(true);
    // In right-to-left text the number keeps its order: "0800" stands left of "2000".
    // Measured on the link waited for, until the layout settles (a card can still be arriving below it).
    const order = () =>
      call.evaluate((link) => {
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf('0800-2000');
          if (at < 0) continue;
          const left = (i: number) => {
            const range = document.createRange();
            range.setStart(node!, at + i);
            range.setEnd(node!, at + i + 1);
            return range.getBoundingClientRect().left;
          };
          return { first: left(0), last: left(8) };
        }
        return null;
      });
    expect(await order(), 'no 0800-2000 in the link').not.toBeNull();
    await expect
      .poll(
        async () => {
          const o = await order();
          return o && o.first < o.last;
        },
        { timeout: 3000 },
      )
      .toBe(true);
    await page.context().close();
  });
});

describe('the start screen of every language', () => {
  test('site and widget, at 360×640, each in its own words and direction', async () => {
    const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
    for (const language of languages) {
      await page.goto(`${testbed.api.url}/${language.id === 'nl' ? '' : `?lang=${language.id}`}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(language.htmlLang);
      expect(await page.locator('html').getAttribute('dir')).toBe(language.dir);
      await page.screenshot({ path: `screenshots/language-${language.id}-site-360x640.png` });
      await page.goto(`${testbed.host.url}/lang-${language.id}`);
      await waitForFirstQuestion(page);
      await page.waitForFunction(
        (lang) => document.querySelector('wegwijs-chat')?.shadowRoot?.querySelector('.w')?.getAttribute('lang') === lang,
        language.htmlLang,
      );
      await page.screenshot({ path: `screenshots/language-${language.id}-widget-360x640.png` });
    }
    await page.context().close();
  });
});
