// The help site in another language (issue 16): ?lang= on any page gives the
// same conversation in that language, without JavaScript: its words, `lang`
// and `dir` on the page, links and the municipality form that keep the
// language, and the choice of every language named in itself.
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import { inLanguage } from '../engine/language.js';
import type { FlowResponse } from '../shared/api-types.js';
import { buildSiteData, stepPath } from './site-data.js';

const graph = shippedGraph();
const app = createApp({ graph });

async function page(url: string): Promise<string> {
  const res = await app.request(url);
  expect(res.status, url).toBe(200);
  return res.text();
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The address of the choice with this label, as a person would tap it. */
function choiceHref(html: string, label: string): string {
  const links = [...html.matchAll(/<a class="choice" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [decode(m[2]), decode(m[1])]);
  const found = links.find(([text]) => text === label);
  expect(found, `no choice "${label}" in ${links.map(([t]) => t).join(' | ')}`).toBeDefined();
  return found![1];
}

describe('the site in another language', () => {
  it('walks, without JavaScript, from the English start page by the labels shown to the Veilig Thuis card', async () => {
    const start = await page('/?lang=en&gemeente=GM0637');
    expect(start).toMatch(/<html lang="en" dir="ltr"/);
    expect(start).toContain('href="tel:112"');
    const worried = await page(choiceHref(start, 'I am worried about someone'));
    const child = await page(choiceHref(worried, 'About a child'));
    expect(child).toMatch(/<html lang="en"/);
    expect(child).toContain('href="tel:08002000"');
    expect(child).toContain("You don't have to be sure".replace("'", '&#39;'));
    // Every link of the conversation keeps the language and the municipality.
    for (const [, href] of child.matchAll(/<a class="(?:choice|back)" href="([^"]+)"/g)) expect(decode(href)).toContain('lang=en');
    expect(child).toContain('<input type="hidden" name="lang" value="en"');
  });

  it('is right to left in Arabic, with the words of the site scripts on the page', async () => {
    const start = await page('/?lang=ar');
    expect(start).toMatch(/<html lang="ar" dir="rtl" data-words="/);
    const words = JSON.parse(decode(/data-words="([^"]*)"/.exec(start)![1]));
    expect(words.shiftPressed).toBe((graph.variants!.ar.messages.shared as { exit: { shiftPressed: string } }).exit.shiftPressed);
    expect(start).toContain(graph.variants!.ar.steps[graph.flows.start.start].choices[0].label);
  });

  it('says lang="nl" for easy-read Dutch, and its addresses carry nl-x-eenvoud', async () => {
    const start = await page('/?lang=nl-x-eenvoud');
    expect(start).toMatch(/<html lang="nl" dir="ltr"/);
    expect(start).toContain('href="/s/');
    expect(start).toMatch(/href="\/s\/[0-9a-z]+\?lang=nl-x-eenvoud"/);
  });

  it('offers every language named in itself, and links to this page in each', async () => {
    const about = await page('/over?lang=tr');
    for (const name of ['Nederlands', 'English', 'العربية', 'Türkçe', 'Polski', 'Українська', 'Makkelijk lezen'])
      expect(about).toContain(name);
    expect(about).toContain('href="/over?lang=en" hreflang="en" lang="en" dir="ltr"');
    expect(about).toContain('href="/over" hreflang="nl" lang="nl" dir="ltr"');
    expect(about).toMatch(/<li lang="tr" dir="ltr"><strong aria-current="true">Türkçe<\/strong>/);
  });

  it('shows Dutch for a language it does not have, and Dutch pages stay as they were', async () => {
    const unknown = await page('/?lang=fr');
    const dutch = await page('/');
    expect(unknown).toMatch(/<html lang="nl" dir="ltr">/);
    for (const [, href] of dutch.matchAll(/<a class="choice" href="([^"]+)"/g)) expect(href).not.toContain('lang=');
    expect(dutch.replace(/\s+/g, ' ')).toContain('Waar gaat het over?');
  });
});

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('every conversation in every language, end to end without JavaScript (issue 16)', () => {
  for (const lang of Object.keys(graph.variants ?? {})) {
    it(`${lang}: every step page and every conversation answer`, async () => {
      const view = inLanguage(graph, lang);
      const site = buildSiteData(view);
      const info = graph.languages!.find((l) => l.id === lang)!;
      for (const step of Object.values(view.steps)) {
        const html = await page(`${stepPath(site, step.ref)}?lang=${lang}`);
        expect(html, step.ref).toContain(`<html lang="${info.htmlLang}" dir="${info.dir}"`);
        expect(html, step.ref).toContain('href="tel:112"');
        expect(html, step.ref).toContain('id="snel-weg"');
        expect(html, step.ref).toContain(`<h1>${escapeHtml(step.title)}</h1>`);
        for (const choice of step.choices) expect(html, `${step.ref}: ${choice.label}`).toContain(`>${escapeHtml(choice.label)}</a>`);
      }
      for (const flow of Object.keys(graph.flows)) {
        const res = await app.request(`/api/v1/flows/${flow}?lang=${lang}`);
        expect(res.status, flow).toBe(200);
        const body = (await res.json()) as FlowResponse;
        expect(body.flow.lang).toBe(lang);
        for (const [ref, step] of Object.entries(body.steps)) expect(step.text, ref).toEqual({ blocks: view.steps[ref].text.blocks });
      }
    });
  }
});
