// The check the studio runs as the editor types: the sources (path → text)
// as compiler input, compiled by the same pure compiler and checks as
// `npm run flows:check` and the server, in the editor's language. Runs in the
// browser; nothing leaves it.
import { defaultChecks } from '../compiler/checks.js';
import { compile } from '../compiler/compile.js';
import { type EditorLanguage, setEditorLanguage } from '../compiler/diagnostics.js';
import type { CompileInput, CompileResult, SourceFile } from '../compiler/types.js';

export type Sources = Record<string, string>;

export const REGISTRY_FILE = 'flows/services.json';
export const WORDS_FILE = 'flows/words.json';

export type FileKind = 'flow' | 'registry' | 'municipality' | 'other';

export function kindOf(path: string): FileKind {
  if (path === REGISTRY_FILE) return 'registry';
  if (/^flows\/gemeenten\/[^/]+\.json$/.test(path)) return 'municipality';
  if (/^flows\/[^/]+\.md$/.test(path)) return 'flow';
  return 'other';
}

/** The first municipality a municipality file names (to preview as), if the file reads as JSON. */
export function firstMunicipalityCode(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { municipalities?: Array<{ code?: unknown }> }).municipalities?.[0]?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The sources as the compiler reads them from disk (src/compiler/read-content.ts), in the same order. */
export function compileInput(sources: Sources, today?: Date): CompileInput {
  const paths = Object.keys(sources).sort();
  const file = (path: string): SourceFile => ({ file: path, source: sources[path] });
  return {
    flows: paths.filter((p) => kindOf(p) === 'flow').map(file),
    services: file(REGISTRY_FILE),
    municipalities: paths.filter((p) => kindOf(p) === 'municipality').map(file),
    words: sources[WORDS_FILE] === undefined ? undefined : file(WORDS_FILE),
    today,
  };
}

export interface Checked extends CompileResult {
  /** How long the check took, in milliseconds. */
  ms: number;
}

/** Compiles `sources` with every check, the findings worded in `lang`. */
export function checkSources(sources: Sources, lang: EditorLanguage, today?: Date): Checked {
  const start = performance.now();
  setEditorLanguage(lang);
  try {
    const result = compile(compileInput(sources, today), defaultChecks);
    return { ...result, ms: Math.round(performance.now() - start) };
  } finally {
    setEditorLanguage('nl');
  }
}
