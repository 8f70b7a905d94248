// Plain Dutch (B1) checks on everything the public reads: step texts, choice
// labels, conversation titles and the registry's texts. Only the measurable
// parts of B1 are checked (sentence length, jargon); the rest is the editor's
// job (docs/writing-conversations.md).

import type { Graph } from '../graph/graph.js';
import { stepIdOf } from '../graph/step-ref.js';
import type { Service } from '../shared/api-types.js';
import { type Diagnostic, type DiagnosticValues, diag } from './diagnostics.js';
import type { RawFlow, RawStep } from './parse-flow.js';
import { blockTexts } from './render-text.js';
import type { GraphCheck } from './types.js';

/** Over this many words a sentence is an error: nobody reads it in one go on a phone. */
export const MAX_SENTENCE_WORDS = 25;
/** A step whose sentences average more than this gets a warning. */
export const MAX_AVERAGE_WORDS = 15;

/** Where registry texts are reported; the registry has one fixed place. */
export const SERVICES_FILE = 'flows/services.json';

export interface JargonTerm {
  /** The word as listed, e.g. "dader". */
  term: string;
  /** Other forms matched as whole words too (plurals, spelling variants). */
  forms?: string[];
  /** What to write instead, in a few words. */
  hint: string;
}

/**
 * Words the public does not use or that label people. Matched as whole words,
 * case-insensitively. Add a term here and in docs/writing-conversations.md.
 */
export const JARGON: readonly JargonTerm[] = [
  { term: 'dader', forms: ['daders'], hint: 'say "pleger", or "degene die het doet"' },
  { term: 'meldcode', forms: ['meldcodes'], hint: 'this is for professionals; say what the reader can do, e.g. "bel Veilig Thuis"' },
  { term: 'MDA++', forms: ['MDA'], hint: 'a professionals\' term; leave it out or say "hulp van verschillende instanties samen"' },
  { term: 'casus', forms: ['casussen'], hint: 'say "situatie"' },
  { term: 'casusregie', hint: 'say who does what, e.g. "iemand van het wijkteam regelt de hulp"' },
  { term: 'triage', hint: 'say "Veilig Thuis kijkt hoe ernstig het is"' },
  { term: 'radarfunctie', hint: 'leave it out, or say "Veilig Thuis houdt bij of het veilig blijft"' },
  { term: 'directbetrokkene', forms: ['directbetrokkenen'], hint: 'say "de mensen om wie het gaat"' },
  { term: 'ketenpartner', forms: ['ketenpartners'], hint: 'name the organisation, e.g. "de politie" or "het wijkteam"' },
  { term: 'zorgmelding', forms: ['zorgmeldingen'], hint: 'say "melding"' },
  { term: 'signaleren', forms: ['signalering'], hint: 'say "zien", "merken" or "opvallen"' },
  { term: 'escalatie', forms: ['escaleren', 'escaleert'], hint: 'say "erger worden"' },
  { term: 'interventie', forms: ['interventies'], hint: 'say "hulp" or what actually happens' },
  { term: 'ambulant', forms: ['ambulante'], hint: 'say "bij je thuis" or "zonder opname"' },
  { term: 'multidisciplinair', forms: ['multidisciplinaire'], hint: 'leave it out, or name who helps' },
  { term: 'ontspoorde', forms: ['ontsporing', 'ontspoord', 'ontsporen'], hint: 'say "als zorg misgaat"' },
  { term: 'hulpverleningstraject', forms: ['hulpverleningstrajecten'], hint: 'say "hulp"' },
  { term: 'bijv.', hint: 'write "bijvoorbeeld"' },
  { term: 'o.a.', hint: 'write "onder andere", or "zoals"' },
  { term: 'i.p.v.', hint: 'write "in plaats van"' },
  { term: 'm.b.t.', hint: 'write "over"' },
  { term: 't.a.v.', hint: 'write "over" or "voor"' },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JARGON_PATTERNS = JARGON.map((term) => ({
  term,
  // Whole words: no letter or digit may touch the match on either side.
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[term.term, ...(term.forms ?? [])].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
}));

export interface Sentence {
  text: string;
  words: number;
}

/** Words are runs of characters that hold at least one letter or digit ("0800-2000" is one word, "-" is none). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Sentences end at . ! ? or … before a space, at a line break, or at the end of the text. */
export function sentences(text: string): Sentence[] {
  return text
    .split(/\n+|(?<=[.!?…])["'”’)]*\s+/)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) > 0)
    .map((s) => ({ text: s, words: wordCount(s) }));
}

/** The jargon terms a text uses, each once, with the form found. */
export function findJargon(text: string): Array<{ term: JargonTerm; found: string }> {
  const out: Array<{ term: JargonTerm; found: string }> = [];
  for (const { term, pattern } of JARGON_PATTERNS) {
    const match = pattern.exec(text);
    if (match) out.push({ term, found: match[0] });
  }
  return out;
}

export interface TextStats {
  sentences: number;
  words: number;
  /** Words per sentence, 0 when there is no sentence. */
  average: number;
  longest: Sentence | null;
}

export function textStats(texts: readonly string[]): TextStats {
  const all = texts.flatMap(sentences);
  const words = all.reduce((sum, s) => sum + s.words, 0);
  const longest = all.reduce<Sentence | null>((max, s) => (!max || s.words > max.words ? s : max), null);
  return { sentences: all.length, words, average: all.length ? words / all.length : 0, longest };
}

/** The public texts of a registry entry, named by field for messages. */
function serviceTexts(service: Service): Array<{ field: string; text: string }> {
  const out = [
    { field: 'name', text: service.name },
    { field: 'purpose', text: service.purpose },
    ...(service.after ? [{ field: 'after', text: service.after }] : []),
    ...(service.notes ?? []).map((text, i) => ({ field: `notes[${i}]`, text })),
  ];
  service.channels.forEach((channel, i) => {
    if (channel.kind !== 'phone') out.push({ field: `channels[${i}].label`, text: channel.label });
    else if (channel.cost) out.push({ field: `channels[${i}].cost`, text: channel.cost });
    if (typeof channel.hours === 'object' && channel.hours.note) out.push({ field: `channels[${i}].hours.note`, text: channel.hours.note });
  });
  return out;
}

/** Markdown source reduced to roughly its visible text, to find the line a sentence came from. */
function visible(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The body line that holds a piece of text (the start of a sentence, a jargon word). */
function lineOf(step: RawStep | undefined, needle: string, fallback: number): number {
  const probe = needle.split(/\s+/).slice(0, 4).join(' ').toLowerCase();
  return step?.body.find((l) => visible(l.text).includes(probe))?.line ?? step?.body[0]?.line ?? fallback;
}

interface Located {
  file: string;
  line: number;
  /** Which kind of text it is (the catalogue's variant for WW020 and WW021) and the values that name it. */
  kind: 'step' | 'choice' | 'title' | 'service';
  names: DiagnosticValues;
}

function checkText(text: string, at: Located, out: Diagnostic[], locate: (needle: string) => number = () => at.line): void {
  for (const s of sentences(text)) {
    if (s.words > MAX_SENTENCE_WORDS) {
      out.push(diag('WW020', at.file, locate(s.text), { ...at.names, words: s.words, max: MAX_SENTENCE_WORDS, sentence: s.text }, at.kind));
    }
  }
  for (const { term, found } of findJargon(text)) {
    out.push(diag('WW021', at.file, locate(found), { ...at.names, found, alternative: term.hint }, at.kind));
  }
}

/** WW020 (sentence too long), WW021 (jargon) and WW022 (long on average) over all public text. */
export const plainLanguageCheck: GraphCheck = Object.assign(plainLanguage, { evenWithErrors: true });

function plainLanguage(graph: Graph, raws: RawFlow[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rawStep = (file: string, line: number) => raws.find((r) => r.file === file)?.steps.find((s) => s.line === line);

  for (const step of Object.values(graph.steps)) {
    const source = graph.sources[step.ref];
    const raw = rawStep(source.file, source.line);
    const names = { step: stepIdOf(step.ref) };
    const texts = blockTexts(step.text.blocks);
    for (const text of texts)
      checkText(text, { file: source.file, line: source.line, kind: 'step', names }, out, (needle) => lineOf(raw, needle, source.line));
    step.choices.forEach((choice, i) => {
      const line = raw?.choices[i]?.line ?? source.line;
      checkText(choice.label, { file: source.file, line, kind: 'choice', names: { label: choice.label } }, out);
    });
    const stats = textStats(texts);
    if (stats.average > MAX_AVERAGE_WORDS) {
      out.push(diag('WW022', source.file, source.line, { ...names, average: stats.average.toFixed(1), max: MAX_AVERAGE_WORDS }));
    }
  }

  for (const flow of Object.values(graph.flows)) {
    const raw: RawFlow | undefined = raws.find((r) => r.meta.id?.value === flow.id);
    const file = raw?.file ?? graph.sources[flow.start]?.file ?? flow.id;
    checkText(flow.title, { file, line: raw?.meta.title?.line ?? 1, kind: 'title', names: { flow: flow.id } }, out);
  }

  for (const service of Object.values(graph.services)) {
    for (const { field, text } of serviceTexts(service)) {
      checkText(
        text,
        { file: SERVICES_FILE, line: graph.serviceSources[service.id]?.line ?? 1, kind: 'service', names: { id: service.id, field } },
        out,
      );
    }
  }
  return out;
}
