// /stats: the dashboard for municipalities. GET shows the form; the form
// POSTs the token in the body (never in the address or a cookie), and the
// answer is the dashboard for the token's own municipality. No script, a
// strict CSP, never cached.
import { Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { readLimited } from '../counters/body.js';
import { isDay } from '../counters/day.js';
import { type CountingOptions, todayOf, tokenOwner } from '../counters/options.js';
import { resolvePeriod } from '../counters/period.js';
import { isLimited } from '../counters/tokens.js';
import type { Graph } from '../graph/graph.js';
import { defaultHeaderConfig, type HeaderConfig, noStore, pageHeaders } from '../http/headers.js';
import { statsText } from '../site/messages.js';
import { Dashboard } from './dashboard.js';
import { LoginPage, MessagePage, type PeriodFields } from './layout.js';
import { dashboardModel } from './model.js';
import { ownerRows } from './region.js';

const errors = statsText.errors;

const FORM_LIMIT = 2048;

export function statsPageRoutes(graph: Graph, options: CountingOptions | undefined, config: HeaderConfig = defaultHeaderConfig): Hono {
  const app = new Hono();
  const headers = { ...pageHeaders(config), 'cache-control': noStore, 'x-robots-tag': 'noindex' };

  async function page(node: JSX.Element, status = 200, extra: Record<string, string> = {}): Promise<Response> {
    const html = '<!doctype html>' + (await node).toString();
    return new Response(html, { status, headers: { ...headers, ...extra } });
  }

  const off = () => page(<MessagePage title={errors.offTitle} message={errors.offText} />, 404);

  app.get('/', () => (options?.reader ? page(<LoginPage />) : off()));

  app.post('/', async (c) => {
    const reader = options?.reader;
    if (!reader) return off();
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
      return page(<LoginPage error={errors.formGarbled} />, 415);
    }
    const body = await readLimited(c.req.raw, FORM_LIMIT);
    if (!body.ok) return page(<LoginPage error={errors.formGarbled} />, body.reason === 'too_large' ? 413 : 400);
    const form = new URLSearchParams(body.text);
    const token = form.get('token') ?? '';
    const fields: PeriodFields = { from: form.get('from') || undefined, to: form.get('to') || undefined };

    const own = await tokenOwner(options, token);
    if (isLimited(own)) {
      return page(<LoginPage error={errors.tooManyTries} />, 429, { 'retry-after': String(own.retryAfter) });
    }
    if (!own) {
      const error = token ? errors.wrongToken : errors.noToken;
      return page(<LoginPage error={error} />, 401, { 'www-authenticate': 'Bearer realm="wegwijs-stats"' });
    }
    // Dates that cannot be read are shown back empty: the browser's date field only ever sends YYYY-MM-DD.
    for (const key of ['from', 'to'] as const) {
      if (fields[key] && !isDay(fields[key]!)) return page(<LoginPage error={errors.badDate} />, 400);
    }
    const period = resolvePeriod(fields.from, fields.to, todayOf(options));
    if ('problem' in period) {
      const error = period.problem === 'reversed' ? errors.reversedPeriod : errors.periodTooLong;
      return page(<LoginPage period={fields} error={error} />, 400);
    }
    let rows: Awaited<ReturnType<typeof ownerRows>>;
    try {
      rows = await ownerRows(graph, reader, options, own, period);
    } catch {
      return page(<MessagePage title={errors.unavailableTitle} message={errors.unavailableText} />, 503, { 'retry-after': '60' });
    }
    return page(<Dashboard model={dashboardModel(graph, own, period, rows)} token={token} />);
  });
  return app;
}
