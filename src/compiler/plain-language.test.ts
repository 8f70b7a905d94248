import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emergencyEntry } from '../../tests/support/registry-entries.js';
import { compile, type SourceFile } from './compile.js';
import { setEditorLanguage } from './diagnostics.js';
import { findJargon, JARGON, plainLanguageCheck, sentences, textStats, wordCount } from './plain-language.js';

// These tests assert the English texts of the diagnostics catalogue.
setEditorLanguage('en');

const today = new Date('2026-06-01T12:00:00Z');

function registry(extra: object[] = []): SourceFile {
  const services = [emergencyEntry, ...extra];
  return { file: 'flows/services.json', source: JSON.stringify({ format: 1, services }, null, 2) };
}

function check(body: string, extra?: object[], title = 'Test') {
  const source = `---\nformat: 1\nid: test\ntitle: ${title}\naudience: iedereen\nlang: nl\n---\n\n${body}`;
  return compile({ flows: [{ file: 'flows/test.md', source }], services: registry(extra), today }, [plainLanguageCheck]).diagnostics;
}

const long =
  'Als je twijfelt of wat je ziet echt geweld is dan kun je altijd eerst advies vragen bij iemand die je vertrouwt en daarna pas verder kijken wat je doet.';

describe('sentences and words', () => {
  it('counts words, not dashes or stray punctuation', () => {
    expect(wordCount('Bel 0800-2000 - dag en nacht.')).toBe(5);
    expect(wordCount('  ')).toBe(0);
  });

  it('splits at end marks followed by space, at line breaks, not inside numbers', () => {
    expect(sentences('Bel nu. Is het veilig? Ja!\nOm 9.00 uur open').map((s) => s.text)).toEqual([
      'Bel nu.',
      'Is het veilig?',
      'Ja!',
      'Om 9.00 uur open',
    ]);
  });

  it('reports the average and the longest sentence', () => {
    const stats = textStats(['Een twee drie. Een twee.', 'Een.']);
    expect(stats).toMatchObject({ sentences: 3, words: 6, average: 2, longest: { text: 'Een twee drie.', words: 3 } });
    expect(textStats([])).toEqual({ sentences: 0, words: 0, average: 0, longest: null });
  });
});

describe('jargon', () => {
  it('matches whole words in any capitals, with their listed forms', () => {
    expect(findJargon('De Dader en de daders.').map((j) => j.term.term)).toEqual(['dader']);
    expect(findJargon('Dat bespreekt het MDA++ overleg.').map((j) => j.found)).toEqual(['MDA++']);
    expect(findJargon('Bijv. bij de buren.').map((j) => j.term.term)).toEqual(['bijv.']);
  });

  it('is documented word for word in docs/writing-conversations.md', () => {
    const docs = readFileSync('docs/writing-conversations.md', 'utf8');
    const table = docs.slice(docs.indexOf('## The jargon list'), docs.indexOf('## Statistics'));
    for (const term of JARGON) for (const word of [term.term, ...(term.forms ?? [])]) expect(table, word).toContain(word);
  });

  it('leaves words alone that only contain a jargon word', () => {
    expect(findJargon('Een daderprofiel, de casusbespreking, een meldcodeachtig ding.')).toEqual([]);
  });
});

describe('plainLanguageCheck', () => {
  const ok = '## begin\nBel nu 112.\n\nHulp: 112\n';

  it('passes short, plain text', () => {
    expect(check(ok)).toEqual([]);
  });

  it('gives WW020 on a sentence over 25 words, at its line', () => {
    const diagnostics = check(`## begin\nBel nu 112.\n\n${long}\n\nHulp: 112\n`);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['WW022', 'warning', 9],
      ['WW020', 'error', 12],
    ]);
    expect(diagnostics[1].message).toContain('30 words');
  });

  it('runs while another finding is an error: a broken link, a long sentence and jargon show at once (issue 18)', () => {
    const diagnostics = check(`## begin\nHet is een casus.\n\n${long}\n\n- [Verder](#nergens)\n\nHulp: 112\n`);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['WW001', 'WW020', 'WW021', 'WW022']);
  });

  it('accepts exactly 25 words', () => {
    const words = Array.from({ length: 25 }, () => 'woord').join(' ') + '.';
    expect(check(`## begin\n${words} Kort.\n\nHulp: 112\n`).map((d) => d.code)).toEqual([]);
  });

  it('checks choice labels, at the choice line', () => {
    const diagnostics = check(`## begin\nKies.\n\n- [${long}](#hulp)\n\n## hulp\nBel 112.\n\nHulp: 112\n`);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['WW020', 12]]);
  });

  it('gives WW021 on jargon in a step, with the everyday word in the hint', () => {
    const diagnostics = check('## begin\nBel 112.\n\nKen je de **dader**?\n\nHulp: 112\n');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['WW021', 12]]);
    expect(diagnostics[0].hint).toContain('pleger');
  });

  it('checks the title and the registry texts too', () => {
    expect(check(ok, [], 'De casus').map((d) => [d.code, d.line])).toEqual([['WW021', 4]]);
    const service = {
      id: 'x',
      name: 'X',
      purpose: 'Na triage belt iemand terug.',
      channels: [],
      free: null,
      anonymous: null,
      scope: 'national',
      source: 'test',
      publicSource: 'voorbeeld.nl, 2026',
      verified: null,
    };
    const diagnostics = check(ok, [service]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['WW021', 'flows/services.json']]);
    expect(diagnostics[0].message).toContain('Service "x", purpose');
    // The line of the entry's id in the registry, not line 1.
    const source = registry([service]).source.split('\n');
    expect(diagnostics[0].line).toBe(source.findIndex((l) => l.includes('"id": "x"')) + 1);
    expect(diagnostics[0].line).toBeGreaterThan(1);
  });

  it('warns with WW022 when a step averages over 15 words per sentence', () => {
    const sixteen = 'Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien.';
    expect(check(`## begin\n${sixteen} ${sixteen}\n\nHulp: 112\n`).map((d) => [d.code, d.severity])).toEqual([['WW022', 'warning']]);
  });
});
