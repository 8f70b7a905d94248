// Opening hours and check dates as plain Dutch text. Pure: no DOM, so it is
// tested in Node (tests/widget-logic.test.ts).
import type { Hours, Weekday } from '../src/shared/api-types.js';
import { daysWithSameHours, type Change } from '../src/shared/opening-hours.js';
import { fill, type Strings } from './strings.js';

type HoursStrings = Pick<Strings, 'dayAndNight' | 'days' | 'dayRange' | 'timeRange' | 'and' | 'holidaysClosed'>;

/** Lines to show, or none when the hours are not known (unknown hours are never guessed). */
export function hoursLines(hours: Hours, s: HoursStrings): string[] {
  if (hours === 'unknown') return [];
  if (hours === '24/7') return [s.dayAndNight];
  const names = s.days.split(' ');
  // Consecutive days with the same times share one line: "maandag tot en met vrijdag: 09:00 tot 17:00".
  const lines = daysWithSameHours(hours.weekly).map(({ from: i, to: j, times }) => {
    const days = j === i ? names[i] : j === i + 1 ? `${names[i]} ${s.and} ${names[j]}` : fill(s.dayRange, { from: names[i], to: names[j] });
    return `${days}: ${times.map(([from, to]) => fill(s.timeRange, { from, to })).join(` ${s.and} `)}`;
  });
  if (hours.publicHolidays === 'closed') lines.push(s.holidaysClosed);
  if (hours.note) lines.push(hours.note);
  return lines;
}

/** "2025-10-29" → "29 oktober 2025", "2020-08" → "augustus 2020", "2021" → "2021". */
export function checkDate(verified: string, months: string): string {
  const [year, month, day] = verified.split('-');
  const name = month ? months.split(' ')[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

const WEEKDAYS: Weekday[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

type ChangeStrings = Pick<Strings, 'openNow' | 'openUntil' | 'reopens' | 'today' | 'tomorrow' | 'onDay' | 'days'>;

/** "Nu open tot 17:00" when it closes today; otherwise "Nu open". */
export function openText(change: Change | null, s: ChangeStrings): string {
  return change && change.state === 'closed' && change.inDays === 0 ? fill(s.openUntil, { time: change.time }) : s.openNow;
}

/** "Weer open morgen om 09:00.", or '' when it does not open within two weeks. */
export function reopenText(change: Change | null, s: ChangeStrings): string {
  if (!change || change.state !== 'open') return '';
  const when = change.inDays === 0 ? s.today : change.inDays === 1 ? s.tomorrow : fill(s.onDay, { day: s.days.split(' ')[WEEKDAYS.indexOf(change.day)] });
  return fill(s.reopens, { when, time: change.time });
}
