// Security and caching headers on every kind of response (issue 8), over
// real HTTP from the Node composition. Kinds are one table: add a row when a
// new kind of response appears. Site pages are found by asking for them, so
// pages that do not exist yet are reported, not failed.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT_BYTES } from '../src/http/body-limit.js';
import type { RunningServer } from '../src/node/server.js';
import { shippedGraph } from './support/content.js';
import { startServer } from './support/server.js';

const FRAME_ANCESTORS = "'self' https://www.gemeente.nl";
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ headers: { frameAncestors: FRAME_ANCESTORS } });
});
afterAll(() => server?.close());

const fetchHere = (path: string, init?: RequestInit) => fetch(server.url + path, { redirect: 'manual', ...init });

/** Every response, whatever it is. */
function expectBaseline(res: Response, what: string) {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('strict-transport-security'), what).toMatch(/^max-age=(\d+)/);
  expect(Number(/max-age=(\d+)/.exec(res.headers.get('strict-transport-security') ?? '')?.[1]), what).toBeGreaterThanOrEqual(31_536_000);
  // Nothing is stored about a visitor: no cookies, ever.
  expect(res.headers.get('set-cookie'), what).toBeNull();
}

function expectApiJson(res: Response, what: string) {
  expectBaseline(res, what);
  expect(res.headers.get('content-security-policy'), what).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers.get('access-control-allow-origin'), what).toBe('*');
}

function expectCacheable(res: Response, what: string) {
  expect(res.headers.get('etag'), what).toMatch(/^(W\/)?"[^"]+"$/);
  const cc = res.headers.get('cache-control') ?? '';
  expect(cc, what).toMatch(/\bpublic\b/);
  expect(cc, what).toMatch(/\bmax-age=\d+/);
  expect(cc, what).toMatch(/\bstale-while-revalidate=\d+/);
}

/** A strict page CSP: nothing inline, nothing from elsewhere, framing as configured. */
function expectStrictPage(res: Response, what: string) {
  expectBaseline(res, what);
  const csp = res.headers.get('content-security-policy') ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name, values]),
  );
  expect(csp, what).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  expect(directives.get('default-src'), what).toEqual(["'self'"]);
  expect(directives.get('object-src'), what).toEqual(["'none'"]);
  expect(directives.get('base-uri'), what).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')?.join(' '), what).toBe(FRAME_ANCESTORS);
  expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(res.headers.get('permissions-policy'), what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  for (const name of ['script-src', 'style-src', 'connect-src']) {
    for (const value of directives.get(name) ?? []) expect(value, `${what}: ${name}`).toMatch(/^('self'|'nonce-[A-Za-z0-9+/=_-]{16,}')$/);
  }
}

describe('API responses', () => {
  it('a conversation: JSON, cacheable with ETag and stale-while-revalidate, 304 on a match', async () => {
    const first = await fetchHere('/api/v1/flows/start');
    expect(first.status).toBe(200);
    expectApiJson(first, 'flow 200');
    expectCacheable(first, 'flow 200');
    const again = await fetchHere('/api/v1/flows/start', { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expectApiJson(again, 'flow 304');
    expectCacheable(again, 'flow 304');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    const stale = await fetchHere('/api/v1/flows/start', { headers: { 'if-none-match': '"not-this-one"' } });
    expect(stale.status).toBe(200);
  });

  it('every conversation and the service registry: cacheable, 304 on a match', async () => {
    const paths = [...Object.keys(shippedGraph().flows).map((id) => `/api/v1/flows/${id}`), '/api/v1/flows', '/api/v1/services'];
    for (const path of paths) {
      const res = await fetchHere(path);
      expect(res.status, path).toBe(200);
      expectApiJson(res, path);
      expectCacheable(res, path);
      const revalidated = await fetchHere(path, { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(revalidated.status, path).toBe(304);
    }
  });

  it('HEAD: the same headers, no body', async () => {
    const res = await fetchHere('/api/v1/flows/start', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expectApiJson(res, 'HEAD');
    expectCacheable(res, 'HEAD');
  });

  it('a CORS preflight', async () => {
    const res = await fetchHere('/api/v1/flows/start', {
      method: 'OPTIONS',
      headers: { origin: 'https://www.gemeente.nl', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(204);
    expectBaseline(res, 'OPTIONS');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  const errors: Array<[string, string, RequestInit | undefined, number]> = [
    ['400 bad query', '/api/v1/flows/start?gemeente=nope', undefined, 400],
    ['404 unknown conversation', '/api/v1/flows/bestaat-niet', undefined, 404],
    ['404 unknown API path', '/api/v1/nothing-here', undefined, 404],
    ['405 method', '/api/v1/flows/start', { method: 'DELETE' }, 405],
    [
      '413 body too large',
      '/api/v1/events',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(API_BODY_LIMIT_BYTES + 1) },
      413,
    ],
  ];
  for (const [what, path, init, status] of errors) {
    it(`error ${what}: JSON, never cached`, async () => {
      const res = await fetchHere(path, init);
      expect(res.status, what).toBe(status);
      expectApiJson(res, what);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      if (status === 405) expect(res.headers.get('allow')).toBe('GET, HEAD');
    });
  }

  it('/health', async () => {
    const res = await fetchHere('/health');
    expect(res.status).toBe(200);
    expectApiJson(res, '/health');
  });
});

describe('static files', () => {
  const manifestFile = 'dist/widget-manifest.json';
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { file: string; css?: string }) : null;

  it('the widget has versioned URLs, cached immutably for a year', async () => {
    expect(manifest, 'run npm run build:widget').not.toBeNull();
    for (const file of [manifest!.file, manifest!.css].filter(Boolean) as string[]) {
      expect(file).toMatch(/^widget-[0-9a-z]+\.(js|css)$/);
      const res = await fetchHere(`/${file}`);
      expect(res.status, file).toBe(200);
      expectBaseline(res, file);
      expect(res.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('the stable widget name is cached briefly, so a release reaches everyone soon', async () => {
    const res = await fetchHere('/widget.js');
    expect(res.status).toBe(200);
    expectBaseline(res, '/widget.js');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('public/_headers gives Workers the same static headers as the Node server sends', async () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const files = [
      '/widget.js',
      `/${manifest!.file}`,
      ...(manifest!.css ? [`/${manifest!.css}`] : []),
      ...(existsSync('public/widget.css') ? ['/widget.css'] : []),
      ...(existsSync('public/site.css') ? ['/site.css'] : []),
    ];
    for (const file of files) {
      const expected = headersFor(rules, file);
      expect(Object.keys(expected).length, file).toBeGreaterThan(0);
      const res = await fetchHere(file);
      for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${file} ${name}`).toBe(value);
    }
    // Static HTML gets a strict CSP on Workers too (its frame-ancestors is fixed there: 'none').
    const demo = headersFor(rules, '/demo/');
    expect(demo['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';.*frame-ancestors 'none'$/);
    expect(demo['content-security-policy']).not.toContain('unsafe-inline');
    // The hashed builds must be immutable on Workers too.
    expect(headersFor(rules, `/${manifest!.file}`)['cache-control']).toContain('immutable');
  });
});

describe('site pages', () => {
  const graph = shippedGraph();
  const start = graph.flows.start ?? Object.values(graph.flows)[0];
  const candidates = [
    '/',
    `/s/${graph.steps[start.start].key}`,
    '/over',
    '/tips',
    '/stats',
    '/preview',
    '/demo/',
    '/bestaat-niet-deze-pagina',
  ];

  it('every page that exists has a strict CSP without unsafe-inline, no-referrer, nosniff, HSTS, frame-ancestors as configured', async () => {
    const pages: string[] = [];
    for (const path of candidates) {
      const res = await fetchHere(path);
      if (!/^text\/html/.test(res.headers.get('content-type') ?? '')) continue;
      pages.push(`${path} (${res.status})`);
      expectStrictPage(res, path);
    }
    // The site exists in this build: at least its home page must have been checked.
    console.info(`headers checked on pages: ${pages.join(', ')}`);
    expect(pages.length).toBeGreaterThan(0);
  });
});

/** Rules of a Cloudflare `_headers` file: a path pattern, then indented "Name: value" lines. */
function parseHeadersFile(text: string): Array<{ pattern: RegExp; headers: Record<string, string> }> {
  const rules: Array<{ pattern: RegExp; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    rules[rules.length - 1].headers[name.trim().toLowerCase()] = value.join(':').trim();
  }
  return rules;
}

/** What Workers would send for a path: all matching rules added up (a header set twice would be joined with a comma). */
function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}
