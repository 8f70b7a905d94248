// The /embed form: reads and checks the query (a GET form, so it works
// without JavaScript) and says in Dutch, per field, what is wrong. Pure: the
// page is embed-page.tsx. Nothing a visitor typed is ever put into a page
// unchecked: a field is either a known value or an error message of our own.
import { CBS_CODE } from '../graph/municipality.js';
import { EMBED_MODES, type EmbedMode } from '../shared/embed-snippet.js';
import { failingPairs, hexToRgb, THEME_COLOURS, type ThemeColour } from '../shared/theme-tokens.js';

/** The colours the form offers (the others keep their defaults; docs/embedding.md lists them all). */
export const FORM_COLOURS: ReadonlyArray<{ token: ThemeColour; label: string; hint: string }> = [
  { token: 'color', label: 'Tekst', hint: 'De kleur van de gewone tekst.' },
  { token: 'background', label: 'Achtergrond', hint: 'De achtergrond van het gesprek en van de knoppen met een rand.' },
  { token: 'head-background', label: 'Achtergrond van de kop', hint: 'De balk met "Gevaar? Bel 112" en "Snel weg".' },
  { token: 'primary', label: 'Hoofdkleur', hint: 'De rand en tekst van de antwoordknoppen, de achtergrond van de belknoppen.' },
  { token: 'primary-text', label: 'Tekst op de hoofdkleur', hint: 'De tekst op de belknoppen.' },
  { token: 'hover', label: 'Gekozen antwoord', hint: 'De achtergrond van een gekozen antwoord en van een knop onder de muis.' },
  { token: 'link', label: 'Links', hint: 'De kleur van links in de tekst.' },
  { token: 'focus', label: 'Focusrand', hint: 'De rand om een knop of link die de focus heeft.' },
];

/** Language names in Dutch; a language without one shows its code. */
export const LANGUAGE_NAMES: Record<string, string> = { nl: 'Nederlands' };

export interface EmbedForm {
  mode: EmbedMode;
  gemeente?: string;
  lang: string;
  /** Pin the release with its SRI hash (the default), or always load the newest widget.js. */
  pinned: boolean;
  /** Every offered colour as #rrggbb (the default when not chosen). */
  colours: Record<ThemeColour, string>;
  font?: string;
}

export interface FormResult {
  form: EmbedForm;
  /** Field name → what is wrong, in Dutch. A form with errors gives no snippet. */
  errors: Record<string, string>;
  /** Colour field → which pairs lack contrast; the snippet is still given (the widget then uses its defaults). */
  warnings: Record<string, string>;
  /** Only the colours that differ from the defaults (for the host's CSS). */
  theme: Partial<Record<ThemeColour | 'font-family', string>>;
}

/** #rgb as #rrggbb, lower case: what `<input type="color">` sends. */
export function longHex(hex: string): string {
  const rgb = hexToRgb(hex);
  return rgb ? `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}` : hex;
}

const FONT = /^[\p{L}\p{N} ,-]{1,80}$/u;
const dutch = (n: number) => String(n).replace('.', ',');

export function readEmbedForm(query: URLSearchParams, known: { municipalities: ReadonlySet<string>; languages: readonly string[] }): FormResult {
  const errors: Record<string, string> = {};
  const one = (name: string) => query.get(name)?.trim() ?? '';

  const modeText = one('mode');
  const mode = (EMBED_MODES as readonly string[]).includes(modeText) ? (modeText as EmbedMode) : 'inline';
  if (modeText && mode !== modeText) errors.mode = 'Deze vorm is er niet. Kies een van de drie vormen.';

  const gemeenteText = one('gemeente').toUpperCase();
  let gemeente: string | undefined;
  if (gemeenteText && !CBS_CODE.test(gemeenteText)) errors.gemeente = 'Dit is geen gemeentecode. Kies uw gemeente uit de lijst.';
  else if (gemeenteText && !known.municipalities.has(gemeenteText)) errors.gemeente = 'Deze gemeente kennen wij niet. Kies uw gemeente uit de lijst.';
  else if (gemeenteText) gemeente = gemeenteText;

  const langText = one('lang').toLowerCase();
  const lang = known.languages.includes(langText) ? langText : known.languages[0] ?? 'nl';
  if (langText && lang !== langText) errors.lang = 'Deze taal is er niet. Kies een taal uit de lijst.';

  const versionText = one('versie');
  if (versionText && versionText !== 'vast' && versionText !== 'nieuwst') errors.versie = 'Kies een van de twee mogelijkheden.';
  const pinned = versionText !== 'nieuwst';

  const colours = Object.fromEntries(Object.entries(THEME_COLOURS).map(([token, hex]) => [token, longHex(hex)])) as Record<ThemeColour, string>;
  const theme: FormResult['theme'] = {};
  for (const { token } of FORM_COLOURS) {
    const text = one(token).toLowerCase();
    if (!text) continue;
    if (!hexToRgb(text)) {
      errors[token] = 'Vul een kleur in als #1d4f91: een # en zes tekens (0-9, a-f).';
      continue;
    }
    colours[token] = longHex(text);
    if (colours[token] !== longHex(THEME_COLOURS[token])) theme[token] = colours[token];
  }

  const fontText = one('lettertype');
  let font: string | undefined;
  if (fontText && !FONT.test(fontText)) errors.lettertype = "Gebruik alleen letters, cijfers, spaties, komma's en streepjes.";
  else if (fontText) theme['font-family'] = font = fontText;

  // Each failing pair is told at the field of its text colour (or of its background, if only that is in the form).
  const warnings: Record<string, string> = {};
  const inForm = new Set(FORM_COLOURS.map((c) => c.token));
  for (const { text, on, min, ratio } of failingPairs(colours)) {
    const field = inForm.has(text) ? text : on;
    const line = `--wegwijs-${text} op --wegwijs-${on}: ${dutch(Math.floor(ratio * 100) / 100)}:1, minimaal ${dutch(min)}:1.`;
    warnings[field] = warnings[field] ? `${warnings[field]} ${line}` : `Te weinig contrast. ${line}`;
  }
  for (const field of Object.keys(warnings)) warnings[field] += ' De widget gebruikt dan voor deze kleuren zijn eigen kleuren.';

  return { form: { mode, gemeente, lang, pinned, colours, font }, errors, warnings, theme };
}
