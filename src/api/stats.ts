// GET /api/v1/stats: a municipality's own counts, for its report token only.
// Every number under 10 is sent as "<10". Never cached anywhere.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { defaultBudget } from '../counters/budget.js';
import { type CountingOptions, readReport, todayOf, tokenOwner } from '../counters/options.js';
import { dayParam, resolvePeriod } from '../counters/period.js';
import { PERS, type Per, type ReportRow, reportRows, THRESHOLD } from '../counters/report.js';
import { MissingTableError } from '../counters/store-errors.js';
import { bearerToken, isLimited } from '../counters/tokens.js';
import { apiHeaders, noStore } from '../http/headers.js';
import { jsonError } from '../http/respond.js';
import { gemeenteCode, parseQuery } from './validate.js';

export interface StatsResponse {
  gemeente: string;
  from: string;
  to: string;
  per: Per;
  /** Numbers below this are sent as "<10". */
  threshold: number;
  /** Always true: each municipality counts at most `limitPerMinute` events a minute, so under abuse the numbers are lower than what happened. */
  approximate: true;
  limitPerMinute: number;
  rows: ReportRow[];
}

const statsQuery = z.strictObject({
  from: z.optional(dayParam),
  to: z.optional(dayParam),
  gemeente: z.optional(gemeenteCode),
  per: z.optional(z.enum(PERS, { error: `one of ${PERS.join(', ')}` })),
});

const headers = { ...apiHeaders, 'cache-control': noStore } as const;

function countingOff(): Response {
  return jsonError(404, 'counting_off', 'Counting is switched off on this server, so there are no numbers to read.');
}

function unauthorized(tokenGiven: boolean): Response {
  const challenge = tokenGiven ? 'Bearer realm="wegwijs-stats", error="invalid_token"' : 'Bearer realm="wegwijs-stats"';
  return jsonError(
    401,
    'unauthorized',
    'This needs a valid report token: send "Authorization: Bearer <token>". Your municipality gets one from the people who run this server (see docs/counters.md).',
    undefined,
    { 'www-authenticate': challenge },
  );
}

/** Too many wrong tokens lately: this one is not even checked (src/counters/tokens.ts). */
export function tooManyAttempts(retryAfter: number): Response {
  return jsonError(
    429,
    'too_many_attempts',
    'Too many wrong report tokens were tried in a short time, so tokens are not checked for a moment. Try again in a minute.',
    undefined,
    { 'retry-after': String(retryAfter) },
  );
}

export function statsRoutes(options: CountingOptions | undefined): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const reader = options?.reader;
    if (!reader) return countingOff();
    const token = bearerToken(c.req.header('authorization'));
    const own = await tokenOwner(options, token);
    if (isLimited(own)) return tooManyAttempts(own.retryAfter);
    if (!own) return unauthorized(token !== null);

    const query = parseQuery(statsQuery, c.req.url);
    if (!query.ok) return query.response;
    const { gemeente = own, per = 'week' } = query.value;
    if (gemeente !== own) return jsonError(403, 'forbidden', 'This token reads the numbers of its own municipality only.');
    const period = resolvePeriod(query.value.from, query.value.to, todayOf(options));
    if ('problem' in period) return jsonError(400, 'bad_request', period.message);

    let rows: Awaited<ReturnType<typeof readReport>>;
    try {
      rows = await readReport(reader, options, gemeente, period);
    } catch (error) {
      if (error instanceof MissingTableError)
        return jsonError(503, 'counts_table_missing', `The numbers cannot be read: ${error.message}`, undefined, { 'retry-after': '60' });
      return jsonError(503, 'store_unavailable', 'The numbers cannot be read right now. Try again in a few minutes.', undefined, {
        'retry-after': '60',
      });
    }
    const body: StatsResponse = {
      gemeente,
      ...period,
      per,
      threshold: THRESHOLD,
      approximate: true,
      limitPerMinute: (options.budget ?? defaultBudget).perMinute,
      rows: reportRows(rows, per, period.from),
    };
    return new Response(JSON.stringify(body), { status: 200, headers });
  });
  return app;
}
