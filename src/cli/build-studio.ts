// Builds the editors' studio (src/studio/, issue 18) into public/studio/:
// studio.js (the pure compiler and its checks, the site's step page and the
// widget's conversation, bundled for the browser) and studio.css. Called by
// src/cli/build-widget.ts, which has the widget's stylesheet and built-in
// lines at hand. Build outputs, not kept in git.
//
// Two swaps make the compiler fit a browser: the holiday library (about
// 1.4 MB) is replaced by src/studio/holidays.ts, which uses the dates the
// server worked out; nothing else of the compiler touches Node.
//
// The studio is for editors at a desktop browser, so it is built for current
// browsers (es2022), not the old phones the widget and the site's scripts
// support; tests/widget-size.test.ts leaves it out of its old-phone check on purpose.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, type Plugin, transform } from 'esbuild';
import { writeAtomic } from './write-atomic.js';

const STAND_IN = resolve('src/studio/holidays.ts');

/** The compiler's `./holidays.js` becomes the studio's stand-in. */
const holidaysStandIn: Plugin = {
  name: 'studio-holidays',
  setup(b) {
    b.onResolve({ filter: /(^|\/)holidays\.js$/ }, (args) =>
      dirname(args.importer).endsWith('src/compiler') ? { path: STAND_IN } : undefined,
    );
  },
};

/** The site's stylesheet inside a shadow root: its document rules apply to the preview's page box. */
export function siteCssForPreview(css: string): string {
  return css.replace(/:root\b/g, ':host').replace(/(^|[\s,}])(html|body)(?=[\s,{.:[])/g, '$1.page');
}

export async function buildStudio(widget: { css: string; lines: unknown }): Promise<string> {
  const siteCss = (await transform(siteCssForPreview(readFileSync('public/site.css', 'utf8')), { loader: 'css', minify: true })).code;
  const result = await build({
    entryPoints: ['src/studio/main.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [holidaysStandIn],
    define: {
      __WEGWIJS_SITE_CSS__: JSON.stringify(siteCss),
      __WEGWIJS_CSS__: JSON.stringify(widget.css),
      __WEGWIJS_LINES__: JSON.stringify(widget.lines),
    },
  });
  const code = result.outputFiles[0].text;
  if (/date-holidays|moment-timezone/.test(code)) throw new Error('src/studio: the holiday library got into the studio bundle.');
  const css = (await transform(readFileSync('src/studio/studio.css', 'utf8'), { loader: 'css', minify: true })).code;
  mkdirSync('public/studio', { recursive: true });
  writeAtomic('public/studio/studio.js', code);
  writeAtomic('public/studio/studio.css', css);
  return `public/studio/studio.js: ${code.length} bytes; public/studio/studio.css: ${css.length} bytes`;
}
