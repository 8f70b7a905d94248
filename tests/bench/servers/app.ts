// Bench server (b, c): the real Node composition (static files + app) with
// the compiled shipped content, as `npm start` serves it. Prints its address
// and the candidate paths for the bench as one JSON line on stdout.
import { compileFromDisk } from '../../../src/compiler/load.js';
import { createNodeApp, listen } from '../../../src/node/server.js';

const root = process.env.WEGWIJS_ROOT ?? process.cwd();
const { graph, diagnostics } = compileFromDisk(root);
if (!graph) {
  console.error(diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join('\n'));
  process.exit(1);
}
const startFlow = graph.flows.start ?? Object.values(graph.flows)[0];
const startKey = graph.steps[startFlow.start]?.key;
const gemeente = Object.keys(graph.municipalities ?? {})[0];
const server = await listen(createNodeApp(root, { graph }));
console.log(
  JSON.stringify({
    url: server.url,
    paths: {
      api: `/api/v1/flows/${startFlow.id}`,
      apiGemeente: gemeente ? `/api/v1/flows/${startFlow.id}?gemeente=${gemeente}` : null,
      widget: '/widget.js',
      // The first of these that answers 200 with HTML is the step page.
      pages: [...(startKey ? [`/s/${startKey}`] : []), '/'],
    },
  }),
);
