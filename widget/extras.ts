// Around a conversation: the choice of language above it (issue 16) and the
// box for a visitor's own words below it (issue 17). Both live in a part
// (widget/extras-part.ts) loaded after the first question is shown, so
// widget.js carries neither; the matcher itself is another part, loaded only
// when the box is first used (widget/words-part.ts).
import { h } from './dom.js';
import type { ExtrasContext, ExtrasFill, WordsBox } from './extras-types.js';
import { lazy } from './lazy.js';

/** Files and SRI hashes of the parts; injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_EXTRAS__: { file: string; integrity: string };
declare const __WEGWIJS_WORDS__: { file: string; integrity: string };

/** Two places, above and below the conversation, filled once the part is in. */
export function extrasAround(context: Omit<ExtrasContext, 'words'>): [HTMLElement, HTMLElement] {
  const places: [HTMLElement, HTMLElement] = [h('div'), h('div')];
  void lazy<ExtrasFill>(__WEGWIJS_EXTRAS__).then((fill) => {
    if (fill) fill({ ...context, words: () => lazy<WordsBox>(__WEGWIJS_WORDS__) }, places[0], places[1]);
  });
  return places;
}
