// Pages whose code loads on their first request, not when the server starts
// (issue 19, point 9). The help site and the dashboard's pages are the bigger
// half of the server's code, and a process that starts to answer a widget's
// conversation need not compile and run them first. Their routes are known
// as data (src/site/page-routes.ts) and registered up front, each with a
// stand-in handler: before the pages have loaded it loads them and then
// answers; after, it is the page's own handler, called at once. So a page
// stays a route like any other: the framework's fast path, HEAD, the 405
// table and the error page all work as if the pages were mounted directly.
import type { Handler, Hono } from 'hono';
import type { PageRoute } from '../site/page-routes.js';
import { internalErrorResponse, type PageFallbacks } from './fallback.js';

export interface Pages {
  /** The pages, with exactly the routes listed; each route has one handler. */
  app: Hono;
  /** The pages' own 404 and 500 (the app's fallbacks for every path outside the API). */
  fallbacks: PageFallbacks;
}

export interface LazyPages {
  /** Registers every listed route on `app`, where the pages would have been mounted. */
  mount(app: Hono): void;
  /** The 404 and 500 pages, loading the pages first when needed. */
  fallbacks: PageFallbacks;
  /** Loads the pages now (after the first answer, so the first page does not wait for it). */
  load(): Promise<void>;
}

const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

export function lazyPages(routes: readonly PageRoute[], make: () => Promise<Pages>): LazyPages {
  let loading: Promise<Pages> | undefined;
  let handlers: Map<string, Handler> | undefined;
  let fallbacks: PageFallbacks | undefined;
  const pages = () =>
    (loading ??= make().then(
      (made) => {
        handlers = new Map(made.app.routes.map((r) => [keyOf(r.method, r.path), r.handler]));
        fallbacks = made.fallbacks;
        return made;
      },
      (error: unknown) => {
        // A module that could not load (a broken install): the next request tries again.
        loading = undefined;
        throw error;
      },
    ));

  const standIn =
    (key: string): Handler =>
    (c, next) => {
      const own = handlers?.get(key);
      if (own) return own(c, next);
      // Not loaded yet (or a listed route the pages do not have: then nothing is here, the 404 page).
      return pages().then((made) => handlers?.get(key)?.(c, next) ?? made.fallbacks.notFound());
    };

  return {
    mount(app) {
      for (const { method, path } of routes) app.on(method, path, standIn(keyOf(method, path)));
    },
    fallbacks: {
      notFound: () => fallbacks?.notFound() ?? pages().then((p) => p.fallbacks.notFound()),
      // The pages' own 500 page, or, when they cannot load, the JSON one: an error page must never fail itself.
      error: () => fallbacks?.error() ?? pages().then((p) => p.fallbacks.error(), internalErrorResponse),
    },
    load: async () => {
      await pages();
    },
  };
}
