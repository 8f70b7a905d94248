// The help site: server-rendered pages with plain links, so a full path to
// help works without JavaScript. Content never changes while the process
// runs, so each page is rendered once per (page, municipality) and served as
// a string with prebuilt headers (see http/headers.ts for why). No page
// depends on where the visitor came from: links carry no trail.
import { type Context, Hono } from 'hono';
import { inLanguage, publishedLanguages } from '../engine/language.js';
import { afterResponse } from '../http/after-response.js';
import type { PageFallbacks } from '../http/fallback.js';
import { defaultHeaderConfig, embeddedPageHeaders, studioPageHeaders } from '../http/headers.js';
import { resolveServices } from '../local/resolve.js';
import { helpForStep } from '../local/step-help.js';
import type { Service, StepRef } from '../shared/api-types.js';
import { countStepView } from './counting.js';
import { embedRoutes } from './embed-routes.js';
import { sitePageHeaders } from './fallback-pages.js';
import { AboutPage, HidePlaceholderPage } from './info-pages.js';
import { inPageLanguage, type PageLanguage } from './messages.js';
import type { SiteOptions } from './options.js';
import { PreviewPage } from './preview-page.js';
import { type Moment, openSignature } from './service-card.js';
import { buildSiteData, knownGemeente, type SiteData } from './site-data.js';
import { StepPage } from './step-page.js';
import { StudioPage } from './studio-page.js';
import { documentHtml } from './template.js';
import { ABOUT_PATH, EMBED_PATH, FRAME_PREFIX, HIDE_PATH, OLD_HIDE_PATH, PREVIEW_PATH, STUDIO_PATH, withQuery } from './urls.js';

function momentNow(site: SiteData): Moment {
  return { now: new Date(), holidays: site.holidays, dayAndNight: site.dayAndNight };
}

/** The site's routes; `fallbacks` are the 404/500 pages the app made once (sitePageFallbacks). */
export function siteRoutes(options: SiteOptions, fallbacks: PageFallbacks): Hono {
  const site = buildSiteData(options.graph);
  const headers = sitePageHeaders(options);
  const frameHeaders = { ...embeddedPageHeaders(options.headers ?? defaultHeaderConfig), 'cache-control': 'no-store' };
  const { notFound } = fallbacks;
  // Languages (issue 16): ?lang= names a published one, else the page is Dutch. Each has its own site data and pages.
  const choices = publishedLanguages(options.graph);
  const languages = new Map<string, { site: SiteData; page: PageLanguage }>();
  const languageOf = (c: Context) => {
    const asked = c.req.query('lang');
    const id = asked && options.graph.variants?.[asked] ? asked : 'nl';
    let language = languages.get(id);
    if (!language) {
      const info = choices.find((l) => l.id === id)!;
      const page = { ...info, choices, messages: options.graph.variants?.[id]?.messages };
      languages.set(id, (language = { site: id === 'nl' ? site : buildSiteData(inLanguage(options.graph, id)), page }));
    }
    return language;
  };
  // Local help per municipality and language (src/local/resolve.ts), worked out once each.
  const resolved = new Map<string, Record<string, Service>>();
  const servicesFor = (site: SiteData, page: PageLanguage, gemeente: string | undefined) => {
    const key = `${page.id}|${gemeente ?? ''}`;
    let services = resolved.get(key);
    if (!services) resolved.set(key, (services = resolveServices(site.graph, gemeente).services));
    return services;
  };
  const once = (render: () => unknown) => {
    let html: string | undefined;
    return () => (html ??= documentHtml(render()));
  };

  // Kept as UTF-8 bytes, so a page is neither rendered nor encoded again while it stays the same (issue 19).
  const encoder = new TextEncoder();
  const stepPages = new Map<string, { minute: number; signature: string; html: Uint8Array<ArrayBuffer> }>();
  function stepHtml(
    ref: StepRef,
    gemeente: string | undefined,
    moment: Moment,
    frame: boolean,
    { site, page }: { site: SiteData; page: PageLanguage },
  ): Uint8Array<ArrayBuffer> {
    const key = `${page.id}|${frame ? 'frame|' : ''}${gemeente ? `${ref}|${gemeente}` : ref}`;
    const cached = stepPages.get(key);
    // Opening hours change on whole minutes: within one, a page stays as it is.
    const minute = Math.floor(moment.now.getTime() / 60_000);
    if (cached && cached.minute === minute) return cached.html;
    const services = servicesFor(site, page, gemeente);
    // "Nu open" is part of the page: rebuild it when an opening state has changed since.
    const signature = openSignature(
      helpForStep(site.graph.steps[ref], gemeente, site.graph.services, site.graph.roles)
        .map((id) => services[id])
        .filter(Boolean),
      moment,
    );
    if (cached && cached.signature === signature) {
      cached.minute = minute;
      return cached.html;
    }
    const html = encoder.encode(inPageLanguage(page, () => documentHtml(StepPage({ site, ref, gemeente, services, moment, frame }))));
    stepPages.set(key, { minute, signature, html });
    return html;
  }

  function serveStep(c: Context, ref: StepRef, frame = false): Response {
    const gemeente = knownGemeente(site, c.req.query('gemeente'));
    const moment = momentNow(site);
    const language = languageOf(c);
    const html = stepHtml(ref, gemeente, moment, frame, language);
    if (c.req.method === 'GET') afterResponse(c, countStepView(options.counter, language.site.graph, ref, gemeente, moment.now));
    return new Response(html, { headers: frame ? frameHeaders : headers });
  }

  const aboutPages = new Map<string, string>();
  const hidePages = new Map<string, string>();
  const perGemeente = (cache: Map<string, string>, c: Context, render: (gemeente: string | undefined, site: SiteData) => unknown) => {
    const gemeente = knownGemeente(site, c.req.query('gemeente'));
    const language = languageOf(c);
    const key = `${language.page.id}|${gemeente ?? ''}`;
    let html = cache.get(key);
    if (html === undefined) cache.set(key, (html = inPageLanguage(language.page, () => documentHtml(render(gemeente, language.site)))));
    return new Response(html, { headers });
  };
  const previewHtml = once(() => PreviewPage({ site, diagnostics: options.diagnostics, contentErrors: options.contentErrors }));

  const routes = new Hono();
  routes.get('/', (c) => serveStep(c, site.rootRef));
  routes.get('/s/:key', (c) => {
    const ref = site.byKey.get(c.req.param('key'));
    return ref ? serveStep(c, ref) : notFound();
  });
  // Pinned widget releases still link to the old address; the query (a municipality) goes along.
  routes.get(OLD_HIDE_PATH, (c) => {
    const gemeente = knownGemeente(site, c.req.query('gemeente'));
    return new Response(null, { status: 301, headers: { ...headers, location: withQuery(HIDE_PATH, { gemeente }) } });
  });
  routes.get(HIDE_PATH, (c) =>
    site.hideRef ? serveStep(c, site.hideRef) : perGemeente(hidePages, c, (gemeente) => HidePlaceholderPage({ gemeente })),
  );
  routes.get(ABOUT_PATH, (c) =>
    perGemeente(aboutPages, c, (gemeente, site) => AboutPage({ graph: site.graph, counting: Boolean(options.counter), gemeente })),
  );
  // The embedded layout (widget frame mode): the conversation's pages only; the rest opens in the whole tab.
  for (const prefix of [FRAME_PREFIX, `${FRAME_PREFIX}/`]) routes.get(prefix, (c) => serveStep(c, site.rootRef, true));
  routes.get(`${FRAME_PREFIX}/s/:key`, (c) => {
    const ref = site.byKey.get(c.req.param('key'));
    return ref ? serveStep(c, ref, true) : notFound();
  });
  // Every route is there whatever the content (src/site/page-routes.ts lists them); without a hide step, nothing is here.
  routes.get(FRAME_PREFIX + HIDE_PATH, (c) => (site.hideRef ? serveStep(c, site.hideRef, true) : notFound()));
  routes.get(PREVIEW_PATH, () => new Response(previewHtml(), { headers }));
  // The editors' studio: the published sources in one page with its own strict CSP; never counted (it is no visit).
  const sources = options.studioSources;
  const studioHtml =
    sources && once(() => StudioPage({ graph: options.graph, sources: typeof sources === 'function' ? sources() : sources }));
  const studioHeaders = studioPageHeaders();
  routes.get(STUDIO_PATH, () => (studioHtml ? new Response(studioHtml(), { headers: studioHeaders }) : notFound()));
  routes.route(EMBED_PATH, embedRoutes(options, site));
  return routes;
}
