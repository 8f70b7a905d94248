// Addresses of the site's pages. Step pages use the step's short opaque key,
// and the hiding-your-visit page has a neutral name, so an address never
// spells out what a visit is about. Links carry no trail of the steps before
// ("Vorige stap" is the step's canonical parent, known when the content
// compiles). The municipality choice lives only in these URLs (never a cookie
// or browser storage); the footer says so. So does a language other than Dutch.
import { pageLanguage } from './messages.js';

/** "Verberg je bezoek": a neutral address that does not say what the page is. */
export const HIDE_PATH = '/tips';
/** Its old address, still linked from pinned widget releases: answered with a permanent redirect. */
export const OLD_HIDE_PATH = '/verberg-je-bezoek';
export const ABOUT_PATH = '/over';
export const PREVIEW_PATH = '/preview';
/** The editors' studio (issue 18): edit, check and preview content in the browser; it writes nothing. */
export const STUDIO_PATH = '/studio';
/** For municipal web teams: the embed snippet (src/site/embed-page.tsx). */
export const EMBED_PATH = '/embed';
export const STEP_PREFIX = '/s/';
/**
 * The embedded layout (the widget's frame mode, widget/frame.ts): the same
 * pages under this prefix, framable by other sites, with links that stay in it.
 */
export const FRAME_PREFIX = '/ingebed';

/** The neutral page the quick exit goes to. */
export const EXIT_URL = 'https://www.buienradar.nl';

export interface LinkState {
  /** CBS code of the chosen municipality, e.g. GM0637. */
  gemeente?: string;
  /** In the widget's frame: the address stays in the embedded layout. */
  frame?: boolean;
  /** A language other than Dutch (issue 16); by default the page's own, so every link keeps it; 'nl' for none. */
  lang?: string;
}

/** Appends the query; values are codes ([A-Za-z0-9-]), so no escaping is needed. */
export function withQuery(path: string, state: LinkState): string {
  if (state.frame) path = FRAME_PREFIX + path;
  const lang = state.lang ?? pageLanguage().id;
  const query = [state.gemeente && `gemeente=${state.gemeente}`, lang !== 'nl' && `lang=${lang}`].filter(Boolean);
  return query.length ? `${path}?${query.join('&')}` : path;
}
