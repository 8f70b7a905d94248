// The web team's checks, built on their own as public/widget-checks-HASH.js
// (src/cli/build-widget.ts) and loaded by the widget once per page, after its
// first load, only when something may need saying (widget/checks-loader.ts):
// most pages need none of it, so it stays out of widget.js. It runs in the
// host page and never reads a widget's shadow root: it reads the elements'
// attributes and the colour tokens the page sets on them, and says in Dutch on
// the console what to change (src/shared/web-team-checks.ts). A colour pair
// with too little contrast gets the widget's defaults, set on the element.
import { CBS_CODE } from '../src/graph/municipality.js';
import { THEME_COLOURS, type ThemeColour } from '../src/shared/theme-tokens.js';
import { attributeMessages, cspMessage, themeCheck, unknownMunicipalityMessage } from '../src/shared/web-team-checks.js';

const script = document.currentScript as HTMLScriptElement | null;
const service = new URL(script?.src || location.href).origin;
// Set by the widget: services whose conversation did not load (addresses), and codes the service did not know.
const reasons = (script?.dataset.reasons ?? '').split(' ').filter(Boolean);
const failed = reasons.filter((reason) => /^https?:/.test(reason));
const unknown = reasons.filter((reason) => CBS_CODE.test(reason));

const told = new Set<string>();
function tell(message: string): void {
  if (told.has(message)) return;
  told.add(message);
  console.warn(message);
}

/** A CSS colour as #rrggbb through a canvas, which normalises any colour syntax; null when not opaque or not a colour. */
function hexOf(context: CanvasRenderingContext2D | null, value: string): string | null {
  if (!context || !value) return null;
  for (const probe of ['#000000', '#ffffff']) {
    context.fillStyle = probe;
    context.fillStyle = value;
    // A colour changes at least one of the two probes (it cannot equal both); anything else changes neither.
    if (context.fillStyle !== probe) return /^#[0-9a-f]{6}$/.test(context.fillStyle) ? context.fillStyle : null;
  }
  return null;
}

function checkTheme(el: HTMLElement, context: CanvasRenderingContext2D | null): void {
  const style = getComputedStyle(el);
  const colours: Partial<Record<ThemeColour, string>> = {};
  for (const token of Object.keys(THEME_COLOURS) as ThemeColour[]) {
    const hex = hexOf(context, style.getPropertyValue(`--wegwijs-${token}`).trim());
    if (hex) colours[token] = hex;
  }
  const { reset, messages } = themeCheck(colours);
  messages.forEach(tell);
  // `initial` makes the token unset inside the widget: its stylesheet's default applies.
  for (const token of reset) el.style.setProperty(`--wegwijs-${token}`, 'initial');
}

const elements = [...document.querySelectorAll<HTMLElement>('wegwijs-chat')];
const context = document.createElement('canvas').getContext('2d');
for (const el of elements) {
  attributeMessages({ mode: el.getAttribute('mode'), gemeente: el.getAttribute('gemeente') }, service).forEach(tell);
  checkTheme(el, context);
}
for (const code of new Set(unknown)) tell(unknownMunicipalityMessage(code, service));

// A failed load may be the page's CSP: ask once more and listen for a violation.
for (const api of new Set(failed)) {
  const origin = new URL(api).origin;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.blockedURI.startsWith(origin)) tell(cspMessage(origin, e.effectiveDirective));
  });
  fetch(`${api}/health`, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' }).catch(() => undefined);
}
