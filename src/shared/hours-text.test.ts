// Opening hours as Dutch text, one wording for the site and the widget.
import { describe, expect, test } from 'vitest';
import { describeChange, describeDate, describeHours, dutchClock, HOURS_WORDS } from './hours-text.js';
import { nextChange } from './opening-hours.js';

describe('hours as text', () => {
  test('Dutch times: 9.00 uur', () => {
    expect(dutchClock('09:00')).toBe('9.00');
    expect(dutchClock('17:30')).toBe('17.30');
    expect(dutchClock('00:00')).toBe('0.00');
  });

  test('unknown hours are never shown; 24/7 is day and night', () => {
    expect(describeHours('unknown')).toBeNull();
    expect(describeHours('24/7')).toEqual(['Dag en nacht, elke dag.']);
  });

  test('days with the same times share a line; holidays and notes follow', () => {
    const nine = [['09:00', '17:00']] as Array<[string, string]>;
    expect(
      describeHours({
        weekly: {
          ma: nine,
          di: nine,
          wo: nine,
          do: nine,
          vr: [
            ['09:00', '12:00'],
            ['13:00', '17:00'],
          ],
          za: [['10:00', '12:00']],
          zo: [['10:00', '12:00']],
        },
        publicHolidays: 'open',
      }),
    ).toEqual([
      'Maandag tot en met donderdag van 9.00 tot 17.00 uur.',
      'Vrijdag van 9.00 tot 12.00 uur en 13.00 tot 17.00 uur.',
      'Zaterdag en zondag van 10.00 tot 12.00 uur.',
    ]);
    expect(describeHours({ weekly: { wo: nine }, publicHolidays: 'closed', note: 'Let op.' })).toEqual([
      'Woensdag van 9.00 tot 17.00 uur.',
      'Niet op feestdagen.',
      'Let op.',
    ]);
  });

  test('translated words (a widget host page) change the words, not the rule', () => {
    const w = { ...HOURS_WORDS, days: 'Mon Tue Wed Thu Fri Sat Sun', dayHours: '{days}: {times}', timeRange: '{from}–{to}' };
    expect(describeHours({ weekly: { ma: [['09:00', '17:00']] }, publicHolidays: 'open' }, w)).toEqual(['Mon: 9.00–17.00']);
  });

  test('check dates as precise as the source', () => {
    expect(describeDate('2025-10-29')).toBe('29 oktober 2025');
    expect(describeDate('2020-08')).toBe('augustus 2020');
    expect(describeDate('2021')).toBe('2021');
  });

  test('until when it is open today, and when it opens again', () => {
    const chat = {
      weekly: {
        ma: [['09:00', '17:00']],
        di: [['09:00', '17:00']],
        wo: [['09:00', '17:00']],
        do: [['09:00', '17:00']],
        vr: [['09:00', '17:00']],
      },
      publicHolidays: 'closed',
    } as const;
    const at = (iso: string) => describeChange(nextChange(chat as never, new Date(iso), ['2026-12-25', '2026-12-26']));
    expect(at('2026-11-23T09:00:00Z')).toBe('Open tot 17.00 uur.');
    expect(at('2026-11-23T06:00:00Z')).toBe('Weer open vandaag om 9.00 uur.');
    expect(at('2026-11-23T17:00:00Z')).toBe('Weer open morgen om 9.00 uur.');
    expect(at('2026-11-28T22:00:00Z')).toBe('Weer open op maandag om 9.00 uur.');
    // Christmas Eve evening: not on the holidays, so Monday 28 December.
    expect(at('2026-12-24T17:00:00Z')).toBe('Weer open op maandag om 9.00 uur.');
    expect(describeChange(null)).toBeNull();
  });
});
