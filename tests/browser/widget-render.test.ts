// Rendering from data the test controls: text that looks like HTML stays
// text, unsafe links lose their link, signpost cards show exactly what is
// verified (hours, open now, badges, check date), and the municipality picker
// refetches the conversation with ?gemeente= and keeps the current step.

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { FlowResponse, MunicipalitySummary, Service } from '../../src/shared/api-types.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { activeElement, openPage, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed();

const weekdays = {
  ma: [['09:00', '17:00']],
  di: [['09:00', '17:00']],
  wo: [['09:00', '17:00']],
  do: [['09:00', '17:00']],
  vr: [['09:00', '17:00']],
} as const;

const services: Record<string, Service> = {
  'veilig-thuis': {
    id: 'veilig-thuis',
    name: 'Veilig Thuis',
    purpose: 'Advies of een melding over geweld thuis.',
    after: 'Jij kiest: alleen advies, of een melding.',
    channels: [
      { kind: 'phone', display: '0800-2000', tel: '08002000', hours: '24/7', cost: 'gratis' },
      {
        kind: 'chat',
        url: 'https://www.veiligthuis.nl',
        label: 'Chat met Veilig Thuis',
        hours: { weekly: weekdays as never, publicHolidays: 'closed', note: 'Niet elke regio kan de chat altijd bemensen.' },
      },
    ],
    free: true,
    anonymous: 'advice',
    notes: ['Het nummer staat niet op de telefoonrekening.'],
    scope: 'national',
    source: 'test',
    verified: '2025-10-29',
  },
  unchecked: {
    id: 'unchecked',
    name: 'Nog niet gecontroleerd',
    purpose: 'Een dienst waarvan niemand het nummer heeft nagekeken.',
    channels: [{ kind: 'phone', display: '0900-0000', tel: '09000000', hours: 'unknown' }],
    free: null,
    anonymous: null,
    scope: 'national',
    source: 'test',
    verified: null,
  },
  'lokaal-team': {
    id: 'lokaal-team',
    name: 'Het wijkteam van je gemeente',
    purpose: 'Hulp dichtbij.',
    channels: [],
    free: true,
    anonymous: null,
    notes: ['Kijk op de website van je gemeente hoe je het team bereikt.'],
    scope: 'local',
    source: 'test',
    verified: null,
  },
};

const summary = { id: 'start', title: 'Test', audience: 'iedereen', lang: 'nl', languages: ['nl'], start: 'start/begin' };
const flow: FlowResponse = {
  flow: summary,
  flows: [summary],
  version: 'test',
  holidays: ['2026-04-06'],
  services,
  steps: {
    'start/begin': {
      ref: 'start/begin',
      key: 'a',
      text: {
        blocks: [
          {
            t: 'p',
            c: [
              { t: 'text', v: '<img src=x onerror="window.pwned=1">' },
              { t: 'strong', c: [{ t: 'text', v: 'vet' }] },
              { t: 'br' },
              { t: 'em', c: [{ t: 'text', v: 'schuin' }] },
            ],
          },
          { t: 'h', c: [{ t: 'text', v: 'Een kop' }] },
          {
            t: 'ul',
            items: [
              [{ t: 'link', href: 'javascript:window.pwned=2', c: [{ t: 'text', v: 'script-link' }] }],
              [{ t: 'link', href: 'java\tscript:window.pwned=3', c: [{ t: 'text', v: 'tab-link' }] }],
              [{ t: 'link', href: 'http://example.org/', c: [{ t: 'text', v: 'http-link' }] }],
              [{ t: 'link', href: 'https://example.org/info', c: [{ t: 'text', v: 'https-link' }] }],
              [{ t: 'link', href: 'tel:08002000', c: [{ t: 'text', v: 'tel-link' }] }],
            ],
          },
        ],
      },
      choices: [{ label: 'Naar de hulp', target: 'start/hulp' }],
      services: [],
      end: false,
    },
    'start/hulp': {
      ref: 'start/hulp',
      key: 'b',
      text: { blocks: [{ t: 'p', c: [{ t: 'text', v: 'Hier vind je hulp.' }] }] },
      choices: [],
      services: ['veilig-thuis', 'unchecked', 'lokaal-team'],
      end: true,
    },
  },
};

/** The same conversation as the service would send it for Zoetermeer. */
const zoetermeer: FlowResponse = {
  ...flow,
  municipality: { code: 'GM0637', name: 'Zoetermeer', region: 'Haaglanden', known: true },
  services: {
    ...services,
    'lokaal-team': {
      ...services['lokaal-team'],
      channels: [{ kind: 'web', url: 'https://www.zoetermeer.nl/', label: 'Website van het team', hours: 'unknown' }],
      verified: '2026-01',
    },
  },
};

const municipalities: MunicipalitySummary[] = [
  { code: 'GM0637', name: 'Zoetermeer', region: 'Haaglanden' },
  { code: 'GM0344', name: 'Utrecht', region: 'Utrecht' },
  { code: 'GM0479', name: 'Zaanstad', region: 'Zaanstreek-Waterland' },
];

/** The test's data instead of the service's; returns the flow URLs asked for. */
async function openWith(page: Page, at: string): Promise<string[]> {
  const asked: string[] = [];
  await page.clock.setFixedTime(new Date(at));
  const cors = { 'access-control-allow-origin': '*' };
  await page.route(`${testbed.api.url}/api/v1/flows/**`, (route) => {
    asked.push(route.request().url());
    const gemeente = new URL(route.request().url()).searchParams.get('gemeente');
    return route.fulfill({ headers: cors, json: gemeente === 'GM0637' ? zoetermeer : flow });
  });
  await page.route(`${testbed.api.url}/api/v1/municipalities`, (route) => route.fulfill({ headers: cors, json: { municipalities } }));
  await page.goto(`${testbed.host.url}/hulp`);
  await waitForFirstQuestion(page);
  return asked;
}

const newPage = () => openPage(testbed.browser);

describe('widget rendering', () => {
  test('text is never HTML; only https, tel and mailto links survive', async () => {
    const page = await newPage();
    await openWith(page, '2026-03-02T10:00:00+01:00');
    const msg = page.locator('wegwijs-chat .msg').first();
    expect(await msg.locator('img').count()).toBe(0);
    expect(await msg.textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await msg.locator('strong').textContent()).toBe('vet');
    expect(await msg.locator('em').textContent()).toBe('schuin');
    expect(await msg.locator('h3').textContent()).toBe('Een kop');
    const hrefs = await msg.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/info', 'tel:08002000']);
    // A number in running text is a call link with a target of at least 24×24 px (WCAG 2.5.8).
    const tel = (await msg.locator('a[href="tel:08002000"]').boundingBox())!;
    expect(tel.width).toBeGreaterThanOrEqual(24);
    expect(tel.height).toBeGreaterThanOrEqual(24);
    expect(await msg.textContent()).toContain('script-link');
    expect(await msg.locator('a').first().getAttribute('rel')).toBe('noreferrer');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.context().close();
  });

  test('signpost cards on a Monday morning: numbers, hours, open now, badges, check date; nothing unverified', async () => {
    const page = await newPage();
    await openWith(page, '2026-03-02T10:00:00+01:00');
    await page.getByRole('button', { name: 'Naar de hulp' }).click();
    const vt = page.locator('wegwijs-chat .card[data-service="veilig-thuis"]');
    expect(await vt.locator('a[href="tel:08002000"]').textContent()).toBe('Bel 0800-2000');
    expect(await vt.locator('a[href="https://www.veiligthuis.nl"]').textContent()).toBe('Chat met Veilig Thuis');
    const text = (await vt.textContent()) ?? '';
    // The site's words (src/shared/service-card-content.ts): Dutch times, "Niet op feestdagen."
    expect(text).toContain('Dag en nacht, elke dag.');
    expect(text).toContain('Maandag tot en met vrijdag van 9.00 tot 17.00 uur. Niet op feestdagen.');
    expect(text).toContain('Niet elke regio kan de chat altijd bemensen.');
    expect(await vt.locator('.state-open').allTextContents()).toEqual(['Nu open', 'Nu open']);
    expect(text).toContain('Open tot 17.00 uur.');
    expect(await vt.locator('.badges li').allTextContents()).toEqual(['Gratis', 'Advies kan anoniem']);
    expect(await vt.locator('.checked').textContent()).toBe('Laatst gecontroleerd: 29 oktober 2025');
    expect(await vt.locator('h4').textContent()).toBe('Wat gebeurt er als je contact opneemt?');
    expect(text).toContain('Wat gebeurt er als je contact opneemt?Jij kiest: alleen advies, of een melding.');
    expect(await vt.locator('.notes li').textContent()).toBe('Het nummer staat niet op de telefoonrekening.');

    const unchecked = page.locator('wegwijs-chat .card[data-service="unchecked"]');
    expect(await unchecked.locator('a').count()).toBe(0);
    expect(await unchecked.textContent()).not.toContain('0900');
    expect(await unchecked.locator('.checked').count()).toBe(0);
    expect(await page.locator('wegwijs-chat .end').textContent()).toBe(
      'Je kunt altijd terugkomen. Wil je iets anders lezen? Kies dan Opnieuw beginnen.',
    );
    await page.context().close();
  });

  test('on a Sunday the chat says it is closed and what to do instead', async () => {
    const page = await newPage();
    await openWith(page, '2026-03-01T22:00:00+01:00');
    await page.getByRole('button', { name: 'Naar de hulp' }).click();
    const chat = page.locator('wegwijs-chat .card[data-service="veilig-thuis"] .channel').nth(1);
    expect(await chat.locator('.state-closed').textContent()).toBe('Nu gesloten');
    expect(await chat.locator('.meta').first().textContent()).toBe('Weer open morgen om 9.00 uur. Bel nu 0800-2000. Dat kan dag en nacht.');
    // The number to call instead is a call link too.
    expect(await chat.locator('.meta a[href="tel:08002000"]').textContent()).toBe('0800-2000');
    await page.context().close();
  });

  test('the municipality picker refetches with ?gemeente=, keeps the step and shows local help', async () => {
    const page = await newPage();
    const asked = await openWith(page, '2026-03-02T10:00:00+01:00');
    await page.getByRole('button', { name: 'Naar de hulp' }).click();
    await page.getByRole('button', { name: 'Kies je gemeente' }).click();
    const input = page.getByLabel('Kies je gemeente voor hulp dichtbij');
    await input.waitFor();
    expect(await input.getAttribute('autocomplete')).toBe('off');
    await input.pressSequentially('zaa');
    await page.locator('wegwijs-chat .picker [role="status"]').filter({ hasText: 'gevonden' }).waitFor();
    expect(await page.locator('wegwijs-chat .picker [role="status"]').textContent()).toBe('1 gemeente gevonden.');
    await input.fill('');
    await input.pressSequentially('zoe');
    await expectNoAxeViolations(page);
    await page.locator('wegwijs-chat .option', { hasText: 'Zoetermeer' }).click();

    const local = page.locator('wegwijs-chat .card[data-service="lokaal-team"]');
    await local.locator('.where').waitFor();
    expect(await local.locator('.where').textContent()).toBe('Hulp in Zoetermeer');
    expect(await local.locator('a[href="https://www.zoetermeer.nl/"]').count()).toBe(1);
    expect(asked.map((u) => new URL(u).search)).toEqual(['', '?gemeente=GM0637']);
    // Still at the same step, the picker gone, focus on the local help.
    expect(await page.locator('wegwijs-chat .turn').count()).toBe(2);
    expect(await page.locator('wegwijs-chat .picker').count()).toBe(0);
    expect(await activeElement(page)).toMatchObject({ tag: 'h3', text: 'Het wijkteam van je gemeente' });
    await page.context().close();
  });

  test('without a municipality list the picker stays away', async () => {
    const page = await newPage();
    await page.route(`${testbed.api.url}/api/v1/municipalities`, (route) =>
      route.fulfill({ status: 404, headers: { 'access-control-allow-origin': '*' }, json: { error: {} } }),
    );
    await page.route(`${testbed.api.url}/api/v1/flows/**`, (route) =>
      route.fulfill({ headers: { 'access-control-allow-origin': '*' }, json: flow }),
    );
    await page.goto(`${testbed.host.url}/hulp`);
    await waitForFirstQuestion(page);
    await page.getByRole('button', { name: 'Naar de hulp' }).click();
    await page.locator('wegwijs-chat .card[data-service="lokaal-team"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('wegwijs-chat')!.shadowRoot!.querySelector('.picker'));
    expect(await page.locator('wegwijs-chat .card[data-service="lokaal-team"]').textContent()).toContain(
      'Kijk op de website van je gemeente',
    );
    await page.context().close();
  });
});
