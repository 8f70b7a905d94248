// Gzip copies of cached API bodies: made once on Node, chosen by
// Accept-Encoding, each with its own ETag; none without a compressor.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import { createNodeApp } from '../node/server.js';
import { acceptsGzip } from './precompress.js';

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and tools send it', () => {
    for (const yes of ['gzip', 'gzip, deflate, br', 'br;q=1.0, gzip;q=0.8', '*', 'GZIP', 'deflate, gzip;q=1'])
      expect(acceptsGzip(yes), yes).toBe(true);
    for (const no of [null, '', 'br', 'identity', 'gzip;q=0', 'gzip;q=0.0, br', 'xgzip', 'deflate'])
      expect(acceptsGzip(no), String(no)).toBe(false);
  });
});

describe('a conversation on the Node composition', () => {
  it('goes out gzipped to a client that accepts it, with Vary and its own ETag, and plain to one that does not', async () => {
    const app = createNodeApp(process.cwd(), { graph: shippedGraph() });
    const plain = await app.request('/api/v1/flows/start');
    const zipped = await app.request('/api/v1/flows/start', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    for (const res of [plain, zipped]) expect(res.headers.get('vary')).toBe('accept-encoding');
    expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const text = await plain.text();
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    expect(bytes.length).toBeLessThan(text.length / 3);
  });

  it('answers 304 to either ETag', async () => {
    const app = createNodeApp(process.cwd(), { graph: shippedGraph() });
    const plain = await app.request('/api/v1/services');
    const zipped = await app.request('/api/v1/services', { headers: { 'accept-encoding': 'gzip' } });
    for (const tag of [plain.headers.get('etag')!, zipped.headers.get('etag')!]) {
      const res = await app.request('/api/v1/services', { headers: { 'accept-encoding': 'gzip', 'if-none-match': tag } });
      expect(res.status, tag).toBe(304);
      expect(res.headers.get('content-encoding')).toBe('gzip');
    }
  });

  it('leaves small bodies alone', async () => {
    const app = createNodeApp(process.cwd(), { graph: shippedGraph() });
    const res = await app.request('/health', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
  });
});

describe('the app without a compressor (as on Workers)', () => {
  it('sends the plain body and no Vary: the edge compresses', async () => {
    const res = await createApp({ graph: shippedGraph() }).request('/api/v1/flows/start', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(JSON.parse(await res.text())).toHaveProperty('steps');
  });
});
