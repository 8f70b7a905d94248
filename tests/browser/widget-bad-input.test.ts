// Bad input from a web team: a wrong `gemeente`, an unknown `mode`, a host
// CSP without connect-src, theme colours with too little contrast. Each gives
// one Dutch console message that starts with "wegwijs:" and says what to
// change (widget/web-team.ts, loaded only then), and the visitor still gets
// help. A correct page loads no checks and says nothing.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtInPhones, cspLines, elementLines, loadLines } from '../../src/shared/embed-snippet.js';
import { shippedGraph } from '../support/content.js';
import { type HostPage, openPage, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const phones = builtInPhones((id) => shippedGraph().services[id], shippedGraph().roles);

function page(
  api: string,
  { attrs = {}, csp = cspLines(api), stylesheet }: { attrs?: Record<string, string>; csp?: string[]; stylesheet?: string },
): HostPage {
  const element = elementLines({ host: api, phones })
    .join('\n')
    .replace(
      '<wegwijs-chat>',
      `<wegwijs-chat${Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('')}>`,
    );
  return {
    html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Testdorp</title>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ''}${loadLines({ host: api }).join('\n')}</head>
<body><main><h1>Hulp</h1>${element}</main></body></html>`,
    headers: { 'content-security-policy': `default-src 'none'; ${csp.join('; ')}; img-src data:` },
  };
}

const testbed = widgetTestbed(({ api, host }) => {
  const a = api.url;
  host.set('/good', page(a, { attrs: { gemeente: 'GM0344', mode: 'inline' } }));
  host.set('/gemeente-malformed', page(a, { attrs: { gemeente: 'Utrecht' } }));
  host.set('/gemeente-unknown', page(a, { attrs: { gemeente: 'GM9999' } }));
  host.set('/mode-unknown', page(a, { attrs: { mode: 'popup' } }));
  host.set('/no-connect-src', page(a, { csp: cspLines(a).filter((line) => !line.startsWith('connect-src')) }));
  // The host's own stylesheet (its CSP allows none inline): a pale primary, and a good theme.
  host.set('/pale.css', {
    html: 'wegwijs-chat { --wegwijs-primary: #aabbcc; --wegwijs-link: #00529b; }',
    headers: { 'content-type': 'text/css' },
  });
  host.set('/good.css', {
    html: 'wegwijs-chat { --wegwijs-primary: #00529b; --wegwijs-hover: #eef4fa; }',
    headers: { 'content-type': 'text/css' },
  });
  const withHostStyles = (path: string, sheet: string) => {
    const p = page(a, { stylesheet: sheet });
    host.set(path, {
      ...p,
      headers: { 'content-security-policy': p.headers!['content-security-policy'].replace('style-src ', `style-src ${host.origin} `) },
    });
  };
  withHostStyles('/contrast', '/pale.css');
  withHostStyles('/themed', '/good.css');
});

interface Watched {
  page: Page;
  warnings: string[];
  checksLoaded: () => boolean;
}

async function open(path: string): Promise<Watched> {
  const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('wegwijs:')) warnings.push(message.text());
  });
  let checks = false;
  page.on('request', (request) => {
    if (/\/widget-checks-[0-9a-z]+\.js$/.test(request.url())) checks = true;
  });
  await page.goto(`${testbed.host.url}${path}`);
  return { page, warnings, checksLoaded: () => checks };
}

/** Waits until a message containing `part` arrives; returns all the page's messages. */
async function messageWith(watched: Watched, part: string): Promise<string[]> {
  await expect.poll(() => watched.warnings.find((w) => w.includes(part)), { timeout: 5000 }).toBeTruthy();
  return watched.warnings;
}

/** The colour of the first answer button, inside the widget. */
const answerColour = (page: Page) =>
  page
    .locator('wegwijs-chat .turn .choice')
    .first()
    .evaluate((el) => getComputedStyle(el).color);

describe("the web team's console messages", () => {
  test('a correct snippet: no message, and the checks are never loaded', async () => {
    const watched = await open('/good');
    await waitForFirstQuestion(watched.page);
    // Time for a late message (the checks load after the first load, if at all).
    await watched.page.waitForTimeout(500);
    expect(watched.warnings).toEqual([]);
    expect(watched.checksLoaded()).toBe(false);
    await watched.page.context().close();
  });

  test('a good theme: checked, and nothing to say', async () => {
    const watched = await open('/themed');
    await waitForFirstQuestion(watched.page);
    await expect.poll(() => watched.checksLoaded()).toBe(true);
    await watched.page.waitForTimeout(500);
    expect(watched.warnings).toEqual([]);
    expect(await answerColour(watched.page)).toBe('rgb(0, 82, 155)');
    await watched.page.context().close();
  });

  test('gemeente that is no code: a message, and the conversation without local help', async () => {
    const watched = await open('/gemeente-malformed');
    await waitForFirstQuestion(watched.page);
    const warnings = await messageWith(watched, 'gemeente="Utrecht"');
    expect(warnings).toEqual([
      `wegwijs: gemeente="Utrecht" is geen gemeentecode. Een code is GM met vier cijfers, zoals GM0637. Zoek de code op ${testbed.api.url}/embed. Bezoekers zien nu hulp zonder lokale hulp van uw gemeente.`,
    ]);
    await watched.page.context().close();
  });

  test('gemeente the service does not know: a message, and the conversation with national help', async () => {
    const watched = await open('/gemeente-unknown');
    await waitForFirstQuestion(watched.page);
    const warnings = await messageWith(watched, 'GM9999');
    expect(warnings).toEqual([
      `wegwijs: gemeente="GM9999" kennen wij niet. Zoek de goede code op ${testbed.api.url}/embed. Bezoekers zien nu alleen landelijke hulp.`,
    ]);
    await watched.page.context().close();
  });

  test('unknown mode: a message, and the inline conversation', async () => {
    const watched = await open('/mode-unknown');
    await waitForFirstQuestion(watched.page);
    const warnings = await messageWith(watched, 'mode="popup"');
    expect(warnings).toEqual(['wegwijs: mode="popup" bestaat niet. Kies inline, launcher of signpost. Bezoekers zien nu de vorm inline.']);
    expect(await watched.page.locator('wegwijs-chat .launch').count()).toBe(0);
    await watched.page.context().close();
  });

  test('host CSP without connect-src: a message naming it, and the built-in 112, Veilig Thuis and CSG', async () => {
    const watched = await open('/no-connect-src');
    await watched.page.locator('wegwijs-chat .fallback').waitFor();
    const numbers = await watched.page
      .locator('wegwijs-chat .fallback a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(numbers).toEqual(['tel:112', 'tel:08002000', 'tel:08000188']);
    const origin = new URL(testbed.api.url).origin;
    const warnings = await messageWith(watched, 'Content-Security-Policy');
    expect(warnings).toEqual([
      `wegwijs: de Content-Security-Policy van deze pagina blokkeert ${origin}. Zet ${origin} in connect-src. Bezoekers zien nu alleen 112, Veilig Thuis en het Centrum Seksueel Geweld.`,
    ]);
    await watched.page.context().close();
  });

  test('too little contrast: a message per failing pair, and the default colours for those pairs', async () => {
    const watched = await open('/contrast');
    await waitForFirstQuestion(watched.page);
    const warnings = await messageWith(watched, 'te weinig contrast');
    expect(warnings[0]).toBe(
      'wegwijs: --wegwijs-primary-text (#fff) op --wegwijs-primary (#aabbcc) heeft te weinig contrast: 1,96:1, minimaal 4,5:1. Kies kleuren met meer contrast. Bezoekers zien nu voor deze kleuren de standaardkleuren.',
    );
    expect(warnings.every((w) => w.startsWith('wegwijs: --wegwijs-'))).toBe(true);
    // The answer buttons go back to the default primary; the host's good link colour stays.
    await expect.poll(() => answerColour(watched.page)).toBe('rgb(29, 79, 145)');
    expect(
      await watched.page.locator('wegwijs-chat').evaluate((el) => getComputedStyle(el).getPropertyValue('--wegwijs-link').trim()),
    ).toBe('#00529b');
    await watched.page.context().close();
  });
});
