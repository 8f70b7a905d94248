// GET /api/v1/flows and /api/v1/flows/:flowId: conversations as data.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { flowList } from '../engine/flow-view.js';
import { inLanguage, withLanguage } from '../engine/language.js';
import type { Graph } from '../graph/graph.js';
import type { Compressor } from '../http/precompress.js';
import { type CachedBody, cachedJson, jsonError, sendCached } from '../http/respond.js';
import { flowViewFor } from '../local/resolve.js';
import type { FlowListResponse } from '../shared/api-types.js';
import { addressOf, flowIdParam, gemeenteCode, langParam, parseQuery, parseWith } from './validate.js';

const flowQuery = z.object({ gemeente: z.optional(gemeenteCode), lang: z.optional(langParam) });
const listQuery = z.object({ lang: z.optional(langParam) });

/** Variants kept for well-formed codes that are no municipality (least recently used goes first). */
export const UNKNOWN_VARIANTS = 64;

/** Addresses whose answer is kept (all are cleared when full: the cost is one parse each again). */
export const KEPT_ADDRESSES = 4096;

export function flowRoutes(graph: Graph, compress?: Compressor): Hono {
  const app = new Hono();
  // The list per language: the conversations' titles in it.
  const lists = new Map<string, CachedBody>();
  const listIn = (lang: string | undefined) => {
    const key = lang && graph.variants?.[lang] ? lang : 'nl';
    let list = lists.get(key);
    if (!list) lists.set(key, (list = cachedJson({ flows: flowList(inLanguage(graph, key)) } satisfies FlowListResponse, compress)));
    return list;
  };
  // Conversations never change while the process runs: serialise each once.
  const views = new Map<string, CachedBody>();
  const unknownViews = new Map<string, CachedBody>();

  app.get('/', (c) => {
    const query = parseQuery(listQuery, c.req.url);
    if (!query.ok) return query.response;
    return sendCached(c.req.raw, listIn(query.value.lang));
  });

  // Answers by the address as asked (path and query, as sent), for addresses that passed every check
  // below: a repeat is neither parsed nor validated again (issue 19, point 7). Bounded: an address
  // not kept is checked as the first time.
  const byAddress = new Map<string, CachedBody>();

  app.get('/:flowId', (c) => {
    const address = addressOf(c.req.url);
    const kept = byAddress.get(address);
    if (kept) return sendCached(c.req.raw, kept);
    const id = parseWith(flowIdParam, c.req.param('flowId'), 'conversation id');
    if (!id.ok) return id.response;
    const query = parseQuery(flowQuery, c.req.url);
    if (!query.ok) return query.response;
    const flow = graph.flows[id.value];
    if (!flow) {
      return jsonError(404, 'not_found', 'There is no conversation with this id. GET /api/v1/flows lists them.');
    }
    if (query.value.lang && !flow.languages.includes(query.value.lang)) {
      return jsonError(
        404,
        'language_not_available',
        `This conversation is not available in the language asked for. Available: ${flow.languages.join(', ')}.`,
      );
    }
    // One serialised variant per conversation and municipality (every
    // municipality is known: a bounded set of 342). A well-formed code that is
    // no municipality gets the national services with its own note; those
    // variants are kept in a small LRU, so a misconfigured snippet costs one
    // build, and 10,000 codes per conversation cannot fill memory.
    const { gemeente, lang } = query.value;
    const known = !gemeente || Boolean(graph.municipalities?.[gemeente]);
    // Each language its own cached answer (issue 16); Dutch as before.
    const key = [id.value, gemeente ?? '', lang && lang !== 'nl' ? lang : ''].join('|');
    const store = known ? views : unknownViews;
    let cached = store.get(key);
    if (cached && !known) store.delete(key); // re-inserted below: most recent last
    cached ??= cachedJson(withLanguage(flowViewFor(inLanguage(graph, lang), id.value, gemeente)!, graph, lang), compress);
    store.set(key, cached);
    if (!known && store.size > UNKNOWN_VARIANTS) store.delete(store.keys().next().value!);
    if (known) {
      if (byAddress.size >= KEPT_ADDRESSES) byAddress.clear();
      byAddress.set(address, cached);
    }
    return sendCached(c.req.raw, cached);
  });

  return app;
}
