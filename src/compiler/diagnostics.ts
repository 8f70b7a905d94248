// Author-facing diagnostics. Every code is stable and documented in
// docs/diagnostics.md; never reuse or renumber a code.

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
  title: string;
}

/** The catalogue. docs/diagnostics.md has one section per code (a test checks). */
export const CODES = {
  WW001: { severity: 'error', title: 'Unknown choice target' },
  WW002: { severity: 'warning', title: 'Unreachable step' },
  WW003: { severity: 'error', title: 'Dead end' },
  WW004: { severity: 'error', title: 'Duplicate id' },
  WW005: { severity: 'error', title: 'Unknown service' },
  WW006: { severity: 'error', title: 'Empty text' },
  WW007: { severity: 'error', title: 'Raw HTML' },
  WW008: { severity: 'error', title: 'Link scheme not allowed' },
  WW009: { severity: 'error', title: 'Phone number not in the registry' },
  WW010: { severity: 'error', title: 'Invalid front matter' },
  WW011: { severity: 'error', title: 'Unsupported format version' },
  WW012: { severity: 'error', title: 'Invalid service entry' },
  WW013: { severity: 'error', title: 'Text outside a step' },
  WW014: { severity: 'error', title: 'Invalid step id' },
  WW015: { severity: 'error', title: 'Image not allowed' },
  WW016: { severity: 'error', title: 'Unverified number shown' },
  WW017: { severity: 'warning', title: 'Verification date older than 12 months' },
  WW018: { severity: 'error', title: 'Unsupported Markdown' },
  WW020: { severity: 'error', title: 'Sentence too long' },
  WW021: { severity: 'error', title: 'Jargon' },
  WW022: { severity: 'warning', title: 'Long sentences on average' },
  WW023: { severity: 'error', title: 'Path without help' },
  WW024: { severity: 'error', title: 'Help too far away' },
  WW025: { severity: 'error', title: 'No 112 near the start' },
  WW026: { severity: 'error', title: '112 missing or not verified' },
  WW027: { severity: 'error', title: 'No day-and-night line' },
  WW030: { severity: 'error', title: 'Invalid municipality file' },
  WW031: { severity: 'error', title: 'Unknown region' },
  WW032: { severity: 'error', title: 'Duplicate municipality or region' },
  WW033: { severity: 'error', title: 'Malformed municipality code' },
  WW034: { severity: 'error', title: 'Unverified local number shown' },
  WW035: { severity: 'warning', title: 'Local entry checked more than 12 months ago' },
  WW036: { severity: 'error', title: 'Unknown local service' },
  WW060: { severity: 'error', title: 'Municipality count differs from CBS' },
  WW061: { severity: 'error', title: 'Municipality not in the national list' },
  WW062: { severity: 'error', title: 'Municipality name differs from the national list' },
  WW040: { severity: 'error', title: 'Public source missing or internal' },
  WW041: { severity: 'error', title: 'Free not backed by a source' },
  WW019: { severity: 'error', title: 'Markdown nested too deeply' },
  WW050: { severity: 'error', title: 'Invalid stated local help' },
  WW051: { severity: 'error', title: 'Unsupported stated-help version' },
  WW052: { severity: 'error', title: 'Stated help for another municipality' },
  WW053: { severity: 'error', title: 'Stated phone number not allowed' },
  WW054: { severity: 'error', title: 'Stated link not allowed' },
  WW055: { severity: 'error', title: 'Markup in stated help' },
  WW056: { severity: 'error', title: 'Stated text too long' },
  WW057: { severity: 'error', title: 'Stated help incomplete' },
  WW058: { severity: 'warning', title: 'Unknown field in stated help' },
  WW070: { severity: 'error', title: 'Invalid roles block' },
  WW071: { severity: 'error', title: 'Unknown service in a role' },
  WW072: { severity: 'error', title: 'Required role missing' },
  WW073: { severity: 'error', title: 'Day-and-night role not open day and night' },
  WW074: { severity: 'error', title: 'Built-in line without a verified phone' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export function diag(code: Code, file: string, line: number, message: string, hint: string): Diagnostic {
  return { code, severity: CODES[code].severity, file, line, message, hint };
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
