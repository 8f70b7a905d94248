// "Over deze hulp" (/over) and the 500 page, as a visitor gets them from the
// real app with the shipped content: only public Dutch sources (never the
// editors' notes), honest words about traces, and Veilig Thuis's line from
// the registry on the error page.
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import type { PhoneChannel } from '../shared/api-types.js';
import { ABOUT_PATH } from './urls.js';

const graph = shippedGraph();
const app = createApp({ graph });

/** The visible text of a page: tags out, entities back, spaces folded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;?!])/g, '$1');
}

/** The rows of the sources table: [name, contact, source, date]. */
function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => visibleText(cell[1]).trim()),
  );
}

/** Editors' notes that must never reach the public: seed references, line numbers, file names, "via", English. */
const INTERNAL = [
  /\bseed/i,
  /\bL\d{1,4}\b/,
  /helplines/i,
  /\.md\b/,
  /\bvia\s/i,
  /\b(generic|verified|unverified|not|checked|digests?|pointer|resolved|regional|number)\b/i,
];

describe('"Over deze hulp"', async () => {
  const res = await app.request(ABOUT_PATH);
  const html = await res.text();
  const text = visibleText(html);
  const rows = tableRows(html);

  it('renders', () => {
    expect(res.status).toBe(200);
    expect(rows).toHaveLength(Object.keys(graph.services).length);
  });

  it('shows no internal notes anywhere on the page', () => {
    for (const pattern of INTERNAL) expect(text, String(pattern)).not.toMatch(pattern);
    for (const service of Object.values(graph.services)) expect(text, service.id).not.toContain(service.source);
  });

  it('shows each service\'s public source, in Dutch, with a date or "zonder datum"', () => {
    for (const service of Object.values(graph.services)) {
      const row = rows.find((r) => r[0] === service.name)!;
      expect(row, service.id).toBeDefined();
      expect(row[2], service.id).toBe(service.publicSource);
      if (service.verified && service.channels.length) expect(row[2], service.id).toMatch(/\b(19|20)\d\d\b|zonder datum/);
    }
  });

  it('says "Geen vast nummer" where there is no number, and never hints that one exists', () => {
    for (const service of Object.values(graph.services).filter((s) => !s.channels.length)) {
      const row = rows.find((r) => r[0] === service.name)!;
      expect(row[1], service.id).toMatch(/^Geen vast nummer\./);
      expect(row[3], service.id).not.toContain('Daarom noemen we geen nummer');
    }
  });

  it('says where to look for a number nobody checked yet, without claiming there is none', () => {
    for (const service of Object.values(graph.services).filter((s) => s.channels.length && !s.verified)) {
      const row = rows.find((r) => r[0] === service.name)!;
      expect(row[1], service.id).not.toContain('Geen vast nummer');
      for (const c of service.channels) expect(row[1], service.id).not.toContain(c.kind === 'phone' ? c.display : c.url);
      expect(row[3], service.id).toBe('Nog niet gecontroleerd. Daarom noemen we geen nummer.');
    }
  });

  it('is honest about traces and about the checks', () => {
    expect(text).toContain('Wij zetten geen cookies en bewaren niets over jou.');
    expect(text).toContain("Je browser onthoudt zelf wel welke pagina's je bekijkt.");
    expect(text).toContain('geen IP-adres (het adres van je internetverbinding)');
    expect(text).not.toContain('niets in je browser');
    expect(text).not.toContain('zelf hebben nagekeken');
    expect(text).toContain('Hieronder zie je waar elk nummer vandaan komt');
  });

  it('speaks to people, not to municipalities', () => {
    expect(text).not.toContain('Gemeenten mogen');
  });
});

describe('the 500 page', () => {
  it("gives Veilig Thuis's number from the registry, and says it is free and day and night only as the registry does", async () => {
    const broken = createApp({ graph });
    broken.get('/kapot', () => {
      throw new Error('kapot');
    });
    const text = visibleText(await (await broken.request('/kapot')).text());
    const line = graph.services['veilig-thuis'].channels.find((c): c is PhoneChannel => c.kind === 'phone')!;
    expect(line.cost).toBe('gratis');
    expect(line.hours).toBe('24/7');
    expect(text).toContain(`Wil je advies? Bel Veilig Thuis: ${line.display}. Dat is gratis en kan dag en nacht.`);
  });

  it('leaves out "gratis" and "dag en nacht" when the registry does not say so', async () => {
    const services = structuredClone(graph.services);
    const vt = services['veilig-thuis'];
    vt.channels = [{ kind: 'phone', display: '0800-9999', tel: '08009999', hours: 'unknown', cost: 'wat een gewoon telefoongesprek kost' }];
    const broken = createApp({ graph: { ...graph, services } });
    broken.get('/kapot', () => {
      throw new Error('kapot');
    });
    const text = visibleText(await (await broken.request('/kapot')).text());
    expect(text).toContain('Wil je advies? Bel Veilig Thuis: 0800-9999.');
    expect(text).not.toContain('gratis');
    expect(text).not.toContain('dag en nacht');
  });
});

describe('"Over deze hulp": every number in the sources table', async () => {
  const html = await (await app.request(ABOUT_PATH)).text();
  it('is a call link to the number the registry gives', () => {
    const phones = Object.values(graph.services)
      .filter((s) => s.verified)
      .flatMap((s) => s.channels.filter((c): c is PhoneChannel => c.kind === 'phone'));
    expect(phones.length).toBeGreaterThan(5);
    for (const phone of phones) expect(html).toContain(`<a href="tel:${phone.tel}">${phone.display}</a>`);
  });
});
