// GET /api/v1/services: the service registry, with sources and check dates.
import { Hono } from 'hono';
import type { Graph } from '../graph/graph.js';
import type { Compressor } from '../http/precompress.js';
import { type CachedBody, cachedJson, sendCached } from '../http/respond.js';
import type { ServiceListResponse } from '../shared/api-types.js';

export function serviceRoutes(graph: Graph, compress?: Compressor): Hono {
  const app = new Hono();
  // Made on the first request, not at start-up (issue 19, point 9).
  let body: CachedBody | undefined;
  app.get('/', (c) =>
    sendCached(c.req.raw, (body ??= cachedJson({ services: Object.values(graph.services) } satisfies ServiceListResponse, compress))),
  );
  return app;
}
