// The editors' studio (/studio, issue 18) in real Chromium: open a
// conversation, break a link target and see the coded finding at its line
// within a second with no request at all, fix it and see the preview follow,
// preview as a municipality (site and widget), and download the changed file
// (its bytes checked); a trailing comma in the registry is exactly one
// finding. axe-core on the studio's states at 1280 and 320 px. Prints how long
// each editor's task took in the browser. The screenshots in docs/editors.md
// (screenshots/studio-*.png, kept in git) are taken again with
// UPDATE_SCREENSHOTS=1 npx vitest run tests/browser/studio.test.ts.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/compiler/read-content.js';
import type { RunningServer } from '../../src/node/server.js';
import { studioSources } from '../../src/site/studio-sources.js';
import { confinedContext, expectNoAxeViolations, launchBrowser } from '../support/browser.js';
import { startServer } from '../support/server.js';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };
const sources = studioSources(readContent(process.cwd()));

let browser: Browser;
let server: RunningServer;
const outside: string[] = [];
const timings: string[] = [];

/** The docs' screenshots, only when asked for: they are kept in git and should not change on every run. */
async function screenshot(target: Page | ReturnType<Page['locator']>, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS) await target.screenshot({ path: `screenshots/${name}.png` });
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ studioSources: sources })]);
});

afterAll(async () => {
  if (timings.length) console.log(`Studio tasks in the browser:\n  ${timings.join('\n  ')}`);
  await browser?.close();
  await server?.close();
});

const text = (page: Page) => page.locator('#studio-tekst');
const here = (page: Page) => page.locator('#meldingen-hier .finding');
const sitePreview = (page: Page) => page.locator('.site-preview');

/** Puts the caret right after the first `needle` on line `line` (1-based) of the editor. */
async function caretAfter(page: Page, line: number, needle: string): Promise<void> {
  await text(page).evaluate(
    (area: HTMLTextAreaElement, [line, needle]) => {
      const lines = area.value.split('\n');
      const before = lines.slice(0, Number(line) - 1).join('\n').length + (Number(line) > 1 ? 1 : 0);
      const at = lines[Number(line) - 1].indexOf(String(needle));
      if (at < 0) throw new Error(`"${needle}" is not on line ${line}`);
      area.focus();
      area.setSelectionRange(before + at + String(needle).length, before + at + String(needle).length);
    },
    [line, needle] as const,
  );
}

async function openStudio(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  const response = await page.goto(`${server.url}/studio`);
  expect(response?.status()).toBe(200);
  await page.locator('.findings-summary').waitFor();
  return page;
}

async function openFile(page: Page, file: string): Promise<number> {
  const t0 = Date.now();
  await page.locator('#studio-bestand').selectOption(file);
  await expect.poll(() => text(page).inputValue()).toBe(sources[file]);
  return Date.now() - t0;
}

describe('the studio at 1280 px', () => {
  let ctx: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    ctx = await confinedContext(browser, server.url, outside, { viewport: WIDE, acceptDownloads: true });
    page = await openStudio(ctx);
    // Everything after load: the studio must ask nothing of anyone.
    page.on('request', (request) => requests.push(request.url()));
  });

  afterAll(() => ctx?.close());

  test('the page says it sends nothing, has its own strict CSP and is not indexed', async () => {
    const response = await page.request.get(`${server.url}/studio`);
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await page.locator('body > main').textContent()).toContain('Deze pagina stuurt niets naar de server en bewaart niets.');
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    await expectNoAxeViolations(page, 'studio opened, 1280 px');
    await screenshot(page, 'studio-open');
  });

  test('a broken link target is a coded finding at its line within a second, with no request', async () => {
    timings.push(`open a conversation (flows/pleger.md): ${await openFile(page, 'flows/pleger.md')} ms`);
    expect(await here(page).count()).toBe(0);
    const line = sources['flows/pleger.md'].split('\n').findIndex((l) => l.includes('](#time-out)')) + 1;
    await caretAfter(page, line, '#time-out');
    const t0 = Date.now();
    await page.keyboard.type('x');
    const finding = page.locator(`#meldingen-hier .finding[data-code="WW001"][data-line="${line}"]`);
    await finding.waitFor({ timeout: 1000 });
    const seen = Date.now() - t0;
    timings.push(`a broken link shows as WW001 at line ${line}: ${seen} ms after the key press`);
    expect(seen).toBeLessThan(1000);
    expect(await finding.textContent()).toContain('time-outx');
    expect(await page.locator(`.gutter [data-line="${line}"]`).getAttribute('class')).toContain('mark-error');
    expect(await page.locator('.stale').textContent()).toContain('laatste versie zonder fouten');
    // Clicking the finding selects its line in the editor.
    await finding.locator('button').click();
    const selected = await text(page).evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd));
    expect(selected).toContain('](#time-outx)');
    await expectNoAxeViolations(page, 'a finding shown, 1280 px');
    await screenshot(page, 'studio-finding');
    expect(requests).toEqual([]);
  });

  test('fixed, the finding goes and the preview follows the new text', async () => {
    const t0 = Date.now();
    const line = sources['flows/pleger.md'].split('\n').findIndex((l) => l.includes('](#time-out)')) + 1;
    await caretAfter(page, line, '#time-outx');
    await page.keyboard.press('Backspace');
    // A changed sentence of the first step, shown by the site preview once the content is good again.
    const first = sources['flows/pleger.md'].split('\n').findIndex((l) => l.startsWith('Goed dat je hier kijkt.')) + 1;
    await caretAfter(page, first, 'Goed dat je hier kijkt.');
    await page.keyboard.type(' Fijn dat je er bent.');
    await expect.poll(() => sitePreview(page).evaluate((h) => h.shadowRoot!.textContent)).toContain('Fijn dat je er bent.');
    timings.push(`fix the link and see the preview follow: ${Date.now() - t0} ms (typing included)`);
    expect(await page.locator('#meldingen-hier .finding-error').count()).toBe(0);
    expect(await page.locator('.stale').isVisible()).toBe(false);
    expect(requests).toEqual([]);
  });

  test('previewed as a municipality: its local help on the site and in the widget', async () => {
    const t0 = Date.now();
    await page.locator('#studio-gemeente').selectOption('GM0637');
    // The site's step page: a choice moves the preview; the local team is the municipality's.
    await sitePreview(page).locator('a.choice', { hasText: 'Ik ben nu heel boos' }).click();
    await expect.poll(() => sitePreview(page).evaluate((h) => h.shadowRoot!.textContent)).toContain('Zoetermeer');
    timings.push(`preview as a municipality (Zoetermeer): ${Date.now() - t0} ms`);
    expect(page.url()).toBe(`${server.url}/studio`);
    await page.locator('input[name="studio-weergave"][value="widget"]').check();
    const widget = page.locator('.widget-preview');
    await widget.locator('button.choice', { hasText: 'Ik ben nu heel boos' }).click();
    await expect.poll(() => widget.evaluate((h) => h.shadowRoot!.textContent)).toContain('Zoetermeer');
    expect(await widget.evaluate((h) => h.shadowRoot!.textContent)).toContain('Fijn dat je er bent.');
    await expectNoAxeViolations(page, 'widget preview as Zoetermeer, 1280 px');
    await screenshot(page, 'studio-widget');
    await page.locator('input[name="studio-weergave"][value="picture"]').check();
    expect(await page.locator('.flow-picture .node-step').count()).toBeGreaterThan(5);
    await expectNoAxeViolations(page, 'picture, 1280 px');
    await screenshot(page.locator('.picture'), 'studio-picture');
    await page.locator('input[name="studio-weergave"][value="site"]').check();
    await screenshot(page, 'studio-site');
    // Opening a municipality file previews as its first municipality; back to the conversation.
    await openFile(page, 'flows/gemeenten/zaanstreek-waterland.json');
    const first = (JSON.parse(sources['flows/gemeenten/zaanstreek-waterland.json']) as { municipalities: Array<{ code: string }> })
      .municipalities[0].code;
    expect(await page.locator('#studio-gemeente').inputValue()).toBe(first);
    await page.locator('#studio-bestand').selectOption('flows/pleger.md');
    await expect.poll(() => text(page).inputValue()).toContain('Fijn dat je er bent.');
    expect(requests).toEqual([]);
  });

  test('hands in: downloads the changed file, byte for byte, and a description to copy', async () => {
    const t0 = Date.now();
    const link = page.locator('a.download');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toBe('Download flows/pleger.md');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('pleger.md');
    const bytes = readFileSync(await download.path());
    const expected = sources['flows/pleger.md'].replace('Goed dat je hier kijkt.', 'Goed dat je hier kijkt. Fijn dat je er bent.');
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(bytes.equals(Buffer.from(await text(page).inputValue(), 'utf8'))).toBe(true);
    const description = await page.locator('#studio-beschrijving').inputValue();
    expect(description).toContain('Bestand: flows/pleger.md');
    expect(description).toMatch(/Regel \d+ wordt: Goed dat je hier kijkt\. Fijn dat je er bent\./);
    expect(description).toMatch(/Controle: /);
    timings.push(`hand in (download the file): ${Date.now() - t0} ms`);
    await expectNoAxeViolations(page, 'hand-in shown, 1280 px');
    // Blob URLs are no requests to anyone; nothing else was asked.
    expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    expect(outside).toEqual([]);
  });
});

describe('the registry in the studio', () => {
  test('a trailing comma is exactly one finding, at its line; the number can then be changed', async () => {
    const ctx = await confinedContext(browser, server.url, outside, { viewport: WIDE });
    const page = await openStudio(ctx);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openFile(page, 'flows/services.json');
    const lines = sources['flows/services.json'].split('\n');
    const line = lines.findIndex((l) => l.includes('"verified"')) + 1;
    const before = await here(page).count();
    await caretAfter(page, line, lines[line - 1].trim());
    await page.keyboard.type(',');
    const finding = page.locator(`#meldingen-hier .finding[data-code="WW012"][data-line="${line}"]`);
    await finding.waitFor({ timeout: 1000 });
    expect(before).toBeGreaterThan(1);
    expect(await here(page).count()).toBe(1);
    expect(await page.locator('.finding-error').count()).toBe(1);
    expect(await page.locator('#meldingen-elders .finding-error').count()).toBe(0);
    expect(await finding.textContent()).toContain('komma te veel');
    await page.keyboard.press('Backspace');
    await expect.poll(() => here(page).count()).toBe(before);
    // Changing a phone number: a number with letters is refused at its line.
    const t0 = Date.now();
    const tel = lines.findIndex((l) => l.includes('"tel": "08002000"')) + 1;
    await caretAfter(page, tel, '"tel": "0800');
    await page.keyboard.type('x');
    await page.locator(`#meldingen-hier .finding-error[data-line="${tel}"]`).waitFor({ timeout: 1000 });
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('.finding-error').count()).toBe(0);
    timings.push(`change a phone number (a wrong one shown at line ${tel}, then right): ${Date.now() - t0} ms`);
    expect(requests).toEqual([]);
    await ctx.close();
  });
});

describe('the studio at 320 px', () => {
  test('works and is axe-clean with a finding shown, as the widget and as a picture', async () => {
    const ctx = await confinedContext(browser, server.url, outside, { viewport: NARROW });
    const page = await openStudio(ctx);
    await expectNoAxeViolations(page, 'studio opened, 320 px');
    await caretAfter(page, 1, '---');
    await page.keyboard.type('x');
    await page.locator('#meldingen-hier .finding-error').first().waitFor({ timeout: 1000 });
    await expectNoAxeViolations(page, 'a finding shown, 320 px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    for (const view of ['widget', 'picture'] as const) {
      await page.locator(`input[name="studio-weergave"][value="${view}"]`).check();
      await expectNoAxeViolations(page, `${view} shown, 320 px`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    }
    await ctx.close();
  });
});
