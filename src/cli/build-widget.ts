// Bundles widget/index.ts into public/widget.js, plus copies under
// content-hashed names (public/widget-HASH.js, public/widget-HASH.css) that
// may be cached forever and pinned with SRI. The stylesheet goes into the
// script (a constructable stylesheet) and into public/widget.css (the <link>
// fallback). dist/widget-manifest.json names the files and their SRI hashes.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { shortHash } from '../content/hash.js';

const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const css = (await transform(readFileSync('widget/styles.css', 'utf8'), { loader: 'css', minify: true, legalComments: 'none' })).code.trim();
const cssFile = `widget-${shortHash(css, 8)}.css`;

const result = await build({
  entryPoints: ['widget/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  // Old phones: iOS Safari 14.1 (2021), Chrome 80, Firefox 78. Older Safari mishandles destructuring.
  target: ['es2019', 'chrome80', 'firefox78', 'safari14.1'],
  define: { __WEGWIJS_CSS__: JSON.stringify(css), __WEGWIJS_CSS_FILE__: JSON.stringify(cssFile) },
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const jsFile = `widget-${shortHash(code, 8)}.js`;

mkdirSync('public', { recursive: true });
for (const old of readdirSync('public').filter((f) => /^widget-[0-9a-z]+\.(js|css)$/.test(f))) rmSync(`public/${old}`);
writeFileSync('public/widget.js', code);
writeFileSync(`public/${jsFile}`, code);
writeFileSync('public/widget.css', css);
writeFileSync(`public/${cssFile}`, css);
mkdirSync('dist', { recursive: true });
const manifest = { file: jsFile, integrity: sri(code), css: cssFile, cssIntegrity: sri(css), gzip: { js: gz(code), css: gz(css) } };
writeFileSync('dist/widget-manifest.json', JSON.stringify(manifest, null, 2) + '\n');
console.log(`public/widget.js and public/${jsFile}: ${code.length} bytes (${manifest.gzip.js} gzip); public/${cssFile}: ${css.length} bytes (${manifest.gzip.css} gzip)`);
