// The site's and the dashboard's words: messages/nl/site.json and
// messages/nl/stats.json (docs/messages.md), typed from the JSON itself, so
// a key that is missing or misspelt fails the type check. Placeholders are
// filled with `format` (src/shared/messages.ts); a sentence with a link or
// <strong> inside is filled with `fillParts`, so the markup stays in the
// page and the whole sentence stays in the catalogue.
import siteMessages from '../../messages/nl/site.json';
import statsMessages from '../../messages/nl/stats.json';

export { fillParts, format } from '../shared/messages.js';

/** The site's pages, the /embed page and the editors' /preview page. */
export const siteText = siteMessages;
/** The /stats dashboard for municipalities. */
export const statsText = statsMessages;
