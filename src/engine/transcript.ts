// Golden transcripts: a person's situation, the choices they tap (by their
// exact label) and the help that must appear, walked through the compiled
// graph. A renamed label, a moved step or lost help fails the transcript at
// the line that no longer holds. Pure: the caller reads the files.
//
//   # Buurvrouw hoort 's nachts een kind huilen.
//   start: start
//   > Ik maak me zorgen om iemand
//   > Een kind
//   expect help: veilig-thuis
//   expect text: anoniem
//
// Lines: `# ...` describes the situation (the lines before `start:` name the
// transcript); `start: flow` or `start: flow#step` begins a transcript;
// `> label` taps a choice; `expect help: a, b` (these services are shown
// here), `expect text: ...` (the text here contains this, in any capitals),
// `expect no text: ...` (neither the text nor a card of the help shown here
// says this, e.g. "lokaal tarief"), `expect choice: label` (this choice is offered here), `expect step: flow#step`.

import { card } from '../../messages/nl/shared.json';
import { blockTexts } from '../compiler/render-text.js';
import type { Graph } from '../graph/graph.js';
import type { Service, StepRef } from '../shared/api-types.js';
import { fill } from '../shared/messages.js';

export type Action =
  | { kind: 'tap'; label: string; line: number }
  | { kind: 'help'; services: string[]; line: number }
  | { kind: 'text'; text: string; line: number }
  | { kind: 'no-text'; text: string; line: number }
  | { kind: 'choice'; label: string; line: number }
  | { kind: 'step'; ref: StepRef; line: number };

export interface Transcript {
  file: string;
  /** Line of `start:`. */
  line: number;
  /** The situation, from the comment lines just above `start:`. */
  title: string;
  start: string;
  actions: Action[];
}

export interface TranscriptFailure {
  file: string;
  line: number;
  message: string;
}

export const formatFailure = (f: TranscriptFailure): string => `${f.file}:${f.line}: ${f.message}`;

/** `flow#step` (or `flow/step`) → `flow/step`; a bare `flow` stays as it is. */
const toRef = (target: string): string => target.replace('#', '/');

const EXPECT = /^expect\s+(help|text|no text|choice|step)\s*:\s*(.+)$/;

export function parseTranscripts(file: string, source: string): { transcripts: Transcript[]; problems: TranscriptFailure[] } {
  const transcripts: Transcript[] = [];
  const problems: TranscriptFailure[] = [];
  let comments: string[] = [];
  let current: Transcript | undefined;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');

  lines.forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    if (!text) {
      comments = [];
      return;
    }
    if (text.startsWith('#')) {
      comments.push(text.replace(/^#+\s*/, ''));
      return;
    }
    const start = /^start\s*:\s*(\S+)$/.exec(text);
    if (start) {
      current = { file, line, title: comments.join(' ') || `line ${line}`, start: start[1], actions: [] };
      transcripts.push(current);
      comments = [];
      return;
    }
    if (!current) {
      problems.push({ file, line, message: `"${text}" stands before the first "start:" line.` });
      return;
    }
    if (text.startsWith('>')) {
      current.actions.push({ kind: 'tap', label: text.slice(1).trim(), line });
      return;
    }
    const expect = EXPECT.exec(text);
    if (!expect) {
      problems.push({
        file,
        line,
        message: `Cannot read "${text}". Use "> label", "expect help: id", "expect text: ...", "expect no text: ...", "expect choice: label" or "expect step: flow#step".`,
      });
      return;
    }
    const value = expect[2].trim();
    if (expect[1] === 'help')
      current.actions.push({
        kind: 'help',
        services: value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        line,
      });
    else if (expect[1] === 'text') current.actions.push({ kind: 'text', text: value, line });
    else if (expect[1] === 'no text') current.actions.push({ kind: 'no-text', text: value, line });
    else if (expect[1] === 'choice') current.actions.push({ kind: 'choice', label: value, line });
    else current.actions.push({ kind: 'step', ref: toRef(value), line });
  });

  for (const t of transcripts) {
    if (!t.actions.some((a) => a.kind === 'help')) {
      problems.push({ file, line: t.line, message: `The transcript "${t.title}" never says which help must appear.` });
    }
  }
  return { transcripts, problems };
}

/**
 * What a service card says, for `expect no text`: name, badges ("Gratis",
 * "Anoniem"), purpose, what happens next, notes, and per channel its number
 * or label, its cost and its hours note. (Not the wording of the hours
 * themselves: site and widget each phrase those.)
 */
function cardTexts(service: Service | undefined): string[] {
  if (!service) return [];
  const badges = [
    service.free ? card.free : '',
    service.anonymous === true ? card.anonymous : service.anonymous === 'advice' ? card.anonymousAdvice : '',
  ];
  const channels = service.channels.flatMap((c) => [
    c.kind === 'phone' ? c.display : c.label,
    c.kind === 'phone' && c.cost ? fill(card.cost, { cost: c.cost }) : '',
    typeof c.hours === 'object' ? (c.hours.note ?? '') : '',
  ]);
  return [service.name, ...badges, service.purpose, service.after ?? '', ...(service.notes ?? []), ...channels].filter(Boolean);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Walks one transcript; the first line that does not hold, or null when all do. */
export function runTranscript(graph: Graph, transcript: Transcript): TranscriptFailure | null {
  const fail = (line: number, message: string): TranscriptFailure => ({ file: transcript.file, line, message });
  const startRef = graph.flows[transcript.start]?.start ?? toRef(transcript.start);
  let step = graph.steps[startRef];
  if (!step) return fail(transcript.line, `There is no conversation or step "${transcript.start}".`);

  for (const action of transcript.actions) {
    const here = `at "${step.ref}"`;
    switch (action.kind) {
      case 'tap': {
        const choice = step.choices.find((c) => c.label === action.label);
        if (!choice) {
          const offered = step.choices.map((c) => `"${c.label}"`).join(', ') || 'none';
          return fail(action.line, `No choice "${action.label}" ${here}. Choices: ${offered}.`);
        }
        step = graph.steps[choice.target];
        break;
      }
      case 'help': {
        const missing = action.services.filter((id) => !step.services.includes(id));
        if (missing.length)
          return fail(action.line, `Expected help ${missing.join(', ')} ${here}; shown: ${step.services.join(', ') || 'no help'}.`);
        break;
      }
      case 'text': {
        const text = normalise(blockTexts(step.text.blocks).join(' '));
        if (!text.includes(normalise(action.text))) return fail(action.line, `The text ${here} does not contain "${action.text}".`);
        break;
      }
      case 'no-text': {
        // Text by text, so that a phrase never matches across the end of one and the start of the next.
        const shown = [...blockTexts(step.text.blocks), ...step.services.flatMap((id) => cardTexts(graph.services[id]))];
        if (shown.some((text) => normalise(text).includes(normalise(action.text))))
          return fail(action.line, `The text or help ${here} contains "${action.text}", which must not be shown there.`);
        break;
      }
      case 'choice':
        if (!step.choices.some((c) => c.label === action.label))
          return fail(action.line, `No choice "${action.label}" is offered ${here}.`);
        break;
      case 'step':
        if (step.ref !== action.ref) return fail(action.line, `Expected to be at "${action.ref}", but ${here}.`);
        break;
    }
  }
  return null;
}
