// Shared by the site-on-a-phone browser tests (site-phone*.test.ts, split in
// two so the two test workers share the load): one Chromium and one server
// per file, pages confined to the machine, the pages worth checking.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import type { RunningServer } from '../../src/node/server.js';
import { buildSiteData, stepPath } from '../../src/site/site-data.js';
import { ABOUT_PATH, HIDE_PATH } from '../../src/site/urls.js';
import { confinedContext, launchBrowser } from '../support/browser.js';
import { shippedGraph } from '../support/content.js';
import { startServer } from '../support/server.js';

export const EXIT = 'https://www.buienradar.nl/';
export const graph = shippedGraph();
export const site = buildSiteData(graph);
export const refs = Object.keys(graph.steps);
export const dangerRef = graph.steps[site.rootRef].choices.find((c) => c.label === 'Er is nu gevaar')!.target;
/** The step with the longest text and help: the hardest case for the first screen. */
export const longest = refs
  .filter((r) => graph.steps[r].services.length)
  .sort((a, b) => graph.steps[b].text.html.length - graph.steps[a].text.html.length)[0];

export const kinds: Array<[string, string]> = [
  ['start', '/'],
  ['danger step', stepPath(site, dangerRef)],
  ['long signpost', stepPath(site, longest)],
  ['hide your visit', HIDE_PATH],
  ['about', ABOUT_PATH],
  ['not found', '/bestaat-niet'],
];

export let browser: Browser;
export let server: RunningServer;
/** Requests that tried to leave the machine (none may). */
export const outside: string[] = [];

/** Starts Chromium and the server for the file's tests, and stops them after. */
export function useSiteOnPhone(): void {
  // Real page loads on a shared two-core machine: generous time per test.
  vi.setConfig({ testTimeout: 120_000 });
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

export function context(options: Parameters<typeof confinedContext>[3] = {}): Promise<BrowserContext> {
  return confinedContext(browser, server.url, outside, options, (url) =>
    url.startsWith(EXIT) ? '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>' : undefined,
  );
}

/** Where the bar's two actions are, and whether each lies wholly inside the viewport. */
export function barInView(page: Page) {
  return page.evaluate(() => {
    const inView = (selector: string) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
    };
    return { exit: inView('#snel-weg'), call: inView('.site-header a[href="tel:112"]') };
  });
}
