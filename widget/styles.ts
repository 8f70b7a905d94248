// Puts the stylesheet into a shadow root without inline styles, so a strict
// Content-Security-Policy needs no 'unsafe-inline': a constructable stylesheet
// where the browser has them, otherwise a <link> to the service's copy.

/** widget/styles.css, minified; injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_CSS__: string;
/** The stylesheet's text (checks-loader.ts finds the colour tokens in it). */
export const css = __WEGWIJS_CSS__;

let shared: CSSStyleSheet | undefined;

function constructable(): CSSStyleSheet | undefined {
  if (shared) return shared;
  try {
    if (!('adoptedStyleSheets' in Document.prototype)) return undefined;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return (shared = sheet);
  } catch {
    return undefined;
  }
}

/** `cssUrl`: the stylesheet next to the script; `nonce`: for a CSP that allows styles by nonce. */
export function applyStyles(root: ShadowRoot, cssUrl: string, nonce: string): void {
  const sheet = constructable();
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  if (nonce) link.nonce = nonce;
  root.prepend(link);
}
