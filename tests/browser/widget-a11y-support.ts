// Shared by the widget's accessibility and theming tests (widget-a11y-*.test.ts,
// widget-tokens.test.ts): host pages with their own stylesheet (a sticky site
// header, a dark or themed house style), WCAG contrast computed from colours
// as the browser resolved them, and the widget's shadow root seen from the page.
import type { Page } from 'playwright-core';
import type { HostPage, HostServer } from './widget-harness.js';
import { hostHtml } from './widget-harness.js';

/** The host's own sticky header in these tests: 64 px, as on many municipal sites. */
export const HOST_HEADER_PX = 64;

/**
 * A host page under a strict CSP that allows only the host's own stylesheet
 * and the service: puts `css` at `${path}.css` and the page at `path`.
 */
export function styledPage(
  host: HostServer,
  api: string,
  path: string,
  options: { attrs?: string; top?: string; before?: string; after?: string; css: string; htmlClass?: string; bodyClass?: string },
): string {
  host.set(`${path}.css`, { html: options.css, headers: { 'content-type': 'text/css; charset=utf-8' } });
  let html = hostHtml({ api, attrs: options.attrs, before: options.before, stylesheet: `${path}.css` });
  if (options.after) html = html.replace('</main>', `${options.after}</main>`);
  if (options.htmlClass) html = html.replace('<html lang="nl">', `<html lang="nl" class="${options.htmlClass}">`);
  if (options.top) html = html.replace('<body>', `<body>${options.top}`);
  if (options.bodyClass) html = html.replace('<body>', `<body class="${options.bodyClass}">`);
  const page: HostPage = {
    html,
    headers: {
      'content-security-policy': `default-src 'none'; script-src ${api}; style-src 'self' ${api}; connect-src ${api}; img-src data:; base-uri 'none'; form-action 'none'`,
    },
  };
  return host.set(path, page);
}

/** A sticky site header of HOST_HEADER_PX with a link in it (`top`), and enough text before the widget for the page to scroll (`before`). */
export const HEADER_TOP = '<header class="site"><a href="#menu">Menu</a></header>';
export const HEADER_BEFORE = '<p>Tekst van de gemeente over hulp bij geweld in huis.</p>'.repeat(6);
export const HEADER_CSS = `
body { margin: 0; font: 16px/1.5 Arial, sans-serif; }
main { padding: 0 8px; }
header.site { position: sticky; top: 0; z-index: 10; height: ${HOST_HEADER_PX}px; background: #1a1a1a; display: flex; align-items: center; padding: 0 8px; }
header.site a { color: #fff; }
wegwijs-chat { --wegwijs-host-header-height: ${HOST_HEADER_PX}px; }
`;

/** Relative luminance of an sRGB colour (WCAG 2.2). */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Parses what getComputedStyle gives for a colour: rgb()/rgba() or color(srgb …); alpha is composited over `under`. */
export function parseColor(css: string, under: number[] = [255, 255, 255]): number[] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(css);
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(css);
  const m = srgb ?? rgb;
  if (!m) throw new Error(`Not a colour I can read: ${css}`);
  const scale = srgb ? 255 : 1;
  const c = [Number(m[1]) * scale, Number(m[2]) * scale, Number(m[3]) * scale];
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  return c.map((v, i) => v * alpha + under[i] * (1 - alpha));
}

/** `color` composited over the opaque colour `under`, as rgb(). */
export function over(color: string, under: string): string {
  return `rgb(${parseColor(color, parseColor(under))
    .map((v) => Math.round(v))
    .join(', ')})`;
}

/** WCAG contrast ratio of two CSS colours (the first composited over the second if translucent). */
export function contrast(a: string, b: string): number {
  const cb = parseColor(b);
  const la = luminance(parseColor(a, cb));
  const lb = luminance(cb);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Computed styles of the widget elements matching `selector` (in its shadow root), one object per element. */
export function styles(page: Page, selector: string, props: string[], host = 'wegwijs-chat'): Promise<Array<Record<string, string>>> {
  return page.evaluate(
    ([h, sel, ps]) =>
      [...document.querySelector(h)!.shadowRoot!.querySelectorAll(sel)].map((el) => {
        const style = getComputedStyle(el);
        return Object.fromEntries(ps.map((p) => [p, style.getPropertyValue(p)]));
      }),
    [host, selector, props] as const,
  );
}

/** Whether the widget element matching `selector` is what a tap at its centre reaches (nothing of the page or the widget covers it). */
export function reachable(page: Page, selector: string, host = 'wegwijs-chat'): Promise<boolean> {
  return page.evaluate(
    ([h, sel]) => {
      const el = document.querySelector(h)!.shadowRoot!.querySelector(sel)!;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
      const root = document.querySelector(h)!;
      return document.elementFromPoint(x, y) === root && !!root.shadowRoot!.elementFromPoint(x, y)?.closest(sel);
    },
    [host, selector] as const,
  );
}
