import { describe, expect, test } from 'vitest';
import type { Service } from './api-types.js';
import { firstCall } from './first-call.js';

const base = { purpose: '', free: true, anonymous: true, scope: 'national', source: 't', verified: '2026' } as const;
const weekdays = {
  weekly: {
    ma: [['09:00', '17:00']],
    di: [['09:00', '17:00']],
    wo: [['09:00', '17:00']],
    do: [['09:00', '17:00']],
    vr: [['09:00', '17:00']],
  },
  publicHolidays: 'closed',
} as never;
const services: Service[] = [
  { ...base, id: '112', name: '112', channels: [{ kind: 'phone', display: '112', tel: '112', hours: '24/7' }] },
  { ...base, id: 'a', name: 'Dagdienst', channels: [{ kind: 'phone', display: '0900-1', tel: '09001', hours: weekdays }] },
  { ...base, id: 'b', name: 'Nachtlijn', channels: [{ kind: 'phone', display: '0800-2', tel: '08002', hours: '24/7' }] },
];
const vt = { name: 'Veilig Thuis', channel: { kind: 'phone', display: '0800-2000', tel: '08002000', hours: '24/7' } as const };

describe('firstCall', () => {
  test('the first open line, never 112', () => {
    expect(firstCall(services, { now: new Date('2026-11-23T09:00:00Z'), holidays: [] }, vt, '112')?.name).toBe('Dagdienst');
    expect(firstCall(services, { now: new Date('2026-11-23T20:00:00Z'), holidays: [] }, vt, '112')?.name).toBe('Nachtlijn');
  });
  test('all closed: the day-and-night line; no phone at all: nothing', () => {
    expect(firstCall(services.slice(0, 2), { now: new Date('2026-11-23T20:00:00Z'), holidays: [] }, vt, '112')).toEqual({
      name: 'Veilig Thuis',
      display: '0800-2000',
      tel: '08002000',
    });
    expect(firstCall(services.slice(0, 1), { now: new Date(), holidays: [] }, vt, '112')).toBeUndefined();
    expect(
      firstCall([{ ...services[1], verified: null }], { now: new Date('2026-11-23T09:00:00Z'), holidays: [] }, vt, '112'),
    ).toBeUndefined();
  });
});
