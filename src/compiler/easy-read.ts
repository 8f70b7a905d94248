// Easy-read Dutch ("makkelijk lezen", issue 16): stricter than B1. One idea a
// sentence, at most 10 words (WW086, an error), and no passive voice (WW087, a
// warning: "wordt … gedaan" hides who does it). Run on every text of a
// language that flows/languages.json marks `"easyRead": true`.
import { type Diagnostic, diag } from './diagnostics.js';
import { findJargon, sentences } from './plain-language.js';

export const EASY_READ_MAX_WORDS = 10;

// A form of "worden" with a past participle within a few words: "wordt … gebeld", "werd … verteld".
// Participles: (prefix)ge…d/t/n ("gebeld", "teruggebeld"), or a prefix verb (be-, ver-, ont-, her-, er-)
// ending in d/t. A heuristic: it warns, never refuses.
const PASSIVE =
  /\b(?:word|wordt|worden|werd|werden)\b(?:\s+[\p{L}-]+){0,6}?\s+(?:[\p{L}]*ge[\p{L}]{2,}[dtn]|(?:be|ver|ont|her|er)[\p{L}]{2,}[dt])\b/iu;

export interface EasyReadPlace {
  file: string;
  line: number;
  key: string;
}

/** Findings for one text of an easy-read language; Markdown already reduced to its visible text. */
export function easyReadFindings(text: string, at: EasyReadPlace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of sentences(text)) {
    if (s.words > EASY_READ_MAX_WORDS)
      out.push(diag('WW086', at.file, at.line, { key: at.key, words: s.words, max: EASY_READ_MAX_WORDS, sentence: s.text }));
    const passive = PASSIVE.exec(s.text);
    if (passive) out.push(diag('WW087', at.file, at.line, { key: at.key, found: passive[0] }));
  }
  for (const { term, found } of findJargon(text))
    out.push(diag('WW021', at.file, at.line, { step: at.key, found, alternative: term.hint }, 'step'));
  return out;
}
