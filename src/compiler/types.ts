// The compiler's own types: what goes in (source files), what comes out (a
// graph or findings) and the shape of a check. Their own module, so the
// compiler's parts can share them without importing compile.ts (no cycles).
import type { Graph } from '../graph/graph.js';
import type { Diagnostic } from './diagnostics.js';
import type { RawFlow } from './parse-flow.js';

export interface SourceFile {
  /** Path relative to the project, as shown in diagnostics (e.g. flows/start.md). */
  file: string;
  source: string;
}

export interface CompileResult {
  /** Null when there are errors: a broken graph is never served. */
  graph: Graph | null;
  diagnostics: Diagnostic[];
}

export interface CompileInput {
  flows: SourceFile[];
  services: SourceFile;
  /** flows/gemeenten/*.json: municipalities and their local help. */
  municipalities?: SourceFile[];
  /** flows/languages.json: the languages besides Dutch (issue 16). */
  languages?: SourceFile;
  /** flows/translations/<lang>/*.json: one string table per conversation, and one for the registry. */
  translations?: SourceFile[];
  /** messages/<lang>/<group>.json: the public words of site and widget per language (Dutch is the reference). */
  messages?: SourceFile[];
  /** flows/words.json: the free-text matcher's danger rules and spellings (issue 17). */
  words?: SourceFile;
  /** The compile date, for "checked more than a year ago" warnings; injectable for tests. */
  today?: Date;
}

/** Extra checks run over a graph that compiled; each returns its diagnostics. */
export type GraphCheck = ((graph: Graph, raw: RawFlow[]) => Diagnostic[]) & {
  /**
   * Also run while other findings are errors: a check of each text on its
   * own (plain language) says something true about a half-broken graph too,
   * so an editor sees all of it at once instead of a new finding after each
   * fix. Checks of the whole (paths to help, roles) would only echo the errors.
   */
  evenWithErrors?: boolean;
};
