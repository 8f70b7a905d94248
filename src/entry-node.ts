// Node entry (`npm start`): starts from the precompiled graph when it fits,
// else compiles flows/ from disk; refuses to start on a broken flow; serves
// public/ and the app on PORT (default 8787).

import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setEditorLanguage } from './compiler/editor-languages.js';
import { closeOnExit, nodeCounting } from './counters/node.js';
import { loadPrecompiled } from './node/precompiled.js';
import { createNodeApp, listen } from './node/server.js';
import { headerConfig, readSettings } from './settings.js';
import { type StudioSources, studioSources } from './site/studio-sources.js';

// Every setting, checked before anything else (src/settings.ts, docs/settings.md).
const read = readSettings(process.env);
if (!read.settings) {
  for (const line of read.errors) console.error(line);
  console.error('wegwijs: the server does not start until this is fixed (docs/settings.md).');
  process.exit(1);
}
const settings = read.settings;
const root = settings.WEGWIJS_ROOT ?? process.cwd();
const port = settings.PORT;

// The precompiled graph when it fits (src/node/precompiled.ts); otherwise the
// compiler, loaded only then: dist/compiler.js beside the bundle (built apart,
// see src/node/compile-content.ts), or the source itself under tsx. The
// specifier is computed, so esbuild leaves the compiler out of dist/server.js.
const compilerModule = import.meta.url.endsWith('.ts') ? './node/compile-content.ts' : './compiler.js';
let sources: (() => StudioSources) | undefined;
let errorLines: string[] = [];
const result = await (async () => {
  try {
    // Diagnostics in the log and on /preview in the editors' language (WEGWIJS_EDITOR_LANG).
    setEditorLanguage(settings.WEGWIJS_EDITOR_LANG);
    const bundle = fileURLToPath(import.meta.url);
    const precompiled = bundle.endsWith(`${sep}dist${sep}server.js`) ? loadPrecompiled(root, bundle) : null;
    if (precompiled) {
      console.log('wegwijs: content from the precompiled graph (dist/graph.json), built from exactly these files.');
      // The editors' /studio: the sources that graph was built from, read when /studio is first asked for.
      sources = () => JSON.parse(readFileSync(join(dirname(bundle), 'studio-sources.json'), 'utf8')) as StudioSources;
      return precompiled;
    }
    const { compileContent }: typeof import('./node/compile-content.js') = await import(new URL(compilerModule, import.meta.url).href);
    const compiled = compileContent(root, settings.WEGWIJS_EDITOR_LANG);
    // The editors' /studio gets the published files as read (src/site/studio-sources.ts).
    const read = studioSources(compiled.input);
    sources = () => read;
    errorLines = compiled.errorLines;
    return compiled.result;
  } catch (error) {
    console.error(`wegwijs: ${(error as Error).message}`);
    process.exit(1);
  }
})();
if (!result.graph) {
  console.error('wegwijs: the content has errors; the server does not start.');
  for (const line of errorLines) console.error(line);
  process.exit(1);
}

// Anonymous counters (issue 7): on by default, WEGWIJS_COUNTERS=off; see docs/counters.md.
const counting = nodeCounting(settings, root);
const stopFor = (errors: string[]) => {
  for (const error of errors) console.error(error);
  console.error('wegwijs: the server does not start until this is fixed (docs/counters.md).');
  process.exit(1);
};
for (const note of counting.notes) console.log(note);
if (counting.errors.length) stopFor(counting.errors);
closeOnExit(counting);

const app = createNodeApp(root, {
  ...counting.setup,
  graph: result.graph,
  diagnostics: result.diagnostics,
  headers: headerConfig(settings),
  studioSources: sources,
});
const server = await listen(app, port, settings.HOST).catch((error: NodeJS.ErrnoException) => {
  const why =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use (EADDRINUSE): is wegwijs already running? Stop it, or start with another PORT.`
      : error.message;
  console.error(`wegwijs: cannot listen: ${why}`);
  process.exit(1);
});
// Only the address we listen on: nothing about any request is ever logged.
console.log(`wegwijs listening on ${server.url.replace('0.0.0.0', 'localhost')}`);
// The counts file opens, and the site's pages load, once the first answer is
// out, or after a second without one (issue 19, point 9).
void Promise.race([server.firstAnswer, new Promise((r) => setTimeout(r, 1000))])
  .then(() => {
    // A page that cannot load answers the 500 page and is tried again; the conversations still work.
    app.loadPages().catch((error: Error) => console.error(`wegwijs: the site's pages could not be loaded: ${error.message}`));
    return counting.open();
  })
  .then(({ notes, errors }) => {
    for (const note of notes) console.log(note);
    if (errors.length) stopFor(errors);
  });
