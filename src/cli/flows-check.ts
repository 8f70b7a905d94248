// `npm run flows:check`: validates every flow and the service registry and
// prints author-facing diagnostics. Exit 1 on any error.
import { formatDiagnostic } from '../content/diagnostics.js';
import { compileFromDisk } from '../content/load.js';

const result = compileFromDisk(process.cwd());
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
if (result.graph) {
  console.log(`\n${Object.keys(result.graph.flows).length} conversations, ${Object.keys(result.graph.steps).length} steps, ${Object.keys(result.graph.services).length} services.`);
}
console.log(`${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);
