// GET /embed (the page for web teams, embed-page.tsx) and /embed/thema.css
// (the preview's colours from the same checked query). Rendered per request:
// the page depends on its query, and it is for a few web teams, not for the
// public. Nothing is counted or kept.
import { Hono } from 'hono';
import { builtInPhones, themeCss } from '../shared/embed-snippet.js';
import { type FormResult, readEmbedForm } from './embed-form.js';
import { EmbedPage } from './embed-page.js';
import { sitePageHeaders } from './fallback-pages.js';
import type { SiteOptions } from './options.js';
import { ENTRY_FLOW, type SiteData } from './site-data.js';
import { documentHtml } from './template.js';

/** Where this service is reached: the request's origin (https when a proxy in front says so). */
function hostOf(request: Request): string {
  const url = new URL(request.url);
  if (url.protocol === 'http:' && request.headers.get('x-forwarded-proto') === 'https') url.protocol = 'https:';
  return url.origin;
}

/** The checked colours and font as a query again, for the preview's stylesheet. */
function themeQuery(result: FormResult): string {
  const query = new URLSearchParams();
  for (const [token, value] of Object.entries(result.theme)) query.set(token === 'font-family' ? 'lettertype' : token, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function embedRoutes(options: SiteOptions, site: SiteData): Hono {
  const headers = { ...sitePageHeaders(options), 'x-robots-tag': 'noindex' };
  const routes = new Hono();
  // Content without the verified built-in numbers (a small test registry) has no snippet to offer: no embed page.
  let phones: ReturnType<typeof builtInPhones>;
  try {
    phones = builtInPhones((id) => site.graph.services[id], site.graph.roles);
  } catch {
    return routes;
  }
  const known = {
    municipalities: site.municipalityCodes,
    languages: (site.graph.flows[ENTRY_FLOW] ?? Object.values(site.graph.flows)[0]).languages,
  };
  const read = (url: string) => readEmbedForm(new URL(url).searchParams, known);

  routes.get('/', (c) => {
    const result = read(c.req.url);
    const failed = Object.keys(result.errors).length > 0;
    const html = documentHtml(
      EmbedPage({
        host: hostOf(c.req.raw),
        municipalities: site.municipalities,
        languages: known.languages,
        phones,
        release: options.widget,
        result,
        themeQuery: themeQuery(result),
      }),
    );
    return new Response(html, { status: failed ? 400 : 200, headers });
  });
  routes.get('/thema.css', (c) => {
    // Only checked values get in (readEmbedForm); a field with an error is left out.
    const css = themeCss(read(c.req.url).theme);
    return new Response(css, { headers: { ...headers, 'content-type': 'text/css; charset=utf-8' } });
  });
  return routes;
}
