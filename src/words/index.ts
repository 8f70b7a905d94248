// The matcher's index (src/words/match.ts), made from the compiled graph: the
// `Woorden:` phrases of each step and the danger rules and spellings of
// flows/words.json, as stems, with a weight per stem (rarer across steps
// weighs more). The API serves it (GET /api/v1/words) and the `words`
// command builds it the same way.
import type { Graph } from '../graph/graph.js';
import { verifiedPhone } from '../graph/roles.js';
import type { WordIndex } from './match.js';
import { stem, stems } from './text.js';

export function buildWordIndex(graph: Graph): WordIndex {
  const words = graph.words ?? { steps: {}, danger: [], spellings: {}, ignore: [] };
  const spellings = words.spellings;
  const ignore = [...new Set((words.ignore ?? []).map(stem))];
  const ignored = new Set(ignore);
  const place = (ref: string) => ({ key: graph.steps[ref].key, title: graph.steps[ref].title, services: graph.steps[ref].services });
  const phrasesOf = (list: readonly string[]) =>
    list
      .map((text) => ({ stems: [...new Set(stems(text, spellings))].filter((s) => !ignored.has(s)), text }))
      .filter((p) => p.stems.length);
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
  // Inverse document frequency over the steps: a stem in every step says little.
  const seen = new Map<string, number>();
  for (const step of steps) for (const stem of new Set(step.phrases.flatMap((p) => p.stems))) seen.set(stem, (seen.get(stem) ?? 0) + 1);
  const weights: Record<string, number> = {};
  for (const [stem, count] of seen) weights[stem] = Math.round(Math.log(1 + steps.length / count) * 100) / 100;
  return { version: graph.version, spellings, ignore, weights, steps, danger };
}
