// Is a channel open at a given moment? Pure and dependency-free, so the
// widget (in the browser, at the moment of viewing) and the server (for pages
// without JavaScript) give the same answer. Holidays come in as data from the
// API (FlowResponse.holidays, computed at build time with a holiday library).
// All schedules are Europe/Amsterdam wall-clock times; Intl does the
// summer-time arithmetic, so this works in browsers, Node and workerd alike.
import type { Hours, PhoneChannel, Service, Weekday } from './api-types.js';

export type OpenState = 'open' | 'closed' | 'unknown';

/** A moment as the clock on a wall in Amsterdam shows it. */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  day: Weekday;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

const WEEK: Weekday[] = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
let format: Intl.DateTimeFormat | undefined;

export function amsterdamClock(at: Date): WallClock {
  format ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of format.formatToParts(at)) p[part.type] = part.value;
  const date = `${p.year}-${p.month}-${p.day}`;
  // Some older engines write midnight as "24" even with h23.
  return { date, day: weekdayOf(date), minutes: (Number(p.hour) % 24) * 60 + Number(p.minute) };
}

function weekdayOf(date: string): Weekday {
  return WEEK[new Date(`${date}T12:00:00Z`).getUTCDay()];
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The opening intervals of one calendar day, in minutes [from, to). An
 * interval that closes at or before it opens ("22:00"–"02:00") runs past
 * midnight: its tail belongs to the next day.
 */
function intervals(hours: Exclude<Hours, '24/7' | 'unknown'>, date: string, holidays: readonly string[]): Array<[number, number]> {
  const own = (d: string) => (hours.publicHolidays === 'closed' && holidays.includes(d) ? [] : (hours.weekly[weekdayOf(d)] ?? []));
  const result: Array<[number, number]> = [];
  for (const [from, to] of own(date)) {
    const a = toMinutes(from);
    const b = toMinutes(to);
    result.push([a, b > a ? b : 1440]);
  }
  // The tail of yesterday's overnight interval (it started before any holiday began).
  for (const [from, to] of own(addDays(date, -1))) {
    const b = toMinutes(to);
    if (b <= toMinutes(from) && b > 0) result.push([0, b]);
  }
  return result.sort((x, y) => x[0] - y[0]);
}

/** Monday first, as a week is read out. */
const READING_ORDER: Weekday[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

export interface SameHours {
  /** First and last day of the run: 0 is Monday, 6 is Sunday. */
  from: number;
  to: number;
  times: Array<[string, string]>;
}

/** Consecutive days with the same times, Monday first: each run is one line of text on the site and in the widget. */
export function daysWithSameHours(weekly: Partial<Record<Weekday, Array<[string, string]>>>): SameHours[] {
  const runs: SameHours[] = [];
  let i = 0;
  while (i < READING_ORDER.length) {
    const times = weekly[READING_ORDER[i]];
    if (!times?.length) {
      i++;
      continue;
    }
    const key = JSON.stringify(times);
    let j = i;
    while (j + 1 < READING_ORDER.length && JSON.stringify(weekly[READING_ORDER[j + 1]]) === key) j++;
    runs.push({ from: i, to: j, times });
    i = j + 1;
  }
  return runs;
}

/** 'unknown' hours are never guessed: the caller shows no open/closed label for them. */
export function openState(hours: Hours, at: Date, holidays: readonly string[]): OpenState {
  if (hours === '24/7') return 'open';
  if (hours === 'unknown') return 'unknown';
  const now = amsterdamClock(at);
  return intervals(hours, now.date, holidays).some(([a, b]) => a <= now.minutes && now.minutes < b) ? 'open' : 'closed';
}

export interface Change {
  /** The state from that moment on. */
  state: 'open' | 'closed';
  /** Amsterdam wall clock: YYYY-MM-DD, weekday and HH:MM. */
  date: string;
  day: Weekday;
  time: string;
  /** 0: today, 1: tomorrow, and so on (Amsterdam days). */
  inDays: number;
}

/**
 * When the state changes next ("open until 17:00", "opens Monday at 09:00"),
 * looking at most two weeks ahead. Null for '24/7', 'unknown' and schedules
 * that do not change within that time.
 */
export function nextChange(hours: Hours, at: Date, holidays: readonly string[]): Change | null {
  if (hours === '24/7' || hours === 'unknown') return null;
  const now = amsterdamClock(at);
  // Opening spans in minutes from today's midnight; touching spans merge, so
  // 12:00–13:00 + 13:00–17:00, or a night across midnight, is one stretch.
  const spans: Array<[number, number]> = [];
  for (let d = 0; d <= 14; d++) {
    for (const [a, b] of intervals(hours, addDays(now.date, d), holidays)) {
      const last = spans[spans.length - 1];
      if (last && d * 1440 + a <= last[1]) last[1] = Math.max(last[1], d * 1440 + b);
      else spans.push([d * 1440 + a, d * 1440 + b]);
    }
  }
  const t = now.minutes;
  const current = spans.find(([a, b]) => a <= t && t < b);
  const minute = current ? current[1] : spans.find(([a]) => a > t)?.[0];
  if (minute === undefined || minute >= 15 * 1440) return null;
  const date = addDays(now.date, Math.floor(minute / 1440));
  const hh = String(Math.floor((minute % 1440) / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return { state: current ? 'closed' : 'open', date, day: weekdayOf(date), time: `${hh}:${mm}`, inDays: Math.floor(minute / 1440) };
}

/** A phone line of the same service that never closes: what to do when another channel is closed. */
export function alwaysOpenPhone(service: Service): PhoneChannel | undefined {
  return service.channels.find((c): c is PhoneChannel => c.kind === 'phone' && c.hours === '24/7');
}
