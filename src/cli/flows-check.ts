// `npm run flows:check`: validates every flow and the service registry and
// prints author-facing diagnostics, then per conversation its size, sentence
// lengths and deepest path to help. Exit 1 on any error.
// `--stats` (`npm run flows:stats`): only that per-conversation table, in
// Markdown; still exit 1 when the content has errors (then there is no table).
// `--lang en` (or WEGWIJS_EDITOR_LANG=en): diagnostics in English; Dutch by default.
import { errorsIn, formatDiagnostic } from '../compiler/diagnostics.js';
import { compileFromDisk } from '../compiler/load.js';
import { conversationStats, registryLine, statsLines, statsTable } from '../compiler/readability.js';
import { chooseEditorLanguageOrExit } from '../node/editor-language.js';

chooseEditorLanguageOrExit();
const statsOnly = process.argv.includes('--stats');
const result = compileFromDisk(process.cwd());
const errors = errorsIn(result.diagnostics);
const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;

if (statsOnly) {
  if (result.graph) console.log(`${statsTable(conversationStats(result.graph))}\n\n${registryLine(result.graph)}`);
  else for (const d of errors) console.error(formatDiagnostic(d));
} else {
  for (const d of result.diagnostics) console.log(formatDiagnostic(d));
  if (result.graph) {
    console.log(`\nPer conversation:\n${statsLines(conversationStats(result.graph)).join('\n')}\n  ${registryLine(result.graph)}`);
    console.log(
      `\n${Object.keys(result.graph.flows).length} conversations, ${Object.keys(result.graph.steps).length} steps, ${Object.keys(result.graph.services).length} services.`,
    );
  }
  console.log(`${errors.length} error(s), ${warnings} warning(s).`);
}
process.exit(errors.length ? 1 : 0);
