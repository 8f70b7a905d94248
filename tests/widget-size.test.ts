// The widget's budget and static guarantees, checked on the built files
// (npm test builds them first): JavaScript + CSS at most 15 KB gzip, a
// content-hashed copy for pinning, and nothing in the bundle that parses
// HTML or touches browser storage.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const BUDGET = 15 * 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

describe('widget build', () => {
  test('public/widget.js and public/widget.css together stay within 15 KB gzip', () => {
    expect(existsSync('public/widget.js'), 'run `npm run build:widget` first').toBe(true);
    const js = gz('public/widget.js');
    const css = gz('public/widget.css');
    console.log(`widget: ${js} B gzip JS + ${css} B gzip CSS = ${((js + css) / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB`);
    expect(js + css).toBeLessThanOrEqual(BUDGET);
  });

  test('hashed copies exist, equal the plain files and are named in the manifest with SRI hashes', () => {
    const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8'));
    expect(manifest.file).toMatch(/^widget-[0-9a-z]+\.js$/);
    expect(manifest.css).toMatch(/^widget-[0-9a-z]+\.css$/);
    expect(manifest.integrity).toMatch(/^sha384-[A-Za-z0-9+/]+=*$/);
    expect(readFileSync(`public/${manifest.file}`, 'utf8')).toBe(readFileSync('public/widget.js', 'utf8'));
    expect(readFileSync(`public/${manifest.css}`, 'utf8')).toBe(readFileSync('public/widget.css', 'utf8'));
    // Older hashed builds stay beside the current one (a pinned release keeps working), so the current one is among them.
    expect(readdirSync('public').filter((f) => /^widget-[0-9a-z]+\.js$/.test(f))).toContain(manifest.file);
    // The script points at its own hashed stylesheet.
    expect(readFileSync('public/widget.js', 'utf8')).toContain(manifest.css);
  });

  test('the bundle never parses HTML and never touches cookies or browser storage', () => {
    const code = readFileSync('public/widget.js', 'utf8');
    for (const banned of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'DOMParser',
      'document.write',
      'createContextualFragment',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'document.cookie',
      'caches.open',
      'eval(',
      'new Function',
    ]) {
      expect(code, banned).not.toContain(banned);
    }
  });

  test('the widget, its parts and the site scripts call no API newer than the phones they support (Chrome 80, iOS Safari 14.1)', () => {
    const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8'));
    const files = [
      'public/widget.js',
      ...Object.keys(manifest.parts).map((f) => `public/${f}`),
      'public/site/exit.js',
      'public/site/picker.js',
    ];
    if (existsSync('public/site/words.js')) files.push('public/site/words.js');
    // Not public/studio/studio.js, on purpose: the editors' studio is a desktop tool for
    // current browsers (built for es2022, src/cli/build-studio.ts), not for visitors' old phones.
    // Object.hasOwn and Array#at came with Chrome 92/93, replaceAll with 85, structuredClone with 98, findLast with 97.
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const newer of ['Object.hasOwn', '.replaceAll(', '.at(', 'structuredClone', '.findLast('])
        expect(code, `${file}: ${newer}`).not.toContain(newer);
    }
  });
});

describe('the box for own words (issue 17)', () => {
  test('adds at most 10 KB gzip on first use: its part and the word list, as the Node server sends them', async () => {
    const { createNodeApp } = await import('../src/node/server.js');
    const { shippedGraph } = await import('./support/content.js');
    const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8')) as { parts: Record<string, string> };
    const part = Object.keys(manifest.parts).find((f) => f.startsWith('widget-words-'));
    expect(part, 'the words part is in the manifest').toBeDefined();
    const app = createNodeApp(process.cwd(), { graph: shippedGraph() });
    const sizes: number[] = [];
    for (const path of [`/${part}`, '/api/v1/words']) {
      const res = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      sizes.push((await res.arrayBuffer()).byteLength);
    }
    console.log(`own words: part ${sizes[0]} B + word list ${sizes[1]} B gzip = ${sizes[0] + sizes[1]} B of 10,240`);
    expect(sizes[0] + sizes[1]).toBeLessThanOrEqual(10 * 1024);
  });
});
