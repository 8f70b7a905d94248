// The help site in-process (app.request): every step of every conversation
// renders with 112, the quick exit and a way back; pages carry a strict CSP
// and no referrer; links carry no trail, only the municipality; each step
// page has its own heading and a neutral tab title.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { findPhoneNumbers } from '../src/compiler/phone.js';
import { resolveServices } from '../src/local/resolve.js';
import type { Inline } from '../src/shared/api-types.js';
import { buildSiteData, stepPath } from '../src/site/site-data.js';
import { ABOUT_PATH, EXIT_URL, HIDE_PATH, OLD_HIDE_PATH, PREVIEW_PATH } from '../src/site/urls.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const site = buildSiteData(graph);
const app = createApp({ graph });

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
const backHref = (html: string) => /<a class="back" href="([^"]*)"/.exec(html)?.[1].replace(/&amp;/g, '&');
const hasPredecessor = (ref: string) => Object.values(graph.steps).some((s) => s.choices.some((c) => c.target === ref));

async function page(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await app.request(path);
  return { status: res.status, html: await res.text(), headers: res.headers };
}

describe('every step of every conversation', () => {
  const refs = Object.keys(graph.steps);

  it('has steps to walk', () => {
    expect(refs.length).toBeGreaterThan(2);
  });

  it('renders, shows 112 and the quick exit, and has a way back', async () => {
    for (const ref of refs) {
      const { status, html } = await page(stepPath(site, ref));
      expect(status, ref).toBe(200);
      expect(html, ref).toContain('<a class="call" href="tel:112">Bel 112</a>');
      expect(html, ref).toContain(`<a class="exit" id="snel-weg" href="${EXIT_URL}"`);
      expect(html, ref).toContain('>Opnieuw beginnen</a>');
      if (ref !== site.rootRef && hasPredecessor(ref)) expect(html, ref).toContain('>Vorige stap</a>');
      expect(html.match(/<h1[\s>]/g), ref).toHaveLength(1);
      expect(html, ref).toContain('<html lang="nl" dir="ltr">');
      expect(html, ref).toContain('<a class="skip-link" href="#inhoud">');
    }
  });

  it('links every choice to its target, with no trail of where the visitor came from', async () => {
    for (const ref of refs) {
      const step = graph.steps[ref];
      const { html } = await page(stepPath(site, ref));
      const links = hrefs(html);
      for (const choice of step.choices) expect(links, `${ref} → ${choice.target}`).toContain(stepPath(site, choice.target));
      expect(html, ref).not.toContain('van=');
      expect(html, ref).not.toContain('name="van"');
    }
  });

  it("has the step's own heading as its h1, and a neutral tab title", async () => {
    const topics = new Set(Object.values(graph.flows).map((f) => f.title));
    for (const ref of refs) {
      const { html } = await page(stepPath(site, ref));
      expect(graph.steps[ref].title, ref).toBeTruthy();
      expect(/<h1>([^<]*)<\/h1>/.exec(html)?.[1], ref).toBe(escapeHtml(graph.steps[ref].title));
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      expect(['Wegwijs', 'Hulp – Wegwijs', 'Stap – Wegwijs'], ref).toContain(title);
      expect(topics.has(title!), ref).toBe(false);
    }
  });

  it("heads the danger step with its own heading, not the conversation's title", async () => {
    const danger = graph.steps[site.rootRef].choices.find((c) => c.label === 'Er is nu gevaar');
    expect(danger, 'the first step offers "Er is nu gevaar"').toBeTruthy();
    const { html } = await page(stepPath(site, danger!.target));
    expect(html).toContain('<h1>Er is nu gevaar</h1>');
    expect(html).not.toContain(`<h1>${escapeHtml(graph.flows[site.rootRef.split('/')[0]].title)}</h1>`);
  });

  it("makes every phone number in a step's text a tel: link", () => {
    const loose: string[] = [];
    const walk = (ref: string, items: Inline[]) => {
      for (const item of items) {
        if (item.t === 'text') for (const n of findPhoneNumbers(item.v)) loose.push(`${ref}: ${n.raw}`);
        else if (item.t === 'link')
          expect(
            item.href.startsWith('tel:') || !findPhoneNumbers(item.c.map((c) => (c.t === 'text' ? c.v : '')).join('')).length,
            ref,
          ).toBe(true);
        else if ('c' in item) walk(ref, item.c);
      }
    };
    let linked = 0;
    for (const ref of refs) {
      for (const block of graph.steps[ref].text.blocks)
        for (const items of block.t === 'ul' || block.t === 'ol' ? block.items : [block.c]) walk(ref, items);
      linked += (graph.steps[ref].text.html.match(/<a href="tel:\d+">/g) ?? []).length;
    }
    expect(loose).toEqual([]);
    expect(linked).toBeGreaterThan(10);
  });

  it('says next to the exit, for browsers without JavaScript, that Back can still show the pages', async () => {
    for (const ref of refs.slice(0, 5)) {
      const { html } = await page(stepPath(site, ref));
      const note = /<noscript><p class="exit-note"[^>]*>([^<]*)<\/p><\/noscript>/.exec(html);
      expect(note?.[1], ref).toContain('Sluit daarna ook dit tabblad.');
      // Right after the bar with the exit, before the page itself.
      expect(html.indexOf('id="snel-weg"')).toBeLessThan(html.indexOf('<noscript>'));
      expect(html.indexOf('<noscript>')).toBeLessThan(html.indexOf('<main'));
    }
  });

  it('shows every service a signpost names, with its checked phone numbers as tel: links', async () => {
    for (const ref of refs.filter((r) => graph.steps[r].services.length)) {
      const { html } = await page(stepPath(site, ref));
      for (const id of graph.steps[ref].services) {
        const service = graph.services[id];
        expect(html, `${ref}: ${id}`).toContain(escapeHtml(service.name));
        for (const channel of service.channels) {
          if (channel.kind === 'phone' && service.verified) expect(html, `${ref}: ${id}`).toContain(`href="tel:${channel.tel}"`);
        }
      }
    }
  });

  it('uses addresses that do not spell out the topic', async () => {
    for (const ref of refs) {
      const path = stepPath(site, ref);
      expect(['/', HIDE_PATH].includes(path) || /^\/s\/[0-9a-z]{7}$/.test(path), path).toBe(true);
      for (const href of hrefs((await page(path)).html).filter((h) => h.startsWith('/s/'))) {
        expect(href).toMatch(/^\/s\/[0-9a-z]{7}(\?[a-z]+=[0-9A-Za-z-]+(&[a-z]+=[0-9A-Za-z-]+)*)?$/);
      }
    }
  });
});

describe('the way back', () => {
  // A step that two different steps lead to, if the content has one; else any step with a parent.
  const target =
    Object.keys(graph.steps).find((ref) => Object.values(graph.steps).filter((s) => s.choices.some((c) => c.target === ref)).length > 1) ??
    [...site.parent.keys()][0];

  it("goes to the step's canonical parent, the same from any link or a bookmark", async () => {
    const parent = graph.steps[target].parent!;
    expect(graph.steps[parent].choices.some((c) => c.target === target)).toBe(true);
    const { html } = await page(stepPath(site, target));
    expect(backHref(html)).toBe(stepPath(site, parent));
    // An old link with a trail: the trail is ignored, the page is the same.
    const other = Object.values(graph.steps).find((s) => s.ref !== parent && s.choices.some((c) => c.target === target));
    if (other) expect((await page(`${stepPath(site, target)}?van=${other.key}`)).html).toBe(html);
  });

  it('goes up through the conversations to the first step, which has none', async () => {
    for (const ref of Object.keys(graph.steps)) {
      const seen = new Set<string>();
      let at: string | undefined = ref;
      while (at && !seen.has(at)) {
        seen.add(at);
        at = graph.steps[at].parent;
      }
      expect(at, `${ref} ends in a loop`).toBeUndefined();
    }
    const { html } = await page('/');
    expect(backHref(html)).toBeUndefined();
  });

  it('never echoes what was put in the address', async () => {
    const probe = '%3Cscript%3Ealert(1)%3C%2Fscript%3E';
    const { status, html } = await page(`${stepPath(site, target)}?van=${probe}&gemeente=${probe}`);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('alert(1)');
  });

  it('keeps a known municipality in every link of the page and shows its local help', async () => {
    const municipality = site.municipalities[0];
    expect(municipality, 'the shipped content has municipalities').toBeTruthy();
    const { services } = resolveServices(graph, municipality.code);
    const local = Object.values(graph.steps).find((s) => s.services.some((id) => graph.services[id].scope === 'local'));
    const ref = local?.ref ?? [...site.parent.keys()][0];
    const { html } = await page(`${stepPath(site, ref)}?gemeente=${municipality.code}`);
    const internal = hrefs(html).filter((h) => h.startsWith('/'));
    expect(internal.length).toBeGreaterThan(2);
    // Every link keeps it, except "Wis gemeente": the same page without it.
    expect(internal.filter((h) => h === stepPath(site, ref))).toHaveLength(1);
    expect(html).toContain(`<a href="${stepPath(site, ref)}">Wis gemeente</a>`);
    for (const href of internal.filter((h) => !h.startsWith('/site') && h !== stepPath(site, ref)))
      expect(href).toContain(`gemeente=${municipality.code}`);
    expect(html).toContain(`<option value="${municipality.code}" selected="">`);
    for (const id of graph.steps[ref].services) expect(html, id).toContain(escapeHtml(services[id].name));
  });

  it('ignores a municipality code it does not know', async () => {
    const { html } = await page('/?gemeente=GM9999');
    expect(html).not.toContain('GM9999');
  });
});

describe('page headers', () => {
  const framed = createApp({ graph, headers: { frameAncestors: "'self' https://www.gemeente.nl" } });
  const paths = ['/', stepPath(site, [...site.parent.keys()][0]), HIDE_PATH, ABOUT_PATH, PREVIEW_PATH, '/bestaat-niet'];

  it('carry a strict CSP without unsafe-inline, no referrer, no caching and no cookie', async () => {
    for (const path of paths) {
      const res = await framed.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(csp, path).toContain("frame-ancestors 'self' https://www.gemeente.nl");
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
  });

  it('answer HEAD without a body', async () => {
    const res = await app.request('/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('use no inline script or style', async () => {
    for (const path of paths) {
      const { html } = await page(path);
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/<style[\s>]|\sstyle="/);
      expect(html, path).not.toMatch(/\son[a-z]+="/);
    }
  });
});

describe('not found', () => {
  it('is an HTML page with 112 and a way to the start outside the API', async () => {
    for (const path of ['/bestaat-niet', '/s/0000000', '/s/']) {
      const { status, html, headers } = await page(path);
      expect(status, path).toBe(404);
      expect(headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(html).toContain('<h1>Deze pagina bestaat niet</h1>');
      expect(html).toContain('href="tel:112"');
      expect(html).toContain('id="snel-weg"');
    }
  });

  it('stays JSON in the API', async () => {
    const res = await app.request('/api/v1/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('errors', () => {
  it('are an HTML page outside the API, with 112, and never show what went wrong', async () => {
    const broken = createApp({ graph });
    broken.get('/kapot', () => {
      throw new Error('secret detail');
    });
    const res = await broken.request('/kapot');
    const html = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<h1>Er ging iets mis</h1>');
    expect(html).toContain('href="tel:112"');
    expect(html).not.toContain('secret detail');
  });
});

describe('"Over deze hulp"', () => {
  it('lists every service with its number, source and check date', async () => {
    const { status, html } = await page(ABOUT_PATH);
    expect(status).toBe(200);
    expect(html).toContain('Wat we over jou bewaren: niets');
    for (const service of Object.values(graph.services)) {
      expect(html, service.id).toContain(escapeHtml(service.name));
      expect(html, service.id).toContain(escapeHtml(service.publicSource!));
      for (const channel of service.channels) {
        if (channel.kind === 'phone' && service.verified) expect(html, service.id).toContain(channel.display);
      }
    }
  });

  it('says it counts only when a counter is on', async () => {
    expect((await page(ABOUT_PATH)).html).not.toContain('We tellen wel');
    const counted = createApp({ graph, counter: { count: async () => {} } });
    expect(await (await counted.request(ABOUT_PATH)).text()).toContain('We tellen wel');
  });
});

describe('"Verberg je bezoek"', () => {
  it('renders the "verberg" conversation, or the facts about traces until it exists', async () => {
    const { status, html } = await page(HIDE_PATH);
    expect(status).toBe(200);
    const hide = graph.flows.verberg;
    if (hide) expect(html).toContain(graph.steps[hide.start].text.html);
    else expect(html).toContain('privévenster');
  });

  it('lives at a neutral address; the old one redirects there, with the municipality', async () => {
    expect(HIDE_PATH).toBe('/tips');
    for (const [from, to] of [
      [OLD_HIDE_PATH, HIDE_PATH],
      [`${OLD_HIDE_PATH}?gemeente=${site.municipalities[0].code}`, `${HIDE_PATH}?gemeente=${site.municipalities[0].code}`],
      [`${OLD_HIDE_PATH}?gemeente=GM9999`, HIDE_PATH],
    ]) {
      const res = await app.request(from);
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
    }
    const { html } = await page(HIDE_PATH);
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).not.toMatch(/verberg/i);
  });

  it('is honest about what the quick exit cannot do and promises nothing about the phone bill', async () => {
    const { html } = await page(HIDE_PATH);
    expect(html).toContain('Sluit daarom na Snel weg ook dit tabblad.');
    expect(html).toContain('lijst met gesprekken op je telefoon');
    // The page's own text (the registry's cards are checked with the registry).
    const hide = graph.flows.verberg;
    if (hide)
      for (const ref of Object.keys(graph.steps).filter((r) => r.startsWith('verberg/')))
        expect(graph.steps[ref].text.html, ref).not.toMatch(/rekening/i);
  });
});

describe('what the site says about the municipality choice and the end', () => {
  it('says the choice is in the address, because it is', async () => {
    const { html } = await page('/');
    expect(html).toContain('Wij bewaren je keuze niet. Hij staat wel in het adres van de pagina.');
  });

  it('ends a conversation kindly, pointing to Opnieuw beginnen', async () => {
    const end = Object.values(graph.steps).find((s) => s.end && !s.choices.length);
    if (!end) return;
    const { html } = await page(stepPath(site, end.ref));
    expect(html).toContain('Je kunt altijd terugkomen. Wil je iets anders lezen? Kies dan Opnieuw beginnen.');
  });
});
