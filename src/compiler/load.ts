// Node-only: reads the content folder from disk and compiles it. The Worker
// gets the same graph from a build step (src/cli/build-graph.ts) instead.
import { defaultChecks } from './checks.js';
import { type CompileResult, compile, type GraphCheck } from './compile.js';
import { readContent } from './read-content.js';

export { readContent };

export function compileFromDisk(root: string, checks: GraphCheck[] = defaultChecks): CompileResult {
  return compile(readContent(root), checks);
}
