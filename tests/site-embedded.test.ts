// The embedded layout (/ingebed/…, the widget's frame mode, issue 13): the
// same conversation pages, the only ones another site may frame, with links
// that stay in the layout and an exit and footer links that take the whole tab.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { buildSiteData, stepPath } from '../src/site/site-data.js';
import { FRAME_PREFIX } from '../src/site/urls.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const site = buildSiteData(graph);
const app = createApp({ graph, headers: { frameAncestors: "'self' https://www.gemeente.nl" } });
const start = graph.flows.start ?? Object.values(graph.flows)[0];
const firstChoice = graph.steps[start.start].choices[0];

const frameAncestors = (res: Response) => /frame-ancestors ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

async function page(path: string): Promise<{ res: Response; html: string }> {
  const res = await app.request(path);
  return { res, html: await res.text() };
}

describe('embedded layout', () => {
  it('may be framed by any site; every other page keeps frame-ancestors as configured', async () => {
    for (const path of [`${FRAME_PREFIX}/`, FRAME_PREFIX, `${FRAME_PREFIX}${stepPath(site, firstChoice.target)}`]) {
      const { res } = await page(path);
      expect(res.status, path).toBe(200);
      expect(frameAncestors(res), path).toBe('*');
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-security-policy'), path).not.toContain('unsafe-inline');
    }
    for (const path of ['/', stepPath(site, firstChoice.target), '/tips', '/over', `${FRAME_PREFIX}/over`]) {
      const { res } = await page(path);
      if (res.status === 404) expect(frameAncestors(res), path).not.toBe('*');
      else expect(frameAncestors(res), path).toBe("'self' https://www.gemeente.nl");
    }
  });

  it('keeps choices, "Vorige stap", "Opnieuw beginnen" and the municipality form inside the layout', async () => {
    const { html } = await page(`${FRAME_PREFIX}${stepPath(site, firstChoice.target)}?gemeente=GM0344`);
    const hrefs = [...html.matchAll(/<a [^>]*href="(\/[^"]*)"[^>]*>/g)].map((m) => ({ href: m[1], top: /target="_top"/.test(m[0]) }));
    const inside = hrefs.filter((h) => !h.top).map((h) => h.href);
    expect(inside.length).toBeGreaterThan(1);
    for (const href of inside) expect(href.startsWith(`${FRAME_PREFIX}/`) || href.startsWith('?') || href.startsWith('#'), href).toBe(true);
    expect(inside).toContain(`${FRAME_PREFIX}/?gemeente=GM0344`);
    expect(html).toMatch(new RegExp(`<form [^>]*action="${FRAME_PREFIX}/s/`));
  });

  it('"Snel weg" and the footer links (hide your visit, about) take the whole tab', async () => {
    const { html } = await page(`${FRAME_PREFIX}/`);
    expect(html).toMatch(/<a [^>]*id="snel-weg"[^>]*target="_top"|<a [^>]*target="_top"[^>]*id="snel-weg"/);
    expect(html).toMatch(/<a href="\/tips" target="_top">/);
    expect(html).toMatch(/<a href="\/over" target="_top">/);
    expect(html).toContain('href="tel:112"');
    // The ordinary site is unchanged.
    const plain = (await page('/')).html;
    expect(plain).not.toContain('target="_top"');
    expect(plain).not.toContain(FRAME_PREFIX);
  });
});
