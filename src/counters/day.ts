// Calendar days as "YYYY-MM-DD" strings, the finest time the counters know.
// The day is the Dutch one (Europe/Amsterdam), set by the server: clients
// send no time at all. Arithmetic runs on UTC midnights, so it has no
// daylight-saving surprises.

// Made on first use: the first date format with a time zone loads the
// engine's calendar data (about 20 ms), which a server's start need not wait for.
let amsterdam: Intl.DateTimeFormat | undefined;

// Dutch days start on whole minutes (the offset is whole hours), so one
// formatted day serves a whole minute: formatting costs more than a page.
let last = { minute: NaN, day: '' };

/** Today (or the day of `now`) in the Netherlands. */
export function dutchDay(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== last.minute) {
    amsterdam ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    last = { minute, day: amsterdam.format(now) };
  }
  return last.day;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** True for a real calendar date written as YYYY-MM-DD (so not 2026-02-30). */
export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromTime(toTime(text)) === text;
}

export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The Monday of the (ISO) week the day is in. */
export function mondayOf(day: string): string {
  const weekday = (new Date(toTime(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** ISO week number (1–53) of the day. */
export function isoWeek(day: string): number {
  const thursday = addDays(mondayOf(day), 3);
  const januaryFirst = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(januaryFirst, thursday) / 7) + 1;
}

/** The Mondays of every week that touches [from, to], in order. */
export function weeksIn(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}
