// Local help a municipality states itself (issue 14, point 5): read from the
// `<script type="application/json" data-wegwijs-lokaal>` child of
// <wegwijs-chat> in its snippet (inert, allowed under any CSP, never shown
// when the script does not run), checked by the shared validator
// (src/shared/stated-local-help.ts), and drawn apart from the verified help:
// "Volgens de gemeente Zoetermeer", with a line that we did not check it.
// Anything wrong goes to the console for the web team, starting "wegwijs:".
// The checker and the card are a part of their own (widget/stated-part.ts).
import type { StatedLocalHelp } from '../src/shared/stated-local-help.js';
import { h } from './dom.js';
import { lazy } from './lazy.js';
import type { StatedPart } from './stated-part.js';
import type { Strings } from './strings.js';

/** File and SRI hash of the part; injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_STATED__: { file: string; integrity: string };

const statedPart = () => lazy<StatedPart>(__WEGWIJS_STATED__);

/**
 * Reads the block in the element's snippet, for the municipality of its
 * `gemeente` attribute, and gives `done` the help (null when it is ignored).
 * Without a block nothing loads and `done` is not called.
 */
export function snippetHelp(el: HTMLElement, gemeente: string | undefined, done: (help: StatedLocalHelp | null) => void): void {
  const block = el.querySelector<HTMLScriptElement>(':scope>script[type="application/json"][data-wegwijs-lokaal]');
  if (!block) return;
  void statedPart().then((part) => {
    if (!part) console.warn('wegwijs: data-wegwijs-lokaal not loaded; ignored.');
    done(part ? part.read(block.text, gemeente) : null);
  });
}

/** A box that gets the stated help's card as soon as the part is in (at once when it already is). */
export function statedCard(help: StatedLocalHelp, name: string, s: Strings): HTMLElement {
  const box: HTMLElement = h('div');
  void statedPart().then((part) => {
    if (part) box.appendChild(part.card(help, name, s));
  });
  return box;
}
