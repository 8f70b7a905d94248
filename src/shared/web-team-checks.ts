// What the widget tells the web team that embeds it, on the console, in
// Dutch: a wrong attribute, a host CSP that blocks the service, a
// municipality code the service does not know, theme colours with too little
// contrast. Each message starts with "wegwijs:", says what is wrong, what to
// change and what the visitor gets meanwhile (always help). Pure: the page
// side is widget/web-team.ts; docs/embedding.md lists the messages. The
// words: messages/nl/widget.json, group "webTeam" (a part of its own, so
// they are not in widget.js).
import { webTeam as words } from '../../messages/nl/widget.json';
import { CBS_CODE } from '../graph/municipality.js';
import { EMBED_MODES } from './embed-snippet.js';
import { fill } from './messages.js';
import { failingPairs, hexToRgb, THEME_COLOURS, type ThemeColour } from './theme-tokens.js';

const said = (text: string) => `wegwijs: ${text}`;
const dutch = (n: number) => String(n).replace('.', ',');
/** Attribute values are the page's own; cut long ones so a message stays readable. */
const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Messages about the element's attributes; `service` is where wegwijs runs (for the /embed page). */
export function attributeMessages(attrs: { mode: string | null; gemeente: string | null }, service: string): string[] {
  const out: string[] = [];
  const mode = attrs.mode?.trim();
  if (mode && !(EMBED_MODES as readonly string[]).includes(mode)) {
    out.push(said(fill(words.badMode, { mode: shown(mode), modes: EMBED_MODES.join(', ').replace(/, (?=[^,]*$)/, ` ${words.or} `) })));
  }
  const gemeente = attrs.gemeente?.trim();
  if (gemeente && !CBS_CODE.test(gemeente.toUpperCase())) {
    out.push(said(fill(words.badGemeente, { gemeente: shown(gemeente), service })));
  }
  return out;
}

export function unknownMunicipalityMessage(code: string, service: string): string {
  return said(fill(words.unknownGemeente, { code: shown(code), service }));
}

export function cspMessage(service: string, directive: string): string {
  return said(fill(words.csp, { service, directive }));
}

/**
 * The host's colours (hex; a token not given has its default) against every
 * pair the widget uses. A failing pair gets the defaults for both its
 * tokens, again and again until every pair passes (a default can clash with
 * another custom colour). Returns the tokens to reset and one message per
 * failing pair.
 */
export function themeCheck(colours: Partial<Record<ThemeColour, string>>): { reset: ThemeColour[]; messages: string[] } {
  const now: Partial<Record<ThemeColour, string>> = {};
  for (const [token, value] of Object.entries(colours) as Array<[ThemeColour, string]>) if (hexToRgb(value)) now[token] = value;
  const reset = new Set<ThemeColour>();
  const messages: string[] = [];
  for (let round = 0; round < Object.keys(THEME_COLOURS).length; round++) {
    const failing = failingPairs(now);
    if (!failing.length) break;
    const value = (token: ThemeColour) => now[token] ?? THEME_COLOURS[token];
    for (const { text, on, min, ratio } of failing) {
      const values = {
        text,
        textColour: value(text),
        on,
        onColour: value(on),
        ratio: dutch(Math.floor(ratio * 100) / 100),
        min: dutch(min),
      };
      messages.push(said(fill(words.contrast, values)));
    }
    for (const { text, on } of failing) {
      for (const token of [text, on]) {
        delete now[token];
        reset.add(token);
      }
    }
  }
  return { reset: [...reset], messages };
}
