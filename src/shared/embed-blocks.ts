// The generated blocks in files kept in git: the snippet at the top of
// docs/embedding.md and its CSP lines, and the widgets of the demo page (public/demo/index.html).
// Each sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`;
// src/shared/embed-snippet.test.ts fails when one differs from what the snippet
// builder makes now, and `npx tsx src/cli/embed-snippet.ts --write` rewrites
// them (after a change to the registry or to the builder).
import { type BuiltInPhone, cspLines, elementLines, loadLines, snippetHtml } from './embed-snippet.js';

export interface GeneratedBlock {
  file: string;
  name: string;
  text: string;
}

/** What docs/embedding.md shows: the service's placeholder address, Zoetermeer as the example municipality. */
export const DOCS_EXAMPLE = { host: 'https://HOST', gemeente: 'GM0637' } as const;

export function embedBlocks(phones: readonly BuiltInPhone[]): GeneratedBlock[] {
  // The demo is served by the service itself: addresses on the same site.
  const demo = { host: '', phones };
  return [
    { file: 'docs/embedding.md', name: 'snippet', text: ['```html', snippetHtml({ ...DOCS_EXAMPLE, phones }), '```'].join('\n') },
    { file: 'docs/embedding.md', name: 'csp', text: ['```', ...cspLines(DOCS_EXAMPLE.host), '```'].join('\n') },
    { file: 'public/demo/index.html', name: 'script', text: loadLines(demo).join('\n') },
    { file: 'public/demo/index.html', name: 'inline', text: elementLines(demo).join('\n') },
    { file: 'public/demo/index.html', name: 'signpost', text: elementLines({ ...demo, mode: 'signpost' }).join('\n') },
    { file: 'public/demo/index.html', name: 'launcher', text: elementLines({ ...demo, mode: 'launcher' }).join('\n') },
  ];
}

const markers = (name: string) => [`<!-- generated:${name} -->`, `<!-- /generated:${name} -->`] as const;

/** The text between a block's markers, or undefined when the file has no such block. */
export function readBlock(file: string, name: string): string | undefined {
  const [open, close] = markers(name);
  const start = file.indexOf(open);
  const end = file.indexOf(close);
  if (start < 0 || end < start) return undefined;
  return file
    .slice(start + open.length, end)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}

/** The file with the block's text replaced; throws when the markers are missing. */
export function writeBlock(file: string, name: string, text: string): string {
  const [open, close] = markers(name);
  const start = file.indexOf(open);
  const end = file.indexOf(close);
  if (start < 0 || end < start) throw new Error(`no ${open} … ${close} block`);
  return `${file.slice(0, start + open.length)}\n${text}\n${file.slice(end)}`;
}
