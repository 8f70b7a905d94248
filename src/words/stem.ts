// Dutch stems for the word list (issue 17), made on the server when the list
// is built, never on the device: the Snowball stemmer of @orama/stemmers, so
// "slaat", "slaan" and "geslagen" become "slat", "slan" and "geslag", which a
// typed word then meets exactly, inside a longer word or with a small slip
// (src/words/match.ts). A stem of fewer than four letters keeps its word: the
// matcher allows no slip under four letters, so "voor" must stay "voor", not
// "vor", to meet what people type.
import { stemmer } from '@orama/stemmers/dutch';
import { typedWords } from './text.js';

export function stem(word: string): string {
  if (word.length <= 3) return word;
  const cut = stemmer(word);
  return cut.length < 4 ? word : cut;
}

/** The stems of a phrase, informal spellings first replaced by their standard words. */
export function stems(text: string, spellings: Readonly<Record<string, string>> = {}): string[] {
  return typedWords(text, spellings).map((t) => stem(t.form));
}
