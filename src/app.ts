// The one Hono app, shared by the Node and the Workers entries. It gets a
// compiled graph and its settings; it reads no files and no environment.
import { Hono } from 'hono';
import { eventRoutes } from './api/events.js';
import { flowRoutes } from './api/flows.js';
import { municipalityRoutes } from './api/municipalities.js';
import { serviceRoutes } from './api/services.js';
import { statsRoutes } from './api/stats.js';
import { wordRoutes } from './api/words.js';
import { budgetedCounter, countBudget, defaultBudget } from './counters/budget.js';
import type { CountingOptions } from './counters/options.js';
import { safeCounter } from './counters/safe.js';
import type { Counter } from './counters/types.js';
import { apiBodyLimit, BODY_METHODS } from './http/body-limit.js';
import { type Fallbacks, installFallbacks } from './http/fallback.js';
import { type LazyPages, lazyPages } from './http/lazy-pages.js';
import type { Compressor } from './http/precompress.js';
import { preflightHandler } from './http/preflight.js';
import { cachedJson, sendCached } from './http/respond.js';
import type { SiteOptions } from './site/options.js';
import { PAGE_ROUTES, STATS_PATH } from './site/page-routes.js';

/** The site's options (graph, headers, diagnostics, widget release; src/site/options.ts) and the app's own. */
export interface AppOptions extends SiteOptions {
  /** Anonymous event counter (issue 7); none when counting is off. The app guards it with safeCounter. */
  counter?: Counter;
  /** Reading the counts back (reports, /stats), rate and timeouts of the events route (issue 7); see src/counters/options.ts. */
  counting?: CountingOptions;
  /** Makes gzip copies of cached API bodies (the Node composition); none on Workers, where the edge compresses. */
  compress?: Compressor;
}

export function createApp(options: AppOptions): Hono {
  const { app, fallbacks } = composeApp(options);
  return installFallbacks(app, fallbacks);
}

/** The help site and the dashboard's pages, as one app made on the first request for a page (src/http/lazy-pages.ts). */
function sitePages(options: AppOptions, counter: Counter | undefined): LazyPages {
  return lazyPages(PAGE_ROUTES, async () => {
    const [{ sitePageFallbacks }, { siteRoutes }, { statsPageRoutes }] = await Promise.all([
      import('./site/fallback-pages.js'),
      import('./site/routes.js'),
      import('./stats/routes.js'),
    ]);
    const fallbacks = sitePageFallbacks(options);
    const app = new Hono();
    app.route(STATS_PATH, statsPageRoutes(options.graph, options.counting, options.headers));
    app.route('/', siteRoutes({ ...options, counter }, fallbacks));
    return { app, fallbacks };
  });
}

/**
 * The app's routes and its 404/500 pages, made once; the app that faces the
 * network installs them (createApp, or the Node composition, src/node/server.ts).
 * Mounted with an error handler of its own, every route would be wrapped in
 * the framework's slower chain of handlers (issue 19, point 7).
 */
export function composeApp(options: AppOptions): { app: Hono; fallbacks: Fallbacks; loadPages: () => Promise<void> } {
  const { graph, compress } = options;
  // One guard for every caller: a store that throws or hangs never holds up a request.
  const counter = options.counter && safeCounter(options.counter, { timeoutMs: options.counting?.writeTimeoutMs });
  // One budget per municipality a minute, shared by events and page views (src/counters/budget.ts).
  const budget = countBudget(options.counting?.budget ?? defaultBudget);
  const app = new Hono();
  const health = cachedJson({ status: 'ok', version: graph.version, flows: Object.keys(graph.flows).length }, compress);

  // Generic HTTP first (src/http/): CORS preflight and the body limit for
  // API writes. Both are registered per method, so GETs never pass them.
  const preflight = preflightHandler(app);
  app.options('/api/*', (c) => preflight(c.req.path));
  app.on(BODY_METHODS, '/api/*', apiBodyLimit);

  app.get('/health', (c) => sendCached(c.req.raw, health));
  app.route('/api/v1/flows', flowRoutes(graph, compress));
  app.route('/api/v1/services', serviceRoutes(graph, compress));
  app.route('/api/v1/municipalities', municipalityRoutes(graph, compress));
  app.route('/api/v1/words', wordRoutes(graph, compress));
  // Anonymous counters and the municipalities' reports (issue 7, src/counters/).
  app.route('/api/v1/events', eventRoutes(graph, counter, budget, options.counting));
  app.route('/api/v1/stats', statsRoutes(options.counting));

  // The help site (server-rendered pages that work without JavaScript, src/site/)
  // and the dashboard's pages (src/stats/): loaded on the first request for one.
  const pages = sitePages(options, counter && budgetedCounter(counter, budget));
  pages.mount(app);

  // 405 for known paths; 404 and 500: JSON under /api, the site's HTML pages elsewhere (src/http/fallback.ts).
  return { app, fallbacks: { pages: pages.fallbacks }, loadPages: pages.load };
}
