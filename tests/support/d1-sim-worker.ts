// A small Worker for tests/worker-batching.test.ts: the real D1 store
// (src/counters/d1-store.ts) inside workerd, with the D1 binding wrapped to
// count the calls it makes. POST /count takes events; POST /setup makes the table, POST /flush writes what
// waits; GET /cost and GET /rows read back. Test-only, never deployed.
import { type D1Store, d1Store } from '../../src/counters/d1-store.js';
import { COUNTS_TABLE } from '../../src/counters/sql.js';
import type { CountedEvent } from '../../src/shared/api-types.js';

const cost = { calls: 0, statements: 0, failures: [] as string[] };
let store: D1Store | undefined;

export default {
  async fetch(request: Request, env: { DB: D1Database }, ctx: ExecutionContext): Promise<Response> {
    store ??= d1Store(
      {
        prepare: (sql: string) => env.DB.prepare(sql),
        batch: (statements: D1PreparedStatement[]) => {
          cost.calls += 1;
          cost.statements += statements.length;
          return env.DB.batch(statements);
        },
      } as unknown as D1Database,
      { onError: (error) => cost.failures.push(error.message) },
    );
    const { pathname } = new URL(request.url);
    if (pathname === '/count') {
      const { day, events } = (await request.json()) as { day: string; events: CountedEvent[] };
      // As the events route does: the write runs after the answer.
      for (const event of events) ctx.waitUntil(store.count(event, day));
      return new Response(null, { status: 204 });
    }
    if (pathname === '/setup') {
      await env.DB.prepare(COUNTS_TABLE).run();
      return new Response(null, { status: 204 });
    }
    if (pathname === '/flush') {
      await store.flush();
      return new Response(null, { status: 204 });
    }
    if (pathname === '/cost') return Response.json(cost);
    if (pathname === '/rows')
      return Response.json((await env.DB.prepare('SELECT day, gemeente, flow, event, key, count FROM counts').all()).results);
    return new Response(null, { status: 404 });
  },
};
