// Where the language choice goes (widget/language-bar.ts, loaded as a part):
// a place above the conversation, filled once the part is in. Nothing when
// the content has only Dutch.
import type { FlowResponse } from '../src/shared/api-types.js';
import { h } from './dom.js';
import type { LanguagePart } from './language-part.js';
import { lazy } from './lazy.js';

/** File and SRI hash of the part; injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_LANGUAGE__: { file: string; integrity: string };

export function languageSlot(response: FlowResponse, label: string, choose: (id: string) => void): HTMLElement | null {
  if (!response.languages) return null;
  const slot = h('div');
  void lazy<LanguagePart>(__WEGWIJS_LANGUAGE__).then((bar) => bar && slot.replaceWith(bar(response, label, choose)!));
  return slot;
}
