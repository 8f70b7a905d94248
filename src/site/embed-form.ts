// The /embed form: reads and checks the query (a GET form, so it works
// without JavaScript) and says in Dutch, per field, what is wrong. Pure: the
// page is embed-page.tsx. Nothing a visitor typed is ever put into a page
// unchecked: a field is either a known value or an error message of our own.
import { CBS_CODE } from '../graph/municipality.js';
import { EMBED_MODES, type EmbedMode } from '../shared/embed-snippet.js';
import { failingPairs, hexToRgb, THEME_COLOURS, type ThemeColour } from '../shared/theme-tokens.js';
import { format, scoped, siteText } from './messages.js';

const words = scoped(() => siteText.embedForm);

/** The colours the form offers (the others keep their defaults; docs/embedding.md lists them all). */
export const FORM_COLOURS: ReadonlyArray<{ token: ThemeColour; label: string; hint: string }> = (
  ['color', 'background', 'head-background', 'primary', 'primary-text', 'hover', 'link', 'focus'] as const
).map((token) => ({ token, ...words.colours[token] }));

/** Language names in Dutch; a language without one shows its code. */
export const LANGUAGE_NAMES: Record<string, string> = words.languageNames;

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

export function readEmbedForm(
  query: URLSearchParams,
  known: { municipalities: ReadonlySet<string>; languages: readonly string[] },
): FormResult {
  const errors: Record<string, string> = {};
  const one = (name: string) => query.get(name)?.trim() ?? '';

  const modeText = one('mode');
  const mode = (EMBED_MODES as readonly string[]).includes(modeText) ? (modeText as EmbedMode) : 'inline';
  if (modeText && mode !== modeText) errors.mode = words.unknownMode;

  const gemeenteText = one('gemeente').toUpperCase();
  let gemeente: string | undefined;
  if (gemeenteText && !CBS_CODE.test(gemeenteText)) errors.gemeente = words.notMunicipalityCode;
  else if (gemeenteText && !known.municipalities.has(gemeenteText)) errors.gemeente = words.unknownMunicipality;
  else if (gemeenteText) gemeente = gemeenteText;

  const langText = one('lang').toLowerCase();
  const lang = known.languages.includes(langText) ? langText : (known.languages[0] ?? 'nl');
  if (langText && lang !== langText) errors.lang = words.unknownLanguage;

  const versionText = one('versie');
  if (versionText && versionText !== 'vast' && versionText !== 'nieuwst') errors.versie = words.unknownVersion;
  const pinned = versionText !== 'nieuwst';

  const colours = Object.fromEntries(Object.entries(THEME_COLOURS).map(([token, hex]) => [token, longHex(hex)])) as Record<
    ThemeColour,
    string
  >;
  const theme: FormResult['theme'] = {};
  for (const { token } of FORM_COLOURS) {
    const text = one(token).toLowerCase();
    if (!text) continue;
    if (!hexToRgb(text)) {
      errors[token] = words.badColour;
      continue;
    }
    colours[token] = longHex(text);
    if (colours[token] !== longHex(THEME_COLOURS[token])) theme[token] = colours[token];
  }

  const fontText = one('lettertype');
  let font: string | undefined;
  if (fontText && !FONT.test(fontText)) errors.lettertype = words.badFont;
  else if (fontText) theme['font-family'] = font = fontText;

  // Each failing pair is told at the field of its text colour (or of its background, if only that is in the form).
  const warnings: Record<string, string> = {};
  const inForm = new Set(FORM_COLOURS.map((c) => c.token));
  for (const { text, on, min, ratio } of failingPairs(colours)) {
    const field = inForm.has(text) ? text : on;
    const line = format(words.contrastPair, { text, on, ratio: dutch(Math.floor(ratio * 100) / 100), min: dutch(min) });
    warnings[field] = warnings[field] ? `${warnings[field]} ${line}` : format(words.contrastLow, { pairs: line });
  }
  for (const field of Object.keys(warnings)) warnings[field] += words.contrastFallback;

  return { form: { mode, gemeente, lang, pinned, colours, font }, errors, warnings, theme };
}
