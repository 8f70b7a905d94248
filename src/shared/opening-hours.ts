// Is a channel open at a given moment? Pure and dependency-free, so the
// widget (in the browser, at the moment of viewing) and the server (for pages
// without JavaScript) give the same answer. Holidays come in as data from the
// API (computed on the server with a holiday library).
// NOTE: first version; issue 5 completes it (Europe/Amsterdam, DST, holidays).
import type { Hours } from './api-types.js';

export type OpenState = 'open' | 'closed' | 'unknown';

export function openState(hours: Hours, _at: Date, _holidays: readonly string[]): OpenState {
  if (hours === '24/7') return 'open';
  return 'unknown';
}
