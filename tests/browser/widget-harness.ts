// Shared by the widget browser tests: the browser, the service and a second
// origin that plays the municipal site (a tiny static server on another
// loopback port, so the widget runs cross-origin, as it does in real life),
// host pages under a strict CSP, and helpers that read the widget's shadow DOM.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { compileFromDisk } from '../../src/compiler/load.js';
import { createNodeApp, listen, type RunningServer } from '../../src/node/server.js';
import type { FlowResponse, StepRef } from '../../src/shared/api-types.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { startServer } from '../support/server.js';

/**
 * The real service with the shipped content. WIDGET_CONTENT_ROOT points at
 * another checkout's content instead (for working on the widget while the
 * flows are half-edited).
 */
function startApi(): Promise<RunningServer> {
  const root = process.env.WIDGET_CONTENT_ROOT;
  if (!root) return startServer();
  const { graph } = compileFromDisk(root);
  if (!graph) throw new Error(`The content in ${root} does not compile`);
  return listen(createNodeApp(process.cwd(), { graph }));
}

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

export interface HostServer {
  url: string;
  origin: string;
  set(path: string, page: HostPage): string;
  close(): Promise<void>;
}

/** The "municipal website": serves whatever pages a test puts on it. */
async function startHost(): Promise<HostServer> {
  const pages = new Map<string, HostPage>();
  const server = createServer((req, res) => {
    const page = pages.get((req.url ?? '/').split('?')[0]);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" and "127.0.0.1" are different origins: the page and the API never share one.
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    url,
    origin: url,
    set(path, page) {
      pages.set(path, page);
      return url + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Testbed {
  browser: Browser;
  /** The service: the widget's own origin. */
  api: RunningServer;
  /** The municipal website, on another origin. */
  host: HostServer;
}

/**
 * Starts Chromium, the service and the host site before a file's tests and
 * stops them after. The host always has /hulp (the widget under a strict
 * CSP); `addPages` puts a file's own pages on it. The fields are set in
 * beforeAll: read them inside tests and hooks.
 */
export function widgetTestbed(addPages?: (testbed: Testbed) => void): Testbed {
  const testbed = {} as Testbed;
  beforeAll(async () => {
    [testbed.browser, testbed.api, testbed.host] = await Promise.all([launchBrowser(), startApi(), startHost()]);
    testbed.host.set('/hulp', widgetPage(testbed.api.url));
    addPages?.(testbed);
  });
  afterAll(async () => {
    await testbed.browser?.close();
    await testbed.api?.close();
    await testbed.host?.close();
  });
  return testbed;
}

/** A new page in its own context, with reduced motion unless `options` say otherwise. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, timeoutMs = 5000): Promise<Page> {
  const context = await newContext(browser, { reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  return page;
}

/** A CSP as strict as a municipality may have: no inline code or styles, only the service's origin. */
function strictCsp(api: string, extra = ''): string {
  return `default-src 'none'; script-src ${api}; style-src ${api}${extra}; connect-src ${api}; img-src data:; base-uri 'none'; form-action 'none'`;
}

export interface PageOptions {
  api: string;
  /** Attributes on <wegwijs-chat>, e.g. 'mode="launcher"'. */
  attrs?: string;
  /** Markup around the widget (before it). */
  before?: string;
  stylesheet?: string;
}

export function hostHtml({ api, attrs = '', before = '', stylesheet }: PageOptions): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeente Testdorp</title><link rel="icon" href="data:,">
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ''}
<script src="${api}/widget.js" defer></script></head>
<body><main><h1>Hulp bij geweld</h1>${before}<wegwijs-chat ${attrs}></wegwijs-chat><p><a href="#top">Naar boven</a></p></main></body></html>`;
}

/** A host page with the widget, under the strict CSP. */
export function widgetPage(api: string, options: Omit<PageOptions, 'api'> = {}): HostPage {
  return { html: hostHtml({ api, ...options }), headers: { 'content-security-policy': strictCsp(api) } };
}

export async function flowData(api: string, flow = 'start'): Promise<FlowResponse> {
  const response = await fetch(`${api}/api/v1/flows/${flow}`);
  if (!response.ok) throw new Error(`GET flow ${flow}: ${response.status}`);
  return (await response.json()) as FlowResponse;
}

/**
 * Choice labels of the shortest path from the start to the nearest step that
 * points to a service, at least `minChoices` taps away (so the path passes a
 * question in between), read from the live API data.
 */
export function pathToSignpost(flow: FlowResponse, minChoices = 2): string[] {
  const start = flow.flow.start;
  const via = new Map<StepRef, { from: StepRef; label: string } | null>([[start, null]]);
  const labelsTo = (ref: StepRef) => {
    const labels: string[] = [];
    for (let at = via.get(ref); at; at = via.get(at.from)) labels.unshift(at.label);
    return labels;
  };
  const queue: StepRef[] = [start];
  let nearest: string[] | undefined;
  while (queue.length) {
    const ref = queue.shift()!;
    if (ref !== start && flow.steps[ref].services.length) {
      const labels = labelsTo(ref);
      if (labels.length >= minChoices) return labels;
      nearest ??= labels;
    }
    for (const choice of flow.steps[ref]?.choices ?? []) {
      if (via.has(choice.target) || !flow.steps[choice.target]) continue;
      via.set(choice.target, { from: ref, label: choice.label });
      queue.push(choice.target);
    }
  }
  if (nearest) return nearest;
  throw new Error('No signpost is reachable from the start');
}

/** The element that really has focus, through shadow roots. */
export function activeElement(page: Page): Promise<{ tag: string; text: string; className: string; disabled: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      className: (el as HTMLElement)?.className ?? '',
      disabled: el?.getAttribute('aria-disabled') ?? null,
    };
  });
}

/**
 * Waits until `part` is in the widget's shadow root; returns ms from the
 * arrival of /widget.js to then (-1 when the page loaded another file).
 */
export async function waitForWidgetPart(page: Page, part: string, selector = 'wegwijs-chat'): Promise<number> {
  const handle = await page.waitForFunction(
    ([sel, what]) => {
      const root = document.querySelector(sel)?.shadowRoot;
      if (!root?.querySelector(what)) return null;
      const script = performance.getEntriesByType('resource').find((e) => /\/widget\.js$/.test(e.name)) as
        | PerformanceResourceTiming
        | undefined;
      return script ? performance.now() - script.responseEnd : -1;
    },
    [selector, part] as const,
    { polling: 'raf', timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the first question is on screen; returns ms from the script's arrival to then. */
export function waitForFirstQuestion(page: Page, selector = 'wegwijs-chat'): Promise<number> {
  return waitForWidgetPart(page, '.turn .msg', selector);
}

/** Every request the page makes, as full URLs. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The anonymous counts the page sends (POST /api/v1/events), as parsed bodies. */
export function recordEvents(page: Page): Array<Record<string, unknown>> {
  const events: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/events')) events.push(JSON.parse(request.postData() ?? 'null'));
  });
  return events;
}

/** Choice labels from `start` to the nearest step that satisfies `done`, over any steps with labelled choices (an API answer or a compiled graph). */
export function labelsTo(
  start: StepRef,
  steps: Record<StepRef, { choices: ReadonlyArray<{ label: string; target: StepRef }> }>,
  done: (ref: StepRef) => boolean,
): string[] {
  const via = new Map<StepRef, { from: StepRef; label: string } | null>([[start, null]]);
  const queue: StepRef[] = [start];
  while (queue.length) {
    const ref = queue.shift()!;
    if (done(ref)) {
      const labels: string[] = [];
      for (let at = via.get(ref); at; at = via.get(at.from)) labels.unshift(at.label);
      return labels;
    }
    for (const choice of steps[ref].choices) {
      if (via.has(choice.target) || !steps[choice.target]) continue;
      via.set(choice.target, { from: ref, label: choice.label });
      queue.push(choice.target);
    }
  }
  throw new Error('no such step');
}

/** Choice labels from the start of a conversation (API answer) to the nearest step that satisfies `done`. */
export function pathTo(flow: FlowResponse, done: (ref: StepRef) => boolean): string[] {
  return labelsTo(flow.flow.start, flow.steps, done);
}
