// POST /api/v1/events: anonymous counter events from the widget and the site
// (issue 7). Answers 204 at once; the store write runs after the answer and
// may fail or hang without anyone noticing. Reads no header but the body's
// Content-Type and Content-Length: nothing about the sender is looked at.
import { Hono } from 'hono';
import { readLimited } from '../counters/body.js';
import type { CountBudget } from '../counters/budget.js';
import { type CountingOptions, todayOf } from '../counters/options.js';
import type { Counter } from '../counters/types.js';
import type { Graph } from '../graph/graph.js';
import { afterResponse } from '../http/after-response.js';
import { common, noStore } from '../http/headers.js';
import { jsonError } from '../http/respond.js';
import { eventSchema } from './event-schema.js';
import { parseWith } from './validate.js';

export const EVENT_BODY_LIMIT = 1024;

const accepted = { ...common, 'access-control-allow-origin': '*', 'cache-control': noStore } as const;

/** JSON, or text/plain as navigator.sendBeacon sends it (no CORS preflight needed). */
const bodyType = /^(application\/json|text\/plain)\s*(;|$)/i;

/**
 * `counter` must never throw or hang (createApp guards it with safeCounter).
 * Without one (counting off) events are still checked, then dropped: clients behave the same either way.
 */
export function eventRoutes(graph: Graph, counter: Counter | undefined, budget: CountBudget, options: CountingOptions = {}): Hono {
  const app = new Hono();
  // Made on the first event, not at start-up: it lists every municipality, which a start need not read.
  let schema: ReturnType<typeof eventSchema> | undefined;

  app.post('/', async (c) => {
    const type = c.req.header('content-type');
    if (type && !bodyType.test(type)) {
      return jsonError(415, 'unsupported_media_type', 'Send the event as JSON, with Content-Type application/json or text/plain.');
    }
    const body = await readLimited(c.req.raw, EVENT_BODY_LIMIT);
    if (!body.ok) {
      return body.reason === 'too_large'
        ? jsonError(413, 'payload_too_large', `An event is at most ${EVENT_BODY_LIMIT} bytes.`)
        : jsonError(400, 'bad_request', 'The body is not valid UTF-8 text.');
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return jsonError(400, 'bad_request', 'The body is not valid JSON. Send one event as a JSON object, e.g. {"type":"quick_exit"}.');
    }
    const event = parseWith((schema ??= eventSchema(graph)), json, 'event');
    if (!event.ok) return event.response;
    // The same budget as the site's page views: per municipality, so one sender cannot use up anyone else's.
    if (!budget.take(event.value.gemeente ?? '')) {
      return jsonError(
        429,
        'too_many_requests',
        'Too many events for this municipality in this minute; this one is not counted. Nothing else is affected.',
        undefined,
        { 'retry-after': String(budget.retryAfter()) },
      );
    }
    if (counter) afterResponse(c, counter.count(event.value, todayOf(options)));
    return new Response(null, { status: 204, headers: accepted });
  });
  return app;
}
