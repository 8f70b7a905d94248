// The site's and the dashboard's words: messages/<lang>/site.json, shared.json
// and stats.json (docs/messages.md), typed from the Dutch JSON itself, so a
// key that is missing or misspelt fails the type check. Placeholders are
// filled with `format` (src/shared/messages.ts); a sentence with a link or
// <strong> inside is filled with `fillParts`, so the markup stays in the
// page and the whole sentence stays in the catalogue.
//
// A page in another language (?lang=, issue 16) is rendered inside
// `inPageLanguage`: while it renders, every word read through these objects
// comes from that language's catalogue (compiled with the content, checked
// against the Dutch by WW085). Rendering is synchronous, so the scope is
// exactly one page.
import sharedMessages from '../../messages/nl/shared.json';
import siteMessages from '../../messages/nl/site.json';
import scriptMessages from '../../messages/nl/site-scripts.json';
import statsMessages from '../../messages/nl/stats.json';
import studioMessages from '../../messages/nl/studio.json';
import type { MessageTree } from '../graph/graph.js';
import type { LanguageChoice } from '../shared/api-types.js';

export { fillParts, format } from '../shared/messages.js';

interface PageWords {
  site: typeof siteMessages;
  shared: typeof sharedMessages;
  scripts: typeof scriptMessages;
}

/** The language a page is rendered in, and the languages it offers (each named in itself). */
export interface PageLanguage extends LanguageChoice {
  choices: LanguageChoice[];
  /** The translated catalogue by group (the graph's variant); none for Dutch. */
  messages?: Record<string, MessageTree>;
}

const DUTCH: PageWords = { site: siteMessages, shared: sharedMessages, scripts: scriptMessages };
const DUTCH_PAGE: PageLanguage = { id: 'nl', name: siteMessages.languageNames.nl, htmlLang: 'nl', dir: 'ltr', choices: [] };
let current: PageWords = DUTCH;
let page: PageLanguage = DUTCH_PAGE;

/** Renders a page in `language`: its words, its `lang` and `dir`, and links that keep it. */
export function inPageLanguage<T>(language: PageLanguage, render: () => T): T {
  const before = [current, page] as const;
  current = language.messages
    ? ({
        site: language.messages.site,
        shared: language.messages.shared,
        scripts: language.messages['site-scripts'],
      } as unknown as PageWords)
    : DUTCH;
  page = language;
  try {
    return render();
  } finally {
    [current, page] = before;
  }
}

/** The language of the page being rendered (Dutch outside `inPageLanguage`). */
export const pageLanguage = (): PageLanguage => page;

/** An object whose properties are read from `pick()` at the moment they are read, so module constants follow the page's language. */
export function scoped<T extends object>(pick: () => T): T {
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(pick(), key),
    has: (_, key) => Reflect.has(pick(), key),
    ownKeys: () => Reflect.ownKeys(pick()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(pick(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/** The site's pages, the /embed page and the editors' /preview page. */
export const siteText = scoped(() => current.site);
/** The groups of messages/<lang>/shared.json the pages use (cards, opening hours, the municipality line). */
export const sharedText = scoped(() => current.shared);
/** A service card's words in the page's language: the opening hours' and the card's (src/shared/service-card-content.ts). */
export const cardText = scoped(() => ({ ...current.shared.hours, ...current.shared.card }));
/** For a page in another language: the words of the site's scripts (src/browser/page-words.ts reads them). */
export function scriptWordsJson(): string | undefined {
  if (current === DUTCH) return undefined;
  return JSON.stringify({ ...current.shared.exit, ...current.shared.search, ...current.scripts.picker });
}

/** The /stats dashboard for municipalities (Dutch only). */
export const statsText = statsMessages;

/** The editors' /studio (Dutch only; its script reads the same file, src/studio/words.ts). */
export const studioText = studioMessages;
