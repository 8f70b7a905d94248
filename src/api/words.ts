// GET /api/v1/words: the free-text matcher's index (src/words/index.ts), for
// the widget and the site to match what a visitor types on their own device.
// Asked for once, when the box is first used; the typed text is never sent.
// The widget reads step headings from its conversation; the site's start page
// asks `?with=places` for them (src/words/wire.ts).
import { Hono } from 'hono';
import type { Graph } from '../graph/graph.js';
import type { Compressor } from '../http/precompress.js';
import { type CachedBody, cachedJson, sendCached } from '../http/respond.js';
import { buildWordList } from '../words/index.js';

export function wordRoutes(graph: Graph, compress?: Compressor): Hono {
  const app = new Hono();
  // Made on the first request, not at start-up: stemming every phrase takes a while, and most visits never ask.
  const bodies: { bare?: CachedBody; places?: CachedBody } = {};
  app.get('/', (c) =>
    c.req.query('with') === 'places'
      ? sendCached(c.req.raw, (bodies.places ??= cachedJson(buildWordList(graph, true), compress)))
      : sendCached(c.req.raw, (bodies.bare ??= cachedJson(buildWordList(graph), compress))),
  );
  return app;
}
