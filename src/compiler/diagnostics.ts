// Author-facing diagnostics. Every code is stable and documented in
// docs/diagnostics.md; never reuse or renumber a code. The texts live in the
// catalogue messages/diagnostics/<lang>.json (title, message, hint, example
// per code), in the editor's language: report calls pass a code and values.
import en from '../../messages/diagnostics/en.json';
import nl from '../../messages/diagnostics/nl.json';
import { format, type Message } from '../shared/messages.js';
import { currentEditorLanguage, type EditorLanguage } from './editor-languages.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  line: number;
  message: string;
  hint: string;
}

interface CodeInfo {
  severity: Severity;
}

/** Every code and its severity (its one home). docs/diagnostics.md has one section per code (a test checks). */
export const CODES = {
  WW001: { severity: 'error' },
  WW002: { severity: 'warning' },
  WW003: { severity: 'error' },
  WW004: { severity: 'error' },
  WW005: { severity: 'error' },
  WW006: { severity: 'error' },
  WW007: { severity: 'error' },
  WW008: { severity: 'error' },
  WW009: { severity: 'error' },
  WW010: { severity: 'error' },
  WW011: { severity: 'error' },
  WW012: { severity: 'error' },
  WW013: { severity: 'error' },
  WW014: { severity: 'error' },
  WW015: { severity: 'error' },
  WW016: { severity: 'error' },
  WW017: { severity: 'warning' },
  WW018: { severity: 'error' },
  WW020: { severity: 'error' },
  WW021: { severity: 'error' },
  WW022: { severity: 'warning' },
  WW023: { severity: 'error' },
  WW024: { severity: 'error' },
  WW025: { severity: 'error' },
  WW026: { severity: 'error' },
  WW027: { severity: 'error' },
  WW030: { severity: 'error' },
  WW031: { severity: 'error' },
  WW032: { severity: 'error' },
  WW033: { severity: 'error' },
  WW034: { severity: 'error' },
  WW035: { severity: 'warning' },
  WW036: { severity: 'error' },
  WW060: { severity: 'error' },
  WW061: { severity: 'error' },
  WW062: { severity: 'error' },
  WW040: { severity: 'error' },
  WW041: { severity: 'error' },
  WW019: { severity: 'error' },
  WW050: { severity: 'error' },
  WW051: { severity: 'error' },
  WW052: { severity: 'error' },
  WW053: { severity: 'error' },
  WW054: { severity: 'error' },
  WW055: { severity: 'error' },
  WW056: { severity: 'error' },
  WW057: { severity: 'error' },
  WW058: { severity: 'warning' },
  WW070: { severity: 'error' },
  WW071: { severity: 'error' },
  WW072: { severity: 'error' },
  WW073: { severity: 'error' },
  WW074: { severity: 'error' },
  WW080: { severity: 'error' },
  WW081: { severity: 'warning' },
  WW082: { severity: 'error' },
  WW083: { severity: 'warning' },
  WW084: { severity: 'error' },
  WW085: { severity: 'error' },
  WW086: { severity: 'error' },
  WW087: { severity: 'warning' },
  WW088: { severity: 'error' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export { EDITOR_LANGUAGES, type EditorLanguage } from './editor-languages.js';

/** A message or hint: one text, or one per situation the code covers ("variant"); plural forms have `other`. */
export type CatalogueText = Message | Record<string, Message>;

export interface CatalogueEntry {
  title: string;
  message: CatalogueText;
  hint: CatalogueText;
  /** What in a source file leads to it, for docs/diagnostics.md. */
  example: string;
}

/** Per language: every code's texts, and "details": the schemas' own words for what a value must be. */
export type Catalogue = Record<Code, CatalogueEntry> & { details: Record<string, string> };

/** Typed so that a code without an entry in either language does not compile. */
export const CATALOGUES: Record<EditorLanguage, Catalogue> = { nl, en };

export type DiagnosticValues = Record<string, string | number>;

// The editor's language lives in its own module (no catalogue), so the
// server's start-up can set it without loading the catalogues.
export { currentEditorLanguage, parseEditorLanguage, setEditorLanguage } from './editor-languages.js';

/** The text for `variant` (when the entry has variants), filled in `lang`; plural forms are chosen by `values.count`. */
export function catalogueText(text: CatalogueText, values: DiagnosticValues, variant: string | undefined, lang: EditorLanguage): string {
  const isOne = typeof text === 'string' || 'other' in text;
  const message = isOne ? (text as Message) : (text as Record<string, Message>)[variant ?? ''];
  if (message === undefined) throw new Error(`The diagnostics catalogue has no variant "${variant}".`);
  return format(message, values, lang);
}

/** A finding: its text comes from the catalogue in the editor's language. */
export function diag(code: Code, file: string, line: number, values: DiagnosticValues = {}, variant?: string): Diagnostic {
  const lang = currentEditorLanguage();
  const entry = CATALOGUES[lang][code];
  const text = (t: CatalogueText) => catalogueText(t, values, variant, lang);
  return { code, severity: CODES[code].severity, file, line, message: text(entry.message), hint: text(entry.hint) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function errorsIn(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** `flows/x.md:12: error WW001: message` and an indented hint, like a compiler. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity} ${d.code}: ${d.message}\n    hint: ${d.hint}`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
}
