// Every route of the help site's and the dashboard's pages, as data: the app
// registers these before the pages' code is loaded (src/http/lazy-pages.ts),
// so a page is a route like any other (the framework's fast path, the 405
// table) while the code behind it loads on first use. A test checks this list
// against the routes the pages make (src/http/lazy-pages.test.ts).
import { ABOUT_PATH, EMBED_PATH, FRAME_PREFIX, HIDE_PATH, OLD_HIDE_PATH, PREVIEW_PATH, STEP_PREFIX, STUDIO_PATH } from './urls.js';

export interface PageRoute {
  method: 'GET' | 'POST';
  path: string;
}

/** The dashboard for municipalities' report tokens (src/stats/routes.tsx). */
export const STATS_PATH = '/stats';

const get = (path: string): PageRoute => ({ method: 'GET', path });

export const PAGE_ROUTES: readonly PageRoute[] = [
  get(STATS_PATH),
  { method: 'POST', path: STATS_PATH },
  get('/'),
  get(`${STEP_PREFIX}:key`),
  get(OLD_HIDE_PATH),
  get(HIDE_PATH),
  get(ABOUT_PATH),
  get(FRAME_PREFIX),
  get(`${FRAME_PREFIX}/`),
  get(`${FRAME_PREFIX}${STEP_PREFIX}:key`),
  get(FRAME_PREFIX + HIDE_PATH),
  get(PREVIEW_PATH),
  get(STUDIO_PATH),
  get(EMBED_PATH),
  get(`${EMBED_PATH}/thema.css`),
];
