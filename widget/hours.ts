// Opening hours and check dates as plain Dutch text. Pure: no DOM, so it is
// tested in Node (tests/widget-logic.test.ts).
import type { Hours } from '../src/shared/api-types.js';
import { daysWithSameHours } from '../src/shared/opening-hours.js';
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
