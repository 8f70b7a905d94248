// Structured step text (Block/Inline from the API) to DOM nodes. Data from the
// network is never parsed as HTML: every string becomes a text node.
import type { Block, Inline } from '../src/shared/api-types.js';
import { safeHref } from '../src/shared/service-card-content.js';
import { h } from './dom.js';

/** Only web pages over HTTPS, phone numbers and e-mail (shared with the cards). */
export { safeHref };

/** A link that tells the other site nothing about the page it came from. */
export function link(href: string, ...children: Array<Node | string>): HTMLAnchorElement {
  return h('a', { href, rel: 'noreferrer', referrerpolicy: 'no-referrer' }, ...children);
}

function inline(node: Inline): Node {
  switch (node.t) {
    case 'text':
      return document.createTextNode(node.v);
    case 'br':
      return h('br');
    case 'strong':
    case 'em':
      return h(node.t, null, node.c.map(inline));
    case 'link': {
      const href = safeHref(node.href);
      // An unsafe target keeps its words but loses the link.
      return href ? link(href, ...node.c.map(inline)) : h('span', null, node.c.map(inline));
    }
    default:
      return document.createTextNode('');
  }
}

function block(node: Block): Node {
  switch (node.t) {
    case 'p':
      return h('p', null, node.c.map(inline));
    case 'h':
      return h('h3', null, node.c.map(inline));
    case 'ul':
    case 'ol':
      return h(
        node.t,
        null,
        node.items.map((item) => h('li', null, item.map(inline))),
      );
    default:
      return document.createTextNode('');
  }
}

export function renderBlocks(blocks: readonly Block[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const b of blocks) fragment.appendChild(block(b));
  return fragment;
}
