// `npm run flows:graph`: one Mermaid diagram per conversation, for editors.
// Writes dist/graphs/<conversation>.mmd and dist/graphs/README.md (all
// diagrams in one page that GitHub and most editors draw). Another folder:
// `npm run flows:graph -- --out docs/graphs`. Exit 1 when the content has errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsIn, formatDiagnostic } from '../compiler/diagnostics.js';
import { compileFromDisk } from '../compiler/load.js';
import { chooseEditorLanguageOrExit } from '../node/editor-language.js';
import { flowMermaid } from '../site/mermaid.js';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : join('dist', 'graphs');

chooseEditorLanguageOrExit();
const result = compileFromDisk(process.cwd());
if (!result.graph) {
  console.error('The content has errors; fix them first (npm run flows:check):');
  for (const d of errorsIn(result.diagnostics)) console.error(formatDiagnostic(d));
  process.exit(1);
}
const graph = result.graph;
mkdirSync(out, { recursive: true });
const index = ['# Conversations as diagrams', '', 'Made by `npm run flows:graph`; change the files in `flows/`, not these.', ''];
for (const flow of Object.values(graph.flows)) {
  const diagram = flowMermaid(graph, flow.id);
  const file = join(out, `${flow.id}.mmd`);
  writeFileSync(file, diagram);
  index.push(`## ${flow.title} (\`${flow.id}\`)`, '', '```mermaid', diagram.trimEnd(), '```', '');
  console.log(file);
}
writeFileSync(join(out, 'README.md'), index.join('\n'));
console.log(
  `${join(out, 'README.md')}: ${Object.keys(graph.flows).length} diagrams. Open it on GitHub or paste a .mmd file into https://mermaid.live.`,
);
