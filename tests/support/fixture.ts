// A small, fixed content set (tests/fixtures/content) for tests that must
// not change when the shipped conversations are edited.
import { fileURLToPath } from 'node:url';
import { compileFromDisk } from '../../src/compiler/load.js';
import type { Graph } from '../../src/graph/graph.js';

export const fixtureRoot = fileURLToPath(new URL('../fixtures/content', import.meta.url));

export function fixtureGraph(): Graph {
  const result = compileFromDisk(fixtureRoot, []);
  if (!result.graph) throw new Error('fixture content does not compile: ' + JSON.stringify(result.diagnostics));
  return result.graph;
}
