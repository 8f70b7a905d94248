import { describe, expect, it } from 'vitest';
import { dutchHolidays, holidaysAround } from './holidays.js';

describe('dutchHolidays', () => {
  const y2026 = dutchHolidays([2026]);

  it('lists the public holidays of 2026 as YYYY-MM-DD', () => {
    expect(y2026).toEqual([
      '2026-01-01', // Nieuwjaarsdag
      '2026-04-05', // Eerste Paasdag
      '2026-04-06', // Tweede Paasdag
      '2026-04-27', // Koningsdag
      '2026-05-05', // Bevrijdingsdag
      '2026-05-14', // Hemelvaartsdag
      '2026-05-24', // Eerste Pinksterdag
      '2026-05-25', // Tweede Pinksterdag
      '2026-12-25', // Eerste Kerstdag
      '2026-12-26', // Tweede Kerstdag
    ]);
  });

  it('leaves out Good Friday, Remembrance Day and other observances', () => {
    expect(y2026).not.toContain('2026-04-03');
    expect(y2026).not.toContain('2026-05-04');
    expect(y2026).not.toContain('2026-12-05');
    expect(y2026).not.toContain('2026-12-31');
  });

  it("moves King's Day to Saturday when 27 April is a Sunday (2025)", () => {
    const y2025 = dutchHolidays([2025]);
    expect(y2025).toContain('2025-04-26');
    expect(y2025).not.toContain('2025-04-27');
  });

  it('gives this year and the next', () => {
    const list = holidaysAround(new Date('2026-11-23T12:00:00Z'));
    expect(list[0]).toBe('2026-01-01');
    expect(list).toContain('2027-03-29'); // Tweede Paasdag 2027
    expect(list.at(-1)).toBe('2027-12-26');
    expect(list).toHaveLength(20);
  });
});
