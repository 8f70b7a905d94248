// Every text the public reads in the widget, in plain Dutch (B1), from the
// message catalogue: messages/nl/widget.json for the widget's own words, and
// the groups of messages/nl/shared.json it shares with the site (the same
// words on both). A host page overrides any of them with a
// `data-i18n-<key in kebab-case>` attribute or the element's `strings`
// property (see docs/embedding.md, "Texts"). `{name}` marks a value the widget
// fills in. Only the groups imported here are bundled: keep it to what the
// widget shows.
import { builtIn, conversation, frame, picker } from '../messages/nl/widget.json';
import { SEARCH_WORDS } from '../src/browser/municipality-search.js';
import { EXIT_WORDS } from '../src/browser/quick-exit.js';
import { FIRST_CALL_WORDS } from '../src/shared/first-call.js';
import { PLACE_WORDS } from '../src/shared/place-words.js';
import { CARD_WORDS } from '../src/shared/service-card-content.js';

export const defaultStrings = {
  ...frame,
  // shiftPressed, shiftLeaving: the Shift announcements, as on the site.
  ...EXIT_WORDS,
  ...conversation,
  ...builtIn,
  // The cards' and opening hours' words, the same as on the site.
  ...CARD_WORDS,
  // callNow, callNowLink: the step's first call action, as on the site.
  ...FIRST_CALL_WORDS,
  ...picker,
  // pickerFound, pickerFoundOne, pickerNone: the site's municipality search.
  ...SEARCH_WORDS,
  // placeIn, placeChoose, placeChange, placeClear, pickerElsewhere, statedTitle, statedNote: as on the site.
  ...PLACE_WORDS,
};

export type Strings = typeof defaultStrings;
export type StringKey = keyof Strings;

/**
 * Defaults, then `data-i18n-*` attributes (`data-i18n-quick-exit-hint` is
 * `dataset.i18nQuickExitHint`), then the `strings` property. Only known keys,
 * only strings. Walks what the host set, not every key: cheap on a slow phone.
 */
export function resolveStrings(
  dataset: DOMStringMap,
  overrides: Partial<Record<string, unknown>> = {},
  language?: Record<string, string>,
): Strings {
  // Another language's words come with its conversation (src/shared/widget-words.ts); the host's Dutch overrides do not fit it.
  if (language) return { ...defaultStrings, ...language };
  const out = { ...defaultStrings };
  const set = (key: string, value: unknown) => {
    if (typeof value === 'string' && value && key in defaultStrings) out[key as StringKey] = value;
  };
  for (const [key, value] of Object.entries(dataset)) if (/^i18n[A-Z]/.test(key)) set(key[4].toLowerCase() + key.slice(5), value);
  for (const [key, value] of Object.entries(overrides)) set(key, value);
  return out;
}

export { fill } from '../src/shared/hours-text.js';
