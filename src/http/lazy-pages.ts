// An app of pages made on its first request, not when the server starts
// (issue 19, point 9). The help site and the dashboard's pages are the bigger
// half of the server's code, and a process that starts to answer a widget's
// conversation need not compile, run and route them first. Each is asked
// after the app's own routes found nothing, as mounted routes were before:
// the API and the widget's files keep the framework's fastest path, and a
// path the pages do not know goes on to the static files, a 405 and the 404.
import type { Context, Hono } from 'hono';
import type { PageFallbacks, PageServer } from './fallback.js';
import { methodNotAllowed } from './respond.js';
import { routeMethods } from './route-table.js';

export interface Pages {
  app: Hono;
  /** The pages' own 404 and 500 (the app's fallbacks for every path outside the API). */
  fallbacks: PageFallbacks;
}

export interface LazyPages {
  /** Answers a request the pages know; undefined for any other path. */
  serve: PageServer;
  /** The 404 and 500 pages, loading the pages first when needed. */
  fallbacks: PageFallbacks;
  /** Loads the pages now (after the first answer, so the first page does not wait for it). */
  load(): Promise<void>;
}

/** The framework throws when a context has no execution context (Node); Workers have one. */
function executionContextOf(c: Context): ExecutionContext | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

export function lazyPages(make: () => Promise<Pages>): LazyPages {
  let made: Promise<Pages & { methodsFor: (path: string) => string[] }> | undefined;
  // Requests the pages had no route for: the caller goes on to its next fallback.
  const unmatched = new WeakSet<Request>();
  const pages = () =>
    (made ??= make().then((p) => {
      p.app.notFound((c) => {
        unmatched.add(c.req.raw);
        return new Response(null, { status: 404 });
      });
      p.app.onError(() => p.fallbacks.error());
      return { ...p, methodsFor: routeMethods(p.app) };
    }));

  const serve: PageServer = async (c) => {
    const p = await pages();
    const response = await p.app.fetch(c.req.raw, c.env, executionContextOf(c));
    if (!unmatched.has(c.req.raw)) return response;
    // A page's path asked with another method: the 405 names the methods it has.
    const allow = p.methodsFor(c.req.path);
    return allow.length ? methodNotAllowed(allow.join(', ')) : undefined;
  };
  return {
    serve,
    fallbacks: {
      notFound: async () => (await pages()).fallbacks.notFound(),
      error: async () => (await pages()).fallbacks.error(),
    },
    load: async () => {
      await pages();
    },
  };
}
