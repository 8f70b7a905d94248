// Loads the web team's checks (widget/web-team.ts, built as
// public/widget-checks-HASH.js) once per page, when a widget's first load is
// done and something may need saying: an attribute the widget cannot use, a
// conversation that did not load, a municipality the service does not know,
// or colour tokens set by the page (their contrast is checked there). Most
// pages need none of it, so it is not part of widget.js. Pinned by its SRI
// hash like the widget itself; no Referer, no cookies.
import { css } from './styles.js';

/** File and SRI hash of the checks; injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_CHECKS__: { file: string; integrity: string };

let script: HTMLScriptElement | undefined;

/** A script of ours next to widget.js (`base`), pinned by its SRI hash, without Referer or cookies. */
export function addScript(file: string, integrity: string, base: string, nonce: string): HTMLScriptElement {
  const added = document.createElement('script');
  added.src = new URL(file, base).href;
  added.integrity = integrity;
  added.crossOrigin = 'anonymous';
  added.referrerPolicy = 'no-referrer';
  added.nonce = nonce;
  return document.head.appendChild(added);
}

/**
 * `base`: an address next to widget.js (its stylesheet's); `nonce`: for a CSP
 * that allows scripts by nonce; `bad`: an attribute the widget cannot use;
 * `reason`: the service whose conversation did not load, or a municipality
 * code it did not know ('' for none).
 */
export function askChecks(host: HTMLElement, base: string, nonce: string, bad: boolean, reason: string): void {
  // Colour tokens are the ones with a #hex default in the stylesheet.
  if (
    !script &&
    (bad || reason || css.match(/--wegwijs-[\w-]+(?=, ?#)/g)!.some((token) => getComputedStyle(host).getPropertyValue(token)))
  ) {
    script = addScript(__WEGWIJS_CHECKS__.file, __WEGWIJS_CHECKS__.integrity, base, nonce);
  }
  // Read when the checks run, which pick out addresses and codes (the first is "undefined ...");
  // a widget that finishes later adds its reason until then.
  if (script) script.dataset.reasons += ' ' + reason;
}
