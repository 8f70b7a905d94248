// The widget's municipality picker finds municipalities the way the site
// does (the search itself: src/browser/municipality-search.ts).
import { describe, expect, test, vi } from 'vitest';

// widget/picker.js reaches widget/facts.js, whose numbers the widget build fills in
// (src/cli/build-widget.ts); these tests need none of them.
vi.hoisted(() => {
  (globalThis as { __WEGWIJS_LINES__?: unknown }).__WEGWIJS_LINES__ = [];
});

import { matchLabel } from '../src/browser/municipality-search.js';
import { matchMunicipalities } from './picker.js';

const list = [
  { code: 'GM0637', name: 'Zoetermeer', region: '' },
  { code: 'GM0344', name: 'Utrecht', region: '' },
  { code: 'GM0356', name: 'Nieuwegein', region: '' },
  { code: 'GM1900', name: 'Súdwest-Fryslân', region: '' },
];

describe('matchMunicipalities', () => {
  test('starts-with before contains, accents and case ignored, nothing for an empty field', () => {
    expect(matchMunicipalities(list, 'ut').map((m) => m.item.name)).toEqual(['Utrecht']);
    expect(matchMunicipalities(list, 'e').map((m) => m.item.name)).toEqual(['Zoetermeer', 'Utrecht', 'Nieuwegein', 'Súdwest-Fryslân']);
    expect(matchMunicipalities(list, 'sudwest').map((m) => m.item.name)).toEqual(['Súdwest-Fryslân']);
    expect(matchMunicipalities(list, '  ')).toEqual([]);
  });

  test('former names find the municipality they merged into, and are shown with it', () => {
    const merged = [...list, { code: 'GM0439', name: 'Purmerend', region: '', aliases: ['Beemster'] }];
    expect(matchMunicipalities(merged, 'beems').map((m) => m.item.name)).toEqual(['Purmerend']);
    expect(matchMunicipalities(merged, 'beems').map(matchLabel)).toEqual(['Purmerend (Beemster)']);
    expect(matchMunicipalities(merged, 'purm').map(matchLabel)).toEqual(['Purmerend']);
  });
});
