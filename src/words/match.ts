// The free-text matcher (issue 17): what a person typed, against the words
// and phrases the content gives each step (`Woorden:` lines) and the danger
// rules (flows/words.json). A phrase matches when every one of its words
// occurs in the text: the same stem, the stem inside a longer word
// ("mantelzorgstress"), or a stem with a small typing error or another
// ending, with the same first letter. Typed words are compared as written
// (src/words/text.ts); the phrases are stems. Danger comes
// first; then at most three steps, best first. Pure and browser-safe: the
// widget, the site and `npm run -s words` run exactly this.
import { editDistance, typedWords, typoAllowance } from './text.js';

export type Danger = 'acute' | 'suicide' | 'recent-sexual';

/** The order in which dangers win when more than one matches. */
export const DANGERS: readonly Danger[] = ['acute', 'suicide', 'recent-sexual'];

export interface IndexedStep {
  /** `flow/step`. */
  step: string;
  /** The step's short key (its page is /s/<key>) and its heading, for a suggestion's button. */
  key: string;
  title: string;
  /** The services shown at that step. */
  services: string[];
  /** Each phrase as stems. */
  phrases: Array<{ stems: string[] }>;
}

export interface DangerRule extends IndexedStep {
  danger: Danger;
  /** Also a match: one phrase of every group ("verkracht" and "gisteren"), as stems. */
  together: Array<Array<{ stems: string[] }>>;
  /** The line to call for this danger (its `help` service's verified number), shown with the suggestion. */
  call?: { tel: string; display: string };
}

/** Everything the matcher needs (src/words/wire.ts makes it from the list the API sends). */
export interface WordIndex {
  version: string;
  spellings: Record<string, string>;
  /** Words left out of what was typed (flows/words.json `ignore`). */
  ignore: string[];
  /** Stem → weight: rarer across steps weighs more. */
  weights: Record<string, number>;
  steps: IndexedStep[];
  danger: DangerRule[];
}

export interface Suggestion {
  step: string;
  /** For a danger: the line to call first. */
  call?: { tel: string; display: string };
  key: string;
  title: string;
  services: string[];
  /** Why it fits: the words of the text (as typed) that met this step's words. */
  because: string;
}

export interface MatchResult {
  danger: Danger | null;
  suggestions: Suggestion[];
}

export const MAX_SUGGESTIONS = 3;
/** A step is suggested when one of its phrases is met whole, or when two or more typed words meet its words with at least this score. */
export const MIN_LOOSE_SCORE = 4;

/** How well one stem of a phrase is found in the typed stems: 1 exact, less for inside a word or a typo, 0 not at all. */
export function found(stem: string, typed: readonly string[]): number {
  let best = 0;
  for (const word of typed) {
    if (word === stem) return 1;
    if (stem.length >= 4 && word.length > stem.length && word.includes(stem)) best = Math.max(best, 0.8);
    else if (word[0] === stem[0]) {
      // A slip rarely hits the first letter; requiring it keeps "wind" from meaning "kind".
      const allowed = typoAllowance(Math.min(word.length, stem.length));
      if (allowed && editDistance(word, stem, allowed) <= allowed) best = Math.max(best, 0.7);
    }
  }
  return best;
}

/** The score of a phrase against the typed stems: 0 unless every word is found. */
function phraseScore(phrase: readonly string[], typed: readonly string[], weights: WordIndex['weights']): number {
  let score = 0;
  for (const stem of phrase) {
    const quality = found(stem, typed);
    if (!quality) return 0;
    score += quality * (weights[stem] ?? 1);
  }
  return score;
}

/**
 * A step's score: every typed word counts once, with the weight of the best
 * word of the step's phrases it meets (so "mijn partner bepaalt alles" finds a
 * step with "partner bepaalt"), and a whole phrase met adds half its score
 * again.
 */
function stepScore(
  step: IndexedStep,
  typed: readonly string[],
  weights: WordIndex['weights'],
): { score: number; whole: boolean; met: number } {
  let words = 0;
  let met = 0;
  for (const word of typed) {
    let best = 0;
    for (const phrase of step.phrases) for (const stem of phrase.stems) best = Math.max(best, found(stem, [word]) * (weights[stem] ?? 1));
    words += best;
    if (best) met++;
  }
  let whole = 0;
  for (const phrase of step.phrases) whole += phraseScore(phrase.stems, typed, weights);
  return { score: words + 0.5 * whole, whole: whole > 0, met };
}

export function match(index: WordIndex, text: string): MatchResult {
  const ignored = new Set(index.ignore);
  const pairs = typedWords(text, index.spellings).filter((t) => !ignored.has(t.form));
  const typed = pairs.map((t) => t.form);
  // The typed words that met any word of these phrases, the telling ones first: the "why" of a suggestion, in the visitor's own words.
  const met = (phrases: ReadonlyArray<{ stems: string[] }>) => {
    const weight = (t: { form: string }) =>
      Math.max(0, ...phrases.flatMap((p) => p.stems.map((stem) => found(stem, [t.form]) * (index.weights[stem] ?? 1))));
    const telling = pairs.map((t) => ({ word: t.word, weight: weight(t) })).filter((t) => t.weight > 0);
    const strongest = Math.max(0, ...telling.map((t) => t.weight));
    return [
      ...new Set(
        telling
          .filter((t) => t.weight >= strongest / 2)
          .sort((a, b) => b.weight - a.weight)
          .map((t) => t.word),
      ),
    ]
      .slice(0, 3)
      .join(', ');
  };
  if (!typed.length) return { danger: null, suggestions: [] };
  const suggestions: Suggestion[] = [];
  let danger: Danger | null = null;
  for (const kind of DANGERS) {
    for (const rule of index.danger.filter((r) => r.danger === kind)) {
      const whole = (p: { stems: string[] }) => phraseScore(p.stems, typed, index.weights) > 0;
      const groups = rule.together.length ? rule.together.map((group) => group.find(whole)) : [];
      if (!rule.phrases.some(whole) && !(groups.length && groups.every(Boolean))) continue;
      danger ??= kind;
      if (!suggestions.some((s) => s.step === rule.step))
        suggestions.push({
          step: rule.step,
          key: rule.key,
          title: rule.title,
          services: rule.services,
          because: met([...rule.phrases, ...rule.together.flat()]),
          call: rule.call,
        });
    }
  }
  const ranked = index.steps
    .map((step, order) => ({ step, order, ...stepScore(step, typed, index.weights) }))
    .filter((r) => r.whole || (r.met >= 2 && r.score >= MIN_LOOSE_SCORE))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  for (const r of ranked) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    if (!suggestions.some((s) => s.step === r.step.step))
      suggestions.push({
        step: r.step.step,
        key: r.step.key,
        title: r.step.title,
        services: r.step.services,
        because: met(r.step.phrases),
      });
  }
  return { danger, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
}
