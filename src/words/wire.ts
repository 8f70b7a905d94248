// The matcher's word list as the API sends it (GET /api/v1/words) and as the
// browser reads it: phrases as stems only (words by spaces, phrases by "|"),
// no weights; those are worked out here, on the device. About 9 KB gzip
// instead of 23 with the phrases as written and the weights.
import type { Danger, WordIndex } from './match.js';

export interface WordList {
  version: string;
  spellings: Record<string, string>;
  ignore: string[];
  /** [step, key, title, services, phrases]. */
  steps: Array<[string, string, string, string[], string]>;
  danger: Array<{
    danger: Danger;
    step: string;
    key: string;
    title: string;
    services: string[];
    call?: { tel: string; display: string };
    phrases: string;
    together: string[];
  }>;
}

const pack = (phrases: ReadonlyArray<{ stems: string[] }>) => phrases.map((p) => p.stems.join(' ')).join('|');
const unpack = (packed: string) => (packed ? packed.split('|').map((p) => ({ stems: p.split(' ') })) : []);

/** The index as the API sends it. */
export function toWordList(index: WordIndex): WordList {
  return {
    version: index.version,
    spellings: index.spellings,
    ignore: index.ignore,
    steps: index.steps.map((s) => [s.step, s.key, s.title, s.services, pack(s.phrases)]),
    danger: index.danger.map(({ phrases, together, ...rule }) => ({ ...rule, phrases: pack(phrases), together: together.map(pack) })),
  };
}

/** The index back from the list, with a weight per stem: rarer across steps weighs more (inverse document frequency). */
export function fromWordList(list: WordList): WordIndex {
  const steps = list.steps.map(([step, key, title, services, phrases]) => ({ step, key, title, services, phrases: unpack(phrases) }));
  const seen = new Map<string, number>();
  for (const step of steps) for (const stem of new Set(step.phrases.flatMap((p) => p.stems))) seen.set(stem, (seen.get(stem) ?? 0) + 1);
  const weights: Record<string, number> = {};
  for (const [stem, count] of seen) weights[stem] = Math.log(1 + steps.length / count);
  return {
    version: list.version,
    spellings: list.spellings,
    ignore: list.ignore,
    weights,
    steps,
    danger: list.danger.map(({ phrases, together, ...rule }) => ({ ...rule, phrases: unpack(phrases), together: together.map(unpack) })),
  };
}
