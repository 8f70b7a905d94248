// Parts of the widget that many pages never need, each in a file of its own
// next to widget.js (built by src/cli/build-widget.ts), loaded once per page
// when needed and pinned by its SRI hash like the widget itself; no Referer,
// no cookies. A part hands its exports to the widget on the script element
// that loaded it (`wegwijsPart`; `part` is taken by the DOM), so nothing is added to the page's globals.
import { addScript } from './checks-loader.js';

export interface LazyPart {
  file: string;
  integrity: string;
}

/** Where the parts are (an address next to widget.js) and the page's CSP nonce; set by the element. */
export const lazyPlace = { base: '', nonce: '' };

const loaded = new Map<string, Promise<unknown>>();

/** The part's exports, or undefined when it could not load (a later call tries again). */
export function lazy<T>(part: LazyPart): Promise<T | undefined> {
  let exports = loaded.get(part.file);
  if (!exports) {
    exports = new Promise((resolve) => {
      const script = addScript(part.file, part.integrity, lazyPlace.base, lazyPlace.nonce) as HTMLScriptElement & { wegwijsPart?: unknown };
      script.onload = () => resolve(script.wegwijsPart);
      script.onerror = () => {
        loaded.delete(part.file);
        resolve(undefined);
      };
    });
    loaded.set(part.file, exports);
  }
  return exports as Promise<T | undefined>;
}
