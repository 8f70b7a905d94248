// The widget's texts: Dutch defaults, overridden by a host page's data-i18n-*
// attributes and then by the strings property; never by unknown keys.
import { describe, expect, test } from 'vitest';
import shared from '../messages/nl/shared.json';
import widget from '../messages/nl/widget.json';
import { widgetWords } from '../src/shared/widget-words.js';
import { defaultStrings, fill, resolveStrings } from './strings.js';

describe('widget strings', () => {
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

  test('the widget says the same as the site: the end of a conversation, holidays', () => {
    expect(defaultStrings.end).toBe('Je kunt altijd terugkomen. Wil je iets anders lezen? Kies dan Opnieuw beginnen.');
    expect(defaultStrings.holidaysClosed).toBe('Niet op feestdagen.');
  });

  test("the groups the API sends for another language are exactly the widget's own (src/shared/widget-words.ts)", () => {
    expect(widgetWords({ widget, shared })).toEqual(defaultStrings);
  });
});
