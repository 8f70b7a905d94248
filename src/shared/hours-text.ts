// Opening hours, changes and check dates as plain Dutch text: one wording for
// the site (server-rendered cards) and the widget (cards drawn in the
// browser). Pure and browser-safe. Times are written the Dutch way, "9.00
// uur" (docs/architecture.md, "Times and dates"). Every word comes from a
// dictionary with Dutch defaults, so the widget can still take a host page's
// translation (data-i18n-*) while the defaults stay the site's words.

import { hours as HOURS_WORDS } from '../../messages/nl/shared.json';
import type { Hours, Weekday } from './api-types.js';
import { fill } from './messages.js';
import { type Change, daysWithSameHours } from './opening-hours.js';

// The words live in the message catalogue (messages/nl/shared.json, group "hours").
export { fill, HOURS_WORDS };

export type HoursWords = typeof HOURS_WORDS;

/** "09:00" → "9.00": hours without a leading zero, a dot between hours and minutes. */
export function dutchClock(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)}.${m}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WEEK_ORDER: Weekday[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/**
 * Opening hours as short sentences, or null when they are not known (then
 * nothing is shown: never guess). Days with the same hours are grouped:
 * "Maandag tot en met vrijdag van 9.00 tot 17.00 uur."
 */
export function describeHours(hours: Hours, w: HoursWords = HOURS_WORDS): string[] | null {
  if (hours === 'unknown') return null;
  if (hours === '24/7') return [w.dayAndNight];
  const names = w.days.split(' ');
  const lines = daysWithSameHours(hours.weekly).map(({ from: i, to: j, times }) => {
    const days = j === i ? names[i] : j === i + 1 ? `${names[i]} ${w.and} ${names[j]}` : fill(w.dayRange, { from: names[i], to: names[j] });
    const ranges = times.map(([from, to]) => fill(w.timeRange, { from: dutchClock(from), to: dutchClock(to) })).join(` ${w.and} `);
    return capitalise(fill(w.dayHours, { days, times: ranges }));
  });
  if (!lines.length) lines.push(w.noHours);
  if (hours.publicHolidays === 'closed') lines.push(w.holidaysClosed);
  if (hours.note) lines.push(hours.note);
  return lines;
}

/** A check date as precise as it was recorded: "29 oktober 2025", "augustus 2020" or "2021". */
export function describeDate(date: string, w: Pick<HoursWords, 'months'> = HOURS_WORDS): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const monthName = w.months.split(' ')[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "Open tot 17.00 uur." while open and closing today; "Weer open op maandag om 9.00 uur." while closed; else null. */
export function describeChange(change: Change | null, w: HoursWords = HOURS_WORDS): string | null {
  if (!change) return null;
  if (change.state === 'closed') return change.inDays === 0 ? fill(w.openUntil, { time: dutchClock(change.time) }) : null;
  const day = w.days.split(' ')[WEEK_ORDER.indexOf(change.day)];
  const when = change.inDays === 0 ? w.today : change.inDays === 1 ? w.tomorrow : fill(w.onDay, { day });
  return fill(w.reopens, { when, time: dutchClock(change.time) });
}
