// Words as the matcher compares them (issue 17): lowercase, without accents,
// informal spellings replaced, long runs of one letter shortened ("heeeel").
// What a visitor types is compared in this form; the phrases it meets were
// cut to their Dutch stems when the list was made (src/words/stem.ts), and
// the matcher's tolerance (a stem inside a longer word, a small slip) bridges
// the endings. No stemmer runs on the device: it would not fit the 10 KB the
// box may add (docs/words.md). Browser-safe: the widget, the site's script,
// the API's index and the `words` command all use this.

/** Lowercase words of letters and digits, accents removed, runs of 3+ equal letters cut to 2. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of a text, informal spellings replaced by their standard words (`form`); the word as typed is kept for the "why" line. */
export function typedWords(text: string, spellings: Readonly<Record<string, string>> = {}): Array<{ word: string; form: string }> {
  return words(text).flatMap((word) =>
    // Own string values only ("constructor" is no spelling); not Object.hasOwn, which Chrome 80-92 and iOS Safari 14 lack.
    (Object.getOwnPropertyDescriptor(spellings, word) ? words(spellings[word]) : [word]).map((form) => ({ word, form })),
  );
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(before[j] + 1, row[j - 1] + 1, before[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = before;
    before = row;
  }
  return before[b.length];
}

/** How many typing errors (or other endings: "slaat" and "slaan" stem to "slat" and "slan") a stem of this length may have: none under 4 letters. */
export function typoAllowance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
