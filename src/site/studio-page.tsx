// /studio: the editors' studio (issue 18, docs/editors.md). The server sends
// one page: the site's frame (112, "Snel weg"), the words that say what the
// studio does and that it sends nothing, and the published source files as
// inert JSON in the page. The studio's own script (public/studio/studio.js,
// built from src/studio/) does the rest in the browser: it never talks to the
// server again, and the page's CSP (studioPageHeaders) forbids it to.
import { raw } from 'hono/html';
import type { Graph } from '../graph/graph.js';
import { Layout } from './layout.js';
import { studioText } from './messages.js';
import { STUDIO_DATA_ID, STUDIO_ROOT_ID, type StudioData, type StudioSources } from './studio-sources.js';

const words = studioText.page;

/** JSON that cannot end the <script> element it sits in, nor start a comment. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function StudioPage({ graph, sources }: { graph: Graph; sources: StudioSources }) {
  const data: StudioData = { files: sources, holidays: graph.holidays ?? [], version: graph.version };
  return (
    <Layout title={words.title} noindex own={{ style: '/studio/studio.css', script: '/studio/studio.js', bodyClass: 'studio-page' }}>
      <h1>{words.heading}</h1>
      <p>{words.intro}</p>
      <p class="studio-note">{words.nothingSent}</p>
      <noscript>
        <p class="studio-note">{words.noScript}</p>
      </noscript>
      <div id={STUDIO_ROOT_ID}>
        <p class="studio-loading">{words.loading}</p>
      </div>
      {raw(`<script type="application/json" id="${STUDIO_DATA_ID}">${inertJson(data)}</script>`)}
    </Layout>
  );
}
