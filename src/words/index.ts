// The matcher's index (src/words/match.ts), made from the compiled graph: the
// `Woorden:` phrases of each step and the danger rules and spellings of
// flows/words.json, as stems, with a weight per stem (rarer across steps
// weighs more). The API sends it as a compact list (src/words/wire.ts), and
// the index is always read back from that list, here as in the browser.
// A phrase another phrase of the same step already implies is left out
// ("wurgt" beside "wurg": any text that has the one has the other): it would
// only add weight to what is found anyway, and bytes to every first use.
import type { Graph } from '../graph/graph.js';
import { verifiedPhone } from '../graph/roles.js';
import { found, type WordIndex } from './match.js';
import { stems } from './stem.js';
import { words as wordsOf } from './text.js';
import { fromWordList, toWordList, type WordList } from './wire.js';

/** The list GET /api/v1/words sends. */
export function buildWordList(graph: Graph, withPlaces = false): WordList {
  return toWordList(buildWordIndex(graph), withPlaces);
}

export function buildWordIndex(graph: Graph): WordIndex {
  const words = graph.words ?? { steps: {}, danger: [], spellings: {}, ignore: [] };
  const spellings = words.spellings;
  // Compared with typed words as written: in the same form (lowercase, no accents), not stemmed.
  const ignore = [...new Set((words.ignore ?? []).flatMap(wordsOf))];
  const ignored = new Set(ignore);
  const place = (ref: string) => ({ key: graph.steps[ref].key, title: graph.steps[ref].title, services: graph.steps[ref].services });
  const phrasesOf = (list: readonly string[]) =>
    withoutImplied(
      list.map((text) => ({ stems: [...new Set(stems(text, spellings))].filter((s) => !ignored.has(s)) })).filter((p) => p.stems.length),
    );
  const steps = Object.entries(words.steps)
    .filter(([ref]) => graph.steps[ref])
    .map(([ref, list]) => ({ step: ref, ...place(ref), phrases: phrasesOf(list) }));
  const danger = words.danger
    .filter((rule) => graph.steps[rule.step])
    .map((rule) => {
      // The danger's own service first ("113" for thoughts of suicide), then the others of its step.
      const { services, ...at } = place(rule.step);
      const first = rule.help ?? services[0];
      const phone = verifiedPhone(graph.services?.[first]);
      return {
        danger: rule.danger,
        step: rule.step,
        ...at,
        services: [first, ...services.filter((id) => id !== first)],
        ...(phone && { call: { tel: phone.tel, display: phone.display } }),
        phrases: phrasesOf(rule.phrases),
        together: (rule.together ?? []).map(phrasesOf),
      };
    });
  // The same path as in the browser: the list the API sends, read back (weights included).
  return fromWordList(toWordList({ version: graph.version, spellings, ignore, weights: {}, steps, danger }), graph.steps);
}

/** The phrases without those another one implies: one whose every stem the matcher finds among the longer one's stems. */
export function withoutImplied<P extends { stems: string[] }>(phrases: readonly P[]): P[] {
  const shortestFirst = [...phrases].sort((a, b) => a.stems.length - b.stems.length || a.stems.join(' ').length - b.stems.join(' ').length);
  const kept = new Set<P>();
  for (const phrase of shortestFirst)
    if (![...kept].some((other) => other.stems.every((stem) => found(stem, phrase.stems) > 0))) kept.add(phrase);
  return phrases.filter((p) => kept.has(p));
}
