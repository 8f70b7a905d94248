// GET /api/v1/words: the free-text matcher's index (src/words/index.ts), for
// the widget and the site to match what a visitor types on their own device.
// Asked for once, when the box is first used; the typed text is never sent.
// The widget reads step headings from its conversation; the site's start page
// asks `?with=places` for them (src/words/wire.ts).
import { Hono } from 'hono';
import type { Graph } from '../graph/graph.js';
import type { Compressor } from '../http/precompress.js';
import { type CachedBody, cachedJson, sendCached } from '../http/respond.js';
import type { WordIndex } from '../words/match.js';
import { toWordList } from '../words/wire.js';

export function wordRoutes(graph: Graph, compress?: Compressor): Hono {
  const app = new Hono();
  // Made on the first request, not at start-up: stemming every phrase takes a while, and most visits never ask.
  // The builder and its stemmer load then too; the index is made once for both shapes of the list.
  let index: Promise<WordIndex> | undefined;
  const bodies: { bare?: CachedBody; places?: CachedBody } = {};
  app.get('/', async (c) => {
    const places = c.req.query('with') === 'places';
    const kind = places ? 'places' : 'bare';
    if (!bodies[kind]) {
      const ready = await (index ??= import('../words/index.js').then(({ buildWordIndex }) => buildWordIndex(graph)));
      bodies[kind] ??= cachedJson(toWordList(ready, places), compress);
    }
    return sendCached(c.req.raw, bodies[kind]);
  });
  return app;
}
