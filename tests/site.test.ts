// The help site in-process (app.request): every step of every conversation
// renders with 112, the quick exit and a way back; pages carry a strict CSP
// and no referrer; the way back and the municipality live only in the URL.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { resolveServices } from '../src/local/resolve.js';
import { buildSiteData, stepPath } from '../src/site/site-data.js';
import { ABOUT_PATH, EXIT_URL, HIDE_PATH, PREVIEW_PATH } from '../src/site/urls.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const site = buildSiteData(graph);
const app = createApp({ graph });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
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
      expect(html, ref).toContain('<a href="tel:112">Bel 112</a>');
      expect(html, ref).toContain(`<a class="exit" id="snel-weg" href="${EXIT_URL}"`);
      expect(html, ref).toContain('>Opnieuw beginnen</a>');
      if (ref !== site.rootRef && hasPredecessor(ref)) expect(html, ref).toContain('>Vorige stap</a>');
      expect(html.match(/<h1[\s>]/g), ref).toHaveLength(1);
      expect(html, ref).toContain('<html lang="nl">');
      expect(html, ref).toContain('<a class="skip-link" href="#inhoud">');
    }
  });

  it('links every choice to its target, carrying where the visitor came from', async () => {
    for (const ref of refs) {
      const step = graph.steps[ref];
      const links = hrefs((await page(stepPath(site, ref))).html);
      for (const choice of step.choices) expect(links, `${ref} → ${choice.target}`).toContain(`${stepPath(site, choice.target)}?van=${step.key}`);
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
        expect(href).toMatch(/^\/s\/[0-9a-z]{7}(\?[a-z]+=[0-9A-Za-z]+(&[a-z]+=[0-9A-Za-z]+)*)?$/);
      }
    }
  });
});

describe('the way back', () => {
  // A step that two different steps lead to, if the content has one; else any step with a parent.
  const target = Object.keys(graph.steps).find((ref) => Object.values(graph.steps).filter((s) => s.choices.some((c) => c.target === ref)).length > 1) ?? [...site.parent.keys()][0];
  const predecessors = Object.values(graph.steps).filter((s) => s.choices.some((c) => c.target === target));

  it('goes to the step the visitor came from', async () => {
    for (const from of predecessors) {
      const { html } = await page(`${stepPath(site, target)}?van=${from.key}`);
      expect(backHref(html)).toBe(stepPath(site, from.ref));
      // The municipality form keeps it too (the form is there once municipalities are known).
      if (site.municipalities.length) expect(html).toContain(`<input type="hidden" name="van" value="${from.key}">`);
    }
  });

  it('falls back to the usual previous step when "van" does not lead here', async () => {
    const unrelated = Object.values(graph.steps).find((s) => !s.choices.some((c) => c.target === target))!;
    const { html } = await page(`${stepPath(site, target)}?van=${unrelated.key}`);
    expect(backHref(html)).toBe(stepPath(site, site.parent.get(target)!));
    expect(html).not.toContain('name="van"');
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
    for (const href of internal.filter((h) => !h.startsWith('/site'))) expect(href).toContain(`gemeente=${municipality.code}`);
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
});
