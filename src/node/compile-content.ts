// The compiler as `npm start` uses it when there is no fitting precompiled
// graph: read flows/, compile with every check, and the error lines to print.
// `npm run build:server` bundles this file apart, as dist/compiler.js, with
// its own copy of what it needs: shared with the server's bundle, the full
// schema library the compiler uses would be loaded at every start, also
// when the precompiled graph makes compiling unnecessary (issue 19, point 9).
// So the editors' language is passed in, not read from the server's copy of
// src/compiler/editor-languages.ts.
import { defaultChecks } from '../compiler/checks.js';
import { type CompileInput, type CompileResult, compile } from '../compiler/compile.js';
import { errorsIn, formatDiagnostic } from '../compiler/diagnostics.js';
import { type EditorLanguage, setEditorLanguage } from '../compiler/editor-languages.js';
import { readContent } from '../compiler/read-content.js';

export interface CompiledContent {
  /** The files as read (the editors' /studio shows them). */
  input: CompileInput;
  result: CompileResult;
  /** One line per error, in the editors' language; empty when the graph was made. */
  errorLines: string[];
}

export function compileContent(root: string, language: EditorLanguage): CompiledContent {
  setEditorLanguage(language);
  const input = readContent(root);
  const result = compile(input, defaultChecks);
  return { input, result, errorLines: result.graph ? [] : errorsIn(result.diagnostics).map(formatDiagnostic) };
}
