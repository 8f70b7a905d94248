// The element's attributes, read and checked in one place.

import { LANGUAGE_ID } from '../src/graph/language-id.js';
import type { EmbedMode } from '../src/shared/embed-snippet.js';
import { exitTarget } from './quick-exit.js';

export type Mode = EmbedMode;

export interface Config {
  api: string;
  flow: string;
  /** From the attribute only; a municipality chosen in the picker lives in the element's memory. */
  gemeente?: string;
  lang?: string;
  mode: Mode;
  exitUrl: string;
  nonce: string;
  /** A `mode` or `gemeente` that cannot be used: the defaults apply, and the web team's checks say why (widget/web-team.ts). */
  badAttribute: boolean;
}

export const DEFAULT_EXIT_URL = 'https://www.buienradar.nl/';

const RTL = /^(ar|arc|ckb|dv|fa|he|ks|ku|ps|sd|ug|ur|yi)(-|$)/i;

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL.test(lang) ? 'rtl' : 'ltr';
}

/** The browser's first language when it is not Dutch ("en-GB" → "en"); never stored. */
function browserLanguage(): string | undefined {
  const first = navigator.language?.toLowerCase().split('-')[0];
  return first && first !== 'nl' && LANGUAGE_ID.test(first) ? first : undefined;
}

/** An http(s) address without a trailing slash, or null. */
function httpBase(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return (url.origin + url.pathname).replace(/\/+$/, '');
  } catch {
    return null;
  }
}

export function readConfig(el: HTMLElement, defaultApi: string): Config {
  const attr = (name: string) => el.getAttribute(name)?.trim() || null;
  const mode = attr('mode');
  const gemeente = attr('gemeente')?.toUpperCase();
  const lang = attr('lang');
  const chosen: Mode = mode === 'launcher' || mode === 'signpost' ? mode : 'inline';
  const code = gemeente && /^GM\d{4}$/.test(gemeente) ? gemeente : undefined;
  return {
    api: httpBase(attr('api'), location.href) ?? defaultApi,
    flow: attr('flow') ?? 'start',
    gemeente: code,
    // The attribute, else the browser's first language as a hint (asked for once; Dutch when not offered).
    lang: lang && LANGUAGE_ID.test(lang.toLowerCase()) ? lang.toLowerCase() : browserLanguage(),
    mode: chosen,
    // Only an absolute http(s) address; anything else (javascript:, a typo) gives the neutral default.
    exitUrl: exitTarget(attr('exit-url'), DEFAULT_EXIT_URL),
    // Browsers hide a nonce attribute once the page has a CSP; the property keeps it.
    nonce: el.nonce || attr('nonce') || '',
    badAttribute: Boolean((mode && mode !== chosen) || (gemeente && !code)),
  };
}
