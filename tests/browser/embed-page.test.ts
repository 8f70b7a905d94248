// /embed, the page for web teams: the form works without JavaScript, bad
// input gets a Dutch message next to the field (never an echo), the live
// preview runs under the page's own CSP, and the snippet and CSP lines it
// gives work on a host page whose policy is exactly those lines.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.js';
import { openPage, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed();
const PHONE = { width: 360, height: 640 };

/** Collects CSP violations the browser reports on the console. */
function refusals(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) found.push(message.text());
  });
  return found;
}

describe('/embed', () => {
  test('without JavaScript: pick a form and a municipality, get the snippet for them', async () => {
    const page = await openPage(testbed.browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${testbed.api.url}/embed`);
    // Radio buttons and a select, by their labels, as a person would.
    await page.getByLabel('Knop onderin').check();
    await page.getByLabel('Gemeente').selectOption({ label: 'Utrecht (GM0344)' });
    await page.getByLabel('Altijd de nieuwste versie').check();
    // By keyboard: a click waits for animation frames, which a page without JavaScript may not give.
    await page.getByRole('button', { name: 'Maak de code' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/mode=launcher/);
    const snippet = await page.getByLabel('Code voor uw pagina (HTML)').inputValue();
    expect(snippet).toContain('<wegwijs-chat mode="launcher" gemeente="GM0344">');
    expect(snippet).toContain(
      `<script src="${testbed.api.url}/widget.js" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`,
    );
    expect(snippet).toContain('<a href="tel:08002000">Bel Veilig Thuis: 0800-2000</a>');
    await page.context().close();
  });

  test('the pinned release with its integrity by default; the page and the preview are axe clean at 360×640', async () => {
    const page = await openPage(testbed.browser, { viewport: PHONE });
    const refused = refusals(page);
    await page.goto(`${testbed.api.url}/embed?gemeente=GM0344&primary=%2300529b`);
    const snippet = await page.getByLabel('Code voor uw pagina (HTML)').inputValue();
    // The conversation's preload first (the widget's own address), then the pinned script.
    expect(snippet).toMatch(
      new RegExp(
        `^<link rel="preload" href="${testbed.api.url}/api/v1/flows/start[^"]*" as="fetch" crossorigin="anonymous" referrerpolicy="no-referrer">\n<script src="${testbed.api.url}/widget-[0-9a-z]+\\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`,
      ),
    );
    expect(await page.getByLabel('Kleuren en letters (CSS)').inputValue()).toBe('wegwijs-chat {\n  --wegwijs-primary: #00529b;\n}');
    // The live preview: the real widget with these settings, under this page's own strict CSP.
    await waitForFirstQuestion(page, '.embed-preview wegwijs-chat');
    await expect
      .poll(() =>
        page
          .locator('.embed-preview wegwijs-chat .turn .choice')
          .first()
          .evaluate((el) => getComputedStyle(el).color),
      )
      .toBe('rgb(0, 82, 155)');
    expect(refused).toEqual([]);
    await expectNoAxeViolations(page, '/embed with preview');
    await page.context().close();
  });

  test('bad input: a Dutch message next to each field, nothing echoed, no snippet; axe clean', async () => {
    const page = await openPage(testbed.browser, { viewport: PHONE });
    const attack = '"><script>window.pwned=1</script><img src=x onerror=window.pwned=1>';
    const response = await page.goto(
      `${testbed.api.url}/embed?mode=${encodeURIComponent(attack)}&gemeente=GMX&primary=rood&lettertype=${encodeURIComponent('</style><b>')}`,
    );
    expect(response?.status()).toBe(400);
    expect(await page.title()).toMatch(/^Fout: /);
    const html = await page.content();
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<b>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // Next to the field, tied to it, and in the summary at the top.
    expect(await page.locator('#mode-fout').textContent()).toBe('Fout: Deze vorm is er niet. Kies een van de drie vormen.');
    const gemeente = page.getByLabel('Gemeente');
    expect(await gemeente.getAttribute('aria-invalid')).toBe('true');
    expect(await gemeente.getAttribute('aria-describedby')).toContain('gemeente-fout');
    expect(await page.locator('#gemeente-fout').textContent()).toBe('Fout: Dit is geen gemeentecode. Kies uw gemeente uit de lijst.');
    expect(await page.locator('#primary-fout').textContent()).toContain('Vul een kleur in als #1d4f91');
    expect(await page.locator('#lettertype-fout').isVisible()).toBe(true);
    expect(await page.getByRole('alert').getByRole('link').count()).toBe(4);
    expect(await page.getByLabel('Code voor uw pagina (HTML)').count()).toBe(0);
    await expectNoAxeViolations(page, '/embed with errors');
    await page.context().close();
  });

  test('a colour with too little contrast: a warning at the field, and the snippet still', async () => {
    const page = await openPage(testbed.browser, { viewport: PHONE });
    await page.goto(`${testbed.api.url}/embed?primary=%23aabbcc`);
    expect(await page.locator('#primary-contrast').textContent()).toContain(
      'Te weinig contrast. --wegwijs-primary op --wegwijs-background: 1,96:1, minimaal 4,5:1.',
    );
    expect(await page.getByLabel('Hoofdkleur', { exact: true }).getAttribute('aria-describedby')).toContain('primary-contrast');
    expect(await page.getByLabel('Code voor uw pagina (HTML)').count()).toBe(1);
    await page.context().close();
  });

  for (const mode of ['inline', 'launcher', 'signpost'] as const) {
    test(`the snippet and CSP lines it gives work on a host page with exactly those lines (${mode})`, async () => {
      const setup = await openPage(testbed.browser, { viewport: PHONE, javaScriptEnabled: false });
      await setup.goto(`${testbed.api.url}/embed?mode=${mode}&gemeente=GM0344`);
      const snippet = await setup.getByLabel('Code voor uw pagina (HTML)').inputValue();
      const csp = (await setup.getByLabel('Content-Security-Policy').inputValue()).split('\n');
      await setup.context().close();
      expect(csp).toEqual([`script-src ${testbed.api.url}`, `connect-src ${testbed.api.url}`, `style-src ${testbed.api.url}`]);

      // A strict host: nothing allowed but these lines; its CSP without style-src too (current browsers need none).
      for (const lines of [csp, csp.filter((line) => !line.startsWith('style-src'))]) {
        const path = testbed.host.set(`/from-embed-${mode}-${lines.length}`, {
          html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Testdorp</title></head><body><main><h1>Hulp</h1>\n${snippet}\n</main></body></html>`,
          headers: { 'content-security-policy': `default-src 'none'; ${lines.join('; ')}` },
        });
        const page = await openPage(testbed.browser, { viewport: PHONE });
        const refused = refusals(page);
        const warnings: string[] = [];
        page.on('console', (m) => m.text().startsWith('wegwijs:') && warnings.push(m.text()));
        await page.goto(path);
        const part = { inline: '.turn .msg', launcher: '.launch', signpost: '.compact' }[mode];
        await page.locator(`wegwijs-chat ${part}`).first().waitFor();
        if (mode === 'launcher') {
          await page.locator('wegwijs-chat .launch').click();
          await page.locator('wegwijs-chat .turn .choice').first().waitFor();
        }
        await page.waitForTimeout(300);
        expect(refused, lines.join('; ')).toEqual([]);
        expect(warnings).toEqual([]);
        await page.context().close();
      }
    });
  }

  test('linked from the page for municipalities (/stats)', async () => {
    const response = await fetch(`${testbed.api.url}/stats`);
    // Counting may be off on this server: the message page has the same frame.
    expect(await response.text()).toContain('<a href="/embed">Maak hier de code</a>');
  });
});
