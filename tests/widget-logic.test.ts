// The widget's pure parts, in Node: Shift counting, hours and dates as text,
// link safety, texts and their overrides, municipality matching.
import { describe, expect, test } from 'vitest';
import { ShiftCounter, exitTarget } from '../widget/quick-exit.js';
import { checkDate, hoursLines, openText, reopenText } from '../widget/hours.js';
import { safeHref } from '../widget/render-text.js';
import { defaultStrings, fill, resolveStrings } from '../widget/strings.js';
import { matchMunicipalities, optionLabel } from '../widget/picker.js';
import { nextChange } from '../src/shared/opening-hours.js';
import { directionOf } from '../widget/config.js';

function press(counter: ShiftCounter, at: number): number {
  counter.keydown('Shift');
  return counter.keyup('Shift', at);
}

describe('ShiftCounter', () => {
  test('three presses within 5 seconds', () => {
    const c = new ShiftCounter();
    expect([press(c, 0), press(c, 1000), press(c, 4900)]).toEqual([1, 2, 3]);
    // The count starts again after the exit.
    expect(press(c, 5000)).toBe(1);
  });

  test('presses older than 5 seconds drop out', () => {
    const c = new ShiftCounter();
    press(c, 0);
    press(c, 3000);
    expect(press(c, 5001)).toBe(2);
  });

  test('Shift as a modifier does not count, nor does a held key repeating', () => {
    const c = new ShiftCounter();
    c.keydown('Shift');
    c.keydown('A');
    expect(c.keyup('Shift', 0)).toBe(0);
    c.keydown('Shift');
    c.keydown('Shift', true);
    expect(c.keyup('Shift', 10)).toBe(1);
    expect(c.keyup('Shift', 20)).toBe(0);
  });
});

describe('hours as text', () => {
  const s = defaultStrings;
  test('unknown hours are never shown; 24/7 is "Dag en nacht"', () => {
    expect(hoursLines('unknown', s)).toEqual([]);
    expect(hoursLines('24/7', s)).toEqual(['Dag en nacht']);
  });

  test('days with the same times share a line', () => {
    const nine = [['09:00', '17:00']] as Array<[string, string]>;
    expect(
      hoursLines({ weekly: { ma: nine, di: nine, wo: nine, do: nine, vr: [['09:00', '12:00'], ['13:00', '17:00']], za: [['10:00', '12:00']], zo: [['10:00', '12:00']] }, publicHolidays: 'open' }, s),
    ).toEqual(['maandag tot en met donderdag: 09:00 tot 17:00', 'vrijdag: 09:00 tot 12:00 en 13:00 tot 17:00', 'zaterdag en zondag: 10:00 tot 12:00']);
    expect(hoursLines({ weekly: { wo: nine }, publicHolidays: 'closed', note: 'Let op.' }, s)).toEqual(['woensdag: 09:00 tot 17:00', 'Op feestdagen gesloten.', 'Let op.']);
  });

  test('check dates as precise as the source', () => {
    expect(checkDate('2025-10-29', s.months)).toBe('29 oktober 2025');
    expect(checkDate('2020-08', s.months)).toBe('augustus 2020');
    expect(checkDate('2021', s.months)).toBe('2021');
  });
});

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
  test('starts-with before contains, accents and case ignored, nothing for an empty field', () => {
    expect(matchMunicipalities(list, 'ut').map((m) => m.name)).toEqual(['Utrecht']);
    expect(matchMunicipalities(list, 'e').map((m) => m.name)).toEqual(['Zoetermeer', 'Utrecht', 'Nieuwegein', 'Súdwest-Fryslân']);
    expect(matchMunicipalities(list, 'sudwest').map((m) => m.name)).toEqual(['Súdwest-Fryslân']);
    expect(matchMunicipalities(list, '  ')).toEqual([]);
  });

  test('former names find the municipality they merged into, and are shown with it', () => {
    const merged = [...list, { code: 'GM0439', name: 'Purmerend', region: '', aliases: ['Beemster'] }];
    expect(matchMunicipalities(merged, 'beems').map((m) => m.name)).toEqual(['Purmerend']);
    expect(optionLabel(merged[4], 'beems')).toBe('Purmerend (Beemster)');
    expect(optionLabel(merged[4], 'purm')).toBe('Purmerend');
  });
});

describe('when a closed channel opens again', () => {
  const chat = { weekly: { ma: [['09:00', '17:00']], di: [['09:00', '17:00']], wo: [['09:00', '17:00']], do: [['09:00', '17:00']], vr: [['09:00', '17:00']] }, publicHolidays: 'closed' } as const;
  const at = (iso: string) => nextChange(chat as never, new Date(iso), ['2026-12-25', '2026-12-26']);
  test('says until when it is open today, and when it opens again', () => {
    expect(openText(at('2026-11-23T09:00:00Z'), defaultStrings)).toBe('Nu open tot 17:00');
    expect(reopenText(at('2026-11-23T06:00:00Z'), defaultStrings)).toBe('Weer open vandaag om 09:00.');
    expect(reopenText(at('2026-11-23T17:00:00Z'), defaultStrings)).toBe('Weer open morgen om 09:00.');
    expect(reopenText(at('2026-11-28T22:00:00Z'), defaultStrings)).toBe('Weer open op maandag om 09:00.');
    // Christmas Eve evening: not on the holidays, so Monday 28 December.
    expect(reopenText(at('2026-12-24T17:00:00Z'), defaultStrings)).toBe('Weer open op maandag om 09:00.');
    expect(reopenText(null, defaultStrings)).toBe('');
  });
});
