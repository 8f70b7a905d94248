// What a translation translates: every public string of a conversation and of
// the service registry, under a stable key (the step id, the choice's target
// as written, the service id and field), with a short hash of its Dutch text.
// A translation file records that hash per string; when the Dutch changes, the
// hash no longer matches and the compiler says so (WW081). Like Yarn Spinner's
// string tables: keys that survive edits, the source text's identity beside
// each translation. Service names, numbers and addresses are never translated.
import type { Service } from '../graph/types.js';
import { shortHash } from './hash.js';
import type { RawFlow } from './parse-flow.js';

export interface TranslationUnit {
  /** Stable key inside its file: `title`, `<step>.text`, `<step>.title`, `<step>.choice.<target>` (choiceKey), `<service>.<field>`. */
  key: string;
  /** The Dutch source text (Markdown for step texts). */
  dutch: string;
  /** Where the Dutch text is, for findings about it. */
  line: number;
}

/** The hash a translation records of the Dutch text it translates; spacing does not count. */
export function sourceHash(dutch: string): string {
  return shortHash(dutch.replace(/\s+/g, ' ').trim(), 8);
}

/** A step's Markdown body as the compiler reads it. */
export function stepMarkdown(step: RawFlow['steps'][number]): string {
  return step.body
    .map((l) => l.text)
    .join('\n')
    .trim();
}

/**
 * A choice's key: its step and its target as written; a second choice to the
 * same target in the same step gets " (2)", and so on.
 */
export function choiceKey(step: RawFlow['steps'][number], index: number): string {
  const target = step.choices[index].target;
  const same = step.choices.slice(0, index).filter((c) => c.target === target).length;
  return `${step.id}.choice.${target}${same ? ` (${same + 1})` : ''}`;
}

/** The strings of one conversation: its title, and per step its text, own title and choice labels. */
export function flowUnits(raw: RawFlow): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  const title = raw.meta.title;
  if (title) units.push({ key: 'title', dutch: title.value, line: title.line });
  for (const step of raw.steps) {
    const text = stepMarkdown(step);
    if (text) units.push({ key: `${step.id}.text`, dutch: text, line: step.body.find((l) => l.text.trim())?.line ?? step.line });
    if (step.title) units.push({ key: `${step.id}.title`, dutch: step.title, line: step.line });
    step.choices.forEach((choice, i) => {
      units.push({ key: choiceKey(step, i), dutch: choice.label, line: choice.line });
    });
  }
  return units;
}

/** The public words of the registry's services (names, numbers and addresses stay as they are). */
export function serviceUnits(services: Record<string, Service>, lineOf: (id: string) => number): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (const service of Object.values(services)) {
    const line = lineOf(service.id);
    const add = (field: string, dutch: string | undefined) => {
      if (dutch) units.push({ key: `${service.id}.${field}`, dutch, line });
    };
    add('purpose', service.purpose);
    add('after', service.after);
    service.notes?.forEach((note, i) => {
      add(`notes.${i}`, note);
    });
    service.channels.forEach((channel, i) => {
      if (channel.kind !== 'phone') add(`channels.${i}.label`, channel.label);
      else add(`channels.${i}.cost`, channel.cost);
      if (typeof channel.hours === 'object') add(`channels.${i}.hours.note`, channel.hours.note);
    });
  }
  return units;
}
