// `npm run flows:check`: validates every flow and the service registry and
// prints author-facing diagnostics, then per conversation its size, sentence
// lengths and deepest path to help. Exit 1 on any error.
import type { Graph } from '../content/compile.js';
import { errorsIn, formatDiagnostic } from '../content/diagnostics.js';
import { compileFromDisk } from '../content/load.js';
import { textStats } from '../content/plain-language.js';
import { blockTexts } from '../content/render-text.js';
import { deepestPathToHelp } from '../content/structure.js';

/** One block per conversation: steps, average and longest sentence (with its place), deepest path to help. */
function conversationReport(graph: Graph): string[] {
  const lines: string[] = [];
  for (const flow of Object.values(graph.flows)) {
    const steps = Object.values(graph.steps).filter((s) => s.ref.startsWith(`${flow.id}/`));
    const stats = textStats(steps.flatMap((s) => blockTexts(s.text.blocks)));
    const longestIn = steps.find((s) => textStats(blockTexts(s.text.blocks)).longest?.words === stats.longest?.words);
    const where = longestIn ? `${graph.sources[longestIn.ref].file}:${graph.sources[longestIn.ref].line}` : '';
    const path = deepestPathToHelp(graph, flow.id);
    lines.push(`  ${flow.id}: ${steps.length} steps, ${stats.sentences} sentences, ${stats.average.toFixed(1)} words per sentence on average`);
    if (stats.longest) lines.push(`    longest sentence: ${stats.longest.words} words (${where}): "${stats.longest.text}"`);
    lines.push(path ? `    deepest path to help: ${path.choices} ${path.choices === 1 ? 'choice' : 'choices'}${path.choices ? `: ${path.labels.join(' › ')}` : ''}` : '    deepest path to help: none (see WW023)');
  }
  return lines;
}

const result = compileFromDisk(process.cwd());
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
const errors = errorsIn(result.diagnostics).length;
const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
if (result.graph) {
  console.log(`\nPer conversation:\n${conversationReport(result.graph).join('\n')}`);
  console.log(`\n${Object.keys(result.graph.flows).length} conversations, ${Object.keys(result.graph.steps).length} steps, ${Object.keys(result.graph.services).length} services.`);
}
console.log(`${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);
