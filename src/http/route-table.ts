// Which methods a path answers, read from the app's own route table, so a
// 405 and a CORS preflight stay right as routes are added anywhere.
import type { Hono } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';

const ANY = 'ALL';

/**
 * Real routes only: `app.all(...)` handlers (405 answers, middleware) and
 * wildcard paths (`/api/*` guards) say nothing about what a path answers.
 */
function isEndpoint(route: { method: string; path: string }): boolean {
  return route.method !== ANY && !route.path.includes('*');
}

const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);

/** Returns a lookup: path → methods it answers ("GET" implies "HEAD"), empty when nothing lives there. */
export function routeMethods(app: Hono): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  let builtFrom = -1;
  return (path) => {
    // Built on first use, rebuilt if routes were added since (tests, late mounts).
    if (!router || builtFrom !== app.routes.length) {
      router = new TrieRouter<string>();
      for (const r of app.routes) if (isEndpoint(r)) router.add(ANY, r.path, r.method.toUpperCase());
      builtFrom = app.routes.length;
    }
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  };
}
