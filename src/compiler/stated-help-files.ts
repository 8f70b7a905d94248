// Municipality-stated local help contributed as a file:
// flows/gemeenten/gemeente-GM0637.json holds the same block as the embed
// snippet's <script type="application/json" data-wegwijs-lokaal>, checked by
// the same validator (src/shared/stated-local-help.ts), plus a "datum". Its
// problems become diagnostics WW050–WW058 (docs/diagnostics.md). Pure.

import type { Municipality } from '../graph/municipality.js';
import { readStatedHelp, STATED_VERSION, type StatedCode } from '../shared/stated-local-help.js';
import { type Code, type Diagnostic, type DiagnosticValues, diag } from './diagnostics.js';
import { readJsonSource } from './source.js';
import type { SourceFile } from './types.js';

const FILE_NAME = /(?:^|\/)gemeente-(GM\d{4})\.json$/;

/** A stated-help file rather than a region file: named after one municipality. */
export function isStatedHelpFile(file: string): boolean {
  return FILE_NAME.test(file.replace(/\\/g, '/'));
}

/**
 * The validator (shared with the widget, so small and in one language) names the
 * field and the code; the text an editor reads comes from the catalogue. Two codes
 * cover more than one situation: which one is told by the field.
 */
function variantOf(code: StatedCode, field: string): string | undefined {
  if (code === 'WW052') return 'mismatch';
  if (code === 'WW057') return field === 'blok' ? 'incomplete' : 'empty';
  return undefined;
}

/** Checks the files and puts each valid block on its municipality (`stated`). */
export function attachStatedHelp(files: readonly SourceFile[], municipalities: Record<string, Municipality>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const code = FILE_NAME.exec(file.file.replace(/\\/g, '/'))![1];
    const read = readJsonSource(file.source);
    const municipality = municipalities[code]?.name ?? code;
    const report = (c: StatedCode, field: string, values: DiagnosticValues, variant?: string) => {
      const line = !read.ok ? read.line : field && field !== 'blok' ? read.lineOf([field]) : 1;
      diagnostics.push(diag(c as Code, file.file, line, { municipality, field, ...values }, variant));
    };
    const m = municipalities[code];
    if (!m) {
      report('WW052', '', { code }, 'unknown');
      continue;
    }
    const { help, problems } = readStatedHelp(file.source, code);
    for (const p of problems) {
      const field = p.message.slice(0, p.message.indexOf(':'));
      report(p.code, field, { code, version: STATED_VERSION }, variantOf(p.code, field));
    }
    if (!help) continue;
    if (!/^\d{4}-\d\d-\d\d$/.test(help.datum ?? '')) {
      report('WW057', 'datum', {}, 'noDate');
      continue;
    }
    m.stated = help;
  }
  return diagnostics;
}
