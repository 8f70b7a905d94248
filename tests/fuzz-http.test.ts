// Bad input against every route (issue 8): generated methods, paths,
// query strings, headers and bodies, sent to the app as the Worker runs it
// and to the Node composition (static files in front). Never a 5xx; under
// /api always a JSON error with a message; unknown methods 405; bodies over
// the limit 413.
import fc from 'fast-check';
import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type AppOptions, createApp } from '../src/app.js';
import { memoryStore } from '../src/counters/memory-store.js';
import { API_BODY_LIMIT_BYTES, BODY_METHODS } from '../src/http/body-limit.js';
import { routeMethods } from '../src/http/route-table.js';
import { createNodeApp } from '../src/node/server.js';
import type { ApiError } from '../src/shared/api-types.js';
import { type FuzzRequest, method, request, send } from './fuzz-arbitraries.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
function options(): AppOptions {
  const store = memoryStore();
  return { graph, counter: store, counting: { reader: store } };
}
const apps: Record<string, Hono> = {
  'the app (as on Workers)': createApp(options()),
  'the Node composition': createNodeApp(process.cwd(), options()),
};

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** Checks one answer; returns a description of what is wrong, or null. */
async function problemWith(r: FuzzRequest, res: Response): Promise<string | null> {
  if (res.status >= 500) return `${res.status} for ${r.method} ${r.path}${r.query}`;
  const pathname = new URL(`http://localhost${r.path}`).pathname;
  if (res.status === 405 && !res.headers.get('allow')) return '405 without Allow';
  if (!isApi(pathname) || res.status < 400 || r.method.toUpperCase() === 'HEAD') return null;
  if (!/^application\/json/.test(res.headers.get('content-type') ?? '')) return `API error ${res.status} is not JSON`;
  const text = await res.text();
  let body: ApiError;
  try {
    body = JSON.parse(text) as ApiError;
  } catch {
    return `API error ${res.status} does not parse: ${text.slice(0, 80)}`;
  }
  if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string' || body.error.message.length < 10)
    return `API error ${res.status} without a clear message: ${text.slice(0, 120)}`;
  return null;
}

// Cases per app: 4,000 + 800 + 300 = 5,100; two apps: 10,200 (the compiler fuzz adds more). FUZZ_SCALE=10 digs deeper, by hand.
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = { anything: 4_000 * scale, methods: 800 * scale, oversized: 300 * scale };

for (const [name, app] of Object.entries(apps)) {
  describe(`bad input against ${name}`, () => {
    it(
      `never answers 5xx; API errors are JSON with a message (${RUNS.anything} cases)`,
      async () => {
        let ran = 0;
        await fc.assert(
          fc.asyncProperty(request(app, graph), async (r) => {
            ran++;
            const res = await send(app, r);
            const problem = await problemWith(r, res);
            if (problem) throw new Error(problem);
          }),
          { numRuns: RUNS.anything },
        );
        expect(ran).toBeGreaterThanOrEqual(RUNS.anything);
      },
      30_000 * scale,
    );

    it(`answers 405 with Allow for a method a route does not have (${RUNS.methods} cases)`, async () => {
      const methodsFor = routeMethods(app);
      const concrete = app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes('*') && !r.path.includes(':')).map((r) => r.path);
      expect(concrete.length).toBeGreaterThan(3);
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...concrete), method, async (path, m) => {
          const allowed = methodsFor(path);
          const upper = m.toUpperCase();
          if (allowed.includes(upper) || upper === 'OPTIONS') return;
          checked++;
          const res = await app.request(path, { method: m, body: ['GET', 'HEAD'].includes(upper) ? undefined : '{}' });
          expect(res.status, `${m} ${path}`).toBe(405);
          expect(res.headers.get('allow')?.split(', ')).toEqual(allowed);
        }),
        { numRuns: RUNS.methods },
      );
      expect(checked).toBeGreaterThan(RUNS.methods / 4);
    });

    it(`refuses API bodies over ${API_BODY_LIMIT_BYTES} bytes with a JSON 413 (${RUNS.oversized} cases)`, async () => {
      const apiPaths = [...new Set(app.routes.map((r) => r.path).filter((p) => p.startsWith('/api/') && !p.includes('*')))].map((p) =>
        p.replace(/:[A-Za-z_]+(\{[^}]*\})?\??/g, 'start'),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...apiPaths),
          fc.constantFrom(...BODY_METHODS),
          fc.integer({ min: API_BODY_LIMIT_BYTES + 1, max: API_BODY_LIMIT_BYTES * 8 }),
          fc.boolean(),
          async (path, m, size, declared) => {
            const body = JSON.stringify({ type: 'quick_exit', pad: 'x'.repeat(size) });
            const res = await app.request(path, {
              method: m,
              body,
              headers: declared
                ? { 'content-type': 'application/json', 'content-length': String(body.length) }
                : { 'content-type': 'application/json' },
            });
            expect(res.status, `${m} ${path} ${size}`).toBe(413);
            expect(((await res.json()) as ApiError).error.code).toBe('payload_too_large');
          },
        ),
        { numRuns: RUNS.oversized },
      );
    });
  });
}
