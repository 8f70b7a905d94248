// The free-text matcher (issue 17): what a person typed, against the words
// and phrases the content gives each step (`Woorden:` lines) and the danger
// rules (flows/words.json). A phrase matches when every one of its words
// occurs in the text: the same stem, the stem inside a longer word
// ("mantelzorgstress"), or a stem with a small typing error or another
// ending, with the same first letter. Danger comes
// first; then at most three steps, best first. Pure and browser-safe: the
// widget, the site and `npm run -s words` run exactly this.
import { editDistance, stems, typoAllowance } from './text.js';

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
  /** Each phrase as stems, and as written (to say why a suggestion fits). */
  phrases: Array<{ stems: string[]; text: string }>;
}

export interface DangerRule extends IndexedStep {
  danger: Danger;
  /** Also a match: one phrase of every group ("verkracht" and "gisteren"), as stems. */
  together: Array<Array<{ stems: string[]; text: string }>>;
  /** The line to call for this danger (its `help` service's verified number), shown with the suggestion. */
  call?: { tel: string; display: string };
}

/** Everything the matcher needs, made from the compiled content (src/words/index.ts); JSON for the browser. */
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
  /** The phrase of the content that matched best, as written. */
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
function found(stem: string, typed: readonly string[]): number {
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
 * again. `because` is the phrase that shares the most with the text.
 */
function stepScore(
  step: IndexedStep,
  typed: readonly string[],
  weights: WordIndex['weights'],
): { score: number; because: string; whole: boolean; met: number } {
  let words = 0;
  let met = 0;
  for (const word of typed) {
    let best = 0;
    for (const phrase of step.phrases) for (const stem of phrase.stems) best = Math.max(best, found(stem, [word]) * (weights[stem] ?? 1));
    words += best;
    if (best) met++;
  }
  let whole = 0;
  let because = '';
  let shared = 0;
  for (const phrase of step.phrases) {
    const score = phraseScore(phrase.stems, typed, weights);
    whole += score;
    const part = phrase.stems.reduce((sum, stem) => sum + found(stem, typed) * (weights[stem] ?? 1), 0);
    if (part > shared) {
      shared = part;
      because = phrase.text;
    }
  }
  return { score: words + 0.5 * whole, because, whole: whole > 0, met };
}

export function match(index: WordIndex, text: string): MatchResult {
  const ignored = new Set(index.ignore);
  const typed = stems(text, index.spellings).filter((stem) => !ignored.has(stem));
  if (!typed.length) return { danger: null, suggestions: [] };
  const suggestions: Suggestion[] = [];
  let danger: Danger | null = null;
  for (const kind of DANGERS) {
    for (const rule of index.danger.filter((r) => r.danger === kind)) {
      const whole = (p: { stems: string[] }) => phraseScore(p.stems, typed, index.weights) > 0;
      const groups = rule.together.length ? rule.together.map((group) => group.find(whole)) : [];
      const hit =
        rule.phrases.find(whole) ?? (groups.length && groups.every(Boolean) ? { text: groups.map((g) => g!.text).join(', ') } : undefined);
      if (!hit) continue;
      danger ??= kind;
      if (!suggestions.some((s) => s.step === rule.step))
        suggestions.push({
          step: rule.step,
          key: rule.key,
          title: rule.title,
          services: rule.services,
          because: hit.text,
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
      suggestions.push({ step: r.step.step, key: r.step.key, title: r.step.title, services: r.step.services, because: r.because });
  }
  return { danger, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
}
