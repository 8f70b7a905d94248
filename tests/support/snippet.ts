// The embed snippet as docs/embedding.md documents it ("## The snippet", the
// first html block), filled in as a web team would: HOST, and a pinned file
// name and its integrity hash from dist/widget-manifest.json. Used by the
// bench and the browser tests, so both load what the docs tell people to use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function documentedSnippet(root: string, api: string): string {
  const doc = readFileSync(join(root, 'docs', 'embedding.md'), 'utf8');
  const block = /```html\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## The snippet')));
  if (!block) throw new Error('docs/embedding.md has no html block under "## The snippet"');
  const manifest = JSON.parse(readFileSync(join(root, 'dist', 'widget-manifest.json'), 'utf8')) as { file: string; integrity: string };
  return block[1]
    .replaceAll('https://HOST', api)
    .replace(/widget-[0-9a-zA-Z]+\.js/g, manifest.file)
    .replace(/integrity="[^"]*"/g, `integrity="${manifest.integrity}"`);
}

/** A plain municipal page around a snippet: what comes before the first <wegwijs-chat> goes in <head>. */
export function pageAround(snippet: string, title = 'Huiselijk geweld - Gemeente Testdorp'): string {
  const at = snippet.indexOf('<wegwijs-chat');
  const [head, body] = at >= 0 ? [snippet.slice(0, at), snippet.slice(at)] : [snippet, ''];
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
${head}</head>
<body><header><p>Gemeente Testdorp</p></header><main><h1>Huiselijk geweld en misbruik</h1>
<p>Maak je je zorgen over jezelf of over iemand anders? Stel hieronder een paar vragen.</p>
${body}</main></body></html>`;
}
