// The widget files from memory on Node: the best encoding a client accepts,
// 304 for a tag it holds, never a compressed copy of other bytes. Needs
// `npm run build:widget` first (npm test builds).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { acceptsEncoding } from '../http/precompress.js';
import { loadMemoryFile, widgetFiles } from './memory-files.js';
import { createNodeApp, listen } from './server.js';

const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8')) as {
  file: string;
  css: string;
  checks: string;
  parts: Record<string, string>;
};
const parts = [manifest.checks, ...Object.keys(manifest.parts)];
const widget = readFileSync('public/widget.js');

describe('acceptsEncoding', () => {
  it('reads Accept-Encoding for Brotli as for gzip', () => {
    for (const yes of ['br', 'gzip, deflate, br, zstd', 'br;q=0.5', '*']) expect(acceptsEncoding(yes, 'br'), yes).toBe(true);
    for (const no of [null, '', 'gzip, deflate', 'br;q=0', 'xbr']) expect(acceptsEncoding(no, 'br'), String(no)).toBe(false);
  });
});

describe('the widget files on the Node composition', () => {
  const app = createNodeApp(process.cwd(), { graph: shippedGraph() });

  it('go out as Brotli, gzip or plain, whichever the client accepts, all the same bytes', async () => {
    const br = await app.request('/widget.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gz = await app.request('/widget.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    const plain = await app.request('/widget.js');
    expect([br, gz, plain].map((r) => r.headers.get('content-encoding'))).toEqual(['br', 'gzip', null]);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).equals(widget)).toBe(true);
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(widget)).toBe(true);
    expect(Buffer.from(await plain.arrayBuffer()).equals(widget)).toBe(true);
    for (const res of [br, gz, plain]) {
      expect(res.headers.get('vary')).toBe('accept-encoding');
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
    expect(new Set([br, gz, plain].map((r) => r.headers.get('etag'))).size).toBe(3);
  });

  it('answer 304 to any of their tags, and HEAD without a body', async () => {
    const tags = await Promise.all(
      ['br', 'gzip', ''].map(async (e) => (await app.request('/widget.js', { headers: { 'accept-encoding': e } })).headers.get('etag')!),
    );
    for (const tag of [...tags, `W/${tags[0]}`]) {
      const res = await app.request('/widget.js', { headers: { 'accept-encoding': 'br', 'if-none-match': tag } });
      expect(res.status, tag).toBe(304);
      expect(res.headers.get('etag')).toBe(tags[0]);
    }
    expect((await app.request('/widget.js', { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    const head = await app.request('/widget.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('hashed copies of this build are cached for a year, the stable names for five minutes', async () => {
    for (const name of [manifest.file, manifest.css]) {
      const res = await app.request(`/${name}`, { headers: { 'accept-encoding': 'br' } });
      expect(res.status, name).toBe(200);
      expect(res.headers.get('cache-control'), name).toBe('public, max-age=31536000, immutable');
    }
    const css = await app.request('/widget.css', { headers: { 'accept-encoding': 'gzip' } });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('holds the current build only: the script, its style, and the parts and checks it names', () => {
    const files = widgetFiles('public', {});
    const held = readdirSync('public').filter((name) => files.get(`/${name}`));
    expect(held.sort()).toEqual(['widget.css', 'widget.js', manifest.css, manifest.file, ...parts].sort());
    expect(files.get('/widget-0000000.js')).toBeUndefined();
    expect(files.get('/widget-words-0000000.js')).toBeUndefined();
    expect(files.paths).toEqual(expect.arrayContaining(held.map((name) => `/${name}`)));
  });

  it('sends the parts compressed, cached for a year (the box for own words counts its bytes)', async () => {
    expect(parts.length).toBeGreaterThanOrEqual(5);
    for (const name of parts) {
      const res = await app.request(`/${name}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(res.headers.get('content-encoding'), name).toBe('br');
      expect(res.headers.get('cache-control'), name).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).equals(readFileSync(`public/${name}`)), name).toBe(true);
    }
  });
});

describe("the widget files on a real Node server (headers read from Node's own request)", () => {
  it('sends Brotli when asked, plain otherwise, 304 for a held tag and HEAD without a body', async () => {
    const server = await listen(createNodeApp(process.cwd(), { graph: shippedGraph() }));
    try {
      const get = (headers: Record<string, string>, method = 'GET') => fetch(`${server.url}/widget.js`, { headers, method });
      const br = await get({ 'accept-encoding': 'br' });
      expect(br.headers.get('content-encoding')).toBe('br');
      const plain = await get({ 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(Buffer.from(await plain.arrayBuffer()).equals(widget)).toBe(true);
      const held = await get({ 'accept-encoding': 'identity', 'if-none-match': plain.headers.get('etag')! });
      expect(held.status).toBe(304);
      const head = await get({ 'accept-encoding': 'identity' }, 'HEAD');
      expect(head.status).toBe(200);
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('loadMemoryFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-memory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves out a compressed copy of other bytes (left from another build) or a broken one', () => {
    writeFileSync(join(dir, 'widget.js'), 'console.log("new");'.repeat(50));
    writeFileSync(join(dir, 'widget.js.br'), brotliCompressSync('console.log("old");'.repeat(50)));
    writeFileSync(join(dir, 'widget.js.gz'), gzipSync('console.log("new");'.repeat(50)));
    expect(loadMemoryFile(dir, 'widget.js', {}).encoded.map((v) => v.coding)).toEqual(['gzip']);
    writeFileSync(join(dir, 'widget.js.gz'), 'not gzip');
    expect(loadMemoryFile(dir, 'widget.js', {}).encoded).toEqual([]);
  });
});
