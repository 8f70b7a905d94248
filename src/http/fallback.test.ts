// Generic HTTP behaviour: 405 from the route table, JSON 404, CORS
// preflight and the API body limit, on the app and on the Node composition.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import { createNodeApp } from '../node/server.js';
import type { ApiError } from '../shared/api-types.js';
import { API_BODY_LIMIT_BYTES } from './body-limit.js';
import { installFallbacks } from './fallback.js';
import { routeMethods } from './route-table.js';

const errorOf = async (res: Response) => ((await res.json()) as ApiError).error;

describe('routeMethods', () => {
  it('lists the methods a path answers, GET implying HEAD, ignoring all() and wildcard guards', () => {
    const app = new Hono();
    app.use('*', async (_c, next) => next());
    app.post('/api/*', async (_c, next) => next());
    app.get('/a/:id', (c) => c.text('a'));
    app.post('/a/:id', (c) => c.text('a'));
    app.all('/a/:id', (c) => c.text('405'));
    app.delete('/b', (c) => c.text('b'));
    const methodsFor = routeMethods(app);
    expect(methodsFor('/a/x')).toEqual(['GET', 'HEAD', 'POST']);
    expect(methodsFor('/b')).toEqual(['DELETE']);
    expect(methodsFor('/api/anything')).toEqual([]);
    expect(methodsFor('/c')).toEqual([]);
    // Routes added later are picked up.
    app.get('/c', (c) => c.text('c'));
    expect(methodsFor('/c')).toEqual(['GET', 'HEAD']);
  });
});

describe('fallbacks', () => {
  it('answer 405 with Allow on a known path, JSON 404 elsewhere, JSON 500 on a throw', async () => {
    const app = new Hono();
    app.get('/x', (c) => c.text('x'));
    app.get('/boom', () => {
      throw new Error('secret internals');
    });
    installFallbacks(app);
    const put = await app.request('/x', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect((await errorOf(put)).code).toBe('method_not_allowed');
    const missing = await app.request('/y');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    const boom = await app.request('/boom');
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain('secret');
  });
});

const apps = {
  'the app (Workers shape)': () => createApp({ graph: shippedGraph() }),
  'the Node composition': () => createNodeApp(process.cwd(), { graph: shippedGraph() }),
};

for (const [name, make] of Object.entries(apps)) {
  describe(name, () => {
    const app = make();

    it('answers 405 for a method a known route does not have, with Allow', async () => {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
        const res = await app.request('/health', { method });
        expect(res.status, method).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
      }
    });

    it('answers unknown paths with a JSON 404', async () => {
      const res = await app.request('/api/v1/nothing-here');
      expect(res.status).toBe(404);
      expect((await errorOf(res)).message).not.toContain('nothing-here');
    });

    it('answers HEAD like GET without a body', async () => {
      const get = await app.request('/api/v1/flows/start');
      const head = await app.request('/api/v1/flows/start', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
      expect(await head.text()).toBe('');
    });

    it('answers a CORS preflight on API paths with the methods the path has', async () => {
      const res = await app.request('/api/v1/flows/start', {
        method: 'OPTIONS',
        headers: { origin: 'https://www.gemeente.nl', 'access-control-request-method': 'GET' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      const unknown = await app.request('/api/v1/nothing-here', { method: 'OPTIONS' });
      expect(unknown.status).toBe(404);
    });

    it('refuses API bodies over the limit with a JSON 413, with or without Content-Length', async () => {
      const body = 'x'.repeat(API_BODY_LIMIT_BYTES + 1);
      for (const headers of [{ 'content-length': String(body.length) }, {}] as Record<string, string>[]) {
        const res = await app.request('/api/v1/flows', { method: 'POST', body, headers });
        expect(res.status).toBe(413);
        expect((await errorOf(res)).code).toBe('payload_too_large');
      }
      const small = await app.request('/api/v1/flows', { method: 'POST', body: 'x' });
      expect(small.status).toBe(405);
    });
  });
}
