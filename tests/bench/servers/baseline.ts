// Bench server (a): the baseline, a bare Hono route returning a small JSON
// on @hono/node-server. With BENCH_SAME_FILE it also serves, at /same, a
// fixed copy of another response's body and headers: the bare framework
// writing exactly the bytes the real route writes. Prints its address as
// one JSON line on stdout.

import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ status: 'ok' }));
const sameFile = process.env.BENCH_SAME_FILE;
if (sameFile) {
  const same = JSON.parse(readFileSync(sameFile, 'utf8')) as { body: string; headers: Record<string, string> };
  const bytes = new Uint8Array(Buffer.from(same.body, 'base64'));
  app.get('/same', () => new Response(bytes, { headers: same.headers }));
}
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}`, paths: { baseline: '/', same: '/same' } }));
});
