// Opening hours on fixed clocks. Instants are written in UTC on purpose:
// Amsterdam is UTC+1 in winter and UTC+2 in summer, and the module must know.
import { describe, expect, it } from 'vitest';
import { dutchHolidays } from '../compiler/holidays.js';
import type { Hours } from './api-types.js';
import { alwaysOpenPhone, amsterdamClock, daysWithSameHours, nextChange, openState } from './opening-hours.js';

const officeHours = (from = '09:00', to = '17:00'): Hours => ({
  weekly: { ma: [[from, to]], di: [[from, to]], wo: [[from, to]], do: [[from, to]], vr: [[from, to]] },
  publicHolidays: 'closed',
});
// The Veilig Thuis chat and phone as flows/services.json has them.
const chat = officeHours();
const phone: Hours = '24/7';
const holidays = dutchHolidays([2026]);

describe('amsterdamClock', () => {
  it('reads winter time (UTC+1) and summer time (UTC+2)', () => {
    expect(amsterdamClock(new Date('2026-01-05T09:00:00Z'))).toEqual({ date: '2026-01-05', day: 'ma', minutes: 600 });
    expect(amsterdamClock(new Date('2026-07-06T08:00:00Z'))).toEqual({ date: '2026-07-06', day: 'ma', minutes: 600 });
  });

  it('turns the date at Amsterdam midnight, not at UTC midnight', () => {
    expect(amsterdamClock(new Date('2026-11-22T23:30:00Z'))).toEqual({ date: '2026-11-23', day: 'ma', minutes: 30 });
    expect(amsterdamClock(new Date('2026-11-22T22:59:00Z')).day).toBe('zo');
  });
});

describe('openState on fixed clocks', () => {
  it('Monday 10:00: the chat is open, and so is the 24/7 line', () => {
    const at = new Date('2026-11-23T09:00:00Z');
    expect(openState(chat, at, holidays)).toBe('open');
    expect(openState(phone, at, holidays)).toBe('open');
  });

  it('Friday 17:00 closes the chat; 16:59 is still open', () => {
    expect(openState(chat, new Date('2026-11-27T15:59:00Z'), holidays)).toBe('open');
    expect(openState(chat, new Date('2026-11-27T16:00:00Z'), holidays)).toBe('closed');
    expect(openState(chat, new Date('2026-11-27T16:01:00Z'), holidays)).toBe('closed');
  });

  it('Saturday 23:00: the chat is closed, the phone is open', () => {
    const at = new Date('2026-11-28T22:00:00Z');
    expect(amsterdamClock(at)).toMatchObject({ day: 'za', minutes: 23 * 60 });
    expect(openState(chat, at, holidays)).toBe('closed');
    expect(openState(phone, at, holidays)).toBe('open');
  });

  it('Christmas Day (a Friday in 2026) at 10:00: closed on a holiday, open without that rule', () => {
    const at = new Date('2026-12-25T09:00:00Z');
    expect(openState(chat, at, holidays)).toBe('closed');
    expect(openState({ ...(chat as object), publicHolidays: 'open' } as Hours, at, holidays)).toBe('open');
    expect(openState(chat, at, [])).toBe('open');
  });

  it('Easter Monday (6 April 2026) at 10:00, in summer time: closed', () => {
    const at = new Date('2026-04-06T08:00:00Z');
    expect(amsterdamClock(at)).toMatchObject({ date: '2026-04-06', day: 'ma', minutes: 600 });
    expect(openState(chat, at, holidays)).toBe('closed');
    expect(openState(chat, new Date('2026-04-07T08:00:00Z'), holidays)).toBe('open');
  });

  it("King's Day (Monday 27 April 2026) at 10:00: closed", () => {
    expect(openState(chat, new Date('2026-04-27T08:00:00Z'), holidays)).toBe('closed');
  });

  it('summer time: Friday 17:30 in June is closed (a fixed UTC+1 would say 16:30, open)', () => {
    expect(openState(chat, new Date('2026-06-05T15:30:00Z'), holidays)).toBe('closed');
    expect(openState(chat, new Date('2026-06-05T14:59:00Z'), holidays)).toBe('open');
  });

  it('the night of the summer-time switch (29 March 2026): 02:00 becomes 03:00', () => {
    const night: Hours = { weekly: { zo: [['03:00', '04:00']] }, publicHolidays: 'open' };
    // 00:59 UTC is 01:59 winter time; one minute later it is 03:00 summer time.
    expect(amsterdamClock(new Date('2026-03-29T00:59:00Z')).minutes).toBe(1 * 60 + 59);
    expect(amsterdamClock(new Date('2026-03-29T01:00:00Z')).minutes).toBe(3 * 60);
    expect(openState(night, new Date('2026-03-29T00:59:00Z'), [])).toBe('closed');
    expect(openState(night, new Date('2026-03-29T01:00:00Z'), [])).toBe('open');
    expect(openState(night, new Date('2026-03-29T02:00:00Z'), [])).toBe('closed');
  });

  it('the night of the winter-time switch (25 October 2026): 02:30 happens twice', () => {
    const night: Hours = { weekly: { zo: [['02:00', '03:00']] }, publicHolidays: 'open' };
    const first = new Date('2026-10-25T00:30:00Z'); // 02:30 summer time
    const second = new Date('2026-10-25T01:30:00Z'); // 02:30 winter time
    expect(amsterdamClock(first)).toEqual(amsterdamClock(second));
    expect(openState(night, first, [])).toBe('open');
    expect(openState(night, second, [])).toBe('open');
    expect(openState(night, new Date('2026-10-25T02:00:00Z'), [])).toBe('closed');
  });

  it('an overnight interval runs past midnight into the next day', () => {
    const late: Hours = { weekly: { za: [['20:00', '02:00']] }, publicHolidays: 'open' };
    expect(openState(late, new Date('2026-11-28T22:00:00Z'), [])).toBe('open'); // Sat 23:00
    expect(openState(late, new Date('2026-11-29T00:30:00Z'), [])).toBe('open'); // Sun 01:30
    expect(openState(late, new Date('2026-11-29T01:00:00Z'), [])).toBe('closed'); // Sun 02:00
  });

  it('"24:00" closes at midnight', () => {
    const evening: Hours = { weekly: { ma: [['18:00', '24:00']] }, publicHolidays: 'open' };
    expect(openState(evening, new Date('2026-11-23T22:59:00Z'), [])).toBe('open');
    expect(openState(evening, new Date('2026-11-23T23:00:00Z'), [])).toBe('closed');
  });

  it('never guesses unknown hours', () => {
    expect(openState('unknown', new Date('2026-11-23T09:00:00Z'), holidays)).toBe('unknown');
  });
});

describe('nextChange', () => {
  it('open on Monday 10:00: closes at 17:00 the same day', () => {
    expect(nextChange(chat, new Date('2026-11-23T09:00:00Z'), holidays)).toEqual({
      state: 'closed',
      date: '2026-11-23',
      day: 'ma',
      time: '17:00',
      inDays: 0,
    });
  });

  it('Saturday 23:00: opens on Monday at 09:00', () => {
    expect(nextChange(chat, new Date('2026-11-28T22:00:00Z'), holidays)).toEqual({
      state: 'open',
      date: '2026-11-30',
      day: 'ma',
      time: '09:00',
      inDays: 2,
    });
  });

  it('Christmas Eve after hours: skips Christmas, Boxing Day and the weekend', () => {
    // Thursday 24 December 2026, 18:00; 25 and 26 are holidays, 27 is a Sunday.
    expect(nextChange(chat, new Date('2026-12-24T17:00:00Z'), holidays)).toMatchObject({
      state: 'open',
      date: '2026-12-28',
      time: '09:00',
      inDays: 4,
    });
  });

  it('treats a stretch across midnight as one', () => {
    const nights: Hours = { weekly: { vr: [['20:00', '24:00']], za: [['00:00', '02:00']] }, publicHolidays: 'open' };
    expect(nextChange(nights, new Date('2026-11-27T20:00:00Z'), [])).toEqual({
      state: 'closed',
      date: '2026-11-28',
      day: 'za',
      time: '02:00',
      inDays: 1,
    });
  });

  it('has nothing to say for 24/7, unknown or a schedule that never opens', () => {
    const at = new Date('2026-11-23T09:00:00Z');
    expect(nextChange('24/7', at, [])).toBeNull();
    expect(nextChange('unknown', at, [])).toBeNull();
    expect(nextChange({ weekly: {}, publicHolidays: 'closed' }, at, [])).toBeNull();
  });
});

describe('daysWithSameHours', () => {
  it('groups consecutive days with the same times, Monday first; a closed day or other times end a run', () => {
    const nine: Array<[string, string]> = [['09:00', '17:00']];
    const morning: Array<[string, string]> = [['10:00', '12:00']];
    expect(daysWithSameHours({ zo: morning, ma: nine, di: nine, wo: nine, vr: nine, za: morning })).toEqual([
      { from: 0, to: 2, times: nine },
      { from: 4, to: 4, times: nine },
      { from: 5, to: 6, times: morning },
    ]);
    expect(daysWithSameHours({ ma: [], di: nine })).toEqual([{ from: 1, to: 1, times: nine }]);
  });
});

describe('alwaysOpenPhone', () => {
  it('finds the line of a service that never closes, and nothing when there is none', () => {
    const base = {
      id: 'x',
      name: 'X',
      purpose: 'x',
      free: true,
      anonymous: null,
      scope: 'national' as const,
      source: 's',
      verified: '2026',
    };
    const phone = { kind: 'phone' as const, display: '0800-2000', tel: '08002000', hours: '24/7' as const };
    expect(alwaysOpenPhone({ ...base, channels: [{ kind: 'chat', url: 'https://a.nl', label: 'Chat', hours: chat }, phone] })).toBe(phone);
    expect(alwaysOpenPhone({ ...base, channels: [{ ...phone, hours: chat }] })).toBeUndefined();
  });
});
