// Every word the public, a web team or an editor reads comes from the message
// catalogue (messages/nl/*.json, docs/messages.md), never from a string in
// code. The detector lives in tests/support/inline-text.ts; add a folder to
// FOLDERS once its text has moved.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findInlineText, findInlineTextIn, looksDutch } from './support/inline-text.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Folders whose code holds no Dutch text. widget/ and src/browser/ follow when their text has moved. */
const FOLDERS = ['src/site', 'src/stats', 'widget', 'src/browser', 'src/shared', 'src/local', 'src/engine', 'src/api', 'src/studio'];
/** Files whose Dutch words are data, not page text: the dashboard's help groups (issue 15, "roles"). */
const EXCLUDED = ['src/stats/help-routes.ts'];

describe('no Dutch text in code', () => {
  it(`finds none in ${FOLDERS.join(', ')}`, () => {
    const found = findInlineTextIn(root, FOLDERS, EXCLUDED).map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(found, 'move these to messages/nl/*.json (docs/messages.md)').toEqual([]);
  });
});

describe('the detector', () => {
  it('finds Dutch sentences and phrases in string literals, template parts and JSX text, with their line', () => {
    const sample = [
      "const title = 'Kies een gemeente.';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code of a sample file, with a template literal in it
      'const line = `Hulp bij ${name}, dag en nacht`;',
      'export const Page = () => (',
      '  <p class="hint">',
      '    Bel ons als je hulp nodig hebt.',
      '  </p>',
      ');',
      'const label = <nav aria-label="Meer informatie" />;',
      'const short = "Bewaard: niets.";',
    ].join('\n');
    expect(findInlineText(sample, 'sample.tsx')).toEqual([
      { file: 'sample.tsx', line: 1, text: 'Kies een gemeente.' },
      { file: 'sample.tsx', line: 2, text: 'Hulp bij' },
      { file: 'sample.tsx', line: 2, text: ', dag en nacht' },
      { file: 'sample.tsx', line: 5, text: 'Bel ons als je hulp nodig hebt.' },
      { file: 'sample.tsx', line: 8, text: 'Meer informatie' },
      { file: 'sample.tsx', line: 9, text: 'Bewaard: niets.' },
    ]);
  });

  it('leaves code alone: comments, imports, class names, ids, CSS, URLs and English messages', () => {
    const sample = [
      '// Kies je gemeente: dit is een commentaar, geen tekst op de pagina.',
      "import { siteText } from '../../messages/nl/site.json';",
      'const a = <div class="choice-row visually-hidden" id="snel-weg-hint" />;',
      "const css = 'color: red; background: white;';",
      "const url = 'https://www.buienradar.nl/weer';",
      "throw new Error('site pages must render synchronously');",
      "const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' };",
      'const words = siteText.step.back;',
    ].join('\n');
    expect(findInlineText(sample, 'sample.tsx')).toEqual([]);
  });

  it('tells Dutch from single words and English', () => {
    expect(looksDutch('Wil je advies? Bel Veilig Thuis:')).toBe(true);
    expect(looksDutch('Waar woon je?')).toBe(true);
    expect(looksDutch('Wegwijs')).toBe(false);
    expect(looksDutch('The page could not be found.')).toBe(false);
  });
});
