import { describe, expect, it } from 'vitest';
import { readJsonSource } from './source.js';

const registry = JSON.stringify(
  {
    format: 1,
    services: [
      { id: 'a', phone: '1' },
      { id: 'b', name: 'B "quoted" \\ name', tags: ['x', { deep: true }] },
    ],
  },
  null,
  2,
);

describe('readJsonSource', () => {
  it('gives the value and the line of every key path', () => {
    const read = readJsonSource(registry);
    if (!read.ok) throw new Error('should parse');
    expect(read.value).toEqual(JSON.parse(registry));
    const lines = registry.split('\n');
    expect(lines[read.lineOf(['services', 1, 'id']) - 1]).toContain('"id": "b"');
    expect(lines[read.lineOf(['services', 1, 'tags', 1, 'deep']) - 1]).toContain('"deep": true');
    expect(lines[read.lineOf(['services', 0]) - 1].trim()).toBe('{');
    expect(read.lineOf(['format'])).toBe(2);
  });

  it('points a missing field at the deepest part of its path that exists, else line 1', () => {
    const read = readJsonSource(registry);
    if (!read.ok) throw new Error('should parse');
    expect(read.lineOf(['services', 0, 'name'])).toBe(read.lineOf(['services', 0]));
    expect(read.lineOf(['nothing'])).toBe(1);
    expect(read.lineOf([])).toBe(1);
  });

  it('reports a syntax error once, at its real line and column', () => {
    const read = readJsonSource('{\n  "format": 1,\n  "services": [\n    { "id": "a", }\n  ]\n}');
    // At the comma too many, not at the bracket JSON.parse stopped at.
    expect(read).toMatchObject({ ok: false, line: 4, column: 16 });
    if (!read.ok) expect(read.reason).not.toMatch(/position/);
  });

  it('points a trailing comma at its own line, not at the bracket on the next', () => {
    const read = readJsonSource('{\n  "services": [\n    {\n      "id": "a",\n      "verified": "2021-02",\n    }\n  ]\n}');
    expect(read).toMatchObject({ ok: false, line: 5, column: 28 });
    expect(readJsonSource('[1,\n2,\n]')).toMatchObject({ ok: false, line: 2, column: 2 });
    // A missing comma is still reported where the next value starts.
    expect(readJsonSource('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ ok: false, line: 3 });
  });

  it('puts an unexpected end at the last line', () => {
    expect(readJsonSource('{\n  "format": 1,\n')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('readJsonSource where JSON.parse does not say where', () => {
  it('finds the misspelt word itself', () => {
    const read = readJsonSource('{\n  "free": tru,\n  "x": 1\n}');
    expect(read).toMatchObject({ ok: false, line: 2, column: 11 });
    if (!read.ok) expect(read.reason).not.toContain('not valid JSON');
  });

  it('agrees with JSON.parse on what is JSON', () => {
    for (const text of [
      '{"a": [1, -2.5e3, true, null, "\\u00e9\\n"]}',
      '[]',
      '{}',
      ' "x" ',
      '{"a": 01}',
      '{"a": "\t"}',
      "{'a': 1}",
      '[1,]',
      '{"a":1}}',
      '"\\x"',
    ]) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(readJsonSource(text).ok, text).toBe(parses);
    }
  });
});
