import { describe, expect, it } from 'vitest';
import { reportRows, shown } from './report.js';
import type { CountRow } from './types.js';

const row = (day: string, event: CountRow['event'], key: string, count: number, flow = 'start'): CountRow => ({
  day,
  gemeente: 'GM0637',
  flow,
  event,
  key,
  count,
});

describe('reports', () => {
  it('shows every number under 10 as "<10"', () => {
    expect([0, 1, 9, 10, 11].map(shown)).toEqual(['<10', '<10', '<10', 10, 11]);
  });

  it('sums days into weeks, months or the whole period before hiding small numbers', () => {
    const rows = [
      row('2026-04-20', 'conversation_started', 'nl', 6),
      row('2026-04-26', 'conversation_started', 'nl', 5),
      row('2026-04-27', 'conversation_started', 'nl', 3),
      row('2026-04-21', 'signpost_shown', 'veilig-thuis', 12, 'omstander'),
      row('2026-04-22', 'quick_exit', '', 2, ''),
    ];
    expect(reportRows(rows, 'week', '2026-04-20')).toEqual([
      { period: '2026-04-20', event: 'conversation_started', flow: 'start', lang: 'nl', count: 11 },
      { period: '2026-04-20', event: 'quick_exit', count: '<10' },
      { period: '2026-04-20', event: 'signpost_shown', flow: 'omstander', service: 'veilig-thuis', count: 12 },
      { period: '2026-04-27', event: 'conversation_started', flow: 'start', lang: 'nl', count: '<10' },
    ]);
    expect(reportRows(rows, 'day', '2026-04-20').every((r) => r.count === '<10' || r.count === 12)).toBe(true);
    expect(reportRows(rows, 'month', '2026-04-20')[0]).toEqual({
      period: '2026-04',
      event: 'conversation_started',
      flow: 'start',
      lang: 'nl',
      count: 14,
    });
    expect(reportRows(rows, 'all', '2026-04-01').map((r) => r.period)).toEqual(['2026-04-01', '2026-04-01', '2026-04-01']);
  });
});
