import { describe, expect, it } from 'vitest';
import { emergencyEntry } from '../../tests/support/registry-entries.js';
import { compile } from './compile.js';
import { conversationStats, registryLine, statsLines, statsTable } from './readability.js';

const services = {
  file: 'flows/services.json',
  source: JSON.stringify({
    format: 1,
    services: [{ ...emergencyEntry, after: 'Zeg waar je bent en wat er gebeurt.' }],
  }),
};
const flow = (id: string, body: string) => ({
  file: `flows/${id}.md`,
  source: `---\nformat: 1\nid: ${id}\ntitle: T\naudience: iedereen\nlang: nl\n---\n\n${body}`,
});
const graph = compile({
  flows: [
    flow(
      'een',
      '## begin\nWat is er? Kies maar.\n\n- [Verder](#twee)\n\n## twee\nDit is een langere zin met precies negen woorden.\n\n- [Ja | nee](#hulp)\n\n## hulp\nBel.\n\nHulp: 112\n',
    ),
    flow('kort', '## begin\nBel 112.\n\nHulp: 112\n'),
  ],
  services,
  today: new Date('2026-06-01'),
}).graph!;

describe('conversationStats', () => {
  it('counts steps and sentences, finds the longest sentence with its place, and the deepest path to help', () => {
    const [een, kort] = conversationStats(graph);
    expect(een).toMatchObject({ id: 'een', steps: 3, sentences: 4, longestAt: 'flows/een.md:14' });
    expect(een.average).toBeCloseTo((3 + 2 + 9 + 1) / 4);
    expect(een.longest?.words).toBe(9);
    expect(een.deepest?.labels).toEqual(['Verder', 'Ja | nee']);
    expect(kort.deepest?.choices).toBe(0);
  });
});

describe('statsTable', () => {
  it('is a Markdown table with one row per conversation and a total, pipes escaped', () => {
    const table = statsTable(conversationStats(graph)).split('\n');
    expect(table[0]).toMatch(/^\| Conversation \| Steps \|/);
    expect(table[1]).toMatch(/^\|---\|/);
    expect(table[2]).toContain(
      '| een | 3 | 4 | 3.8 | 9, flows/een.md:14: "Dit is een langere zin met precies negen woorden." | 2: Verder › Ja \\| nee |',
    );
    expect(table[3]).toBe('| kort | 1 | 1 | 2.0 | 2, flows/kort.md:9: "Bel 112." | 0 |');
    expect(table[4]).toBe('| **all** | 4 | 5 | 3.4 | 9 | 2 |');
  });

  it('prints the same as indented lines for flows:check, and a line for the registry', () => {
    expect(statsLines(conversationStats(graph))[0]).toBe('  een: 3 steps, 4 sentences, 3.8 words per sentence on average');
    expect(registryLine(graph)).toBe(
      'Registry (purpose, after, notes on every card): 2 sentences, 5.5 words per sentence on average; longest 8 words (112): "Zeg waar je bent en wat er gebeurt."',
    );
  });
});
