// WW019 (issue 19, point 5): deeply nested Markdown is a coded diagnostic
// with file and line, never "Maximum call stack size exceeded".
import { describe, expect, it } from 'vitest';
import { compile, type SourceFile } from './compile.js';
import { MAX_NESTING, tooDeep } from './nesting.js';

const registry: SourceFile = {
  file: 'flows/services.json',
  source: JSON.stringify({
    format: 1,
    services: [
      {
        id: '112',
        name: '112',
        purpose: 'Bij gevaar nu.',
        channels: [{ kind: 'phone', display: '112', tel: '112', hours: '24/7' }],
        free: true,
        anonymous: false,
        scope: 'national',
        source: 'test',
        verified: '2026-01-01',
      },
    ],
  }),
};

function compileStep(text: string) {
  // Line 7 is the first line of the step's text.
  const source = `---\nformat: 1\nid: test\ntitle: Test\naudience: iedereen\nlang: nl\n---\n## begin\nEerste regel.\n${text}\n\nHulp: 112\n`;
  return compile({ flows: [{ file: 'flows/test.md', source }], services: registry, today: new Date('2026-06-01T12:00:00Z') }, []);
}

const deep: Record<string, string> = {
  'quotes in quotes': '>'.repeat(5000) + ' x',
  'spaced quotes': '> '.repeat(3000) + 'x',
  'list markers on one line': '- '.repeat(3000) + 'x',
  'lists indented further and further': Array.from({ length: 2000 }, (_, i) => '  '.repeat(i) + '- x').join('\n'),
  'stacked emphasis': '*'.repeat(5000) + 'x' + '*'.repeat(5000),
  'quotes and lists': '> - '.repeat(2000) + 'x',
};

describe('Markdown nested too deeply (WW019)', () => {
  for (const [name, text] of Object.entries(deep)) {
    it(`${name}: WW019 with file and line, no crash`, () => {
      const result = compileStep(text);
      const found = result.diagnostics.filter((d) => d.code === 'WW019');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ file: 'flows/test.md', severity: 'error' });
      // The first line of `text` is line 10 of the file; the indented list goes too deep a few lines further.
      expect(found[0].line).toBe(name.startsWith('lists indented') ? 10 + MAX_NESTING : 10);
      expect(result.graph).toBeFalsy();
    });
  }

  it('normal nesting passes: a list in a list, bold italic, a link', () => {
    const text = '- een\n  - twee\n    - drie\n\n***heel belangrijk*** en [een link](https://example.org)';
    expect(tooDeep(text.split('\n'))).toBeNull();
    expect(compileStep(text).diagnostics.filter((d) => d.code === 'WW019')).toEqual([]);
  });

  it(`draws the line at ${MAX_NESTING} levels`, () => {
    expect(tooDeep(['> '.repeat(MAX_NESTING) + 'x'])).toBeNull();
    expect(tooDeep(['> '.repeat(MAX_NESTING + 1) + 'x'])).toEqual({ index: 0, depth: MAX_NESTING + 1 });
  });
});
