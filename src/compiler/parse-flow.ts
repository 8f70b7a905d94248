// Reads one flow file (Markdown with a small front matter) into a raw,
// line-numbered structure. Checks only what needs the source lines; the
// compiler checks everything that needs the whole graph.

import { ID_PATTERN } from '../graph/content-id.js';
import { type Diagnostic, diag } from './diagnostics.js';

export const FORMAT_VERSION = 1;

export interface RawChoice {
  label: string;
  /** As written: "#step", "flow#step" or "flow". */
  target: string;
  line: number;
}

export interface RawStep {
  id: string;
  line: number;
  /** Markdown body lines, with their line numbers. */
  body: Array<{ text: string; line: number }>;
  choices: RawChoice[];
  services: Array<{ id: string; line: number }>;
  end: boolean;
  /** The step's own heading (`Titel: ...`), when the editor wrote one. */
  title?: string;
  /** Words and phrases people use for this situation (`Woorden: ...`, never shown): what the free-text matcher knows (issue 17). */
  words: Array<{ phrase: string; line: number }>;
}

export interface RawFlow {
  file: string;
  meta: Record<string, { value: string; line: number }>;
  steps: RawStep[];
}

const STEP_HEADING = /^##\s+(.*?)\s*$/;
const CHOICE = /^\s*[-*]\s+\[([^\]]+)\]\(([^)\s]+)\)\s*$/;
const HELP = /^Hulp:\s*(.*)$/;
const END = /^Einde\.?\s*$/;
const TITLE = /^Titel:\s*(.*?)\s*$/;
const WORDS = /^Woorden:\s*(.*?)\s*$/;

/** A choice target points inside the content, never to a URL. */
function isInternalTarget(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target);
}

export function parseFlow(file: string, source: string): { flow: RawFlow; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const meta: RawFlow['meta'] = {};
  const steps: RawStep[] = [];
  let i = 0;

  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
    // Not closed: read the settings that follow, then go on with the steps,
    // so one missing line gives one finding, not one per line of the file.
    const end = close > 0 ? close : lines.findIndex((l, n) => n > 0 && (STEP_HEADING.test(l) || /^#\s/.test(l)));
    if (close < 0) diagnostics.push(diag('WW010', file, 1, {}, 'notClosed'));
    const last = end > 0 ? end : lines.length;
    for (i = 1; i < last; i++) {
      const line = lines[i];
      if (!line.trim() || line.trim().startsWith('#')) continue;
      const m = /^([a-z][a-z0-9_-]*)\s*:\s*(.*)$/i.exec(line);
      if (!m) {
        if (close > 0) diagnostics.push(diag('WW010', file, i + 1, { text: line.trim() }, 'unreadable'));
        continue;
      }
      meta[m[1]] = { value: m[2].trim(), line: i + 1 };
    }
    i = close > 0 ? close + 1 : last;
  } else {
    diagnostics.push(diag('WW010', file, 1, {}, 'none'));
  }

  let current: RawStep | undefined;
  for (; i < lines.length; i++) {
    const text = lines[i];
    const line = i + 1;
    const heading = STEP_HEADING.exec(text);
    if (heading) {
      current = { id: heading[1], line, body: [], choices: [], services: [], end: false, words: [] };
      steps.push(current);
      if (!ID_PATTERN.test(heading[1])) {
        diagnostics.push(diag('WW014', file, line, { id: heading[1] }));
      }
      continue;
    }
    if (!current) {
      // A level-1 title and blank lines may stand before the first step.
      if (text.trim() && !/^#\s/.test(text)) {
        diagnostics.push(diag('WW013', file, line));
      }
      continue;
    }
    const choice = CHOICE.exec(text);
    if (choice && isInternalTarget(choice[2])) {
      current.choices.push({ label: choice[1].trim(), target: choice[2], line });
      continue;
    }
    const help = HELP.exec(text);
    if (help) {
      for (const id of help[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        current.services.push({ id, line });
      }
      continue;
    }
    const words = WORDS.exec(text);
    if (words) {
      for (const phrase of words[1].split(',').map((w) => w.trim().replace(/^"|"$/g, ''))) if (phrase) current.words.push({ phrase, line });
      continue;
    }
    const title = TITLE.exec(text);
    if (title?.[1]) {
      current.title = title[1];
      continue;
    }
    if (END.test(text.trim())) {
      current.end = true;
      continue;
    }
    current.body.push({ text, line });
  }
  return { flow: { file, meta, steps }, diagnostics };
}
