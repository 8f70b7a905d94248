// Plain-Dutch wording of data: opening hours and check dates. Pure.
import type { Hours, Weekday } from '../shared/api-types.js';
import { daysWithSameHours, type Change } from '../shared/opening-hours.js';

const WEEKDAYS: Array<[Weekday, string]> = [
  ['ma', 'maandag'],
  ['di', 'dinsdag'],
  ['wo', 'woensdag'],
  ['do', 'donderdag'],
  ['vr', 'vrijdag'],
  ['za', 'zaterdag'],
  ['zo', 'zondag'],
];

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "09:00" → "9.00", the way Dutch people write times. */
function clock(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)}.${m}`;
}

function ranges(list: Array<[string, string]>): string {
  return list.map(([from, to]) => `${clock(from)} tot ${clock(to)} uur`).join(' en ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Opening hours as short sentences, or null when they are not known (then
 * nothing is shown: never guess). Days with the same hours are grouped:
 * "Maandag tot en met vrijdag van 9.00 tot 17.00 uur."
 */
export function describeHours(hours: Hours): string[] | null {
  if (hours === 'unknown') return null;
  if (hours === '24/7') return ['Dag en nacht, elke dag.'];
  const lines = daysWithSameHours(hours.weekly).map(({ from: i, to: j, times }) => {
    const days = j === i ? WEEKDAYS[i][1] : j === i + 1 ? `${WEEKDAYS[i][1]} en ${WEEKDAYS[j][1]}` : `${WEEKDAYS[i][1]} tot en met ${WEEKDAYS[j][1]}`;
    return `${capitalise(days)} van ${ranges(times)}.`;
  });
  if (!lines.length) lines.push('Op dit moment niet bereikbaar.');
  if (hours.publicHolidays === 'closed') lines.push('Niet op feestdagen.');
  if (hours.note) lines.push(hours.note);
  return lines;
}

/** A check date as precise as it was recorded: "29 oktober 2025", "augustus 2020" or "2021". */
export function describeDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "Open tot 17.00 uur." while open and closing today; "Weer open op maandag om 9.00 uur." while closed. */
export function describeChange(change: Change | null): string | null {
  if (!change) return null;
  if (change.state === 'closed') return change.inDays === 0 ? `Open tot ${clock(change.time)} uur.` : null;
  const day = WEEKDAYS.find(([code]) => code === change.day)![1];
  const when = change.inDays === 0 ? 'vandaag' : change.inDays === 1 ? 'morgen' : `op ${day}`;
  return `Weer open ${when} om ${clock(change.time)} uur.`;
}
