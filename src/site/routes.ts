// The help site: server-rendered pages with plain links, so a full path to
// help works without JavaScript. Content never changes while the process
// runs, so each page is rendered once per (page, municipality) and served as
// a string with prebuilt headers (see http/headers.ts for why).
import { Hono, type Context } from 'hono';
import type { AppOptions } from '../app.js';
import { afterResponse } from '../http/after-response.js';
import { resolveServices } from '../local/resolve.js';
import type { Service, StepRef } from '../shared/api-types.js';
import { countStepView } from './counting.js';
import { sitePageFallbacks, sitePageHeaders } from './fallback-pages.js';
import { AboutPage, HidePlaceholderPage } from './info-pages.js';
import { PreviewPage } from './preview-page.js';
import { openSignature, type Moment } from './service-card.js';
import { buildSiteData, knownGemeente, stepPath, type SiteData } from './site-data.js';
import { backItem, hiddenField, StepPage } from './step-page.js';
import { documentHtml, fill, toTemplate, type Template } from './template.js';
import { ABOUT_PATH, HIDE_PATH, PREVIEW_PATH, withQuery } from './urls.js';

function momentNow(site: SiteData): Moment {
  return { now: new Date(), holidays: site.holidays, dayAndNight: site.dayAndNight };
}

export function siteRoutes(options: AppOptions): Hono {
  const site = buildSiteData(options.graph);
  const headers = sitePageHeaders(options);
  const { notFound } = sitePageFallbacks(options);
  // Local help per municipality (src/local/resolve.ts), worked out once per municipality.
  const resolved = new Map<string, Record<string, Service>>();
  const servicesFor = (gemeente: string | undefined) => {
    let services = resolved.get(gemeente ?? '');
    if (!services) resolved.set(gemeente ?? '', (services = resolveServices(site.graph, gemeente).services));
    return services;
  };
  const once = (render: () => unknown) => {
    let html: string | undefined;
    return () => (html ??= documentHtml(render()));
  };

  const stepPages = new Map<string, { minute: number; signature: string; template: Template }>();
  function stepTemplate(ref: StepRef, gemeente: string | undefined, moment: Moment): Template {
    const key = gemeente ? `${ref}|${gemeente}` : ref;
    const cached = stepPages.get(key);
    // Opening hours change on whole minutes: within one, a page stays as it is.
    const minute = Math.floor(moment.now.getTime() / 60_000);
    if (cached && cached.minute === minute) return cached.template;
    const services = servicesFor(gemeente);
    // "Nu open" is part of the page: rebuild it when an opening state has changed since.
    const signature = openSignature(site.graph.steps[ref].services.map((id) => services[id]).filter(Boolean), moment);
    if (cached && cached.signature === signature) {
      cached.minute = minute;
      return cached.template;
    }
    const template = toTemplate(documentHtml(StepPage({ site, ref, gemeente, services, moment })));
    stepPages.set(key, { minute, signature, template });
    return template;
  }

  // Issue 19: the filled page as UTF-8 bytes, kept per template and slot values (a bounded set: steps ×
  // the steps that lead to them), so a page is neither joined nor encoded again until its template changes.
  const encoder = new TextEncoder();
  const filledPages = new WeakMap<Template, Map<string, Uint8Array<ArrayBuffer>>>();
  function filledBytes(template: Template, slots: string[]): Uint8Array<ArrayBuffer> {
    let byTemplate = filledPages.get(template);
    if (!byTemplate) filledPages.set(template, (byTemplate = new Map()));
    const key = slots.join('\u0000');
    let bytes = byTemplate.get(key);
    if (!bytes) byTemplate.set(key, (bytes = encoder.encode(fill(template, slots))));
    return bytes;
  }

  function serveStep(c: Context, ref: StepRef): Response {
    const gemeente = knownGemeente(site, c.req.query('gemeente'));
    const moment = momentNow(site);
    const template = stepTemplate(ref, gemeente, moment);
    // "Vorige stap": the step the visitor came from when it really leads here, else the usual one.
    const from = site.byKey.get(c.req.query('van') ?? '');
    const cameFrom = from && site.graph.steps[from].choices.some((choice) => choice.target === ref) ? from : undefined;
    const back = cameFrom ?? site.parent.get(ref);
    // The step page's slots, in document order: the "Vorige stap" item, then hidden fields of the municipality form.
    const html = filledBytes(template, [
      back ? backItem(withQuery(stepPath(site, back), { gemeente })) : '',
      cameFrom ? hiddenField('van', site.graph.steps[cameFrom].key) : '',
    ]);
    if (c.req.method === 'GET') afterResponse(c, countStepView(options.counter, site.graph, ref, gemeente, moment.now));
    return new Response(html, { headers });
  }

  const aboutPages = new Map<string, string>();
  const hidePages = new Map<string, string>();
  const perGemeente = (cache: Map<string, string>, c: Context, render: (gemeente?: string) => unknown) => {
    const gemeente = knownGemeente(site, c.req.query('gemeente'));
    let html = cache.get(gemeente ?? '');
    if (html === undefined) cache.set(gemeente ?? '', (html = documentHtml(render(gemeente))));
    return new Response(html, { headers });
  };
  const previewHtml = once(() => PreviewPage({ site, diagnostics: options.diagnostics }));

  const routes = new Hono();
  routes.get('/', (c) => serveStep(c, site.rootRef));
  routes.get('/s/:key', (c) => {
    const ref = site.byKey.get(c.req.param('key'));
    return ref ? serveStep(c, ref) : notFound();
  });
  routes.get(HIDE_PATH, (c) =>
    site.hideRef ? serveStep(c, site.hideRef) : perGemeente(hidePages, c, (gemeente) => HidePlaceholderPage({ gemeente })),
  );
  routes.get(ABOUT_PATH, (c) => perGemeente(aboutPages, c, (gemeente) => AboutPage({ graph: site.graph, counting: Boolean(options.counter), gemeente })));
  routes.get(PREVIEW_PATH, () => new Response(previewHtml(), { headers }));
  return routes;
}
