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
    return /\[native code\]\s*\}$/.test(Function.prototype.toString.call(Element.prototype.attachShadow));
  } catch {
    return false;
  }
}

export function wantsFrame(el: HTMLElement): boolean {
  return el.getAttribute('isolation') === 'frame' || !nativeShadow();
}

/**
 * The help site in a frame; "Snel weg" and 112 are in its own sticky bar.
 * `blocked` runs when the page's CSP refuses the frame (no frame-src for the
 * service): help in the page beats an empty frame.
 */
export function frameView(
  api: string,
  gemeente: string | undefined,
  lang: string | undefined,
  title: string,
  blocked: () => void,
): HTMLIFrameElement {
  // The site takes ?lang= only for a language it has (Dutch otherwise), as the API does.
  const src = `${api}${FRAME_PATH}?${gemeente ? `gemeente=${gemeente}&` : ''}lang=${lang ?? 'nl'}`;
  const frame = h('iframe', { src, title, referrerpolicy: 'no-referrer' });
  const refused = (e: SecurityPolicyViolationEvent) => {
    // The CSP reports the frame's address, or only its origin.
    if (e.blockedURI && src.startsWith(e.blockedURI)) {
      document.removeEventListener('securitypolicyviolation', refused);
      blocked();
    }
  };
  document.addEventListener('securitypolicyviolation', refused);
  // CSSOM, not a style attribute: a strict host CSP allows it.
  frame.style.cssText = 'display:block;width:100%;height:min(40rem,90vh)';
  return frame;
}
