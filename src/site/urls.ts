// Addresses of the site's pages. Step pages use the step's short opaque key,
// so an address never spells out what a visit is about. The municipality
// choice lives only in these URLs (never a cookie or browser storage).

export const HIDE_PATH = '/verberg-je-bezoek';
export const ABOUT_PATH = '/over';
export const PREVIEW_PATH = '/preview';
export const STEP_PREFIX = '/s/';

/** The neutral page the quick exit goes to. */
export const EXIT_URL = 'https://www.buienradar.nl';

export interface LinkState {
  /** CBS code of the chosen municipality, e.g. GM0637. */
  gemeente?: string;
  /** Key of the step the visitor came from, for "Vorige stap". */
  van?: string;
}

/** Appends the query; values are codes and keys ([A-Za-z0-9]), so no escaping is needed. */
export function withQuery(path: string, state: LinkState): string {
  const parts: string[] = [];
  if (state.van) parts.push(`van=${state.van}`);
  if (state.gemeente) parts.push(`gemeente=${state.gemeente}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
