// Every text the public reads in the widget, in plain Dutch (B1). A host page
// overrides any of them with a `data-i18n-<key in kebab-case>` attribute or the
// element's `strings` property (see docs/embedding.md). `{name}` marks a value
// the widget fills in.
import { SEARCH_WORDS } from '../src/browser/municipality-search.js';
import { EXIT_WORDS } from '../src/browser/quick-exit.js';
import { FIRST_CALL_WORDS } from '../src/shared/first-call.js';
import { PLACE_WORDS } from '../src/shared/place-words.js';
import { CARD_WORDS } from '../src/shared/service-card-content.js';

export const defaultStrings = {
  title: 'Hulp en advies',
  call112: 'Gevaar? Bel 112',
  quickExit: 'Snel weg',
  quickExitHint: 'Verlaat deze pagina meteen. Of druk 3 keer op Shift.',
  // shiftPressed, shiftLeaving: the site's words (src/browser/quick-exit.ts).
  ...EXIT_WORDS,
  historyNote: 'Snel weg wist je eerdere geschiedenis in de browser niet.',
  historyLink: 'Zo verberg je je bezoek',
  loading: 'Even laden…',
  log: 'Gesprek',
  choices: 'Kies een antwoord',
  chosen: 'Jij koos: {label}',
  back: 'Vorige stap',
  restart: 'Opnieuw beginnen',
  end: 'Je kunt altijd terugkomen. Wil je iets anders lezen? Kies dan Opnieuw beginnen.',
  failTitle: 'Het gesprek laadt nu niet',
  failText: 'Hulp is er wel. Deze nummers kun je altijd bellen.',
  retry: 'Probeer opnieuw',
  danger: 'Bij gevaar nu: politie, ambulance of brandweer.',
  vtPurpose: 'Advies of hulp bij geweld thuis. Dag en nacht, gratis.',
  csgPurpose: 'Hulp na seksueel geweld. Dag en nacht, gratis.',
  // The cards' and opening hours' words, the same as on the site (src/shared/service-card-content.ts).
  ...CARD_WORDS,
  // callNow, callNowLink: the step's first call action, as on the site.
  ...FIRST_CALL_WORDS,
  pickerLabel: 'Kies je gemeente voor hulp dichtbij',
  pickerHint: 'Typ de naam van je gemeente.',
  // pickerFound, pickerFoundOne, pickerNone: the site's words (src/browser/municipality-search.ts).
  ...SEARCH_WORDS,
  pickerFailed: 'Dat lukt nu niet. Probeer het later opnieuw.',
  // placeIn, placeChoose, placeChange, placeClear, pickerElsewhere, statedTitle, statedNote: the site's words.
  ...PLACE_WORDS,
  open: 'Hulp en advies',
  close: 'Sluiten',
  signpostTitle: 'Hulp bij geweld of misbruik',
  start: 'Start het gesprek',
  localHelp: 'Hulp in je gemeente',
};

export type Strings = typeof defaultStrings;
export type StringKey = keyof Strings;

/**
 * Defaults, then `data-i18n-*` attributes (`data-i18n-quick-exit-hint` is
 * `dataset.i18nQuickExitHint`), then the `strings` property. Only known keys,
 * only strings. Walks what the host set, not every key: cheap on a slow phone.
 */
export function resolveStrings(dataset: DOMStringMap, overrides: Partial<Record<string, unknown>> = {}): Strings {
  const out = { ...defaultStrings };
  const set = (key: string, value: unknown) => {
    if (typeof value === 'string' && value && key in defaultStrings) out[key as StringKey] = value;
  };
  for (const [key, value] of Object.entries(dataset)) if (/^i18n[A-Z]/.test(key)) set(key[4].toLowerCase() + key.slice(5), value);
  for (const [key, value] of Object.entries(overrides)) set(key, value);
  return out;
}

export { fill } from '../src/shared/hours-text.js';
