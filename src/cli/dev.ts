// `npm run dev`: the Node server for development, with content that reloads
// on save. It watches flows/ and messages/ and compiles again after each
// change; a version without errors replaces the one served, and a version
// with errors leaves the last good one in place, with its errors shown on top
// of /preview (and printed here) instead of the site disappearing. Code
// changes restart the whole process (tsx watch). Never used in production:
// `npm start` runs src/entry-node.ts.
import { existsSync, type FSWatcher, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { defaultChecks } from '../compiler/checks.js';
import { compile } from '../compiler/compile.js';
import { type Diagnostic, errorsIn, formatDiagnostic, setEditorLanguage } from '../compiler/diagnostics.js';
import { readContent } from '../compiler/read-content.js';
import { closeOnExit, nodeCounting } from '../counters/node.js';
import type { Graph } from '../graph/graph.js';
import { createNodeApp, listen } from '../node/server.js';
import { headerConfig, readSettings } from '../settings.js';
import { type StudioSources, studioSources } from '../site/studio-sources.js';
import { type ContentState, nextState } from './dev-state.js';

const read = readSettings(process.env);
if (!read.settings) {
  for (const line of read.errors) console.error(line);
  process.exit(1);
}
const settings = read.settings;
const root = settings.WEGWIJS_ROOT ?? process.cwd();
setEditorLanguage(settings.WEGWIJS_EDITOR_LANG);

const counting = nodeCounting(settings, root);
if (counting.errors.length) {
  for (const error of counting.errors) console.error(error);
  process.exit(1);
}
closeOnExit(counting);

/** The content on disk now: compiled, with the sources the studio gets. */
function compileContent(): { graph: Graph | null; diagnostics: Diagnostic[]; sources?: StudioSources } {
  try {
    const input = readContent(root);
    return { ...compile(input, defaultChecks), sources: studioSources(input) };
  } catch (error) {
    // A file that cannot be read at all (it was being saved): reported, the last good version stays.
    return {
      graph: null,
      diagnostics: [{ code: '—', severity: 'error', file: root, line: 1, message: (error as Error).message, hint: '' }],
    };
  }
}

/** The last build's graph (dist/, `npm run build`): the version to show when the content has errors at start-up. */
function lastBuilt(): ContentState['good'] {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'graph.json'))) return undefined;
  try {
    const graph = JSON.parse(readFileSync(join(dist, 'graph.json'), 'utf8')) as Graph;
    const diagnostics = JSON.parse(readFileSync(join(dist, 'diagnostics.json'), 'utf8')) as Diagnostic[];
    return { graph, diagnostics };
  } catch {
    return undefined;
  }
}

let state: ContentState | undefined;
let app: Hono | undefined;

function reload(): void {
  const compiled = compileContent();
  state = nextState(state ?? (compiled.graph ? undefined : { good: lastBuilt(), errors: [] }), compiled);
  if (!state.good) {
    console.error('wegwijs dev: the content has errors and there is no earlier version without errors to show.');
    for (const d of errorsIn(compiled.diagnostics)) console.error(formatDiagnostic(d));
    if (!app) process.exit(1);
    return;
  }
  app = createNodeApp(root, {
    ...counting.setup,
    graph: state.good.graph,
    diagnostics: state.good.diagnostics,
    contentErrors: state.errors,
    studioSources: state.good.sources,
    headers: headerConfig(settings),
  });
  if (state.errors.length) {
    console.error(`wegwijs dev: the content has ${state.errors.length} error(s); serving the last version without errors (see /preview).`);
    for (const d of state.errors) console.error(formatDiagnostic(d));
  } else console.log(`wegwijs dev: content version ${state.good.graph.version}`);
}

reload();
const front = new Hono();
front.all('*', (c) => app!.fetch(c.req.raw));
const server = await listen(front, settings.PORT, settings.HOST);
console.log(`wegwijs dev listening on ${server.url.replace('0.0.0.0', 'localhost')}; reloads flows/ and messages/ on save`);

// Editors save in bursts (a temporary file, then a rename): one compile after it settles.
let timer: ReturnType<typeof setTimeout> | undefined;
const watchers: FSWatcher[] = [];
for (const folder of ['flows', 'messages']) {
  try {
    watchers.push(
      watch(join(root, folder), { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(reload, 150);
      }),
    );
  } catch {
    console.error(`wegwijs dev: cannot watch ${folder}/; changes there need a restart.`);
  }
}
process.once('exit', () => {
  for (const w of watchers) w.close();
});
