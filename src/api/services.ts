// GET /api/v1/services: the service registry, with sources and check dates.
import { Hono } from 'hono';
import type { Graph } from '../graph/graph.js';
import type { Compressor } from '../http/precompress.js';
import { cachedJson, sendCached } from '../http/respond.js';
import type { ServiceListResponse } from '../shared/api-types.js';

export function serviceRoutes(graph: Graph, compress?: Compressor): Hono {
  const app = new Hono();
  const body = cachedJson({ services: Object.values(graph.services) } satisfies ServiceListResponse, compress);
  app.get('/', (c) => sendCached(c.req.raw, body));
  return app;
}
