// The shipped content, compiled once per test file.
import { compileFromDisk } from '../../src/compiler/load.js';
import type { Graph } from '../../src/graph/graph.js';

let cached: Graph | undefined;

export function shippedGraph(): Graph {
  if (cached) return cached;
  const result = compileFromDisk(process.cwd());
  if (!result.graph)
    throw new Error(
      'The shipped content does not compile:\n' + result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join('\n'),
    );
  cached = result.graph;
  return cached;
}
