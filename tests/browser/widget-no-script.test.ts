// Help without the script: the documented snippet (src/shared/embed-snippet.ts)
// carries 112, Veilig Thuis and the CSG inside <wegwijs-chat>. When widget.js
// is blocked, answers 404 or JavaScript is off, that help stays visible and
// usable in every mode; when the widget runs, its shadow root hides it and
// the widget shows instead. At 360×640, axe on the fallback state.
// Screenshots go to screenshots/ (gitignored).
import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtInPhones, cspLines, EMBED_MODES, type EmbedMode, snippetHtml } from '../../src/shared/embed-snippet.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';
import { type HostPage, openPage, widgetTestbed } from './widget-harness.js';

const phones = builtInPhones((id) => shippedGraph().services[id], shippedGraph().roles);
const PHONE = { width: 360, height: 640 };

/** A municipal page with the snippet as documented, under a CSP of exactly the lines /embed gives. */
function snippetPage(api: string, mode: EmbedMode, gemeente?: string): HostPage {
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeente Testdorp</title><link rel="icon" href="data:,"></head>
<body><main><h1>Hulp bij geweld</h1><p>Stel hieronder uw vragen.</p>
${snippetHtml({ host: api, phones, mode, gemeente })}
<p><a href="#top">Naar boven</a></p></main></body></html>`;
  return {
    html,
    headers: {
      'content-security-policy': `default-src 'none'; ${cspLines(api).join('; ')}; img-src data:; base-uri 'none'; form-action 'none'`,
    },
  };
}

const testbed = widgetTestbed(({ api, host }) => {
  for (const mode of EMBED_MODES) host.set(`/snippet-${mode}`, snippetPage(api.url, mode, 'GM0344'));
});

type Breakage = 'blocked' | '404' | 'no-javascript';

async function openWithout(mode: EmbedMode, breakage: Breakage): Promise<Page> {
  const options: BrowserContextOptions = { viewport: PHONE, ...(breakage === 'no-javascript' && { javaScriptEnabled: false }) };
  const page = await openPage(testbed.browser, options);
  if (breakage === 'blocked') await page.route(`${testbed.api.url}/widget*.js`, (route) => route.abort('blockedbyclient'));
  if (breakage === '404')
    await page.route(`${testbed.api.url}/widget*.js`, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
  await page.goto(`${testbed.host.url}/snippet-${mode}`, { waitUntil: 'load' });
  expect(await page.evaluate(() => customElements.get('wegwijs-chat'))).toBeUndefined();
  return page;
}

/** The fallback's links: visible, on screen once scrolled to, with the registry's numbers. */
async function expectFallbackHelp(page: Page): Promise<void> {
  const fallback = page.locator('wegwijs-chat > .wegwijs-fallback');
  expect(await fallback.isVisible()).toBe(true);
  const links = fallback.locator('a[href^="tel:"]');
  expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(['tel:112', 'tel:08002000', 'tel:08000188']);
  for (const name of ['Bel 112', 'Bel Veilig Thuis: 0800-2000', 'Bel Centrum Seksueel Geweld: 0800-0188']) {
    const link = page.getByRole('link', { name });
    // Not scrollIntoViewIfNeeded: it waits for animation frames, which a page without JavaScript may not give.
    await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    expect(await link.isVisible(), name).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThan(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  const site = page.getByRole('link', { name: 'Kijk welke hulp bij je past' });
  expect(await site.getAttribute('href')).toBe(`${testbed.api.url}/?gemeente=GM0344`);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('the snippet without its script', () => {
  for (const breakage of ['blocked', '404', 'no-javascript'] as const) {
    for (const mode of EMBED_MODES) {
      test(`${breakage}, mode ${mode}: 112, Veilig Thuis and the CSG stay visible as call links`, async () => {
        const page = await openWithout(mode, breakage);
        await expectFallbackHelp(page);
        // axe cannot run in a page with JavaScript off (it closes the page); without the
        // widget the markup is the same as with the script blocked, which axe checks.
        if (breakage !== 'no-javascript') await expectNoAxeViolations(page, `fallback, ${breakage}, ${mode}`);
        if (mode === 'inline') {
          mkdirSync('screenshots', { recursive: true });
          await page.screenshot({ path: `screenshots/fallback-${breakage}-360x640.png` });
        }
        await page.context().close();
      });
    }
  }

  test('the site link works without JavaScript: the help site opens at the municipality', async () => {
    const page = await openWithout('inline', 'no-javascript');
    // By keyboard: a click waits for animation frames, which a page without JavaScript may not give.
    await page.getByRole('link', { name: 'Kijk welke hulp bij je past' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${testbed.api.url}/?gemeente=GM0344`);
    expect(await page.getByRole('link', { name: 'Bel 112' }).first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the snippet with its script running', () => {
  const widgetPart: Record<EmbedMode, string> = { inline: '.turn .msg', launcher: '.launch', signpost: '.compact' };
  for (const mode of EMBED_MODES) {
    test(`mode ${mode}: the fallback is hidden (no slot), the widget shows with its own 112`, async () => {
      const page = await openPage(testbed.browser, { viewport: PHONE });
      await page.goto(`${testbed.host.url}/snippet-${mode}`);
      await page.locator(`wegwijs-chat ${widgetPart[mode]}`).first().waitFor();
      const fallback = page.locator('wegwijs-chat > .wegwijs-fallback');
      // Still in the page's DOM, but not rendered and not in the accessibility tree.
      expect(await fallback.count()).toBe(1);
      expect(await fallback.isVisible()).toBe(false);
      expect(await fallback.boundingBox()).toBeNull();
      expect(await page.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' }).count()).toBe(0);
      expect(await page.evaluate(() => document.querySelector('wegwijs-chat')!.shadowRoot?.querySelector('slot') ?? null)).toBeNull();
      expect(await page.locator('wegwijs-chat .b112').first().isVisible()).toBe(true);
      await page.context().close();
    });
  }
});
