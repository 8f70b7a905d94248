// A real Node server (static files + app) on a free loopback port, for tests
// that need HTTP: browsers, load, privacy. Build first (npm test does).

import type { AppOptions } from '../../src/app.js';
import { createNodeApp, listen, type RunningServer } from '../../src/node/server.js';
import { shippedGraph } from './content.js';

export function startServer(options: Partial<AppOptions> = {}): Promise<RunningServer> {
  return listen(createNodeApp(process.cwd(), { graph: shippedGraph(), ...options }));
}
