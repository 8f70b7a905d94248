// Pages made on their first request (issue 19, point 9): not made before,
// made once, and routes like any other, exactly as mounted pages were: a page
// answers (GET and HEAD), another method on a page's path is a 405, an
// unknown path is the 404 page, and a throw is the 500 page. The list of
// routes the app registers up front is the list the pages make.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import { sitePageFallbacks } from '../site/fallback-pages.js';
import { PAGE_ROUTES } from '../site/page-routes.js';
import { siteRoutes } from '../site/routes.js';
import { statsPageRoutes } from '../stats/routes.js';
import { installFallbacks } from './fallback.js';
import { lazyPages } from './lazy-pages.js';

const listed = [
  { method: 'GET', path: '/page' },
  { method: 'GET', path: '/boom' },
  { method: 'GET', path: '/listed-only' },
] as const;

function appWithLazyPages() {
  let made = 0;
  const pages = lazyPages(listed, async () => {
    made++;
    const app = new Hono();
    app.get('/page', (c) => c.html('<p>page</p>'));
    app.get('/boom', () => {
      throw new Error('secret internals');
    });
    return {
      app,
      fallbacks: {
        notFound: () => new Response('<p>weg</p>', { status: 404, headers: { 'content-type': 'text/html' } }),
        error: () => new Response('<p>fout</p>', { status: 500, headers: { 'content-type': 'text/html' } }),
      },
    };
  });
  const app = new Hono();
  app.get('/api/v1/x', (c) => c.json({ ok: true }));
  pages.mount(app);
  installFallbacks(app, { pages: pages.fallbacks });
  return { app, pages, made: () => made };
}

describe('lazyPages', () => {
  it('makes the pages on the first request for one, and only once', async () => {
    const { app, made } = appWithLazyPages();
    expect((await app.request('/api/v1/x')).status).toBe(200);
    expect(made()).toBe(0);
    const first = await app.request('/page');
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('<p>page</p>');
    await app.request('/page');
    expect(made()).toBe(1);
  });

  it('can be made ahead of the first page (after the first answer)', async () => {
    const { pages, made } = appWithLazyPages();
    await pages.load();
    await pages.load();
    expect(made()).toBe(1);
  });

  it('answers HEAD like GET without a body, and another method on a page with 405', async () => {
    const { app } = appWithLazyPages();
    const head = await app.request('/page', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await app.request('/page', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves unknown paths to the 404 page, and the API to its JSON 404 without making the pages', async () => {
    const { app, made } = appWithLazyPages();
    const api = await app.request('/api/v1/nothing');
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect(made()).toBe(0);
    for (const path of ['/nothing', '/listed-only']) {
      const missing = await app.request(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toBe('<p>weg</p>');
    }
  });

  it('answers a throw in a page with the 500 page, never the error', async () => {
    const { app } = appWithLazyPages();
    const boom = await app.request('/boom');
    expect(boom.status).toBe(500);
    expect(await boom.text()).toBe('<p>fout</p>');
  });
});

describe('pages that cannot load', () => {
  it('answer the JSON 500 (never a failing error page), and are tried again on the next request', async () => {
    let attempts = 0;
    const pages = lazyPages([{ method: 'GET', path: '/page' }], async () => {
      attempts++;
      // The page and then its error page each try once: both fail.
      if (attempts <= 2) throw new Error('chunk missing');
      const app = new Hono();
      app.get('/page', (c) => c.html('<p>page</p>'));
      return {
        app,
        fallbacks: { notFound: () => new Response('weg', { status: 404 }), error: () => new Response('fout', { status: 500 }) },
      };
    });
    const app = new Hono();
    pages.mount(app);
    installFallbacks(app, { pages: pages.fallbacks });
    const failed = await app.request('/page');
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await failed.text()).not.toContain('chunk missing');
    const again = await app.request('/page');
    expect(again.status).toBe(200);
    expect(attempts).toBe(3);
  });
});

describe('the pages of the app', () => {
  const routesOf = (app: Hono) => app.routes.map((r) => `${r.method} ${r.path}`).sort();

  it('are made with exactly the routes the app registers before loading them (with and without the studio)', () => {
    const graph = shippedGraph();
    for (const studioSources of [undefined, () => ({ files: [] })]) {
      const options = { graph, studioSources } as Parameters<typeof siteRoutes>[0];
      const app = new Hono();
      app.route('/stats', statsPageRoutes(graph, undefined, undefined));
      app.route('/', siteRoutes(options, sitePageFallbacks(options)));
      expect(routesOf(app)).toEqual(PAGE_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    }
  });

  it('serves the help site from its lazy pages: the start page and the 404 page', async () => {
    const app = createApp({ graph: shippedGraph() });
    const home = await app.request('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await home.text()).toContain('112');
    const missing = await app.request('/bestaat-niet');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
