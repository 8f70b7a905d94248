// /studio on the server: one page with the published sources as inert JSON,
// its own strict CSP, never counted; no /studio without sources.
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import { readContent } from '../compiler/read-content.js';
import type { Counter } from '../counters/types.js';
import { inertJson } from './studio-page.js';
import { type StudioData, studioSources } from './studio-sources.js';

const graph = shippedGraph();
const sources = studioSources(readContent(process.cwd()));

describe('/studio', () => {
  it('carries every published source the studio opens, the holidays and the version, and nothing else', async () => {
    const res = await createApp({ graph, studioSources: sources }).request('/studio');
    expect(res.status).toBe(200);
    const html = await res.text();
    const json = /<script type="application\/json" id="studio-data">(.*?)<\/script>/s.exec(html)?.[1];
    const data = JSON.parse(json!) as StudioData;
    expect(Object.keys(data.files)).toContain('flows/services.json');
    expect(Object.keys(data.files)).toContain('flows/pleger.md');
    expect(Object.keys(data.files).some((f) => f.startsWith('flows/gemeenten/'))).toBe(true);
    expect(Object.keys(data.files).some((f) => f.includes('translations'))).toBe(false);
    expect(data.files['flows/pleger.md']).toBe(sources['flows/pleger.md']);
    expect(data.holidays).toEqual(graph.holidays);
    expect(data.version).toBe(graph.version);
    expect(html).toMatch(/<script src="\/studio\/studio.js" defer(="")?><\/script>/);
    expect(html).toContain('Deze pagina stuurt niets naar de server en bewaart niets.');
  });

  it('has its own strict CSP: no connections, no forms, no inline code, no frames', async () => {
    const res = await createApp({ graph, studioSources: sources }).request('/studio');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('is never counted', async () => {
    const counted: unknown[] = [];
    const counter = { count: async (e: unknown) => void counted.push(e) } as unknown as Counter;
    const app = createApp({ graph, studioSources: sources, counter });
    await app.request('/studio');
    await new Promise((r) => setTimeout(r, 20));
    expect(counted).toEqual([]);
    // The same counter does count a visit to the site (the test can fail).
    await app.request('/');
    await new Promise((r) => setTimeout(r, 20));
    expect(counted.length).toBeGreaterThan(0);
  });

  it('is not there without sources', async () => {
    expect((await createApp({ graph }).request('/studio')).status).toBe(404);
  });

  it('keeps the JSON inert inside its script element', () => {
    const text = inertJson({ a: '</script><script>alert(1)</script>', b: '<!--' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--' });
  });
});
