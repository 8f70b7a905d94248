// Compiles flows/ into dist/graph.json (and its findings into
// dist/diagnostics.json) for the Worker build. Fails (exit 1)
// with the diagnostics when the content has errors.
import { mkdirSync } from 'node:fs';
import { errorsIn, formatDiagnostic } from '../content/diagnostics.js';
import { compileFromDisk } from '../content/load.js';
import { writeAtomic } from './write-atomic.js';

const root = process.cwd();
const result = compileFromDisk(root);
if (!result.graph) {
  for (const d of errorsIn(result.diagnostics)) console.error(formatDiagnostic(d));
  process.exit(1);
}
mkdirSync(`${root}/dist`, { recursive: true });
writeAtomic(`${root}/dist/graph.json`, JSON.stringify(result.graph));
// The findings (warnings only, by now) for the editors' /preview page on the Worker.
writeAtomic(`${root}/dist/diagnostics.json`, JSON.stringify(result.diagnostics));
console.log(`dist/graph.json: ${Object.keys(result.graph.flows).length} conversations, ${Object.keys(result.graph.steps).length} steps, version ${result.graph.version}`);
