// Service cards on the site: "nu open" / "nu gesloten" worked out on the
// server at the moment of serving (also for a cached page), hours only when
// known, no channels for unchecked entries, and the Dutch wording of data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import { compile } from '../compiler/compile.js';
import { describeDate, describeHours } from './dutch-text.js';

const flow = `---
format: 1
id: start
title: Waar gaat het over?
audience: iedereen
lang: nl
---

## begin
Waar gaat het over?

- [Hulp](#hulp)

## hulp
Hier kun je terecht.

Hulp: chatdienst, onbekend, ongecontroleerd
`;

const services = {
  format: 1,
  services: [
    {
      id: 'chatdienst',
      name: 'Chatdienst',
      purpose: 'Chat op werkdagen.',
      channels: [
        {
          kind: 'chat',
          url: 'https://chat.example',
          label: 'Chat met ons',
          hours: {
            weekly: {
              ma: [['09:00', '17:00']],
              di: [['09:00', '17:00']],
              wo: [['09:00', '17:00']],
              do: [['09:00', '17:00']],
              vr: [['09:00', '17:00']],
            },
            publicHolidays: 'closed',
          },
        },
      ],
      free: true,
      freeSource: 'test',
      anonymous: true,
      scope: 'national',
      source: 'test',
      publicSource: 'voorbeeld.nl, 2026',
      verified: '2026-01-15',
    },
    {
      id: 'onbekend',
      name: 'Onbekende tijden',
      purpose: 'Tijden zijn niet bekend.',
      channels: [{ kind: 'chat', url: 'https://onbekend.example', label: 'Chat met onbekend', hours: 'unknown' }],
      free: null,
      anonymous: null,
      scope: 'national',
      source: 'test',
      publicSource: 'voorbeeld.nl, 2026',
      verified: '2026-01',
    },
    {
      id: 'ongecontroleerd',
      name: 'Nog niet nagekeken',
      purpose: 'Niet gecontroleerd.',
      channels: [{ kind: 'web', url: 'https://niet-nagekeken.example', label: 'Website', hours: 'unknown' }],
      free: null,
      anonymous: null,
      scope: 'national',
      source: 'test',
      publicSource: 'voorbeeld.nl, 2026',
      verified: null,
    },
  ],
};

const { graph } = compile({
  flows: [{ file: 'flows/start.md', source: flow }],
  services: { file: 'flows/services.json', source: JSON.stringify(services, null, 2) },
});
const helpPath = `/s/${graph!.steps['start/hulp'].key}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('service cards', () => {
  it('compiles the fixture', () => {
    expect(graph).not.toBeNull();
  });

  it('say "Nu open" or "Nu gesloten" for the moment the page is served, also when cached', async () => {
    const app = createApp({ graph: graph! });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:30:00Z')); // Monday 10:30 in Amsterdam
    const open = await (await app.request(helpPath)).text();
    expect(open).toContain('Nu open');
    expect(open).not.toContain('Nu gesloten');
    vi.setSystemTime(new Date('2026-03-01T09:30:00Z')); // Sunday
    const closed = await (await app.request(helpPath)).text();
    expect(closed).toContain('Nu gesloten');
    expect(closed).not.toContain('Nu open');
  });

  it('say until when a channel is open, when a closed one opens again, and what to do meanwhile', async () => {
    const app = createApp({ graph: graph! });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:30:00Z')); // Monday 10:30
    expect(await (await app.request(helpPath)).text()).toContain('Open tot 17.00 uur.');
    vi.setSystemTime(new Date('2026-03-01T09:30:00Z')); // Sunday 10:30
    const sunday = await (await app.request(helpPath)).text();
    expect(sunday).toContain('Weer open morgen om 9.00 uur.');
    // This service has no line that is always open: 112 and Veilig Thuis instead.
    expect(sunday).toContain('Bij gevaar: bel <a href="tel:112">112</a>');
    vi.setSystemTime(new Date('2026-03-02T06:30:00Z')); // Monday 07:30: a cached page must not still say "morgen"
    expect(await (await app.request(helpPath)).text()).toContain('Weer open vandaag om 9.00 uur.');
    vi.setSystemTime(new Date('2026-02-28T09:30:00Z')); // Saturday
    expect(await (await app.request(helpPath)).text()).toContain('Weer open op maandag om 9.00 uur.');
  });

  it('show hours only when they are known, and no channel of an unchecked entry', async () => {
    const html = await (await createApp({ graph: graph! }).request(helpPath)).text();
    expect(html).toContain('Maandag tot en met vrijdag van 9.00 tot 17.00 uur. Niet op feestdagen.');
    expect(html).toContain('href="https://onbekend.example"');
    expect(html).toContain('Nog niet nagekeken');
    expect(html).not.toContain('niet-nagekeken.example');
    expect(html.match(/class="state /g)).toHaveLength(1);
  });

  it('show badges and the check date', async () => {
    const html = await (await createApp({ graph: graph! }).request(helpPath)).text();
    expect(html).toContain('<li>Gratis</li>');
    expect(html).toContain('<li>Anoniem</li>');
    expect(html).toContain('Laatst gecontroleerd: 15 januari 2026');
    expect(html).toContain('Laatst gecontroleerd: januari 2026');
  });
});

describe('Dutch wording', () => {
  it('groups days with the same hours', () => {
    expect(describeHours('24/7')).toEqual(['Dag en nacht, elke dag.']);
    expect(describeHours('unknown')).toBeNull();
    expect(
      describeHours({
        weekly: {
          ma: [
            ['09:00', '12:00'],
            ['13:00', '17:00'],
          ],
          di: [
            ['09:00', '12:00'],
            ['13:00', '17:00'],
          ],
          za: [['10:00', '14:00']],
        },
        publicHolidays: 'open',
        note: 'Alleen in de regio.',
      }),
    ).toEqual([
      'Maandag en dinsdag van 9.00 tot 12.00 uur en 13.00 tot 17.00 uur.',
      'Zaterdag van 10.00 tot 14.00 uur.',
      'Alleen in de regio.',
    ]);
  });

  it('writes check dates as precisely as they were recorded', () => {
    expect(describeDate('2025-10-29')).toBe('29 oktober 2025');
    expect(describeDate('2020-08')).toBe('augustus 2020');
    expect(describeDate('2021')).toBe('2021');
  });
});

describe('anonymity on the shipped Veilig Thuis card', () => {
  it('says only advice can be anonymous, on the site and in the API', async () => {
    const { shippedGraph } = await import('../../tests/support/content.js');
    const graph = shippedGraph();
    expect(graph.services['veilig-thuis'].anonymous).toBe('advice');
    const ref = Object.keys(graph.steps).find((r) => graph.steps[r].services.includes('veilig-thuis'))!;
    const html = await (await createApp({ graph }).request(`/s/${graph.steps[ref].key}`)).text();
    const start = html.indexOf('id="dienst-veilig-thuis"');
    const card = html.slice(start, html.indexOf('</article>', start));
    expect(card).toContain('<li>Advies kan anoniem</li>');
    expect(card).not.toContain('<li>Anoniem</li>');
  });
});
