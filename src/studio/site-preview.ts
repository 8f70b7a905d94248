// The conversation as the help site shows it: the site's own step page
// (src/site/step-page.tsx, hono/jsx renders to a string in the browser too)
// for the step shown, in a shadow root with the site's stylesheet. Links
// between steps move the preview; every other link, form and the quick exit
// stay put (the preview never leaves the studio, and never loads anything).
import type { Graph } from '../graph/graph.js';
import { resolveServices } from '../local/resolve.js';
import type { StepRef } from '../shared/api-types.js';
import { buildSiteData, type SiteData } from '../site/site-data.js';
import { StepPage } from '../site/step-page.js';
import { documentHtml } from '../site/template.js';
import { HIDE_PATH, STEP_PREFIX } from '../site/urls.js';
import { el } from './dom.js';

export interface SitePreview {
  root: HTMLElement;
  /** Shows `ref` of `graph` as seen from `gemeente` (a new graph keeps the step when it still exists). */
  show(graph: Graph, ref: StepRef, gemeente: string | undefined): void;
  current(): StepRef | undefined;
}

/** The step a link of a step page leads to, if it leads to one. */
export function stepOfLink(site: SiteData, href: string): StepRef | undefined {
  const path = new URL(href, 'https://preview.invalid').pathname;
  if (path === '/') return site.rootRef;
  if (path === HIDE_PATH) return site.hideRef;
  if (path.startsWith(STEP_PREFIX)) return site.byKey.get(path.slice(STEP_PREFIX.length));
  return undefined;
}

export function createSitePreview(sheet: CSSStyleSheet, label: string): SitePreview {
  const host = el('div', { class: 'site-preview', role: 'region', 'aria-label': label });
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const page = el('div', { class: 'page' });
  shadow.appendChild(page);
  let state: { site: SiteData; ref: StepRef; gemeente?: string } | undefined;

  const draw = () => {
    if (!state) return;
    const { site, ref, gemeente } = state;
    const services = resolveServices(site.graph, gemeente).services;
    const moment = { now: new Date(), holidays: site.holidays, dayAndNight: site.dayAndNight };
    const html = documentHtml(StepPage({ site, ref, gemeente, services, moment }));
    // Parsed inert (nothing loads), then only the body's content is taken: no scripts, no stylesheets.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const node of doc.querySelectorAll('script, link, noscript, meta')) node.remove();
    page.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
  };

  shadow.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || !state) return;
    event.preventDefault();
    const to = stepOfLink(state.site, link.getAttribute('href') ?? '');
    if (to && state.site.graph.steps[to]) {
      state.ref = to;
      draw();
      host.scrollIntoView({ block: 'nearest' });
    }
  });
  shadow.addEventListener('submit', (event) => event.preventDefault());

  let lastGraph: Graph | undefined;
  let site: SiteData | undefined;
  return {
    root: host,
    show(graph, ref, gemeente) {
      if (graph !== lastGraph) {
        lastGraph = graph;
        site = buildSiteData(graph);
      }
      state = { site: site!, ref, gemeente };
      draw();
    },
    current: () => state?.ref,
  };
}
