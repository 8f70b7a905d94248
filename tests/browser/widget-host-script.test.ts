// Issue 13, point 3: what a visitor chooses and reads is out of reach of the
// host page's scripts. A "snoop" script on the municipal page tries what
// session replay, heat maps and tag managers do (el.shadowRoot, selectors over
// the document, a MutationObserver on everything, the events' composed paths,
// the element's own properties, the frames) and tries to change every tel:
// link it finds, while a visitor walks to Veilig Thuis by the labels shown.
// These pages run the widget exactly as shipped: no test aid opens its shadow
// root (newContext's shippedShadow). The visitor's taps go through the
// browser's accessibility tree (in-page) or the frame (frame mode), as a
// person sees them. Also: no Referer leaves the host page, even when the host
// allows full referrers. Needs `npm run build` first.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { newContext } from '../support/browser.js';
import { flowData, hostHtml, pathTo, widgetTestbed } from './widget-harness.js';

const FAKE_TEL = 'tel:09001234567';
const EXIT = 'https://www.buienradar.nl/';

/** The host page's script. `patch`: it runs first and replaces attachShadow to record every root (as rrweb does). */
function snoopScript(patch: boolean): string {
  return `(() => {
  const texts = new Set();
  const roots = [];
  const telEdits = [];
  ${
    patch
      ? `const native = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = native.call(this, init); roots.push(root); return root; };`
      : ''
  }
  const keep = (value) => { if (typeof value === 'string' && value) texts.add(value); };
  new MutationObserver((records) => {
    for (const r of records) {
      keep(r.target.textContent);
      for (const n of r.addedNodes) keep(n.textContent);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  for (const type of ['click', 'pointerdown', 'focusin', 'keydown', 'input', 'change'])
    document.addEventListener(type, (e) => { for (const n of e.composedPath()) keep(n.textContent); }, true);
  const look = () => {
    const el = document.querySelector('wegwijs-chat');
    keep(document.documentElement.outerHTML);
    keep(document.body.innerText);
    keep(String(getSelection()));
    if (!el) return;
    keep(el.textContent);
    const all = [...roots];
    if (el.shadowRoot) all.push(el.shadowRoot);
    for (const key of [...Object.getOwnPropertyNames(el), ...Object.keys(el), 'root', 'wrap', 'body', 'chat', 'response', 'config']) {
      try { keep(JSON.stringify(el[key])); } catch (e) { keep(String(el[key])); }
      if (el[key] instanceof Node) all.push(el[key]);
    }
    for (const root of all) {
      keep(root.textContent);
      for (const a of root.querySelectorAll('a[href^="tel:"]')) { a.href = '${FAKE_TEL}'; telEdits.push('root'); }
      for (const f of root.querySelectorAll('iframe')) { try { keep(f.contentDocument.body.innerText); } catch (e) {} }
    }
    for (const f of document.querySelectorAll('iframe')) { try { keep(f.contentDocument.body.innerText); } catch (e) {} }
    for (let i = 0; i < frames.length; i++) { try { keep(frames[i].document.body.innerText); } catch (e) {} }
    for (const a of document.querySelectorAll('wegwijs-chat a[href^="tel:"]')) { a.href = '${FAKE_TEL}'; telEdits.push('document'); }
  };
  setInterval(look, 20);
  window.snoopNow = () => {
    look();
    return { texts: [...texts].join('\\n'), roots: roots.length, shadowRoot: String(document.querySelector('wegwijs-chat')?.shadowRoot), telEdits };
  };
})();`;
}

interface Snooped {
  texts: string;
  roots: number;
  shadowRoot: string;
  telEdits: string[];
}

/** The service behind a recorder: every request's Referer (or its absence) as the server sees it. */
interface Recorder {
  url: string;
  seen: Array<{ path: string; referer: string | undefined }>;
  server: Server;
}

async function startRecorder(api: string): Promise<Recorder> {
  const seen: Recorder['seen'] = [];
  const body = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    });
  const server = createServer(async (req, res) => {
    seen.push({ path: req.url ?? '', referer: req.headers.referer });
    const headers: Record<string, string> = { 'accept-encoding': 'identity' };
    for (const name of ['content-type', 'origin', 'accept', 'if-none-match'])
      if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const data = req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(await body(req));
    const response = await fetch(api + req.url, { method: req.method, headers, body: data, redirect: 'manual' });
    const out = Object.fromEntries(
      [...response.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)),
    );
    res.writeHead(response.status, out);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const testbed = widgetTestbed();
let recorder: Recorder;
let flow: FlowResponse;
let path: string[];
let veiligThuisTel: string;

/** A municipal page under a strict CSP that lets the service's frames in, with the snoop script first and full referrers allowed. */
function snoopPage(name: string, attrs: string, patch: boolean): string {
  const api = recorder.url;
  const host = testbed.host;
  host.set(`/${name}.js`, { html: snoopScript(patch), headers: { 'content-type': 'text/javascript' } });
  const html = hostHtml({ api, attrs, before: '' }).replace(
    `<script src="${api}/widget.js" defer>`,
    `<script src="/${name}.js"></script><script src="${api}/widget.js" defer referrerpolicy="no-referrer">`,
  );
  return host.set(`/${name}`, {
    html,
    headers: {
      'content-security-policy': `default-src 'none'; script-src ${api} ${host.origin}; style-src ${api}; connect-src ${api}; frame-src ${api}; img-src data:; base-uri 'none'; form-action 'none'`,
      'referrer-policy': 'unsafe-url',
    },
  });
}

beforeAll(async () => {
  recorder = await startRecorder(testbed.api.url);
  flow = await flowData(testbed.api.url);
  path = pathTo(flow, (ref) => flow.steps[ref].services.includes('veilig-thuis'));
  const phone = flow.services['veilig-thuis'].channels.find((c) => c.kind === 'phone');
  veiligThuisTel = `tel:${phone?.kind === 'phone' ? phone.tel : '?'}`;
});

afterAll(() => new Promise<void>((resolve) => (recorder ? recorder.server.close(() => resolve()) : resolve())));

async function shippedPage(): Promise<Page> {
  const context = await newContext(
    testbed.browser,
    { viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' },
    { shippedShadow: true },
  );
  await context.route(`${EXIT}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><title>Weer</title><p>Het weer</p></html>' }),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  return page;
}

async function poll<T>(what: string, find: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not found: ${what}`);
}

/** Taps the last button with this accessible name, found where a screen reader finds it: the accessibility tree. */
async function tapButton(page: Page, cdp: CDPSession, name: string): Promise<void> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const backendNodeId = await poll(`button "${name}"`, async () => {
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      backendNodeId: root.backendNodeId,
      accessibleName: name,
      role: 'button',
    });
    return nodes.filter((n) => !n.ignored && n.backendDOMNodeId).at(-1)?.backendDOMNodeId;
  });
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId });
  const [x1, y1, , , x3, y3] = quads[0];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Every tel: address inside the widget's shadow root, read through DevTools (which sees closed roots). */
async function widgetTelLinks(cdp: CDPSession): Promise<string[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const tels: string[] = [];
  const walk = (node: DomNode, inWidget: boolean) => {
    const attrs = node.attributes ?? [];
    const href = attrs[attrs.indexOf('href') + 1];
    if (inWidget && node.nodeName === 'A' && attrs.includes('href') && href.startsWith('tel:')) tels.push(href);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, inWidget || node.nodeName === 'WEGWIJS-CHAT');
    for (const child of node.children ?? []) walk(child, inWidget);
  };
  walk(root, false);
  return tels;
}

function expectNothingRead(snooped: Snooped, labels: string[]): void {
  for (const label of labels) expect(snooped.texts, `the host script read the choice "${label}"`).not.toContain(label);
  expect(snooped.texts).not.toContain('Veilig Thuis');
  expect(snooped.texts).not.toContain('0800-2000');
}

/** The conversation's own frame (in a closed root, so found through the page's frame tree). */
async function helpFrame(page: Page): Promise<Frame> {
  return poll('the help frame', async () => page.frames().find((f) => f.url().startsWith(`${recorder.url}/ingebed`)));
}

async function walkInFrame(frame: Frame): Promise<void> {
  for (const label of path) await frame.getByRole('link', { name: label, exact: true }).last().click();
  await frame.locator(`a[href="${veiligThuisTel}"]`).first().waitFor();
}

describe('a host page script cannot read or change the conversation', () => {
  test('in-page (closed shadow root): no choice, text or number reaches the host script, and it cannot change the Veilig Thuis link', async () => {
    const page = await shippedPage();
    await page.goto(snoopPage('snoop', '', false));
    const cdp = await page.context().newCDPSession(page);
    for (const label of path) await tapButton(page, cdp, label);
    const tels = await poll('the Veilig Thuis link', async () => {
      const found = await widgetTelLinks(cdp);
      return found.includes(veiligThuisTel) ? found : undefined;
    });
    const snooped = (await page.evaluate('snoopNow()')) as Snooped;
    expect(snooped.shadowRoot).toBe('null');
    expect(snooped.telEdits).toEqual([]);
    expectNothingRead(snooped, path);
    await page.waitForTimeout(100); // a few more rounds of the snoop's attempts
    expect(await widgetTelLinks(cdp)).toEqual(tels);
    expect(tels).not.toContain(FAKE_TEL);
    // In the widget's document: no frame was needed.
    expect(page.frames()).toHaveLength(1);
    await page.context().close();
  });

  test('frame mode (isolation="frame"): the conversation is on the service\'s origin; the host script reads nothing, and "Snel weg" leaves the whole tab', async () => {
    const page = await shippedPage();
    const url = snoopPage('snoop-frame', 'isolation="frame"', false);
    await page.goto(url);
    const frame = await helpFrame(page);
    await walkInFrame(frame);
    const snooped = (await page.evaluate('snoopNow()')) as Snooped;
    expect(snooped.telEdits).toEqual([]);
    expectNothingRead(snooped, path);
    expect(await frame.locator(`a[href="${FAKE_TEL}"]`).count()).toBe(0);
    // 112 and "Snel weg" are in the frame's own bar; the exit takes the whole tab, and Back does not show help again.
    await expect(frame.locator('a[href="tel:112"]').first().isVisible()).resolves.toBe(true);
    await frame.getByRole('link', { name: /Snel weg/ }).click();
    await page.waitForURL(`${EXIT}**`);
    await page.goBack().catch(() => null);
    expect(page.url()).not.toBe(url);
    expect(page.frames().some((f) => f.url().includes('/ingebed'))).toBe(false);
    await page.context().close();
  });

  test('a script that replaced attachShadow before widget.js (session replay) gets the frame, and only the frame', async () => {
    const page = await shippedPage();
    await page.goto(snoopPage('replay', '', true));
    const frame = await helpFrame(page);
    await walkInFrame(frame);
    const snooped = (await page.evaluate('snoopNow()')) as Snooped;
    expect(snooped.roots).toBe(1);
    expect(snooped.telEdits).toEqual([]);
    expectNothingRead(snooped, path);
    await page.context().close();
  });
});

describe('no Referer leaves the host page', () => {
  test('with the host allowing full referrers, the service sees none: script, conversation, counts and frame', async () => {
    recorder.seen.length = 0;
    const page = await shippedPage();
    await page.goto(snoopPage('referrer', '', false));
    const cdp = await page.context().newCDPSession(page);
    await tapButton(page, cdp, path[0]);
    await poll('a count', async () => (recorder.seen.some((r) => r.path === '/api/v1/events') ? true : undefined));
    await page.goto(snoopPage('referrer-frame', 'isolation="frame"', false));
    await (await helpFrame(page)).getByRole('link', { name: path[0], exact: true }).click();
    const paths = recorder.seen.map((r) => r.path);
    for (const expected of ['/widget.js', '/api/v1/flows/start', '/api/v1/events', '/ingebed/'])
      expect(
        paths.some((p) => p.startsWith(expected)),
        expected,
      ).toBe(true);
    expect(recorder.seen.filter((r) => r.referer !== undefined)).toEqual([]);
    await page.context().close();
  });
});
