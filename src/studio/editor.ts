// The text editor: a plain <textarea> (the browser's own editing, undo,
// spelling and screen reader support) with a gutter of line numbers beside
// it, kept in step with its scroll. Lines with a finding get a marker in the
// gutter; `goTo` selects a line and scrolls it into view.
import type { Severity } from '../compiler/diagnostics.js';
import { el } from './dom.js';
import { say, words } from './words.js';

export interface Editor {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
  /** Shows `text` of `file` (a new file: undo history starts again). */
  open(file: string, text: string): void;
  /** Marks lines (1-based) with their most severe finding. */
  mark(lines: Map<number, Severity>): void;
  goTo(line: number): void;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe finding per line. */
export function worstPerLine(findings: ReadonlyArray<{ line: number; severity: Severity }>): Map<number, Severity> {
  const out = new Map<number, Severity>();
  for (const f of findings) {
    const had = out.get(f.line);
    if (!had || RANK[f.severity] > RANK[had]) out.set(f.line, f.severity);
  }
  return out;
}

/** Character offsets of the start and end of line `line` (1-based) in `text`. */
export function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

export function createEditor(onInput: (text: string) => void): Editor {
  const gutter = el('div', { class: 'gutter', 'aria-hidden': 'true' });
  const textarea = el('textarea', {
    id: 'studio-tekst',
    class: 'source',
    wrap: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
  });
  const label = el('label', { for: 'studio-tekst', class: 'editor-label' });
  const root = el('div', { class: 'editor' }, label, el('div', { class: 'editor-body' }, gutter, textarea));
  let marks = new Map<number, Severity>();
  let lineCount = 0;

  const drawGutter = () => {
    const count = textarea.value.split('\n').length;
    if (count !== lineCount) {
      lineCount = count;
      gutter.replaceChildren(...Array.from({ length: count }, (_, i) => el('span', { class: 'ln', 'data-line': i + 1 }, String(i + 1))));
    }
    for (const span of gutter.children) {
      const line = Number((span as HTMLElement).dataset.line);
      const severity = marks.get(line);
      span.className = severity ? `ln mark-${severity}` : 'ln';
      if (severity) span.setAttribute('title', say(words.findings.gutter, { line }));
      else span.removeAttribute('title');
    }
  };
  textarea.addEventListener('input', () => {
    drawGutter();
    onInput(textarea.value);
  });
  textarea.addEventListener('scroll', () => {
    gutter.scrollTop = textarea.scrollTop;
  });

  return {
    root,
    textarea,
    open(file, text) {
      label.textContent = say(words.file.editorLabel, { file });
      textarea.value = text;
      textarea.scrollTop = 0;
      lineCount = -1;
      drawGutter();
    },
    mark(lines) {
      marks = lines;
      drawGutter();
    },
    goTo(line) {
      const [start, end] = lineRange(textarea.value, line);
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(start, end);
      const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20;
      textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
      gutter.scrollTop = textarea.scrollTop;
    },
  };
}
