// Real Chromium for browser tests: Debian's /usr/bin/chromium driven by
// playwright-core (never a downloaded browser), and axe-core injected
// through the DevTools protocol so it also runs under a strict CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Test aid, never shipped: the widget's shadow root is closed, so tests could
 * not read it. This script runs before any page script and makes every shadow
 * root open, and hides that it did (its attachShadow reports itself as the
 * browser's own, so the widget keeps its in-page mode instead of frame mode).
 * It is the caveat of docs/embedding.md ("Privacy on your page") in action: a
 * script that runs before widget.js can see into a closed root.
 * tests/browser/widget-host-script.test.ts runs without it.
 */
export const OPEN_SHADOW_ROOTS = `(() => {
  const native = Element.prototype.attachShadow;
  const toString = Function.prototype.toString;
  const attachShadow = { attachShadow(init) { return native.call(this, { ...init, mode: 'open' }); } }.attachShadow;
  Element.prototype.attachShadow = attachShadow;
  Function.prototype.toString = function () { return this === attachShadow ? 'function attachShadow() { [native code] }' : toString.call(this); };
})();`;

/** A context as a Dutch visitor has it; `shippedShadow` leaves out the test aid above (the widget exactly as shipped). */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  { shippedShadow = false } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
  if (!shippedShadow) await context.addInitScript(OPEN_SHADOW_ROOTS);
  return context;
}

/**
 * A context whose requests never leave the machine: requests to other origins
 * get the page `standIn` returns for them (e.g. the quick exit's weather
 * site), or are refused and recorded in `outside`.
 */
export async function confinedContext(
  browser: Browser,
  origin: string,
  outside: string[],
  options: BrowserContextOptions = {},
  standIn: (url: string) => string | undefined = () => undefined,
): Promise<BrowserContext> {
  const ctx = await newContext(browser, options);
  await ctx.route(
    (url) => !url.href.startsWith(origin),
    (route) => {
      const url = route.request().url();
      const body = standIn(url);
      if (body !== undefined) return route.fulfill({ contentType: 'text/html', body });
      outside.push(url);
      return route.abort();
    },
  );
  return ctx;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page as it is now; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n  ')}`)
    .join('\n');
}

/** Fails with a readable list when axe finds anything; `state` says where the page was. */
export async function expectNoAxeViolations(page: Page, state?: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${state ? `${state}:\n` : ''}${describeViolations(violations)}`).toEqual([]);
}
