// The widget's report() in real Chromium, from a page on another origin (a
// municipal site) to the real server: the event arrives and is counted,
// without cookies, without a Referer, without a CORS preflight, and also
// when the page is left at once (the quick exit).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../src/counters/memory-store.js';
import { createNodeApp, listen, type RunningServer } from '../src/node/server.js';
import { launchBrowser, newContext } from './support/browser.js';
import { fixtureGraph } from './support/fixture.js';

const store = memoryStore();
const seen: Array<{ method: string; headers: Record<string, string> }> = [];
let browser: Browser;
let server: RunningServer;
let reportScript: string;
/** The municipal site: another origin on loopback (Chromium refuses public-to-loopback requests). */
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: "import { report } from './widget/telemetry.ts'; (window as any).report = report;",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  reportScript = bundle.outputFiles[0].text;
  // What reached the server, recorded in front of the real app (test-only: the app itself reads none of this).
  const front = new Hono();
  front.use('/api/v1/events', async (c, next) => {
    seen.push({ method: c.req.method, headers: Object.fromEntries(c.req.raw.headers) });
    await next();
  });
  front.route('/', createNodeApp(process.cwd(), { graph: fixtureGraph(), counter: store, counting: { today: () => '2026-04-20' } }));
  [browser, server] = await Promise.all([launchBrowser(), listen(front)]);
  host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      req.url === '/weg'
        ? '<!doctype html><html lang="nl"><title>Weg</title><p>Weg</p>'
        : `<!doctype html><html lang="nl"><title>Gemeente</title><script>${reportScript}</script><p>Hulp</p>`,
    );
  });
  await new Promise<void>((ok) => host.listen(0, 'localhost', ok));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((ok) => host?.close(ok));
});

async function municipalPage() {
  const context = await newContext(browser);
  // A cookie on the API's origin, which a beacon would carry along.
  await context.addCookies([{ name: 'tracker', value: 'should-never-be-sent', url: server.url, sameSite: 'None', secure: true }]);
  const page = await context.newPage();
  await page.goto(`${hostUrl}/hulp?naam=Jan`);
  return { context, page };
}

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('widget report()', () => {
  it('sends one anonymous event: counted, no cookie, no Referer, no preflight', async () => {
    const { context, page } = await municipalPage();
    const before = seen.length;
    await page.evaluate(
      (api) =>
        (window as unknown as { report: (a: string, e: object) => void }).report(api, {
          type: 'conversation_started',
          flow: 'start',
          lang: 'nl',
          gemeente: 'GM0637',
        }),
      server.url,
    );
    await waitFor(() => store.rows().length > 0);
    expect(store.rows()).toEqual([
      { day: '2026-04-20', gemeente: 'GM0637', flow: 'start', event: 'conversation_started', key: 'nl', count: 1 },
    ]);
    const requests = seen.slice(before);
    expect(requests.map((r) => r.method)).toEqual(['POST']);
    const headers = requests[0].headers;
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect(headers['content-type']).toMatch(/^text\/plain/);
    await context.close();
  });

  it('still arrives when the page is left right after (quick exit)', async () => {
    const { context, page } = await municipalPage();
    await page.evaluate((api) => {
      (window as unknown as { report: (a: string, e: object) => void }).report(api, { type: 'quick_exit', gemeente: 'GM0637' });
      location.href = '/weg';
    }, server.url);
    await page.waitForURL(`${hostUrl}/weg`);
    await waitFor(() => store.rows().some((r) => r.event === 'quick_exit'));
    expect(store.rows().find((r) => r.event === 'quick_exit')?.count).toBe(1);
    await context.close();
  });

  it('never throws, even with a broken address or a server that is down', async () => {
    const { context, page } = await municipalPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate(() => {
      const report = (window as unknown as { report: (a: string, e: object) => void }).report;
      report('http://127.0.0.1:9', { type: 'quick_exit' });
      report('not a url', { type: 'quick_exit' });
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).toEqual([]);
    await context.close();
  });
});
