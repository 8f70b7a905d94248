// Compiles flows/ into dist/graph.json (and its findings into
// dist/diagnostics.json) for the Worker build. Fails (exit 1)
// with the diagnostics when the content has errors.
import { mkdirSync } from 'node:fs';
import { defaultChecks } from '../compiler/checks.js';
import { compile } from '../compiler/compile.js';
import { errorsIn, formatDiagnostic } from '../compiler/diagnostics.js';
import { readContent } from '../compiler/read-content.js';
import { chooseEditorLanguageOrExit } from '../node/editor-language.js';
import { contentStamp, graphKey, keyFileIn, writeGraphParts } from '../node/precompiled.js';
import { studioSources } from '../site/studio-sources.js';
import { writeAtomic } from './write-atomic.js';

// The findings are written in the editors' language (WEGWIJS_EDITOR_LANG); the key below records it.
chooseEditorLanguageOrExit();

const root = process.cwd();
// The stamp before the read: a file changed while the build runs then differs from it (src/node/precompiled.ts).
const stamp = contentStamp(root);
const input = readContent(root);
const result = compile(input, defaultChecks);
if (!result.graph) {
  for (const d of errorsIn(result.diagnostics)) console.error(formatDiagnostic(d));
  process.exit(1);
}
mkdirSync(`${root}/dist`, { recursive: true });
writeAtomic(`${root}/dist/graph.json`, JSON.stringify(result.graph));
// The findings (warnings only, by now) for the editors' /preview page on the Worker.
writeAtomic(`${root}/dist/diagnostics.json`, JSON.stringify(result.diagnostics));
// The Worker has no files, and a precompiled Node start reads none: the editors' /studio gets the published sources from here.
writeAtomic(`${root}/dist/studio-sources.json`, JSON.stringify(studioSources(input)));
writeGraphParts(`${root}/dist`, result.graph, writeAtomic);
// For `node dist/server.js`: start from this graph while content, bundle and year still match (src/node/precompiled.ts).
writeAtomic(keyFileIn(`${root}/dist`), JSON.stringify(graphKey(input, stamp, `${root}/dist/server.js`)));
console.log(
  `dist/graph.json: ${Object.keys(result.graph.flows).length} conversations, ${Object.keys(result.graph.steps).length} steps, version ${result.graph.version}`,
);
