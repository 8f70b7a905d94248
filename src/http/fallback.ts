// What the app answers when no route did: 405 (with Allow) when the path
// exists for other methods, a JSON 404 otherwise, and a JSON 500 that never
// echoes internals. Installed on every Hono app that faces the network (the
// app itself and the Node composition), because a mounted app's notFound
// and onError do not carry over to the app it is mounted in.
import type { Context, Hono } from 'hono';
import { jsonError, methodNotAllowed } from './respond.js';
import { routeMethods } from './route-table.js';

/** Never repeats the path: an error echoes nothing the client sent (SECURITY.md). */
export function notFoundResponse(): Response {
  return jsonError(404, 'not_found', 'Nothing at this address. The API starts at /api/v1/flows.');
}

/** Never names what went wrong; always names 112 and Veilig Thuis. */
export function internalErrorResponse(): Response {
  return jsonError(
    500,
    'internal_error',
    'Something went wrong on our side. Call 112 if there is danger now; Veilig Thuis is on 0800-2000.',
  );
}

/** HTML answers for paths outside the API: the help site's own 404 and 500 pages (src/site/fallback-pages.ts). */
export interface PageFallbacks {
  notFound(): Response | Promise<Response>;
  error(): Response | Promise<Response>;
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/** Static files (the Node composition): asked before the 404, so no route waits for the disk. Undefined: no such file. */
export type FileServer = (c: Context) => Promise<Response | undefined>;

export interface Fallbacks {
  /** The 404 and 500 pages for paths outside the API; without them, JSON errors everywhere. */
  pages?: PageFallbacks;
  files?: FileServer;
}

export function installFallbacks(app: Hono, { pages, files }: Fallbacks = {}): Hono {
  const methodsFor = routeMethods(app);
  app.notFound(async (c) => {
    const file = files && (await files(c));
    if (file) return file;
    const allow = methodsFor(c.req.path);
    if (allow.length) return methodNotAllowed(allow.join(', '));
    return pages && !isApiPath(c.req.path) ? pages.notFound() : notFoundResponse();
  });
  // Never echo internals (or anything the visitor sent) in an error.
  app.onError((_error, c) => (pages && !isApiPath(c.req.path) ? pages.error() : internalErrorResponse()));
  return app;
}
