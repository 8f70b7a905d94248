// Bundles widget/index.ts into public/widget.js, plus copies under
// content-hashed names (public/widget-HASH.js, public/widget-HASH.css) that
// may be cached forever and pinned with SRI. The stylesheet goes into the
// script (a constructable stylesheet) and into public/widget.css (the <link>
// fallback). dist/widget-manifest.json names the files and their SRI hashes.
// The emergency numbers the widget knows offline come from flows/services.json.
// It also builds the help site's two scripts, public/site/exit.js and
// public/site/picker.js, from src/browser/ (the modules they share with the
// widget): build outputs like widget.js, not kept in git.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { defaultStrings } from '../../widget/strings.js';
import { shortHash } from '../compiler/hash.js';
import { rolesOfRegistry } from '../compiler/roles.js';
import type { Service } from '../shared/api-types.js';
import { builtInPhones } from '../shared/embed-snippet.js';
import { buildStudio } from './build-studio.js';
import { checkOptionalCalls } from './optional-calls.js';
import { writeAtomic } from './write-atomic.js';

const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

// The numbers the widget shows by itself (offline fallback, signpost card), from the registry,
// chosen and checked by the same code as the embed snippet's fallback, with the roles the
// widget needs to know them by (widget/facts.ts): no service id is written in the widget.
const registry = JSON.parse(readFileSync('flows/services.json', 'utf8')) as { services: Service[]; roles?: unknown };
const roles = rolesOfRegistry(registry);
const lines = builtInPhones((id) => registry.services.find((s) => s.id === id), roles).map(({ id, name, display, tel, purposeKey }) => {
  if (!(purposeKey in defaultStrings))
    throw new Error(
      `flows/services.json: the built-in line "${id}" names the widget text "${purposeKey}", which widget/strings.ts does not have.`,
    );
  const role = id === roles.emergency ? 'emergency' : id === roles.dayAndNight ? 'dayAndNight' : undefined;
  return { id, name, display, tel, purpose: purposeKey, ...(role && { role }) };
});
if (roles.dayAndNight && !lines.some((line) => line.role === 'dayAndNight'))
  throw new Error('flows/services.json: the dayAndNight line must be one of the builtIn lines (the widget shows it by itself).');

const css = (
  await transform(readFileSync('widget/styles.css', 'utf8'), { loader: 'css', minify: true, legalComments: 'none' })
).code.trim();
const cssFile = `widget-${shortHash(css, 8)}.css`;

// Old phones: iOS Safari 14.1 (2021), Chrome 80, Firefox 78. Older Safari mishandles destructuring.
// esbuild lowers syntax per engine; no "es2019" floor, which rewrote optional
// chaining and class fields that all three engines have (about 250 B gzip).
const TARGET = ['chrome80', 'firefox78', 'safari14.1'];
// esbuild lowers `a?.b` for Chrome 80-90 because of one defect there: an optional
// call with a spread argument that is not the last one (`a?.f(...xs, y)`,
// crbug.com/42201552). The code never writes that (checkOptionalCalls below
// fails the build if it does), so optional chaining stays as written: about 180 B gzip.
const SUPPORTED = { 'optional-chain': true };

/**
 * esbuild bundles and lowers the syntax for the engines above; terser then
 * compresses further (about 350 B gzip less on widget.js than esbuild's own
 * minifier), allowed no syntax newer than those engines have (ES2020), and
 * the optional-call rule is checked on what ships.
 */
async function shrink(entry: string, code: string): Promise<string> {
  const out = (await minify(code, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code!;
  checkOptionalCalls(entry, out);
  return out;
}

/** How every browser file is built: one minified script, no comments, the same engines. */
const BROWSER_SCRIPT = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: TARGET,
  supported: SUPPORTED,
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
} as const;

// The web team's checks (widget/web-team.ts): their own file, loaded by the
// widget only when a page may need them (widget/checks-loader.ts), pinned by hash.
const checksBuild = await build({ ...BROWSER_SCRIPT, entryPoints: ['widget/web-team.ts'] });
const checksCode = await shrink('widget/web-team.ts', checksBuild.outputFiles[0].text);
// sha256 is enough for SRI and keeps widget.js, which carries the hash, a little smaller.
const checks = {
  file: `widget-checks-${shortHash(checksCode, 8)}.js`,
  integrity: `sha256-${createHash('sha256').update(checksCode).digest('base64')}`,
};

// Parts most pages never need, each its own file next to widget.js, loaded by
// widget/lazy.ts when needed and pinned by hash: local help a municipality
// states itself (its checker and its card), and the municipality picker.
async function part(entry: string, name: string): Promise<{ file: string; integrity: string; code: string }> {
  // The numbers it may show come in as in widget.js; anything else it needs of the
  // widget's build-time values it must not use (the build fails on one left undefined).
  const built = await build({ ...BROWSER_SCRIPT, entryPoints: [entry], define: { __WEGWIJS_LINES__: JSON.stringify(lines) } });
  if (/__WEGWIJS_\w+__/.test(built.outputFiles[0].text))
    throw new Error(`${entry}: uses a build-time value of widget.js that parts do not get.`);
  const code = await shrink(entry, built.outputFiles[0].text);
  return {
    file: `widget-${name}-${shortHash(code, 8)}.js`,
    integrity: `sha256-${createHash('sha256').update(code).digest('base64')}`,
    code,
  };
}
const stated = await part('widget/stated-part.ts', 'stated');
const picker = await part('widget/picker-part.ts', 'picker');
// Around a conversation (widget/extras.ts): the language choice (issue 16) and the
// button for one's own words; the box and its matcher (issue 17) only when that is pressed.
const extras = await part('widget/extras-part.ts', 'extras');
const words = await part('widget/words-part.ts', 'words');
const pinned = (p: { file: string; integrity: string }) => JSON.stringify({ file: p.file, integrity: p.integrity });

const result = await build({
  ...BROWSER_SCRIPT,
  entryPoints: ['widget/index.ts'],
  minify: !process.env.WIDGET_PROFILE,
  define: {
    __WEGWIJS_CSS__: JSON.stringify(css),
    __WEGWIJS_CSS_FILE__: JSON.stringify(cssFile),
    __WEGWIJS_LINES__: JSON.stringify(lines),
    __WEGWIJS_CHECKS__: JSON.stringify(checks),
    __WEGWIJS_STATED__: pinned(stated),
    __WEGWIJS_PICKER__: pinned(picker),
    __WEGWIJS_EXTRAS__: pinned(extras),
    __WEGWIJS_WORDS__: pinned(words),
  },
});
// WIDGET_PROFILE=1: readable names, for a CPU profile.
const code = process.env.WIDGET_PROFILE ? result.outputFiles[0].text : await shrink('widget/index.ts', result.outputFiles[0].text);
const jsFile = `widget-${shortHash(code, 8)}.js`;

mkdirSync('public', { recursive: true });
writeAtomic('public/widget.js', code);
writeAtomic(`public/${jsFile}`, code);
writeAtomic('public/widget.css', css);
writeAtomic(`public/${cssFile}`, css);
writeAtomic(`public/${checks.file}`, checksCode);
for (const p of [stated, picker, extras, words]) writeAtomic(`public/${p.file}`, p.code);
// Compressed copies, made once here at the highest levels: the Node server
// sends them from memory (src/node/memory-files.ts); public/.assetsignore
// keeps them out of the Workers assets (the edge compresses there).
for (const [name, text] of [
  ['widget.js', code],
  [jsFile, code],
  ['widget.css', css],
  [cssFile, css],
  [checks.file, checksCode],
  ...[stated, picker, extras, words].map((p) => [p.file, p.code]),
]) {
  writeAtomic(`public/${name}.gz`, gzipSync(text, { level: 9 }));
  writeAtomic(
    `public/${name}.br`,
    brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }),
  );
}
// Older hashed builds stay: a page that pinned one with SRI keeps working
// after an update wherever public/ is kept between releases (docs/embedding.md).
mkdirSync('dist', { recursive: true });
const manifest = {
  file: jsFile,
  integrity: sri(code),
  css: cssFile,
  cssIntegrity: sri(css),
  checks: checks.file,
  checksIntegrity: checks.integrity,
  parts: Object.fromEntries([stated, picker, extras, words].map((p) => [p.file, p.integrity])),
  gzip: {
    js: gz(code),
    css: gz(css),
    checks: gz(checksCode),
    stated: gz(stated.code),
    picker: gz(picker.code),
    extras: gz(extras.code),
    words: gz(words.code),
  },
};
writeAtomic('dist/widget-manifest.json', JSON.stringify(manifest, null, 2) + '\n');
// The site's scripts keep their addresses (src/site/layout.tsx links them).
mkdirSync('public/site', { recursive: true });
const siteSizes: string[] = [];
for (const [entry, out] of [
  ['src/browser/site-exit.ts', 'public/site/exit.js'],
  ['src/browser/site-picker.ts', 'public/site/picker.js'],
  ['src/browser/site-words.ts', 'public/site/words.js'],
]) {
  const site = await build({ ...BROWSER_SCRIPT, entryPoints: [entry] });
  const text = await shrink(entry, site.outputFiles[0].text);
  writeAtomic(out, text);
  siteSizes.push(`${out}: ${text.length} bytes (${gz(text)} gzip)`);
}
console.log(siteSizes.join('; '));
// The editors' studio (issue 18): its own bundle, with the widget's stylesheet and built-in lines.
console.log(await buildStudio({ css, lines }));
console.log(
  `public/widget.js and public/${jsFile}: ${code.length} bytes (${manifest.gzip.js} gzip); public/${cssFile}: ${css.length} bytes (${manifest.gzip.css} gzip); public/${checks.file} (loaded only when needed): ${checksCode.length} bytes (${manifest.gzip.checks} gzip)`,
);
