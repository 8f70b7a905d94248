// The matcher's index (src/words/match.ts), made from the compiled graph: the
// `Woorden:` phrases of each step and the danger rules and spellings of
// flows/words.json, as stems, with a weight per stem (rarer across steps
// weighs more). The API sends it as a compact list (src/words/wire.ts), and
// the index is always read back from that list, here as in the browser.
import type { Graph } from '../graph/graph.js';
import { verifiedPhone } from '../graph/roles.js';
import type { WordIndex } from './match.js';
import { stem, stems } from './text.js';
import { fromWordList, toWordList, type WordList } from './wire.js';

/** The list GET /api/v1/words sends. */
export function buildWordList(graph: Graph): WordList {
  return toWordList(buildWordIndex(graph));
}

export function buildWordIndex(graph: Graph): WordIndex {
  const words = graph.words ?? { steps: {}, danger: [], spellings: {}, ignore: [] };
  const spellings = words.spellings;
  const ignore = [...new Set((words.ignore ?? []).map(stem))];
  const ignored = new Set(ignore);
  const place = (ref: string) => ({ key: graph.steps[ref].key, title: graph.steps[ref].title, services: graph.steps[ref].services });
  const phrasesOf = (list: readonly string[]) =>
    list.map((text) => ({ stems: [...new Set(stems(text, spellings))].filter((s) => !ignored.has(s)) })).filter((p) => p.stems.length);
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
  return fromWordList(toWordList({ version: graph.version, spellings, ignore, weights: {}, steps, danger }));
}
