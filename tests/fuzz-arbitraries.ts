// Generators of hostile and malformed HTTP requests for the property tests.
// Paths come from the app's own route table, so routes added later are
// fuzzed without editing this file.
import fc from 'fast-check';
import type { Hono } from 'hono';
import type { Graph } from '../src/graph/graph.js';

export interface FuzzRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

/** Methods Request can carry (CONNECT, TRACE and TRACK are refused by the fetch standard itself). */
/** Mostly GET (what visitors send), then writes, preflights and odd or made-up methods. */
export const method = fc.oneof(
  { weight: 8, arbitrary: fc.constant('GET') },
  { weight: 2, arbitrary: fc.constant('POST') },
  { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS') },
  { weight: 1, arbitrary: fc.constantFrom('PUT', 'PATCH', 'DELETE') },
  // CONNECT, TRACE and TRACK are refused by the fetch standard before any app sees them.
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{3,10}$/).filter((m) => !['CONNECT', 'TRACE', 'TRACK'].includes(m)) },
  { weight: 1, arbitrary: fc.constantFrom('PROPFIND', 'MKCOL', 'LINK', 'PURGE', 'get', 'Post') },
);

/** Route patterns worth aiming at: real endpoints and wildcard guards. */
export function routePatterns(app: Hono): string[] {
  return [...new Set(app.routes.map((r) => r.path))];
}

const nasty = fc.constantFrom(
  '',
  '..',
  '%',
  '%E0%A4%A',
  '%00',
  '%2e%2e',
  '%2F',
  '\u00e9',
  '💥',
  'a'.repeat(300),
  '<script>',
  "'; DROP TABLE",
  '{{x}}',
  '../../etc/passwd',
  ' ',
  '+',
  '?',
  '#',
);

/** A value for a path parameter: something real from the content, or junk. */
function paramValue(graph: Graph): fc.Arbitrary<string> {
  const real = [...Object.keys(graph.flows), ...Object.values(graph.steps).map((s) => s.key), 'GM0637', 'GM0000', 'nl'];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9-]{0,24}$/) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: nasty },
  );
}

/** Fills `:name` and `:name{regex}` parameters; a `*` becomes one or more junk segments. */
function fill(pattern: string, values: string[], tail: string): string {
  let i = 0;
  return pattern.replace(/:[A-Za-z_]+(\{[^}]*\})?\??/g, () => values[i++ % values.length] ?? 'x').replace(/\*/g, tail);
}

export function path(app: Hono, graph: Graph): fc.Arbitrary<string> {
  const patterns = routePatterns(app);
  const routed = fc
    .tuple(
      fc.constantFrom(...patterns),
      fc.array(paramValue(graph), { minLength: 1, maxLength: 3 }),
      fc.array(paramValue(graph), { maxLength: 3 }),
    )
    .map(([p, values, tail]) => fill(p, values, tail.join('/') || 'x'));
  const junk = fc.oneof(
    fc.webPath(),
    fc.array(fc.oneof(fc.webSegment(), nasty), { maxLength: 6 }).map((s) => '/' + s.join('/')),
    fc
      .tuple(fc.constantFrom('/api/', '/api/v1/', '/api/v2/', '/s/', '/static/', '//'), fc.oneof(fc.webSegment(), nasty))
      .map(([a, b]) => a + b),
  );
  return fc.oneof({ weight: 3, arbitrary: routed }, { weight: 2, arbitrary: junk }).map((p) => (p.startsWith('/') ? p : '/' + p));
}

const queryKey = fc.oneof(
  fc.constantFrom('gemeente', 'lang', 'van', 'flow', 'from', 'to', 'period', 'token', 'format', 'q'),
  fc.webSegment(),
);
const queryValue = fc.oneof(
  fc.constantFrom('GM0637', 'GM12345', 'nl', 'en', 'xx', '2026-01-01', '', '%', '%%', 'a'.repeat(500)),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent),
  fc.webSegment(),
);
export const query = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 5 })
    .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.webQueryParameters().map((q) => '?' + q),
  fc.constantFrom('?', '?&&&', '?=', '?gemeente', '?gemeente=GM0637&gemeente=GM0637', '?lang=nl&lang=en', '?%zz=1'),
);

/** Header values must be ISO-8859-1 without line breaks, or Headers refuses them before the app sees anything. */
const headerValue = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
  fc.constantFrom(
    '*',
    'W/"abc"',
    '"',
    '""',
    'application/json',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/json; charset=utf-16',
    'bytes=0-10',
    'null',
  ),
);
export const headers = fc.dictionary(
  fc.constantFrom(
    'content-type',
    'if-none-match',
    'if-modified-since',
    'accept',
    'accept-language',
    'accept-encoding',
    'origin',
    'referer',
    'cookie',
    'user-agent',
    'x-forwarded-for',
    'range',
    'authorization',
    'access-control-request-method',
  ),
  headerValue,
  { maxKeys: 5 },
);

export const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .record(
      {
        type: fc.constantFrom('conversation_started', 'signpost_shown', 'quick_exit', 'fallback_shown', 'other'),
        flow: fc.constantFrom('start', 'omstander', 'x'),
        gemeente: fc.constantFrom('GM0637', 'GM9999', 'x'),
        lang: fc.constantFrom('nl', 'en'),
        service: fc.constantFrom('veilig-thuis', 'x'),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
);

export function request(app: Hono, graph: Graph): fc.Arbitrary<FuzzRequest> {
  return fc.record({ method, path: path(app, graph), query, headers, body });
}

/** Sends a generated request in process; a body only where fetch allows one. */
export function send(app: Hono, r: FuzzRequest): Promise<Response> {
  const canHaveBody = !['GET', 'HEAD'].includes(r.method.toUpperCase());
  return Promise.resolve(
    app.request(`http://localhost${r.path}${r.query}`, { method: r.method, headers: r.headers, body: canHaveBody ? r.body : undefined }),
  );
}
