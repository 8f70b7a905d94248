// Node entry (`npm start`): compiles flows/ from disk at start-up, refuses to
// start on a broken flow, serves public/ and the app on PORT (default 8787).
import { errorsIn, formatDiagnostic } from './content/diagnostics.js';
import { compileFromDisk } from './content/load.js';
import { closeOnExit, nodeCounting } from './counters/node.js';
import { defaultHeaderConfig } from './http/headers.js';
import { createNodeApp, listen } from './node/server.js';

const root = process.env.WEGWIJS_ROOT ?? process.cwd();
const port = Number(process.env.PORT ?? 8787);

const result = (() => {
  try {
    return compileFromDisk(root);
  } catch (error) {
    console.error(`wegwijs: ${(error as Error).message}`);
    process.exit(1);
  }
})();
if (!result.graph) {
  console.error('wegwijs: the content has errors; the server does not start.');
  for (const d of errorsIn(result.diagnostics)) console.error(formatDiagnostic(d));
  process.exit(1);
}

// Anonymous counters (issue 7): on by default, WEGWIJS_COUNTERS=off; see docs/counters.md.
const counting = nodeCounting(process.env, root);
for (const note of counting.notes) console.log(note);
if (counting.errors.length) {
  for (const error of counting.errors) console.error(error);
  console.error('wegwijs: the server does not start until this is fixed (docs/counters.md).');
  process.exit(1);
}
closeOnExit(counting);

const app = createNodeApp(root, { ...counting.setup, graph: result.graph, diagnostics: result.diagnostics, headers: { frameAncestors: process.env.FRAME_ANCESTORS ?? defaultHeaderConfig.frameAncestors } });
const server = await listen(app, port, process.env.HOST ?? '0.0.0.0').catch((error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${port} is already in use (EADDRINUSE): is wegwijs already running? Stop it, or start with another PORT.` : error.message;
  console.error(`wegwijs: cannot listen: ${why}`);
  process.exit(1);
});
// Only the address we listen on: nothing about any request is ever logged.
console.log(`wegwijs listening on ${server.url.replace('0.0.0.0', 'localhost')}`);
