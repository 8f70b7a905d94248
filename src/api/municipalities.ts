// GET /api/v1/municipalities: the municipalities we have local help for
// (code, name, region, other names), for the pickers in the widget and on the
// site. Built once, on the first request (not at start-up); the ETag changes
// only when the data does.
import { Hono } from 'hono';
import type { Graph } from '../graph/graph.js';
import type { Compressor } from '../http/precompress.js';
import { type CachedBody, cachedJson, sendCached } from '../http/respond.js';
import { municipalitySummaries } from '../local/summaries.js';
import type { MunicipalityListResponse } from '../shared/api-types.js';

export function municipalityRoutes(graph: Graph, compress?: Compressor): Hono {
  const app = new Hono();
  let body: CachedBody | undefined;
  app.get('/', (c) =>
    sendCached(
      c.req.raw,
      (body ??= cachedJson({ municipalities: municipalitySummaries(graph) } satisfies MunicipalityListResponse, compress)),
    ),
  );
  return app;
}
