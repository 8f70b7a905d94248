import { describe, expect, it } from 'vitest';
import { lineRange, worstPerLine } from './editor.js';

describe('lineRange', () => {
  it('gives the offsets of a line, the last one included', () => {
    const text = 'een\ntwee\ndrie';
    expect(text.slice(...lineRange(text, 1))).toBe('een');
    expect(text.slice(...lineRange(text, 2))).toBe('twee');
    expect(text.slice(...lineRange(text, 3))).toBe('drie');
  });
});

describe('worstPerLine', () => {
  it('marks a line with its most severe finding', () => {
    const marks = worstPerLine([
      { line: 3, severity: 'warning' },
      { line: 3, severity: 'error' },
      { line: 3, severity: 'info' },
      { line: 5, severity: 'info' },
    ]);
    expect([...marks]).toEqual([
      [3, 'error'],
      [5, 'info'],
    ]);
  });
});
