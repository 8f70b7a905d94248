// The matcher's word list as the API sends it (GET /api/v1/words) and as the
// browser reads it: phrases as stems only (words by spaces, phrases by "|"),
// no weights (worked out here, on the device) and no step headings: the
// widget has those in the conversation it already holds, so the list it
// loads stays small (issue 17: at most 10 KB gzip with the box's part). The
// site's start page has no conversation at hand and asks for the headings too
// (`?with=places`). Danger rules carry their own heading and number, so a
// danger is shown even where its step is not in the conversation.
import type { DangerRule, WordIndex } from './match.js';

/** A step's page key and heading, for a suggestion's link or button. */
export type Place = [key: string, title: string];

export interface WordList {
  version: string;
  spellings: Record<string, string>;
  ignore: string[];
  /** [step, phrases]. */
  steps: Array<[string, string]>;
  danger: Array<Omit<DangerRule, 'phrases' | 'together'> & { phrases: string; together: string[] }>;
  /** Only with `?with=places`: each step's key and heading. */
  places?: Record<string, Place>;
}

/** Where the reader finds a step's key, heading and services: the graph, the widget's conversation, or the list's own places. */
export type StepsAtHand = Readonly<Record<string, { key: string; title?: string; services?: string[] } | undefined>>;

const pack = (phrases: ReadonlyArray<{ stems: string[] }>) => phrases.map((p) => p.stems.join(' ')).join('|');
const unpack = (packed: string) => (packed ? packed.split('|').map((p) => ({ stems: p.split(' ') })) : []);

/** The index as the API sends it; with `places` for a reader that has no conversation at hand. */
export function toWordList(index: WordIndex, withPlaces = false): WordList {
  return {
    version: index.version,
    spellings: index.spellings,
    ignore: index.ignore,
    steps: index.steps.map((s) => [s.step, pack(s.phrases)]),
    danger: index.danger.map(({ phrases, together, ...rule }) => ({ ...rule, phrases: pack(phrases), together: together.map(pack) })),
    ...(withPlaces && { places: Object.fromEntries(index.steps.map((s): [string, Place] => [s.step, [s.key, s.title]])) }),
  };
}

/**
 * The index back from the list, with a weight per stem: rarer across steps
 * weighs more (inverse document frequency, over every step of the list, so
 * the weights are the same wherever it is read). Steps not at hand are left
 * out: the widget suggests only steps of the conversation it shows.
 */
export function fromWordList(list: WordList, atHand?: StepsAtHand): WordIndex {
  const all = list.steps.map(([step, phrases]) => ({ step, phrases: unpack(phrases) }));
  const seen = new Map<string, number>();
  for (const step of all) for (const stem of new Set(step.phrases.flatMap((p) => p.stems))) seen.set(stem, (seen.get(stem) ?? 0) + 1);
  const weights: Record<string, number> = {};
  for (const [stem, count] of seen) weights[stem] = Math.log(1 + all.length / count);
  const place = (step: string) => {
    const at = atHand ? atHand[step] : list.places && { key: list.places[step]?.[0], title: list.places[step]?.[1] };
    return at?.key ? { key: at.key, title: at.title ?? '', services: at.services ?? [] } : null;
  };
  const steps = [];
  for (const { step, phrases } of all) {
    const at = place(step);
    if (at) steps.push({ step, ...at, phrases });
  }
  return {
    version: list.version,
    spellings: list.spellings,
    ignore: list.ignore,
    weights,
    steps,
    danger: list.danger.map(({ phrases, together, ...rule }) => ({ ...rule, phrases: unpack(phrases), together: together.map(unpack) })),
  };
}
