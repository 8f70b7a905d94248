// The municipality in the widget (issue 14 points 4 and 5, issue 13 point 5),
// in real Chromium on a phone-sized screen, on a municipal page under a
// strict CSP: choosing, changing and clearing it from the start screen by
// the labels shown; "Hulp in …" on every step; what still helps when no
// municipality matches; the picker outside the conversation's live region
// with its count said once; forced colours; and local help a municipality
// states in its own snippet ("Volgens de gemeente …"), with bad blocks
// ignored and a console message for the web team.
// Needs `npm run build:widget` first (npm test does it).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { expectNoAxeViolations } from '../support/browser.js';
import {
  flowData,
  type HostPage,
  hostHtml,
  openPage,
  pathTo,
  recordRequests,
  waitForFirstQuestion,
  widgetPage,
  widgetTestbed,
} from './widget-harness.js';

const PHONE = { viewport: { width: 360, height: 640 } };

const zoetermeer = {
  versie: 1,
  gemeente: 'GM0637',
  naam: 'Sociaal team Zoetermeer',
  telefoon: '14 079',
  tijden: 'Maandag tot en met vrijdag van 8.30 tot 17.00 uur',
  website: 'https://www.zoetermeer.nl/sociaal-team',
  notitie: 'Je kunt ook zonder afspraak langskomen.',
};

/** A host page whose widgets each carry a data-wegwijs-lokaal block (raw text, so broken JSON is possible). */
function statedPage(api: string, widgets: Array<{ attrs: string; block: string }>): HostPage {
  const base = widgetPage(api);
  const html = hostHtml({ api }).replace(
    '<wegwijs-chat ></wegwijs-chat>',
    widgets
      .map((w) => `<wegwijs-chat ${w.attrs}><script type="application/json" data-wegwijs-lokaal>${w.block}</script></wegwijs-chat>`)
      .join('\n'),
  );
  return { ...base, html };
}

const BAD_BLOCKS: Array<[string, string, string]> = [
  ['HTML in a field', JSON.stringify({ ...zoetermeer, naam: '<b>Team</b>', website: undefined, telefoon: '14 079' }), 'WW055'],
  ['a javascript: link', JSON.stringify({ ...zoetermeer, telefoon: undefined, website: 'javascript:alert(1)' }), 'WW054'],
  ['a premium-rate number', JSON.stringify({ ...zoetermeer, website: undefined, telefoon: '0900-1234567' }), 'WW053'],
  ['a foreign number', JSON.stringify({ ...zoetermeer, website: undefined, telefoon: '+32 2 123 45 67' }), 'WW053'],
  ['10 KB of text', JSON.stringify({ ...zoetermeer, notitie: 'Lees dit. '.repeat(1024) }), 'WW050'],
  ['a block for another municipality', JSON.stringify({ ...zoetermeer, gemeente: 'GM0344' }), 'WW052'],
  ['malformed JSON', '{"versie": 1, "gemeente": "GM0637", "naam": "Team",', 'WW050'],
];

const testbed = widgetTestbed(({ api, host }) => {
  host.set('/eigen-hulp', statedPage(api.url, [{ attrs: 'gemeente="GM0637"', block: JSON.stringify(zoetermeer) }]));
  host.set(
    '/slechte-blokken',
    statedPage(api.url, [
      ...BAD_BLOCKS.map(([, block]) => ({ attrs: 'gemeente="GM0637" mode="signpost"', block })),
      // The control: the same page shows a good block, so the test can fail.
      { attrs: 'gemeente="GM0637" mode="signpost"', block: JSON.stringify(zoetermeer) },
    ]),
  );
});

let flow: FlowResponse;
let toLocal: string[];
let toEnd: string[];

beforeAll(async () => {
  flow = await flowData(testbed.api.url);
  toLocal = pathTo(flow, (ref) => flow.steps[ref].services.includes('lokaal-team'));
  toEnd = pathTo(flow, (ref) => !flow.steps[ref].choices.length && flow.steps[ref].services.length > 0);
});

const w = (page: Page, selector: string) => page.locator(`wegwijs-chat ${selector}`);
const place = (page: Page) => w(page, '.place .in');
const status = (page: Page) => w(page, '.picker [role="status"]');

async function openWidget(path = '/hulp'): Promise<{ page: Page; requests: string[] }> {
  const page = await openPage(testbed.browser, PHONE);
  const requests = recordRequests(page);
  await page.goto(testbed.host.url + path);
  await waitForFirstQuestion(page);
  return { page, requests };
}

async function answer(page: Page, label: string): Promise<void> {
  await w(page, '.turn').last().getByRole('button', { name: label, exact: true }).click();
}

/** Opens the picker with the button shown, types, waits for the count and picks `name`. */
async function choose(page: Page, button: string, typed: string, name: string, label = name): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByLabel('Kies je gemeente voor hulp dichtbij').pressSequentially(typed);
  await status(page).filter({ hasText: 'gevonden' }).waitFor();
  await w(page, '.option')
    .filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) })
    .click();
  await place(page)
    .filter({ hasText: `Hulp in ${name}` })
    .waitFor();
}

const gemeenteAsked = (requests: string[]) =>
  requests.filter((u) => u.includes('/api/v1/flows/')).map((u) => new URL(u).searchParams.get('gemeente'));

describe('choosing a municipality in the widget at 360×640', () => {
  test('from the start screen: 112 and the first question come first; "Hulp in …" on every step; change; clear; nothing stored', async () => {
    const { page, requests } = await openWidget();
    // On the first screen, top to bottom: 112, the first question, then the municipality.
    const [b112, question, button] = await Promise.all([
      w(page, '.b112').boundingBox(),
      w(page, '.turn .msg').first().boundingBox(),
      page.getByRole('button', { name: 'Kies je gemeente' }).boundingBox(),
    ]);
    expect(b112!.y).toBeLessThan(question!.y);
    expect(question!.y).toBeLessThan(button!.y);
    expect(b112!.y + b112!.height).toBeLessThanOrEqual(640);
    expect(await place(page).count()).toBe(0);

    await choose(page, 'Kies je gemeente', 'zoet', 'Zoetermeer');
    expect(await page.getByRole('button', { name: 'Kies je gemeente' }).count()).toBe(0);
    // Focus lands on what changed: the place, or the first local card of this step.
    expect(await page.evaluate(() => document.querySelector('wegwijs-chat')!.shadowRoot!.activeElement?.textContent)).toBe(
      'Hulp in Zoetermeer',
    );
    await expectNoAxeViolations(page, 'municipality chosen');

    for (const label of toEnd) {
      await answer(page, label);
      expect(await place(page).isVisible(), `after "${label}"`).toBe(true);
      expect(await place(page).textContent()).toBe('Hulp in Zoetermeer');
    }
    // Under the last step, not above the conversation.
    const [last, bar] = await Promise.all([w(page, '.turn').last().boundingBox(), place(page).boundingBox()]);
    expect(bar!.y).toBeGreaterThan(last!.y);

    await choose(page, 'Andere gemeente', 'utr', 'Utrecht');
    expect(await w(page, '.turn').count()).toBe(toEnd.length + 1);
    await page.getByRole('button', { name: 'Wis gemeente' }).click();
    await page.getByRole('button', { name: 'Kies je gemeente' }).waitFor();
    expect(await place(page).count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('wegwijs-chat')!.shadowRoot!.activeElement?.textContent)).toBe(
      'Kies je gemeente',
    );
    expect(gemeenteAsked(requests)).toEqual([null, 'GM0637', 'GM0344', null]);

    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await page.context().close();
  });

  test("the municipality's local help shows on a local step; a former name finds its municipality", async () => {
    const { page } = await openWidget();
    for (const label of toLocal) await answer(page, label);
    const local = w(page, '.turn').last().locator('.card[data-service="lokaal-team"]');
    expect(await local.textContent()).not.toContain('purmerend.nl');
    await choose(page, 'Kies je gemeente', 'beemster', 'Purmerend', 'Purmerend (Beemster)');
    expect(await w(page, '.turn').last().locator('.card[data-service="lokaal-team"]').textContent()).toContain('purmerend.nl');
    await page.context().close();
  });

  test('no match: says so once and shows the help that is there everywhere, from the registry', async () => {
    const { page } = await openWidget();
    await page.getByRole('button', { name: 'Kies je gemeente' }).click();
    await page.getByLabel('Kies je gemeente voor hulp dichtbij').pressSequentially('xyzzy');
    await status(page).filter({ hasText: 'Geen gemeente gevonden' }).waitFor();
    const none = w(page, '.picker .none');
    expect(await none.isVisible()).toBe(true);
    expect(await none.textContent()).toContain('Deze hulp is er overal in Nederland:');
    const tels = await none.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const vt = flow.services['veilig-thuis'].channels.find((c) => c.kind === 'phone')!;
    expect(tels).toEqual(expect.arrayContaining(['tel:112', `tel:${'tel' in vt ? vt.tel : ''}`]));
    await expectNoAxeViolations(page, 'no match');
    // Typing something that matches hides it again.
    await page.getByLabel('Kies je gemeente voor hulp dichtbij').fill('utr');
    await expect(none.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  test('screen readers: the picker is outside the live region, and "utr" is announced once, as a count', async () => {
    const { page } = await openWidget();
    await page.getByRole('button', { name: 'Kies je gemeente' }).click();
    const input = page.getByLabel('Kies je gemeente voor hulp dichtbij');
    expect(await input.evaluate((el) => el.closest('[aria-live], [role="log"], [role="status"]'))).toBeNull();
    // Every change of every live region in the widget, from now on.
    await page.evaluate(() => {
      const root = document.querySelector('wegwijs-chat')!.shadowRoot!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver((records) => {
        for (const r of records) {
          const live = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(
            '[aria-live], [role="log"], [role="status"]',
          );
          if (live) said.push(live.textContent ?? '');
        }
      }).observe(root, { subtree: true, childList: true, characterData: true });
    });
    await input.pressSequentially('utr', { delay: 80 });
    await status(page).filter({ hasText: 'gevonden' }).waitFor();
    await page.waitForTimeout(800);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    const count = await w(page, '.option').count();
    expect(count).toBeGreaterThan(1);
    expect(said).toEqual([`${count} gemeenten gevonden.`]);
    await page.context().close();
  });

  test('forced colours: the option in focus is marked, the others are not', async () => {
    const { page } = await openWidget();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.getByRole('button', { name: 'Kies je gemeente' }).click();
    await page.getByLabel('Kies je gemeente voor hulp dichtbij').pressSequentially('de');
    await w(page, '.option').nth(1).waitFor();
    await page.keyboard.press('Tab');
    const outlines = await w(page, '.option').evaluateAll((options) =>
      options.map((o) => getComputedStyle(o).outlineStyle + ' ' + getComputedStyle(o).outlineWidth),
    );
    expect(outlines[0]).toMatch(/^solid 4px/);
    for (const other of outlines.slice(1)) expect(other).toMatch(/^none/);
    await page.context().close();
  });
});

describe('local help a municipality states in its snippet', () => {
  test('shown for its own municipality as "Volgens de gemeente Zoetermeer", after the checked help; gone for another municipality', async () => {
    const { page } = await openWidget('/eigen-hulp');
    expect(await place(page).textContent()).toBe('Hulp in Zoetermeer');
    for (const label of toLocal) await answer(page, label);
    const turn = w(page, '.turn').last();
    const stated = turn.locator('.stated');
    await stated.waitFor();
    expect(await stated.locator('h3').textContent()).toBe('Volgens de gemeente Zoetermeer');
    const text = (await stated.textContent()) ?? '';
    for (const part of [
      zoetermeer.naam,
      zoetermeer.tijden,
      zoetermeer.notitie,
      'Dit schrijft de gemeente zelf. Wegwijs heeft het niet gecontroleerd.',
    ])
      expect(text).toContain(part);
    expect(await stated.locator('a[href="tel:14079"]').textContent()).toBe('Bel 14 079');
    expect(await stated.locator('a[href="https://www.zoetermeer.nl/sociaal-team"]').count()).toBe(1);
    // Apart from and after the checked local card.
    const order = await turn.locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service') ?? 'stated'));
    expect(order.indexOf('stated')).toBeGreaterThan(order.indexOf('lokaal-team'));
    await expectNoAxeViolations(page, 'stated help');

    await choose(page, 'Andere gemeente', 'utr', 'Utrecht');
    expect(await w(page, '.stated').count()).toBe(0);
    await choose(page, 'Andere gemeente', 'zoet', 'Zoetermeer');
    expect(await w(page, '.turn').last().locator('.stated').count()).toBe(1);
    await page.context().close();
  });

  test('bad blocks are never shown and each gives a console message for the web team', async () => {
    const page = await openPage(testbed.browser, PHONE);
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(testbed.host.url + '/slechte-blokken');
    // The control widget (the last) shows its good block once the conversation is in.
    await page.locator('wegwijs-chat').last().locator('.stated').waitFor();
    expect(await page.locator('wegwijs-chat .stated').count()).toBe(1);
    const ours = messages.filter((m) => m.startsWith('wegwijs: data-wegwijs-lokaal'));
    for (const [what, , code] of BAD_BLOCKS)
      expect(
        ours.some((m) => m.includes(code)),
        what,
      ).toBe(true);
    expect(ours.length).toBeGreaterThanOrEqual(BAD_BLOCKS.length);
    expect(ours.join('\n')).not.toContain('<b>');
    await page.context().close();
  });
});
