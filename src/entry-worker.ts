// Cloudflare Workers entry. The graph is compiled at build time
// (`npm run build:graph` writes dist/graph.json); static files come from the
// assets binding configured in wrangler.toml.
import { createApp } from './app.js';
import type { Graph } from './content/compile.js';
import graphJson from '../dist/graph.json';

interface Env {
  FRAME_ANCESTORS?: string;
}

const graph = graphJson as unknown as Graph;
let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({ graph, headers: { frameAncestors: env.FRAME_ANCESTORS ?? "'none'" } });
    return app.fetch(request, env, ctx);
  },
};
