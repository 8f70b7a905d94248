// The matcher on a small index of its own: endings, typing errors, words
// written together, chat spellings, danger first, never more than three, and
// nothing for nothing.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../graph/graph.js';
import { buildWordIndex } from './index.js';
import { match } from './match.js';
import { stems } from './stem.js';
import { editDistance } from './text.js';

const step = (services: string[]) => ({ services, key: 'k', title: 't' }) as unknown as Graph['steps'][string];
const graph = {
  version: 'test',
  steps: {
    'slachtoffer/partner': step(['veilig-thuis']),
    'mantelzorger/op': step(['mantelzorg-steun']),
    'omstander/kind': step(['veilig-thuis']),
    'start/gevaar-nu': step(['112']),
    'start/niet-meer-leven': step(['112', '113']),
    'pleger/begin': step(['stop-it-now']),
  },
  words: {
    steps: {
      'slachtoffer/partner': ['mijn man slaat me', 'partner geweld', 'my husband hits me'],
      'mantelzorger/op': ['mantelzorg', 'ik ben op', 'zorg voor mijn moeder'],
      'omstander/kind': ['kind huilt', 'buurkind geslagen'],
      'pleger/begin': ['ik sla mijn vrouw'],
    },
    danger: [
      { danger: 'acute', step: 'start/gevaar-nu', phrases: ['mes', 'staat voor de deur', 'slaat nu'] },
      { danger: 'suicide', step: 'start/niet-meer-leven', phrases: ['zelfmoord', 'dood willen'] },
    ],
    spellings: { mn: 'mijn', k: 'ik' },
    ignore: ['ik', 'me', 'een'],
  },
} as unknown as Graph;
const index = buildWordIndex(graph);
const steps = (text: string) => match(index, text).suggestions.map((s) => s.step);

describe('the free-text matcher', () => {
  it('meets word endings: phrases are stems, typed words meet them inside a longer word or one letter off', () => {
    // Stems of four letters or more; a shorter stem keeps its word ("voor", not "vor").
    expect(stems('slaat slaan zorgen voor dood')).toEqual(['slat', 'slan', 'zorg', 'voor', 'dood']);
    expect(steps('mijn man slaat me')[0]).toBe('slachtoffer/partner');
    expect(steps('ik zorg voor mn moeder en kan niet meer')[0]).toBe('mantelzorger/op');
    expect(steps('zorgen voor mijn moeder')[0]).toBe('mantelzorger/op');
    expect(steps('buurkind wordt geslagen')[0]).toBe('omstander/kind');
    // The limit of matching without a stemmer on the device: "slaan" is two letters from "slat"; the content lists both forms.
    expect(steps('mijn man slaan me')[0]).not.toBe('slachtoffer/partner');
  });

  it('tolerates a typing error in a longer word, and words written together', () => {
    expect(editDistance('mantelzorg', 'mantelzrog', 2)).toBe(1);
    expect(steps('mantelzrog')[0]).toBe('mantelzorger/op');
    expect(steps('mantelzorgstress')[0]).toBe('mantelzorger/op');
  });

  it('reads chat spellings and English', () => {
    expect(steps('mn man slaat me')[0]).toBe('slachtoffer/partner');
    expect(steps('My husband hits me')[0]).toBe('slachtoffer/partner');
  });

  it('puts danger first: 112 before anything else, and says which danger', () => {
    const result = match(index, 'mijn man slaat me nu, hij heeft een mes');
    expect(result.danger).toBe('acute');
    expect(result.suggestions[0]).toMatchObject({ step: 'start/gevaar-nu', services: ['112'] });
    expect(result.suggestions.map((s) => s.step)).toContain('slachtoffer/partner');
    expect(match(index, 'ik denk aan zelfmoord').danger).toBe('suicide');
    expect(match(index, 'mijn man slaat me').danger).toBeNull();
  });

  it('suggests at most three, says why, and nothing for nothing or for off-topic words', () => {
    const result = match(index, 'mijn man slaat me nu met een mes, mantelzorg, kind huilt, ik sla mijn vrouw');
    expect(result.suggestions.length).toBe(3);
    expect(result.suggestions.every((s) => s.because.length > 0)).toBe(true);
    for (const text of ['', '   ', '!!!', 'hoe laat is het gemeentehuis open', 'a'.repeat(5000)])
      expect(match(index, text)).toEqual({ danger: null, suggestions: [] });
  });
});
