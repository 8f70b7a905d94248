// Finding a municipality by what was typed: one matcher for the site's
// picker (src/browser/site-picker.ts) and the widget's (widget/picker.ts), so
// the same words find the same municipalities in the same order on both.
// Case, accents, dashes, apostrophes and other punctuation are ignored
// ("leidschendam voorburg" finds Leidschendam-Voorburg, "s-gravenhage" and
// "'s Gravenhage" are the same), and so are missing spaces ("denhaag",
// "sgravenhage"); former names and places count too ("beemster" finds
// Purmerend). A former name split over several municipalities ("Haaren")
// finds each of them, and is never taken as one exact name. Pure and browser-safe.
import { search as SEARCH_WORDS } from '../../messages/nl/shared.json';

export interface Searchable {
  code: string;
  name: string;
  /** Other names: former municipalities, places. */
  aliases?: readonly string[];
}

export interface Match<T extends Searchable> {
  item: T;
  /** The other name that matched, shown beside the name: "Purmerend (Beemster)". */
  alias: string;
  /** 0 the name starts with it, 1 a word of the name does, 2 a word of another name does, 3 the name contains it. */
  rank: number;
}

/** Lower case, no accents, every run of other characters than letters and digits one space: "'s-Gravenhage" → "s gravenhage". */
export function fold(text: string): string {
  let s = String(text);
  if (s.normalize) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function startsWord(key: string, q: string): boolean {
  return key.indexOf(q) === 0 || (' ' + key).indexOf(' ' + q) >= 0;
}

interface Indexed<T extends Searchable> {
  item: T;
  key: string;
  aliases: readonly string[];
  aliasKeys: string[];
  /** Name and other names without spaces, for text typed without them. */
  joined: string[];
}

const unspaced = (key: string) => key.replace(/ /g, '');

/** A search over a fixed list, folded once. */
export class MunicipalitySearch<T extends Searchable> {
  private readonly entries: Array<Indexed<T>>;

  constructor(items: readonly T[]) {
    this.entries = items.map((item) => {
      const aliases = (item.aliases ?? []).filter((a) => a.trim() !== '');
      const key = fold(item.name);
      const aliasKeys = aliases.map(fold);
      return { item, key, aliases, aliasKeys, joined: [key, ...aliasKeys].map(unspaced) };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Matches, best first, then in list order; empty text matches everything. */
  search(text: string): Array<Match<T>> {
    const q = fold(text);
    const found: Array<Match<T> & { index: number }> = [];
    this.entries.forEach((entry, index) => {
      let rank = -1;
      let alias = '';
      if (!q || entry.key.indexOf(q) === 0) rank = 0;
      else if (startsWord(entry.key, q)) rank = 1;
      else {
        for (let a = 0; a < entry.aliasKeys.length && rank < 0; a++) {
          if (startsWord(entry.aliasKeys[a], q)) {
            rank = 2;
            alias = entry.aliases[a];
          }
        }
        // Inside a name too ("zaan" finds Oostzaan); other names only by a word's start.
        if (rank < 0 && entry.key.indexOf(q) >= 0) rank = 3;
        // Typed without spaces: "denhaag", "sgravenhage".
        const j = rank < 0 ? entry.joined.findIndex((k) => k.indexOf(unspaced(q)) === 0) : -1;
        if (j >= 0) {
          rank = 3;
          alias = j ? entry.aliases[j - 1] : '';
        }
      }
      if (rank >= 0) found.push({ item: entry.item, alias, rank, index });
    });
    found.sort((x, y) => x.rank - y.rank || x.index - y.index);
    return found.map(({ item, alias, rank }) => ({ item, alias, rank }));
  }

  /** The municipality the text names exactly, by its name or another name; null when it names none or several ("Haaren"). */
  exact(text: string): T | null {
    const q = fold(text);
    if (!q) return null;
    const named = this.entries.filter((e) => e.key === q);
    const found = named.length ? named : this.entries.filter((e) => e.aliasKeys.indexOf(q) >= 0);
    return found.length === 1 ? found[0].item : null;
  }
}

/** How a match is shown: the name, and the other name that matched. */
export function matchLabel(match: Match<Searchable>): string {
  return match.alias ? `${match.item.name} (${match.alias})` : match.item.name;
}

// The words live in the message catalogue (messages/nl/shared.json, group "search"): the site and the widget say the same.
export { SEARCH_WORDS };

/** What a screen reader hears once typing pauses. */
export function countText(n: number, words: typeof SEARCH_WORDS = SEARCH_WORDS): string {
  if (!n) return words.pickerNone;
  return n === 1 ? words.pickerFoundOne : words.pickerFound.replace('{count}', String(n));
}
