import { describe, expect, it } from 'vitest';
import { addDays, dutchDay, isDay, isoWeek, mondayOf, weeksIn } from './day.js';
import { defaultPeriod, resolvePeriod } from './period.js';

describe('days', () => {
  it('uses the Dutch calendar day, also around midnight UTC and across summer time', () => {
    expect(dutchDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // winter: UTC+1
    expect(dutchDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // summer: UTC+2
    expect(dutchDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('knows real dates only', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-1')).toBe(false);
    expect(isDay('2026-02-01T10:00')).toBe(false);
  });

  it('finds Mondays and ISO week numbers', () => {
    expect(mondayOf('2026-04-26')).toBe('2026-04-20'); // a Sunday
    expect(mondayOf('2026-04-20')).toBe('2026-04-20');
    expect(isoWeek('2026-04-20')).toBe(17);
    expect(isoWeek('2027-01-01')).toBe(53); // a Friday in the last week of 2026
    expect(isoWeek('2025-12-29')).toBe(1);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(weeksIn('2026-04-01', '2026-04-14')).toEqual(['2026-03-30', '2026-04-06', '2026-04-13']);
  });

  it('reports the last 12 weeks by default and refuses odd periods', () => {
    expect(defaultPeriod('2026-04-22')).toEqual({ from: '2026-02-02', to: '2026-04-22' });
    expect(resolvePeriod(undefined, undefined, '2026-04-22')).toEqual({ from: '2026-02-02', to: '2026-04-22' });
    expect(resolvePeriod('2026-04-01', undefined, '2026-04-22')).toEqual({ from: '2026-04-01', to: '2026-04-22' });
    expect(resolvePeriod('2026-04-10', '2026-04-01', '2026-04-22')).toMatchObject({ problem: 'reversed' });
    expect(resolvePeriod('2020-01-01', '2026-01-01', '2026-04-22')).toMatchObject({ problem: 'too_long' });
  });
});
