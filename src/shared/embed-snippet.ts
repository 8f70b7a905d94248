// The embed snippet, built in one place: the script tag, <wegwijs-chat> with
// real help inside it for when the script does not run (112, Veilig Thuis and
// the Centrum Seksueel Geweld as call links, and a link to the help site that
// works without JavaScript), the CSP lines a host needs and its theme CSS.
// The numbers come from the service registry, never typed by hand. Used by
// the /embed page (src/site/embed-page.tsx), the demo page and
// docs/embedding.md (both kept equal by src/shared/embed-snippet.test.ts; rewrite
// them with `npx tsx src/cli/embed-snippet.ts --write`), and by the widget
// build for the numbers it knows by itself. Pure: no I/O.

import { card, firstCall } from '../../messages/nl/shared.json';
import { fallback, frame } from '../../messages/nl/widget.json';
import { type Roles, verifiedPhone } from '../graph/roles.js';
import type { Service } from './api-types.js';
import { flowUrl } from './flow-url.js';
import { fill } from './messages.js';
import type { ThemeColour } from './theme-tokens.js';

export const EMBED_MODES = ['inline', 'launcher', 'signpost'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** The fallback's words (public text, plain Dutch). `{name}` and `{number}` are filled in. */
// From the message catalogue: the fallback stands in for the widget, so its
// heading and call links are the widget's own words (one text, one key); the
// rest is messages/nl/widget.json, group "fallback".
export const FALLBACK_WORDS = { title: frame.signpostTitle, callNamed: firstCall.callNowLink, callNumber: card.call, ...fallback };

export interface BuiltInPhone {
  id: string;
  name: string;
  display: string;
  tel: string;
  /** The registry's first sentence of what the service is for. */
  purpose: string;
  /** The widget text that says what it is for (the roles block's builtIn purpose, a key of widget/strings.ts). */
  purposeKey: string;
  dayAndNight: boolean;
  free: boolean;
}

/**
 * The built-in numbers (the registry's builtIn role, emergency first) from the registry;
 * throws when one is missing or not verified (then nothing may be built; the compiler says WW074).
 */
export function builtInPhones(find: (id: string) => Service | undefined, roles: Pick<Roles, 'builtIn'>): BuiltInPhone[] {
  return roles.builtIn.map(({ service: id, purpose: purposeKey }) => {
    const service = find(id);
    const phone = verifiedPhone(service);
    if (!service || !phone) throw new Error(`The service registry needs a verified phone number for "${id}".`);
    const purpose = /^.*?[.!?](?=\s|$)/.exec(service.purpose)?.[0] ?? service.purpose;
    return {
      id,
      name: service.name,
      display: phone.display,
      tel: phone.tel,
      purpose,
      purposeKey,
      dayAndNight: phone.hours === '24/7',
      free: service.free === true && phone.cost === 'gratis',
    };
  });
}

export interface WidgetRelease {
  /** The content-hashed script, e.g. widget-00rf43dw.js (dist/widget-manifest.json). */
  file: string;
  integrity: string;
}

export interface SnippetOptions {
  /** Where wegwijs runs, e.g. https://hulp.example.nl (no trailing slash); '' for addresses on the same site. */
  host: string;
  phones: readonly BuiltInPhone[];
  mode?: EmbedMode;
  gemeente?: string;
  /** Only when it is not the conversation's own language. */
  lang?: string;
  /** A pinned release with its SRI hash; without it, widget.js (always the newest). */
  release?: WidgetRelease;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const sentence = (parts: string[]) => (parts.length ? `${parts.join(', ')}.`.replace(/^./, (c) => c.toUpperCase()) : '');

/** The no-JS help site, with the municipality (a code: nothing to escape, but escaped anyway). */
export function siteAddress(host: string, gemeente?: string): string {
  return `${host}/${gemeente ? `?gemeente=${gemeente}` : ''}`;
}

/** The help inside <wegwijs-chat> that shows until the widget runs, and stays when it does not. */
export function fallbackLines(options: Pick<SnippetOptions, 'host' | 'phones' | 'gemeente' | 'lang'>): string[] {
  const w = FALLBACK_WORDS;
  const items = options.phones.map((p) => {
    const label = fill(p.name === p.display ? w.callNumber : w.callNamed, { name: p.name, number: p.display });
    const when = sentence([p.dayAndNight ? w.dayAndNight : '', p.free ? w.free : ''].filter(Boolean));
    return `      <li><a href="tel:${esc(p.tel)}">${esc(label)}</a>. ${esc([p.purpose, when].filter(Boolean).join(' '))}</li>`;
  });
  // The fallback is Dutch; the element's lang asks for the conversation in another language.
  const lang = options.lang && options.lang !== 'nl' ? ' lang="nl"' : '';
  return [
    `  <div class="wegwijs-fallback"${lang}>`,
    `    <p><strong>${esc(w.title)}</strong></p>`,
    '    <ul>',
    ...items,
    '    </ul>',
    `    <p><a href="${esc(siteAddress(options.host, options.gemeente))}">${esc(w.site)}</a></p>`,
    '  </div>',
  ];
}

/** The element's opening tag; only attributes that differ from the defaults. */
function openTag(options: SnippetOptions): string {
  const attrs = [
    options.mode && options.mode !== 'inline' ? ` mode="${esc(options.mode)}"` : '',
    options.gemeente ? ` gemeente="${esc(options.gemeente)}"` : '',
    options.lang && options.lang !== 'nl' ? ` lang="${esc(options.lang)}"` : '',
  ];
  return `<wegwijs-chat${attrs.join('')}>`;
}

/** The element with its fallback. */
export function elementLines(options: SnippetOptions): string[] {
  return [openTag(options), ...fallbackLines(options), '</wegwijs-chat>'];
}

/** What the page loads. One list: a line added here (a preload, say) is in every snippet. */
// The preload starts the conversation's request beside the script's instead of
// after it (one round trip less on a slow phone). Its address is the widget's own
// (src/shared/flow-url.ts) and `crossorigin` gives the widget's credentials mode,
// so the browser hands the preloaded answer to the widget instead of asking twice.
export function loadLines(options: Pick<SnippetOptions, 'host' | 'release' | 'gemeente' | 'lang'>): string[] {
  const { host, release } = options;
  const src = `${host}/${release ? release.file : 'widget.js'}`;
  const integrity = release ? ` integrity="${esc(release.integrity)}"` : '';
  const conversation = flowUrl({
    api: host,
    flow: 'start',
    gemeente: options.gemeente,
    lang: options.lang && options.lang !== 'nl' ? options.lang : undefined,
  });
  return [
    `<link rel="preload" href="${esc(conversation)}" as="fetch" crossorigin="anonymous" referrerpolicy="no-referrer">`,
    `<script src="${esc(src)}"${integrity} crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`,
  ];
}

/** The whole snippet: what loads, an empty line, the element. */
export function snippetLines(options: SnippetOptions): string[] {
  return [...loadLines(options), '', ...elementLines(options)];
}

export function snippetHtml(options: SnippetOptions): string {
  return snippetLines(options).join('\n');
}

/**
 * The CSP directives a host page needs for the widget: the script, its
 * requests (conversation, municipality list, counts) and, for browsers
 * without constructable stylesheets, its stylesheet. Checked in a browser
 * with exactly these lines by tests/browser/embed-page.test.ts.
 */
export function cspLines(host: string): string[] {
  return ['script-src', 'connect-src', 'style-src'].map((directive) => `${directive} ${host}`);
}

/** The host's own CSS for its chosen theme; empty when nothing differs from the defaults. */
export function themeCss(theme: Partial<Record<ThemeColour | 'font-family', string>>): string {
  const lines = Object.entries(theme)
    .filter(([, value]) => value)
    .map(([token, value]) => `  --wegwijs-${token}: ${value};`);
  return lines.length ? ['wegwijs-chat {', ...lines, '}'].join('\n') : '';
}
