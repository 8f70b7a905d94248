// Start-up from the precompiled graph (issue 19, point 9). `npm run build`
// compiles flows/ into dist/graph.json (the Worker's build step) and writes
// dist/graph-key.json: a hash of the content it compiled, of the server
// bundle it goes with, and the year (the graph holds this year's and next
// year's holidays). When all three still match, `node dist/server.js` reads
// that graph instead of compiling: no Markdown parser, no holiday tables, no
// author-only checks at start-up (flows:check and the build run them). Any
// difference, and the server compiles as before; under `tsx` (npm run dev)
// it always compiles.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CompileInput } from '../compiler/compile.js';
import { currentEditorLanguage, type Diagnostic, type EditorLanguage } from '../compiler/diagnostics.js';
import type { Graph } from '../graph/graph.js';

export interface GraphKey {
  content: string;
  bundle: string;
  year: number;
  /** The language of the stored findings: a server set to another one compiles afresh. */
  language: EditorLanguage;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function graphKey(input: CompileInput, bundleFile: string, now = new Date()): GraphKey {
  return {
    content: sha256(JSON.stringify(input)),
    bundle: existsSync(bundleFile) ? sha256(readFileSync(bundleFile)) : '',
    year: now.getUTCFullYear(),
    language: currentEditorLanguage(),
  };
}

export const keyFileIn = (distDir: string) => join(distDir, 'graph-key.json');

/** The graph and findings from dist/ when they were built from exactly this content for exactly this bundle this year; else null. */
export function loadPrecompiled(input: CompileInput, bundleFile: string): { graph: Graph; diagnostics: Diagnostic[] } | null {
  const dist = dirname(bundleFile);
  try {
    const stored = JSON.parse(readFileSync(keyFileIn(dist), 'utf8')) as GraphKey;
    const key = graphKey(input, bundleFile);
    if (
      !stored.bundle ||
      stored.content !== key.content ||
      stored.bundle !== key.bundle ||
      stored.year !== key.year ||
      stored.language !== key.language
    )
      return null;
    const graph = JSON.parse(readFileSync(join(dist, 'graph.json'), 'utf8')) as Graph;
    const diagnostics = JSON.parse(readFileSync(join(dist, 'diagnostics.json'), 'utf8')) as Diagnostic[];
    return { graph, diagnostics };
  } catch {
    return null;
  }
}
