// Issue 13 point 6: how long a new visitor on a slow phone waits for the
// first question. Real Chromium, throttled through the DevTools protocol like
// a low-end phone on a slow mobile network, loads (1) a municipal page on
// another origin that embeds the widget with the snippet documented in
// docs/embedding.md and (2) the service's own site, alternately, each in a
// fresh browser context (empty cache, new connections). Measured in the page:
// ms from navigation start to the first animation frame in which the first
// choices are in the document (the widget's shadow root included).
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser.js';
import { documentedSnippet, pageAround } from '../support/snippet.js';
import { freePort, median } from './startup.js';

/** The emulated phone: Lighthouse's "slow 4G" mobile profile, the one issue 13 names. */
export const THROTTLING = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbit: 1600,
  uploadKbit: 750,
} as const;

export const throttlingLine = `Chromium (headless) via CDP: Emulation.setCPUThrottlingRate ${THROTTLING.cpuSlowdown}×, Network.emulateNetworkConditions latency ${THROTTLING.latencyMs} ms, ${THROTTLING.downloadKbit} kbit/s down, ${THROTTLING.uploadKbit} kbit/s up; a fresh context (empty cache) per load`;

export interface FirstQuestion {
  widgetMs: number[];
  siteMs: number[];
  widgetMedianMs: number;
  siteMedianMs: number;
  /** Median widget / median site. */
  ratio: number;
}

export async function startHost(html: string, api: string): Promise<{ server: Server; url: string }> {
  const csp = `default-src 'none'; script-src ${api}; style-src ${api}; connect-src ${api}; img-src data:; base-uri 'none'; form-action 'none'`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': csp });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" against the service's 127.0.0.1: another origin, as on a municipal site.
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}/hulp` };
}

/** `node dist/server.js` on a free port; resolves with its address once it listens. */
export async function startService(serverFile: string, root: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    WEGWIJS_ROOT: root,
    WEGWIJS_DB: join(process.cwd(), '.cache', 'bench', 'counts.sqlite'),
  };
  const child = spawn(process.execPath, [serverFile], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${serverFile} exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/**
 * Runs in every page before its own scripts: keeps each shadow root it makes
 * (open or closed) and records, on the first animation frame in which a
 * first choice is in the document, ms since navigation start. A string,
 * not a function: tsx would add helpers the page does not have.
 *
 * It must not change what it measures. The widget takes frame mode when
 * attachShadow is not the browser's own (widget/frame.ts); a plain wrapper
 * function here did that, the bench host's CSP refused the frame, and about
 * 400 ms of every widget load went to building the widget twice. A Proxy
 * still reads as native code, and `framed` makes a load in frame mode fail.
 */
const probe = `(() => {
  const roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = new Proxy(attach, { apply(target, self, args) {
    const root = Reflect.apply(target, self, args);
    roots.push(root);
    return root;
  } });
  const shown = () => !!document.querySelector('main .choices .choice') || roots.some((r) => !!r.querySelector('.turn .choices .choice'));
  const tick = () => {
    window.framed = window.framed || roots.some((r) => !!r.querySelector('iframe'));
    if (shown()) window.firstQuestionMs = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** One load of `url` in a fresh context on the emulated phone; ms from navigation start to the first choices. BENCH_DEBUG=1 prints each request. */
export async function measure(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<number> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  try {
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    if (process.env.BENCH_DEBUG)
      page.on('requestfinished', async (r) => {
        const res = await r.response();
        const sizes = await r.sizes();
        const t = r.timing();
        console.log(
          `${new URL(r.url()).pathname} ${res?.headers()['content-encoding'] ?? 'plain'} ${sizes.responseBodySize} B, start ${t.startTime.toFixed(0)} req ${t.requestStart.toFixed(0)} res ${t.responseStart.toFixed(0)} end ${t.responseEnd.toFixed(0)}`,
        );
      });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: (THROTTLING.downloadKbit * 1000) / 8,
      uploadThroughput: (THROTTLING.uploadKbit * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    const handle = await page.waitForFunction(() => (window as unknown as { firstQuestionMs?: number }).firstQuestionMs, undefined, {
      timeout: 30_000,
      polling: 200,
    });
    const ms = (await handle.jsonValue()) as number;
    if (await page.evaluate(() => (window as unknown as { framed?: boolean }).framed))
      throw new Error(`${url}: the widget took frame mode, so this is not the documented snippet's first question`);
    return ms;
  } finally {
    await context.close();
  }
}

/** Widget first question against the site's first choices, alternating, `runs` of each after one warm-up of each. */
export async function firstQuestion(serverFile: string, root: string, runs = 7): Promise<FirstQuestion> {
  const service = await startService(serverFile, root);
  const gemeente = /gemeente="([^"]+)"/.exec(documentedSnippet(root, service.url))?.[1];
  const host = await startHost(pageAround(documentedSnippet(root, service.url)), service.url);
  const siteUrl = `${service.url}/${gemeente ? `?gemeente=${gemeente}` : ''}`;
  const browser = await launchBrowser();
  const widgetMs: number[] = [];
  const siteMs: number[] = [];
  try {
    await measure(browser, siteUrl);
    await measure(browser, host.url);
    for (let i = 0; i < runs; i++) {
      siteMs.push(await measure(browser, siteUrl));
      widgetMs.push(await measure(browser, host.url));
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => host.server.close(resolve));
    service.child.kill('SIGKILL');
  }
  return { widgetMs, siteMs, widgetMedianMs: median(widgetMs), siteMedianMs: median(siteMs), ratio: median(widgetMs) / median(siteMs) };
}

// `npx tsx tests/bench/first-question.ts`: this part alone (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const result = await firstQuestion(
    join(root, 'dist', 'server.js'),
    process.env.WEGWIJS_ROOT ?? root,
    Number(process.env.BENCH_RUNS ?? 7),
  );
  console.log(throttlingLine);
  console.log(`widget ms: ${result.widgetMs.map((x) => x.toFixed(0)).join(', ')} (median ${median(result.widgetMs).toFixed(0)})`);
  console.log(`site ms:   ${result.siteMs.map((x) => x.toFixed(0)).join(', ')} (median ${median(result.siteMs).toFixed(0)})`);
  console.log(`ratio widget/site: ${result.ratio.toFixed(2)}`);
}
