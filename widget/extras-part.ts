// The part around a conversation (public/widget-extras-HASH.js, see
// widget/extras.ts): the language choice above, and below a button that opens
// the box for one's own words. The box and the matcher load on that press.
// The matcher knows Dutch words: the box is there for Dutch and easy-read Dutch.
import { words as wordsText } from '../messages/nl/widget.json';
import { h } from './dom.js';
import type { ExtrasContext } from './extras-types.js';
import { handOver } from './hand-over.js';
import { languageBar } from './language-bar.js';

function fill(context: ExtrasContext, above: HTMLElement, below: HTMLElement): void {
  const bar = languageBar(context.response, context.s.language, context.choose);
  if (bar) above.replaceWith(bar);
  if ((context.response.language?.htmlLang ?? 'nl') !== 'nl') return;
  const open: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'sec',
      onclick: () =>
        void context.words().then((box) => {
          if (box) open.replaceWith(box(context, wordsText));
          else open.disabled = true;
        }),
    },
    wordsText.open,
  );
  below.replaceWith(h('div', { class: 'own' }, open));
}

handOver(fill);
