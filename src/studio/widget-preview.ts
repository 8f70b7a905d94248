// The conversation as the widget shows it: the widget's own conversation
// (widget/conversation.ts) on the data the API would send
// (src/local/resolve.ts flowViewFor: the same view, with the municipality's
// local help), in a shadow root with the widget's stylesheet. Nothing is
// counted and nothing is fetched: the studio chooses the municipality itself,
// so the widget's own municipality bar is left out.
import { Chat } from '../../widget/conversation.js';
import { resolveStrings } from '../../widget/strings.js';
import type { Graph } from '../graph/graph.js';
import { flowViewFor } from '../local/resolve.js';
import { el } from './dom.js';

export interface WidgetPreview {
  root: HTMLElement;
  show(graph: Graph, flowId: string, gemeente: string | undefined): void;
}

export function createWidgetPreview(sheet: CSSStyleSheet, label: string): WidgetPreview {
  const host = el('div', { class: 'widget-preview', role: 'region', 'aria-label': label });
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const body = el('div', { class: 'body' });
  shadow.appendChild(el('div', { class: 'w' }, el('section', { class: 'panel', 'aria-label': label }, body)));
  const strings = resolveStrings({});
  // Links to outside (tel:, https:) do nothing in the preview.
  shadow.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.('a')) event.preventDefault();
  });
  return {
    root: host,
    show(graph, flowId, gemeente) {
      const response = flowViewFor(graph, flowId, gemeente);
      if (!response) return body.replaceChildren();
      const chat = new Chat(
        {
          strings,
          api: '',
          stated: () => response.municipality?.stated ?? null,
          chooseMunicipality: async () => false,
          onFirstChoice: () => undefined,
          onSignpost: () => undefined,
          reducedMotion: () => true,
        },
        { ...response, holidays: graph.holidays ?? [] },
      );
      chat.el.querySelector('.place')?.remove();
      body.replaceChildren(chat.el);
    },
  };
}
