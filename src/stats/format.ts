// Dutch formatting for the dashboard: numbers, dates and weeks.
import { addDays, isoWeek } from '../counters/day.js';
import { type Shown, SMALL } from '../counters/report.js';
import { format, statsText } from '../site/messages.js';

// Made on first use, not when the server starts (see src/counters/day.ts).
let formats: { number: Intl.NumberFormat; date: Intl.DateTimeFormat; short: Intl.DateTimeFormat } | undefined;
const dutch = () =>
  (formats ??= {
    number: new Intl.NumberFormat('nl-NL'),
    date: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  });

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export function formatShown(value: Shown): string {
  return value === SMALL ? SMALL : dutch().number.format(value);
}

/** "27 april 2026" */
export function formatDate(day: string): string {
  return dutch().date.format(utc(day));
}

/** "27 apr." */
function formatShortDate(day: string): string {
  return dutch().short.format(utc(day));
}

/** "week 18" */
export function weekLabel(monday: string): string {
  return format(statsText.format.week, { week: isoWeek(monday) });
}

/** "week 18 (27 apr. tot en met 3 mei)" */
export function weekLongLabel(monday: string): string {
  return format(statsText.format.weekLong, {
    week: weekLabel(monday),
    from: formatShortDate(monday),
    to: formatShortDate(addDays(monday, 6)),
  });
}
