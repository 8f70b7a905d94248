// The same app, built for Cloudflare Workers and run inside workerd.

import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../src/compiler/read-content.js';
import { studioSources } from '../src/site/studio-sources.js';
import { shippedGraph } from './support/content.js';
import { buildWorker, startWorker } from './support/worker.js';

let mf: Miniflare;
const origin = 'http://wegwijs.test';

beforeAll(async () => {
  mf = startWorker(buildWorker());
  await mf.ready;
}, 300_000);

afterAll(async () => {
  await mf?.dispose();
});

describe('the Worker in workerd', () => {
  it('lists the shipped conversations', async () => {
    const res = await mf.dispatchFetch(`${origin}/api/v1/flows`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { flows: Array<{ id: string }> };
    expect(body.flows.map((f) => f.id).sort()).toEqual(Object.keys(shippedGraph().flows).sort());
  });

  it('serves a whole conversation with an ETag, and 304 for it', async () => {
    const res = await mf.dispatchFetch(`${origin}/api/v1/flows/start`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { steps: Record<string, unknown>; version: string };
    expect(body.version).toBe(shippedGraph().version);
    expect(Object.keys(body.steps).length).toBeGreaterThan(1);
    const etag = res.headers.get('etag')!;
    const again = await mf.dispatchFetch(`${origin}/api/v1/flows/start`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await again.text();
  });

  it("serves the matcher's word list (built on its first request), with headings only when asked", async () => {
    const bare = (await (await mf.dispatchFetch(`${origin}/api/v1/words`)).json()) as { steps: unknown[]; places?: unknown };
    expect(bare.steps.length).toBeGreaterThan(50);
    expect(bare.places).toBeUndefined();
    const site = (await (await mf.dispatchFetch(`${origin}/api/v1/words?with=places`)).json()) as { places?: Record<string, unknown> };
    expect(Object.keys(site.places ?? {}).length).toBe(bare.steps.length);
  });

  it('answers bad input with JSON errors, not 500s', async () => {
    const missing = await mf.dispatchFetch(`${origin}/api/v1/flows/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).not.toContain('nope');
    const bad = await mf.dispatchFetch(`${origin}/api/v1/flows/start?gemeente=xyz`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });

  it("serves the editors' studio with the published sources built in (the Worker has no files) and its own CSP", async () => {
    const res = await mf.dispatchFetch(`${origin}/studio`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'none'");
    const html = await res.text();
    const json = /<script type="application\/json" id="studio-data">(.*?)<\/script>/s.exec(html)?.[1];
    const data = JSON.parse(json!) as { files: Record<string, string>; version: string };
    expect(data.files).toEqual(studioSources(readContent(process.cwd())));
    expect(data.version).toBe(shippedGraph().version);
  });

  it('renders the help site and resolves local help, as on Node', async () => {
    const page = await mf.dispatchFetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('Snel weg');
    const local = await mf.dispatchFetch(`${origin}/api/v1/flows/start?gemeente=GM0637`);
    const body = (await local.json()) as { municipality?: { name: string; known: boolean } };
    expect(body.municipality).toMatchObject({ name: 'Zoetermeer', known: true });
  });

  it('answers /health and sends the security headers', async () => {
    const res = await mf.dispatchFetch(`${origin}/health`);
    expect(res.status).toBe(200);
    await res.text();
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
