// The embed snippet (src/shared/embed-snippet.ts): its fallback help comes
// from the registry, it escapes what it puts in, and the copies kept in git
// (the top of docs/embedding.md, the demo page) are exactly what it makes now.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import type { Service } from './api-types.js';
import { DOCS_EXAMPLE, embedBlocks, readBlock } from './embed-blocks.js';
import { builtInPhones, cspLines, elementLines, FALLBACK_WORDS, snippetHtml, themeCss } from './embed-snippet.js';
import { flowUrl } from './flow-url.js';

const graph = shippedGraph();
const phones = builtInPhones((id) => graph.services[id], graph.roles);
const registry = JSON.parse(readFileSync('flows/services.json', 'utf8')) as {
  services: Service[];
  roles: { builtIn: Array<{ service: string; purpose: string }> };
};
const release = { file: 'widget-0abc1234.js', integrity: 'sha384-AAAA' };

describe('embed snippet', () => {
  test('the fallback has 112, Veilig Thuis and the CSG as call links from the registry, and the help site', () => {
    expect(builtInPhones((id) => registry.services.find((s) => s.id === id), registry.roles)).toEqual(phones);
    const html = snippetHtml({ host: 'https://hulp.example.nl', phones, gemeente: 'GM0344' });
    expect([...html.matchAll(/href="tel:(\d+)"/g)].map((m) => m[1])).toEqual(phones.map((p) => p.tel));
    expect(phones.map((p) => p.tel)).toEqual(['112', '08002000', '08000188']);
    for (const p of phones) expect(html).toContain(p.display);
    expect(html).toContain(`<a href="https://hulp.example.nl/?gemeente=GM0344">${FALLBACK_WORDS.site}</a>`);
    // Only what the registry says: all three are free and open day and night there.
    expect(phones.every((p) => p.free && p.dayAndNight)).toBe(true);
    expect(html.match(/Dag en nacht, gratis\./g)).toHaveLength(3);
  });

  test('a claim the registry does not make is left out', () => {
    const vt = structuredClone(graph.services['veilig-thuis']);
    vt.free = null;
    vt.channels = vt.channels.map((c) => (c.kind === 'phone' ? { ...c, hours: 'unknown' as const } : c));
    const [line] = builtInPhones((id) => (id === 'veilig-thuis' ? vt : graph.services[id]), graph.roles).filter(
      (p) => p.id === 'veilig-thuis',
    );
    expect(elementLines({ host: '', phones: [line] }).join('\n')).not.toMatch(/gratis|dag en nacht/i);
    expect(() =>
      builtInPhones((id) => (id === 'csg' ? { ...graph.services.csg, verified: null } : graph.services[id]), graph.roles),
    ).toThrow(/csg/);
  });

  test('the script: pinned with integrity, or widget.js; always crossorigin and no referrer', () => {
    const pinned = snippetHtml({ host: 'https://hulp.example.nl', phones, release });
    expect(pinned.split('\n')[1]).toBe(
      '<script src="https://hulp.example.nl/widget-0abc1234.js" integrity="sha384-AAAA" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>',
    );
    expect(snippetHtml({ host: 'https://h', phones }).split('\n')[1]).toBe(
      '<script src="https://h/widget.js" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>',
    );
  });

  test('the preload line asks for exactly the address the widget asks for, with its credentials mode and no referrer', () => {
    const first = (options: Parameters<typeof snippetHtml>[0]) => snippetHtml(options).split('\n')[0];
    expect(first({ host: 'https://h', phones })).toBe(
      '<link rel="preload" href="https://h/api/v1/flows/start" as="fetch" crossorigin="anonymous" referrerpolicy="no-referrer">',
    );
    // The widget's own address for the same element (widget/api.ts uses src/shared/flow-url.ts).
    expect(first({ host: 'https://h', phones, gemeente: 'GM0637', lang: 'en' })).toContain(
      `href="${flowUrl({ api: 'https://h', flow: 'start', gemeente: 'GM0637', lang: 'en' }).replace(/&/g, '&amp;')}"`,
    );
    // lang="nl" is left out of the element, so the widget sends no lang and neither does the preload.
    expect(first({ host: 'https://h', phones, lang: 'nl' })).toContain('href="https://h/api/v1/flows/start"');
  });

  test('attributes only when they differ from the defaults; a fallback in Dutch says so under another lang', () => {
    expect(elementLines({ host: '', phones })[0]).toBe('<wegwijs-chat>');
    expect(elementLines({ host: '', phones, mode: 'inline', lang: 'nl' })[0]).toBe('<wegwijs-chat>');
    const other = elementLines({ host: '', phones, mode: 'signpost', gemeente: 'GM0637', lang: 'en' });
    expect(other[0]).toBe('<wegwijs-chat mode="signpost" gemeente="GM0637" lang="en">');
    expect(other[1]).toBe('  <div class="wegwijs-fallback" lang="nl">');
  });

  test('everything put into the HTML is escaped', () => {
    const html = snippetHtml({ host: 'https://h"><script>', phones, gemeente: '"><b>', release: { file: 'a"b.js', integrity: '"x' } });
    expect(html).not.toMatch(/<script>|<b>|"x"|a"b/);
    expect(html).toContain('&quot;&gt;&lt;b&gt;');
  });

  test('CSP lines and theme CSS', () => {
    expect(cspLines('https://hulp.example.nl')).toEqual([
      'script-src https://hulp.example.nl',
      'connect-src https://hulp.example.nl',
      'style-src https://hulp.example.nl',
    ]);
    expect(themeCss({})).toBe('');
    expect(themeCss({ primary: '#00529b', 'font-family': 'Arial' })).toBe(
      'wegwijs-chat {\n  --wegwijs-primary: #00529b;\n  --wegwijs-font-family: Arial;\n}',
    );
  });

  test('docs/embedding.md and the demo page hold exactly the generated blocks (npx tsx src/cli/embed-snippet.ts --write)', () => {
    for (const block of embedBlocks(phones)) {
      expect(readBlock(readFileSync(block.file, 'utf8'), block.name), `${block.file}: ${block.name}`).toBe(block.text);
    }
  });

  test('docs/embedding.md leads with the snippet: its first code block is the generated one', () => {
    const docs = readFileSync('docs/embedding.md', 'utf8');
    const first = /```html\n[\s\S]*?```/.exec(docs)?.[0];
    expect(first).toBe(['```html', snippetHtml({ ...DOCS_EXAMPLE, phones }), '```'].join('\n'));
    expect(docs.indexOf('<!-- generated:snippet -->')).toBeLessThan(docs.indexOf('\n## ', docs.indexOf('## The snippet') + 1));
  });

  test('the demo page has each mode with the fallback inside', () => {
    const demo = readFileSync('public/demo/index.html', 'utf8');
    for (const mode of ['inline', 'signpost', 'launcher']) expect(readBlock(demo, mode)).toContain('href="tel:08002000"');
  });

  test('/embed shows the same snippet as the builder, with the release it was given', async () => {
    const app = createApp({ graph, widget: release });
    const res = await app.request('https://hulp.example.nl/embed?mode=launcher&gemeente=GM0344');
    expect(res.status).toBe(200);
    const html = await res.text();
    const expected = snippetHtml({ host: 'https://hulp.example.nl', phones, mode: 'launcher', gemeente: 'GM0344', release });
    const escaped = expected.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(html).toContain(escaped);
  });
});
