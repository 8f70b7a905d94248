// Bundles widget/index.ts into public/widget.js, plus a copy under a
// content-hashed name (public/widget-HASH.js) that may be cached forever.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { shortHash } from '../content/hash.js';

const result = await build({
  entryPoints: ['widget/index.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019', 'chrome80', 'firefox78', 'safari13'],
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
mkdirSync('public', { recursive: true });
for (const old of readdirSync('public').filter((f) => /^widget-[0-9a-z]+\.js$/.test(f))) rmSync(`public/${old}`);
const hashed = `widget-${shortHash(code, 8)}.js`;
writeFileSync('public/widget.js', code);
writeFileSync(`public/${hashed}`, code);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/widget-manifest.json', JSON.stringify({ file: hashed }) + '\n');
console.log(`public/widget.js and public/${hashed}: ${code.length} bytes`);
