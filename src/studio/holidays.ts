// The studio's stand-in for src/compiler/holidays.ts (the build swaps it in,
// src/cli/build-studio.ts): the holiday library is about 1.4 MB, so the
// browser gets the dates the server worked out instead (StudioData.holidays).
// Same exports as the module it replaces.

let given: string[] = [];

/** The dates from the page, set once before the first compile. */
export function useHolidays(dates: readonly string[]): void {
  given = [...dates];
}

export function dutchHolidays(years: readonly number[]): string[] {
  return given.filter((date) => years.includes(Number(date.slice(0, 4))));
}

export function holidaysAround(_today: Date): string[] {
  return [...given];
}
