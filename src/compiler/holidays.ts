// The Dutch public holidays on which services with a weekly schedule count
// as closed. Computed when the content compiles (Node, build time): the
// holiday library is large, so it never ships in the Worker or the widget;
// they get the dates as data (Graph.holidays → FlowResponse.holidays).
import Holidays from 'date-holidays';

/**
 * Every day the library marks as a public holiday in the Netherlands (New
 * Year's Day, Easter Sunday and Monday, King's Day with its Sunday rule,
 * Ascension Day, Whit Sunday and Monday, Christmas and Boxing Day), plus
 * Liberation Day (5 May) every year. The Algemene termijnenwet counts 5 May
 * as a public holiday every year, although many employers give it off only
 * once in five years; counting it closed can only send someone to a 24/7 line
 * instead of a chat that might be staffed, never the other way round. Good
 * Friday is not in that law and most offices are open, so it does not count.
 * See docs/local-help.md.
 */
export function dutchHolidays(years: readonly number[]): string[] {
  const calendar = new Holidays('NL');
  const dates = new Set<string>();
  for (const year of years) {
    for (const holiday of calendar.getHolidays(year, 'nl')) {
      if (holiday.type === 'public' || holiday.rule === '05-05') dates.add(holiday.date.slice(0, 10));
    }
  }
  return [...dates].sort();
}

/** This year and the next, as the API promises: a cached response stays right across New Year. */
export function holidaysAround(today: Date): string[] {
  const year = today.getUTCFullYear();
  return dutchHolidays([year, year + 1]);
}
