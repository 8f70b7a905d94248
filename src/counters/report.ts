// From stored rows to what a report shows: sums per period, and every
// number under 10 replaced by "<10". Small numbers could point to a person
// in a small municipality, so they never leave the server.
import { mondayOf } from './day.js';
import type { CountRow, EventType } from './types.js';

export const THRESHOLD = 10;
export const SMALL = '<10';

/** A number as it may be shown: exact from 10 up, "<10" below. */
export type Shown = number | typeof SMALL;

export function shown(n: number): Shown {
  return n < THRESHOLD ? SMALL : n;
}

export type Per = 'day' | 'week' | 'month' | 'all';
export const PERS = ['day', 'week', 'month', 'all'] as const satisfies readonly Per[];

/** The period a day falls in: the day, the Monday of its week, its month (YYYY-MM), or the report's start. */
function periodOf(day: string, per: Per, from: string): string {
  if (per === 'day') return day;
  if (per === 'week') return mondayOf(day);
  if (per === 'month') return day.slice(0, 7);
  return from;
}

export interface ReportRow {
  period: string;
  event: EventType;
  flow?: string;
  /** conversation_started only. */
  lang?: string;
  /** signpost_shown only. */
  service?: string;
  count: Shown;
}

/** Sums rows by a key; the first row seen for a key gives the group its parts. */
export function sumBy<K>(rows: CountRow[], keyOf: (row: CountRow) => K): Map<K, number> {
  const sums = new Map<K, number>();
  for (const row of rows) {
    const key = keyOf(row);
    sums.set(key, (sums.get(key) ?? 0) + row.count);
  }
  return sums;
}

export function reportRows(rows: CountRow[], per: Per, from: string): ReportRow[] {
  const groups = new Map<string, { row: ReportRow; n: number }>();
  for (const r of rows) {
    const period = periodOf(r.day, per, from);
    const id = [period, r.event, r.flow, r.key].join('\u0000');
    const group = groups.get(id);
    if (group) {
      group.n += r.count;
      continue;
    }
    const row: ReportRow = { period, event: r.event, count: 0 };
    if (r.flow) row.flow = r.flow;
    if (r.event === 'conversation_started') row.lang = r.key;
    if (r.event === 'signpost_shown') row.service = r.key;
    groups.set(id, { row, n: r.count });
  }
  // Sorted by period, then event, conversation and key: the same order from every store.
  const order = (r: ReportRow) => [r.period, r.event, r.flow ?? '', r.lang ?? r.service ?? ''].join('\u0000');
  return [...groups.values()]
    .map(({ row, n }) => ({ ...row, count: shown(n) }))
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
