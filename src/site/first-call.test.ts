import { describe, expect, it } from 'vitest';
import type { PhoneChannel, Service } from '../shared/api-types.js';
import { firstCall } from './first-call.js';

const phone = (display: string, hours: PhoneChannel['hours']): PhoneChannel => ({ kind: 'phone', display, tel: display.replace(/\D/g, ''), hours });
const service = (id: string, channels: PhoneChannel[], verified: string | null = '2026-01-01'): Service => ({ id, name: id.toUpperCase(), purpose: '.', channels, free: true, anonymous: true, scope: 'national', source: 'test', verified });
const weekdays = { weekly: { ma: [['09:00', '17:00']] as Array<[string, string]> }, publicHolidays: 'closed' as const };
const mondayNoon = { now: new Date('2026-06-01T10:00:00Z'), holidays: [] };
const mondayNight = { now: new Date('2026-06-01T22:00:00Z'), holidays: [] };
const vt = { name: 'Veilig Thuis', channel: phone('0800-2000', '24/7') };

describe('firstCall', () => {
  it('is the first line of the help that is open now, never 112', () => {
    const help = [service('112', [phone('112', '24/7')]), service('kt', [phone('0800-0432', weekdays)])];
    expect(firstCall(help, mondayNoon, vt)).toEqual({ name: 'KT', display: '0800-0432', tel: '08000432' });
  });

  it('is the day-and-night line while every line is closed', () => {
    expect(firstCall([service('kt', [phone('0800-0432', weekdays)])], mondayNight, vt)).toEqual({ name: 'Veilig Thuis', display: '0800-2000', tel: '08002000' });
  });

  it('is nothing when the help has no line of its own to call, or only unchecked ones', () => {
    expect(firstCall([service('112', [phone('112', '24/7')])], mondayNoon, vt)).toBeUndefined();
    expect(firstCall([service('x', [phone('0800-1111', '24/7')], null)], mondayNoon, vt)).toBeUndefined();
    expect(firstCall([], mondayNoon, vt)).toBeUndefined();
  });
});
