// The one Hono app, shared by the Node and the Workers entries. It gets a
// compiled graph and its settings; it reads no files and no environment.
import { Hono } from 'hono';
import type { Graph } from './content/compile.js';
import { flowRoutes } from './api/flows.js';
import { serviceRoutes } from './api/services.js';
import type { HeaderConfig } from './http/headers.js';
import type { Counter } from './counters/types.js';
import { cachedJson, jsonError, sendCached } from './http/respond.js';

export interface AppOptions {
  graph: Graph;
  /** Settings for page headers (the site's frame-ancestors); defaults in http/headers.ts. */
  headers?: HeaderConfig;
  /** Anonymous event counter (issue 7); none when counting is off. */
  counter?: Counter;
}

export function createApp(options: AppOptions): Hono {
  const { graph } = options;
  const app = new Hono();
  const health = cachedJson({ status: 'ok', version: graph.version, flows: Object.keys(graph.flows).length });

  app.get('/health', (c) => sendCached(c.req.raw, health));
  app.route('/api/v1/flows', flowRoutes(graph));
  app.route('/api/v1/services', serviceRoutes(graph));

  app.notFound((c) => jsonError(404, 'not_found', `Nothing at ${new URL(c.req.url).pathname}. The API starts at /api/v1/flows.`));
  // Never echo internals (or anything the visitor sent) in an error.
  app.onError(() => jsonError(500, 'internal_error', 'Something went wrong on our side. Call 112 if there is danger now; Veilig Thuis is on 0800-2000.'));
  return app;
}
