// Dutch formatting for the dashboard: numbers, dates and weeks.
import { addDays, isoWeek } from '../counters/day.js';
import { type Shown, SMALL } from '../counters/report.js';
import { format, statsText } from '../site/messages.js';

const numberFormat = new Intl.NumberFormat('nl-NL');
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export function formatShown(value: Shown): string {
  return value === SMALL ? SMALL : numberFormat.format(value);
}

/** "27 april 2026" */
export function formatDate(day: string): string {
  return dateFormat.format(utc(day));
}

/** "27 apr." */
function formatShortDate(day: string): string {
  return shortFormat.format(utc(day));
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
