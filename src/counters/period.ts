// The period a report covers: whole Dutch days, from and to inclusive.
// Without dates: the last 12 weeks, this week included.
import * as z from 'zod/mini';
import { addDays, daysBetween, isDay, mondayOf } from './day.js';

/** Longest period one report may cover (two years). */
export const MAX_DAYS = 731;

export const dayParam = z.string().check(z.refine(isDay, 'a date written as YYYY-MM-DD, e.g. 2026-03-01'));

export interface Period {
  from: string;
  to: string;
}

export function defaultPeriod(today: string): Period {
  return { from: addDays(mondayOf(today), -7 * 11), to: today };
}

export interface PeriodProblem {
  problem: 'reversed' | 'too_long';
  /** Plain English, for the API's 400. */
  message: string;
}

/** The period, or what is wrong with it. */
export function resolvePeriod(from: string | undefined, to: string | undefined, today: string): Period | PeriodProblem {
  const end = to ?? (from && from > today ? from : today);
  const start = from ?? defaultPeriod(end).from;
  if (start > end) return { problem: 'reversed', message: '"from" is after "to".' };
  if (daysBetween(start, end) + 1 > MAX_DAYS)
    return { problem: 'too_long', message: `The period is longer than ${MAX_DAYS} days; ask for it in parts.` };
  return { from: start, to: end };
}
