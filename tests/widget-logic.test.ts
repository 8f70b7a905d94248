// The widget's pure parts, in Node: link safety, texts and their overrides,
// municipality matching. The parts it shares with the site are tested beside
// them: src/browser/quick-exit.test.ts, src/browser/municipality-search.test.ts,
// src/shared/hours-text.test.ts, src/shared/service-card-content.test.ts.
import { describe, expect, test, vi } from 'vitest';

// widget/picker.js reaches widget/facts.js, whose numbers the widget build fills in
// (src/cli/build-widget.ts); these tests need none of them.
vi.hoisted(() => {
  (globalThis as { __WEGWIJS_LINES__?: unknown }).__WEGWIJS_LINES__ = [];
});
import { exitTarget } from '../widget/quick-exit.js';
import { safeHref } from '../widget/render-text.js';
import { defaultStrings, fill, resolveStrings } from '../widget/strings.js';
import { matchMunicipalities } from '../widget/picker.js';
import { matchLabel } from '../src/browser/municipality-search.js';
import { directionOf } from '../widget/config.js';

describe('safety of addresses', () => {
  test('links: https, tel and mailto only', () => {
    expect(safeHref('https://www.veiligthuis.nl')).toBe('https://www.veiligthuis.nl');
    expect(safeHref('tel:08002000')).toBe('tel:08002000');
    expect(safeHref('mailto:info@example.org')).toBe('mailto:info@example.org');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:x', 'http://example.org', 'data:text/html,x', '//evil.example', 'https://ok.example/\nx']) expect(safeHref(bad), bad).toBeNull();
  });

  test('exit-url: absolute http(s) only, otherwise the neutral default', () => {
    expect(exitTarget('https://nos.nl', 'https://www.buienradar.nl/')).toBe('https://nos.nl/');
    for (const bad of [null, '', 'javascript:alert(1)', '/relative', 'nos.nl']) expect(exitTarget(bad, 'https://www.buienradar.nl/')).toBe('https://www.buienradar.nl/');
  });
});

describe('texts', () => {
  test('data-i18n-* attributes, then the strings property, override the defaults; unknown keys are ignored', () => {
    const s = resolveStrings({ i18nQuickExit: 'Weg hier', i18nBack: 'Terug' }, { back: 'Een stap terug', bogus: 'x', title: 42 });
    expect(s.quickExit).toBe('Weg hier');
    expect(s.back).toBe('Een stap terug');
    expect(s.title).toBe(defaultStrings.title);
    expect('bogus' in s).toBe(false);
  });

  test('fill leaves unknown placeholders', () => {
    expect(fill('Bel {number} of {other}', { number: '112' })).toBe('Bel 112 of {other}');
  });

  test('right-to-left languages', () => {
    expect(['ar', 'fa', 'he', 'ur', 'ar-MA'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['nl', 'en', 'tr', 'pl', 'arn'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('municipality matching', () => {
  const list = [
    { code: 'GM0637', name: 'Zoetermeer', region: '' },
    { code: 'GM0344', name: 'Utrecht', region: '' },
    { code: 'GM0356', name: 'Nieuwegein', region: '' },
    { code: 'GM1900', name: 'Súdwest-Fryslân', region: '' },
  ];
  test('the widget says the same as the site: the end of a conversation, holidays', () => {
    expect(defaultStrings.end).toBe('Je kunt altijd terugkomen. Wil je iets anders lezen? Kies dan Opnieuw beginnen.');
    expect(defaultStrings.holidaysClosed).toBe('Niet op feestdagen.');
  });

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
