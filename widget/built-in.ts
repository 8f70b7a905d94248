// Views that need no network: the fallback when the service cannot be
// reached, and the compact signpost card for a page's sidebar.
import { h } from './dom.js';
import { builtInLines } from './facts.js';
import { builtInList } from './signpost.js';
import type { Strings } from './strings.js';

export function fallbackView(s: Strings, retry: () => void): HTMLElement {
  return h(
    'div',
    { class: 'fallback' },
    h('h3', { tabindex: -1 }, s.failTitle),
    h('p', null, s.failText),
    builtInList(builtInLines, s),
    h('button', { type: 'button', class: 'sec retry', onclick: retry }, s.retry),
  );
}

/** The compact card; `local` is where local help goes once the conversation data is in. */
export function compactView(s: Strings, start: () => void): { el: HTMLElement; local: HTMLElement } {
  const local = h('div', { class: 'local' });
  const el = h(
    'div',
    { class: 'compact' },
    builtInList(builtInLines, s),
    local,
    h('button', { type: 'button', class: 'start', onclick: start }, s.start),
  );
  return { el, local };
}
