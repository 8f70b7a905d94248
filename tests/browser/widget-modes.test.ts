// Launcher and signpost modes, the demo page with hostile host CSS, the
// stylesheet fallback under a nonce-only CSP, overridable texts and
// right-to-left. Screenshots of the demo go to screenshots/ (gitignored).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.js';
import { activeElement, hostHtml, openPage, waitForFirstQuestion, widgetPage, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed(({ api, host }) => {
  host.set('/launcher', widgetPage(api.url, { attrs: 'mode="launcher"', before: '<p><a href="#a">Een link op de pagina</a></p>' }));
  host.set('/signpost', widgetPage(api.url, { attrs: 'mode="signpost"' }));
  host.set('/clean', widgetPage(api.url));
  host.set('/texts', widgetPage(api.url, { attrs: 'data-i18n-quick-exit="Weg hier" data-i18n-call112="Bel 112 bij gevaar" lang="ar"' }));
  host.set('/german', widgetPage(api.url, { attrs: 'lang="de"' }));
  host.set('/english', widgetPage(api.url, { attrs: 'lang="en"' }));
  // A CSP that allows styles only by nonce, in a browser without constructable stylesheets.
  host.set('/nonce', {
    html: hostHtml({ api: api.url, attrs: 'nonce="n0nc3"' }),
    headers: {
      'content-security-policy': `default-src 'none'; script-src ${api.url}; style-src 'nonce-n0nc3'; connect-src ${api.url}; img-src data:`,
    },
  });
});

const newPage = (viewport = { width: 1280, height: 800 }) => openPage(testbed.browser, { viewport });

describe('launcher mode', () => {
  test('opens a panel, closes with Escape and "Sluiten", focus returns; axe clean open and closed', async () => {
    const page = await newPage();
    await page.goto(`${testbed.host.url}/launcher`);
    const launch = page.locator('wegwijs-chat .launch');
    const panel = page.locator('wegwijs-chat .panel');
    await launch.waitFor();
    expect(await panel.isVisible()).toBe(false);
    expect(await launch.getAttribute('aria-expanded')).toBe('false');
    // Closed, 112 is still one tap away.
    expect(await page.locator('wegwijs-chat .launchbar a[href="tel:112"]').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'launcher closed');

    await launch.click();
    expect(await panel.isVisible()).toBe(true);
    expect(await launch.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.getAttribute('role')).toBe('dialog');
    expect((await activeElement(page)).tag).toBe('h2');
    await page.locator('wegwijs-chat .turn .choice').first().waitFor();
    expect(await page.locator('wegwijs-chat .panel a[href="tel:112"]').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'launcher open');

    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect((await activeElement(page)).className).toBe('launch');

    await launch.click();
    await page.getByRole('button', { name: 'Sluiten' }).click();
    expect(await panel.isVisible()).toBe(false);
    expect((await activeElement(page)).className).toBe('launch');

    // The conversation is kept while the panel is closed.
    await launch.click();
    await page.locator('wegwijs-chat .turn .choice').first().click();
    await page.keyboard.press('Escape');
    await launch.click();
    expect(await page.locator('wegwijs-chat .turn').count()).toBe(2);

    // Focus moving on to the page closes the panel, so the panel never covers what has focus.
    await page.locator('a[href="#a"]').focus();
    expect(await panel.isVisible()).toBe(false);
    await page.context().close();
  });

  test('at 320 px the open panel fills the screen and stays within it', async () => {
    const page = await newPage({ width: 320, height: 640 });
    await page.goto(`${testbed.host.url}/launcher`);
    await page.locator('wegwijs-chat .launch').click();
    await page.locator('wegwijs-chat .turn .choice').first().waitFor();
    const box = await page.locator('wegwijs-chat .panel').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'launcher open at 320 px');
    await page.context().close();
  });
});

describe('signpost mode', () => {
  test('a compact card with 112, Veilig Thuis and the CSG and a button that starts the conversation', async () => {
    const page = await newPage();
    await page.goto(`${testbed.host.url}/signpost`);
    const numbers = await page
      .locator('wegwijs-chat .compact a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(numbers.slice(0, 3)).toEqual(['tel:112', 'tel:08002000', 'tel:08000188']);
    await expectNoAxeViolations(page, 'signpost card');
    await page.getByRole('button', { name: 'Start het gesprek' }).click();
    await page.locator('wegwijs-chat .turn .choice').first().waitFor();
    expect((await activeElement(page)).className).toBe('msg');
    await expectNoAxeViolations(page, 'signpost conversation');
    await page.context().close();
  });
});

/** Computed styles of the widget's parts that a host page's CSS could reach. */
function widgetStyles(page: Page, selector: string): Promise<Record<string, Record<string, string>>> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    const props = [
      'font-family',
      'font-size',
      'font-weight',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-transform',
      'text-align',
      'color',
      'background-color',
      'padding-top',
      'padding-left',
      'margin-top',
      'margin-bottom',
      'border-top-width',
      'border-top-style',
      'border-radius',
      'box-sizing',
      'display',
      'outline-style',
    ];
    const parts: Record<string, string> = {
      host: '',
      frame: '.w',
      title: 'h2',
      call112: '.b112',
      exit: '.exit',
      text: '.msg p',
      choice: '.choice',
      foot: '.foot',
      link: '.foot a',
    };
    const out: Record<string, Record<string, string>> = {};
    for (const [name, part] of Object.entries(parts)) {
      const el = part ? root.querySelector(part) : root.host;
      const style = getComputedStyle(el!);
      out[name] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    return out;
  }, selector);
}

describe('host page CSS', () => {
  test('the hostile demo page does not change the widget; screenshots at desktop and 320 px', async () => {
    const clean = await newPage();
    await clean.goto(`${testbed.host.url}/clean`);
    await waitForFirstQuestion(clean);
    const expected = await widgetStyles(clean, 'wegwijs-chat');
    await clean.context().close();

    const demo = await newPage();
    const errors: string[] = [];
    demo.on('pageerror', (e) => errors.push(String(e)));
    await demo.goto(`${testbed.api.url}/demo/`);
    await waitForFirstQuestion(demo, 'main wegwijs-chat');
    // The page's own text really is hostile, so the comparison means something.
    expect(await demo.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontSize)).toBe('26px');
    expect(await widgetStyles(demo, 'main wegwijs-chat')).toEqual(expected);
    await expectNoAxeViolations(demo, 'demo page');
    mkdirSync('screenshots', { recursive: true });
    await demo.screenshot({ path: 'screenshots/demo-desktop.png', fullPage: true });
    await demo.locator('wegwijs-chat[mode="launcher"] .launch').click();
    await demo.locator('wegwijs-chat[mode="launcher"] .turn').first().waitFor();
    await demo.screenshot({ path: 'screenshots/demo-desktop-launcher.png' });
    expect(errors).toEqual([]);
    await demo.context().close();

    const narrow = await newPage({ width: 320, height: 640 });
    await narrow.goto(`${testbed.api.url}/demo/`);
    await waitForFirstQuestion(narrow, 'main wegwijs-chat');
    await narrow.screenshot({ path: 'screenshots/demo-320.png', fullPage: true });
    await narrow.context().close();
  });

  test('under a nonce-only CSP, without constructable stylesheets, the <link> fallback styles the widget', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    });
    await page.goto(`${testbed.host.url}/nonce`);
    await waitForFirstQuestion(page);
    const link = page.locator('wegwijs-chat link[rel="stylesheet"]');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${testbed.api.url}/widget-[0-9a-z]+\\.css$`));
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('wegwijs-chat')!.shadowRoot!.querySelector('.exit')!).backgroundColor === 'rgb(164, 0, 15)',
    );
    await page.context().close();
  });
});

describe('texts and direction', () => {
  test('data-i18n-* attributes replace texts; lang="ar" sets right-to-left', async () => {
    const page = await newPage();
    await page.route(`${testbed.api.url}/api/v1/flows/**`, async (route) => {
      // The service has no Arabic yet: answer as if it had, to see the widget turn right-to-left.
      const url = new URL(route.request().url());
      url.searchParams.delete('lang');
      const response = await route.fetch({ url: url.href });
      const body = await response.json();
      body.flow.lang = 'ar';
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${testbed.host.url}/texts`);
    await waitForFirstQuestion(page);
    expect(await page.getByRole('button', { name: 'Weg hier' }).isVisible()).toBe(true);
    expect(await page.locator('wegwijs-chat .b112').textContent()).toBe('Bel 112 bij gevaar');
    const frame = page.locator('wegwijs-chat .w');
    expect(await frame.getAttribute('dir')).toBe('rtl');
    expect(await frame.getAttribute('lang')).toBe('ar');
    expect(await frame.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The strings property, from the page's own script, wins over the attribute.
    await page.evaluate(
      () => ((document.querySelector('wegwijs-chat') as HTMLElement & { strings: object }).strings = { quickExit: 'Nu weg' }),
    );
    expect(await page.getByRole('button', { name: 'Nu weg' }).isVisible()).toBe(true);
    await page.context().close();
  });

  test('lang="en" gives the English conversation, its words and note; the language choice switches to Dutch in place (issue 16)', async () => {
    const page = await newPage();
    await page.goto(`${testbed.host.url}/english`);
    await waitForFirstQuestion(page);
    const frame = page.locator('wegwijs-chat .w');
    expect(await frame.getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'I am worried about someone', exact: true }).waitFor();
    expect(await page.getByText('This translation has not yet been checked.').isVisible()).toBe(true);
    const choice = page.getByRole('combobox', { name: 'Language' });
    expect(await choice.locator('option[lang="ar"]').textContent()).toBe('العربية');
    await choice.selectOption('nl');
    await page.getByRole('button', { name: 'Ik maak me zorgen om iemand', exact: true }).waitFor();
    expect(await frame.getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('button', { name: 'Snel weg' }).isVisible()).toBe(true);
    expect(await page.getByText('This translation has not yet been checked.').count()).toBe(0);
    await page.context().close();
  });

  test('a language the conversation does not have gives the conversation in Dutch, not the fallback', async () => {
    const page = await newPage();
    await page.goto(`${testbed.host.url}/german`);
    await waitForFirstQuestion(page);
    expect(await page.locator('wegwijs-chat .w').getAttribute('lang')).toBe('nl');
    expect(await page.locator('wegwijs-chat .w').getAttribute('dir')).toBe('ltr');
    await page.context().close();
  });
});
