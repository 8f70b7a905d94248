// Municipality-stated local help contributed as a file:
// flows/gemeenten/gemeente-GM0637.json holds the same block as the embed
// snippet's <script type="application/json" data-wegwijs-lokaal>, checked by
// the same validator (src/shared/stated-local-help.ts), plus a "datum". Its
// problems become diagnostics WW050–WW058 (docs/diagnostics.md). Pure.
import type { SourceFile } from './compile.js';
import { diag, type Code, type Diagnostic } from './diagnostics.js';
import { readStatedHelp, type StatedCode } from '../shared/stated-local-help.js';
import { readJsonSource } from './source.js';
import type { Municipality } from '../graph/municipality.js';

const FILE_NAME = /(?:^|\/)gemeente-(GM\d{4})\.json$/;

/** A stated-help file rather than a region file: named after one municipality. */
export function isStatedHelpFile(file: string): boolean {
  return FILE_NAME.test(file.replace(/\\/g, '/'));
}

const HINTS: Record<StatedCode, string> = {
  WW050: 'Write one JSON object, at most 2,000 characters; see docs/local-help.md.',
  WW051: 'Write "versie": 1.',
  WW052: 'Name the file after the municipality it is for, and write the same code in "gemeente"; the municipality must be in a region file.',
  WW053: 'Write a Dutch number at normal rates: 0800, 14 + area code, a regular or mobile number. No 0900, 0906, 0909 or foreign numbers.',
  WW054: 'Write the full https:// address of the page.',
  WW055: 'Write plain text: no HTML tags or entities.',
  WW056: 'Shorten it; the limits are in docs/local-help.md.',
  WW057: 'The block needs "naam", "telefoon" or "website", and in a file "datum" (YYYY-MM-DD).',
  WW058: 'Remove the field, or fix its name: versie, gemeente, naam, telefoon, tijden, website, notitie, datum.',
};

/** Checks the files and puts each valid block on its municipality (`stated`). */
export function attachStatedHelp(files: readonly SourceFile[], municipalities: Record<string, Municipality>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const code = FILE_NAME.exec(file.file.replace(/\\/g, '/'))![1];
    const read = readJsonSource(file.source);
    const report = (c: StatedCode, message: string) => {
      const field = /^"?(\w+)/.exec(message)?.[1];
      const line = !read.ok ? read.line : field ? read.lineOf([field]) : 1;
      diagnostics.push(diag(c as Code, file.file, line, `${municipalities[code]?.name ?? code}: ${message}.`, HINTS[c]));
    };
    const m = municipalities[code];
    if (!m) {
      report('WW052', `${code} is not a municipality in the region files; the file is ignored`);
      continue;
    }
    const { help, problems } = readStatedHelp(file.source, code);
    for (const p of problems) report(p.code, p.message);
    if (!help) continue;
    if (!/^\d{4}-\d\d-\d\d$/.test(help.datum ?? '')) {
      report('WW057', '"datum" must be the day the municipality stated this (YYYY-MM-DD); the file is ignored');
      continue;
    }
    m.stated = help;
  }
  return diagnostics;
}
