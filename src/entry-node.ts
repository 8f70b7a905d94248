// Node entry (`npm start`): compiles flows/ from disk at start-up, refuses to
// start on a broken flow, serves public/ and the app on PORT (default 8787).
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from './app.js';
import { formatDiagnostic } from './content/diagnostics.js';
import { compileFromDisk } from './content/load.js';
import { staticHeaders } from './http/headers.js';

const root = process.env.WEGWIJS_ROOT ?? process.cwd();
const port = Number(process.env.PORT ?? 8787);

const result = compileFromDisk(root);
if (!result.graph) {
  console.error('wegwijs: the content has errors; the server does not start.');
  for (const d of result.diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic(d));
  process.exit(1);
}

const server = new Hono();
server.use(
  '*',
  serveStatic({
    root: `${root}/public`,
    onFound: (_path, c) => {
      for (const [k, v] of Object.entries(staticHeaders)) c.header(k, v);
    },
  }),
);
server.route('/', createApp({ graph: result.graph, headers: { frameAncestors: process.env.FRAME_ANCESTORS ?? "'none'" } }));

serve({ fetch: server.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
  // Only the address we listen on: we never log anything about a request.
  console.log(`wegwijs listening on http://localhost:${info.port}`);
});
