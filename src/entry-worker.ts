// Cloudflare Workers entry. The graph is compiled at build time
// (`npm run build:graph` writes dist/graph.json, and the published sources for
// the editors' /studio into dist/studio-sources.json); static files come from
// the assets binding configured in wrangler.toml.
import diagnosticsJson from '../dist/diagnostics.json';
import graphJson from '../dist/graph.json';
import studioSourcesJson from '../dist/studio-sources.json';
import widgetManifest from '../dist/widget-manifest.json';
import { createApp } from './app.js';
import type { Diagnostic } from './compiler/diagnostics.js';
import { type WorkerCountingEnv, workerCounting } from './counters/worker.js';
import type { Graph } from './graph/graph.js';
import { headerConfig, readSettingsOrDefaults } from './settings.js';

/** Counting (issue 7): the D1 binding DB, the secret WEGWIJS_STATS_TOKENS, WEGWIJS_COUNTERS=off. */
interface Env extends WorkerCountingEnv {
  FRAME_ANCESTORS?: string;
  EMBED_FRAME_ANCESTORS?: string;
}

const graph = graphJson as unknown as Graph;
const diagnostics = diagnosticsJson as unknown as Diagnostic[];
// Built on the first request: the bindings and secrets in `env` arrive only with a request.
let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({
      ...workerCounting(env),
      graph,
      diagnostics,
      studioSources: studioSourcesJson as Record<string, string>,
      widget: { file: widgetManifest.file, integrity: widgetManifest.integrity },
      headers: headerConfig(readSettingsOrDefaults(env)),
    });
    return app.fetch(request, env, ctx);
  },
};
