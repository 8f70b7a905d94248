// The card decisions shared by the site's and the widget's service cards.
import { describe, expect, test } from 'vitest';
import type { Service } from './api-types.js';
import { cardView, fillParts, linkNumbers, type Part } from './service-card-content.js';

const weekdays = {
  ma: [['09:00', '17:00']],
  di: [['09:00', '17:00']],
  wo: [['09:00', '17:00']],
  do: [['09:00', '17:00']],
  vr: [['09:00', '17:00']],
} as const;
const service: Service = {
  id: 'chat-hulp',
  name: 'Chat Hulp',
  purpose: 'Praten met iemand.',
  after: 'Jij kiest wat er gebeurt.',
  channels: [
    {
      kind: 'phone',
      display: '0900-1234',
      tel: '09001234',
      hours: { weekly: weekdays as never, publicHolidays: 'closed' },
      cost: 'gewoon belgeld',
    },
    { kind: 'web', url: 'https://chat.example', label: 'Chat', hours: 'unknown' },
    { kind: 'web', url: 'javascript:alert(1)', label: 'Kapot', hours: 'unknown' },
  ],
  free: true,
  anonymous: 'advice',
  notes: ['Let op.'],
  scope: 'national',
  source: 'test',
  verified: '2026-01-15',
};
const vt = { name: 'Veilig Thuis', display: '0800-2000', tel: '08002000' };
// Monday 23 November 2026, 10:00 and 20:00 in Amsterdam.
const monday = new Date('2026-11-23T09:00:00Z');
const evening = new Date('2026-11-23T19:00:00Z');

describe('cardView', () => {
  test('open: badges, the call action, cost, until when, the hours in Dutch', () => {
    const card = cardView(service, { now: monday, holidays: [], dayAndNight: vt });
    expect(card.badges).toEqual(['Gratis', 'Advies kan anoniem']);
    expect(card.channels.map((c) => c.action)).toEqual([
      { href: 'tel:09001234', text: 'Bel 0900-1234' },
      { href: 'https://chat.example', text: 'Chat' },
    ]);
    expect(card.channels[0].stateText).toBe('Nu open');
    expect(card.channels[0].meta).toEqual([
      ['Kosten: gewoon belgeld.'],
      ['Open tot 17.00 uur.'],
      ['Maandag tot en met vrijdag van 9.00 tot 17.00 uur. Niet op feestdagen.'],
    ]);
    expect(card.channels[1].stateText).toBeNull();
    expect(card.after).toEqual({ heading: 'Wat gebeurt er als je contact opneemt?', text: ['Jij kiest wat er gebeurt.'] });
    expect(card.checked).toBe('Laatst gecontroleerd: 15 januari 2026');
  });

  test('closed: when it opens again, and 112 and Veilig Thuis as call links', () => {
    const card = cardView(service, { now: evening, holidays: [], dayAndNight: vt });
    expect(card.channels[0].stateText).toBe('Nu gesloten');
    expect(card.channels[0].meta[1]).toEqual([
      'Weer open morgen om 9.00 uur. ',
      'Bij gevaar: bel ',
      { href: 'tel:112', text: '112' },
      '.',
      ' ',
      'Veilig Thuis kun je dag en nacht bellen: ',
      { href: 'tel:08002000', text: '0800-2000' },
      '.',
    ]);
  });

  test('unverified services show no number; local help keeps its website link and names the municipality', () => {
    const national = cardView({ ...service, verified: null }, { now: monday, holidays: [] });
    expect(national.channels).toEqual([]);
    const local = cardView(
      { ...service, scope: 'local', verified: null },
      { now: monday, holidays: [], municipality: { code: 'GM0637', name: 'Zoetermeer', region: null, known: true, note: 'Een notitie.' } },
    );
    // The javascript: link is dropped as always; the https one stays a link.
    expect(local.channels.map((c) => c.action.href)).toEqual(['https://chat.example']);
    expect(local.channels.some((c) => c.kind === 'phone')).toBe(false);
    expect(local.checked).toBeNull();
    expect(local.where).toBe('Hulp in Zoetermeer');
    expect(local.localNote).toEqual(['Een notitie.']);
  });

  test('fillParts keeps links as links', () => {
    expect(fillParts('Bel nu {number}. Dag en nacht.', { number: { href: 'tel:1', text: '1' } })).toEqual([
      'Bel nu ',
      { href: 'tel:1', text: '1' },
      '. Dag en nacht.',
    ]);
  });
});

describe('every shipped service card', () => {
  test('has no phone number outside a call link (all states: open, closed, no municipality and local)', async () => {
    const { readFileSync } = await import('node:fs');
    const registry = JSON.parse(readFileSync('flows/services.json', 'utf8')) as { services: Service[] };
    const number = /(?<![\d.])(?:0\d{2,3}[- ]?\d{2,}(?:[- ]?\d+)*|11[23])(?![\d.])/;
    const loose: string[] = [];
    for (const s of registry.services) {
      for (const now of [monday, evening]) {
        const card = cardView(s, { now, holidays: [], dayAndNight: vt });
        const words = (parts: Part[] | null | undefined) => (parts ?? []).filter((p): p is string => typeof p === 'string');
        const texts = [
          card.where,
          ...card.badges,
          ...words(card.purpose),
          ...words(card.after?.text),
          ...card.notes.flatMap(words),
          ...words(card.localNote),
          card.checked,
          ...card.channels.flatMap((c) => words(c.meta.flat())),
        ];
        for (const text of texts) if (text && number.test(text)) loose.push(`${s.id}: ${text}`);
        for (const c of card.channels) if (c.kind === 'phone') expect(c.action.href, s.id).toMatch(/^tel:\+?\d+$/);
      }
    }
    expect(loose).toEqual([]);
  });
});

describe('numbers in card text', () => {
  const numbers = new Map([
    ['112', '112'],
    ['0800-2000', '08002000'],
  ]);
  test('a known number becomes a call link, in the words around it', () => {
    expect(linkNumbers('Is er nu gevaar? Bel dan 112.', numbers)).toEqual([
      'Is er nu gevaar? Bel dan ',
      { href: 'tel:112', text: '112' },
      '.',
    ]);
    expect(linkNumbers('Bel Veilig Thuis: 0800-2000. Of 112.', numbers)).toEqual([
      'Bel Veilig Thuis: ',
      { href: 'tel:08002000', text: '0800-2000' },
      '. Of ',
      { href: 'tel:112', text: '112' },
      '.',
    ]);
  });
  test('an unknown number, or a known one inside a longer number, stays text', () => {
    expect(linkNumbers('Bel 0800-1234 of 1120.', numbers)).toEqual(['Bel 0800-1234 of 1120.']);
    expect(linkNumbers('Geen nummer.', new Map())).toEqual(['Geen nummer.']);
  });
  test('the politie card links its 112', () => {
    const politie = {
      id: 'p',
      name: 'Politie',
      purpose: 'Geen spoed.',
      after: 'Is er nu gevaar? Bel dan 112.',
      channels: [],
      free: null,
      anonymous: null,
      scope: 'national',
      source: 's',
      verified: '2026-01-01',
    } as unknown as Service;
    expect(cardView(politie, { now: monday, holidays: [] }).after?.text).toContainEqual({ href: 'tel:112', text: '112' });
  });
});
