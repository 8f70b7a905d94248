// What `npm run dev` serves after a compile (src/cli/dev.ts): a version
// without errors replaces the last one; a version with errors keeps the last
// good one and carries its errors, for the top of /preview. Pure.
import { type Diagnostic, errorsIn } from '../compiler/diagnostics.js';
import type { Graph } from '../graph/graph.js';
import type { StudioSources } from '../site/studio-sources.js';

export interface ContentState {
  /** The last version that compiled without errors, if any did. */
  good?: { graph: Graph; diagnostics: Diagnostic[]; sources?: StudioSources };
  /** The errors of the content on disk now (none when it is the good version). */
  errors: Diagnostic[];
}

export function nextState(
  before: ContentState | undefined,
  compiled: { graph: Graph | null; diagnostics: Diagnostic[]; sources?: StudioSources },
): ContentState {
  if (compiled.graph) return { good: { graph: compiled.graph, diagnostics: compiled.diagnostics, sources: compiled.sources }, errors: [] };
  return { good: before?.good, errors: errorsIn(compiled.diagnostics) };
}
