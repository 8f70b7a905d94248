// The list of findings beside the editor: a count, then the findings of the
// open file (each a button that jumps to its line), then those of other
// files (a button opens that file at the line). Findings come from the
// compiler as they are, coded (WW…) and worded in the chosen language.
import type { Diagnostic } from '../compiler/diagnostics.js';
import { el } from './dom.js';
import { say, words } from './words.js';

export interface FindingsView {
  root: HTMLElement;
  show(findings: readonly Diagnostic[], file: string, ms: number): void;
}

const w = words.findings;

/** "2 fouten en 1 waarschuwing." or "Geen meldingen. …" */
export function summary(findings: readonly Diagnostic[]): string {
  const errors = findings.filter((d) => d.severity === 'error').length;
  const warnings = findings.filter((d) => d.severity !== 'error').length;
  if (!errors && !warnings) return w.none;
  return say(w.summary, {
    errors,
    warnings,
    errorWord: say(w.error, { count: errors }),
    warningWord: say(w.warning, { count: warnings }),
  });
}

export function createFindings(goTo: (file: string, line: number) => void, languageChoice: HTMLElement): FindingsView {
  const status = el('p', { class: 'findings-summary', role: 'status' });
  const timing = el('p', { class: 'findings-time' });
  const lists = el('div', { class: 'findings-lists' });
  const root = el(
    'section',
    { class: 'findings', 'aria-labelledby': 'studio-meldingen' },
    el('h2', { id: 'studio-meldingen' }, w.heading),
    languageChoice,
    status,
    timing,
    lists,
  );

  const item = (d: Diagnostic, here: boolean) =>
    el(
      'li',
      { class: `finding finding-${d.severity}`, 'data-code': d.code, 'data-line': d.line, 'data-file': d.file },
      el(
        'button',
        { type: 'button', class: 'finding-go', onclick: () => goTo(d.file, d.line) },
        say(here ? w.item : w.itemElsewhere, { file: d.file, line: d.line, severity: w.severity[d.severity], code: d.code }),
      ),
      el('p', { class: 'finding-message' }, d.message),
      el('p', { class: 'finding-hint' }, say(w.hint, { hint: d.hint })),
    );

  return {
    root,
    show(findings, file, ms) {
      status.textContent = summary(findings);
      timing.textContent = say(w.checked, { ms });
      const here = findings.filter((d) => d.file === file);
      const elsewhere = findings.filter((d) => d.file !== file);
      // Findings in the open file first, then those in other files; a group without findings has no heading.
      const group = (title: string, id: string, list: Diagnostic[], inThisFile: boolean) =>
        list.length
          ? [
              el('h3', {}, title),
              el(
                'ul',
                { class: 'finding-list', id },
                list.map((d) => item(d, inThisFile)),
              ),
            ]
          : [];
      lists.replaceChildren(...group(w.here, 'meldingen-hier', here, true), ...group(w.elsewhere, 'meldingen-elders', elsewhere, false));
    },
  };
}
