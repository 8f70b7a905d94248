import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../compiler/diagnostics.js';
import { changeDescription, lineChanges } from './changes.js';

describe('lineChanges', () => {
  it('finds nothing in the same text', () => {
    expect(lineChanges('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('pairs a changed line, and numbers added lines in the new text', () => {
    expect(lineChanges('a\nb\nc', 'a\nB\nc')).toEqual([{ kind: 'changed', line: 2, was: 'b', now: 'B' }]);
    expect(lineChanges('a\nc', 'a\nb\nc')).toEqual([{ kind: 'added', line: 2, now: 'b' }]);
    expect(lineChanges('a\nb\nc', 'a\nc')).toEqual([{ kind: 'removed', line: 2, was: 'b' }]);
  });

  it('keeps lines that stayed between two changes out', () => {
    const changes = lineChanges('1\n2\n3\n4\n5', '1\nx\n3\n4\ny');
    expect(changes).toEqual([
      { kind: 'changed', line: 2, was: '2', now: 'x' },
      { kind: 'changed', line: 5, was: '5', now: 'y' },
    ]);
  });
});

describe('changeDescription', () => {
  const finding: Diagnostic = { code: 'WW001', severity: 'error', file: 'flows/x.md', line: 4, message: 'Kapot.', hint: 'Maak heel.' };

  it('names the file, the lines and the state of the check, in Dutch', () => {
    const text = changeDescription([{ file: 'flows/x.md', before: 'a\nb', after: 'a\nc' }], [finding], 'abc123');
    expect(text).toContain('Uitgegaan van inhoudsversie abc123.');
    expect(text).toContain('Bestand: flows/x.md');
    expect(text).toContain('Regel 2 was: b\nRegel 2 wordt: c');
    expect(text).toContain('Controle: 1 fout en 0 waarschuwingen.');
    expect(text).toContain('- flows/x.md, regel 4: WW001 Kapot.');
  });

  it('says when the check is clean, and counts what it leaves out', () => {
    const before = Array.from({ length: 50 }, (_, i) => `r${i}`).join('\n');
    const after = before.replace(/r(\d+)/g, 's$1');
    const text = changeDescription([{ file: 'flows/x.md', before, after }], [], 'v');
    expect(text).toContain('Controle: geen meldingen');
    expect(text).toContain('… en nog 10 regels.');
  });
});
