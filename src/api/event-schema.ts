// What POST /api/v1/events accepts: exactly the four event types, with ids
// the graph knows. Unknown fields are refused, not ignored, so nothing extra
// can be slipped in. Error messages never repeat what was sent.
import * as z from 'zod/mini';
import { EVENT_TYPES } from '../counters/types.js';
import type { Graph } from '../graph/graph.js';
import { LANGUAGE_ID } from '../graph/language-id.js';
import type { CountedEvent } from '../shared/api-types.js';
import { gemeenteCode } from './validate.js';

/** Municipality codes the graph knows (every municipality, flows/gemeenten/nederland.json), or null when it has none (then any well-formed code is kept). */
function knownMunicipalities(graph: Graph): Set<string> | null {
  const codes = Object.keys(graph.municipalities ?? {});
  // An empty list means "no municipality data in this content set", not "no municipality may count".
  return codes.length ? new Set(codes) : null;
}

function oneOf(ids: string[], what: string, list: string) {
  return z.enum(ids as [string, ...string[]], { error: `not a known ${what}; ${list}` });
}

function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field; this event may only have: ${allowed}` : undefined),
  });
}

export function eventSchema(graph: Graph): z.ZodMiniType<CountedEvent> {
  const known = knownMunicipalities(graph);
  const flow = oneOf(Object.keys(graph.flows), 'conversation', 'GET /api/v1/flows lists them');
  const service = oneOf(Object.keys(graph.services), 'service', 'GET /api/v1/services lists them');
  // A well-formed code that is no municipality (a typo, a merged one) still
  // counts, without the code, rather than the visit being refused.
  const gemeente = z.optional(
    known
      ? z.pipe(
          gemeenteCode,
          z.transform((code: string) => (known.has(code) ? code : undefined)),
        )
      : gemeenteCode,
  );
  const lang = z.string().check(z.regex(LANGUAGE_ID));

  const started = strict({ type: z.literal('conversation_started'), flow, gemeente, lang }).check(
    z.superRefine((event, ctx) => {
      const languages = graph.flows[event.flow]?.languages ?? [];
      if (!languages.includes(event.lang))
        ctx.addIssue({ code: 'custom', path: ['lang'], message: `not a language of this conversation; it has: ${languages.join(', ')}` });
    }),
  );
  const signpost = strict({ type: z.literal('signpost_shown'), service, flow, gemeente });
  const quickExit = strict({ type: z.literal('quick_exit'), gemeente });
  const fallback = strict({ type: z.literal('fallback_shown'), gemeente });

  return z.discriminatedUnion('type', [started, signpost, quickExit, fallback], {
    error: (issue) =>
      issue.code === 'invalid_union' || issue.code === 'invalid_type'
        ? `an event is a JSON object whose "type" is one of: ${EVENT_TYPES.join(', ')}`
        : undefined,
  }) as z.ZodMiniType<CountedEvent>;
}
