// Frame mode (issue 13): the conversation runs in an iframe of the help site on
// the service's own origin (src/site, the embedded layout under /ingebed/), so
// no script of the host page can read or change it, not even one that ran
// before widget.js and replaced browser built-ins. Chosen with
// isolation="frame", and automatically when attachShadow is not the
// browser's own (session replay tools such as rrweb patch it to record
// shadow roots). See docs/embedding.md, "Privacy on your page".
import { h } from './dom.js';

/** The embedded layout of the help site (src/site/urls.ts). */
export const FRAME_PATH = '/ingebed/';

/** False when a script replaced Element.prototype.attachShadow: it can see into every shadow root, even closed ones. */
export function nativeShadow(): boolean {
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(Element.prototype.attachShadow));
  } catch {
    return false;
  }
}

export function wantsFrame(el: HTMLElement): boolean {
  return el.getAttribute('isolation') === 'frame' || !nativeShadow();
}

/** The help site in a frame; "Snel weg" and 112 are in its own sticky bar. */
export function frameView(api: string, gemeente: string | undefined, title: string): HTMLIFrameElement {
  const frame = h('iframe', { src: `${api}${FRAME_PATH}${gemeente ? `?gemeente=${gemeente}` : ''}`, title, referrerpolicy: 'no-referrer' });
  // CSSOM, not a style attribute: a strict host CSP allows it.
  frame.style.cssText = 'display:block;width:100%;height:min(40rem,90vh);border:1px solid';
  return frame;
}
