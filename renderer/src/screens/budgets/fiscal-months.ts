/**
 * A budget's months are the fiscal year's 1–12, named by the calendar month each starts in (the service
 * says which: `monthStarts`); a fiscal year is named by the calendar year it starts in.
 */
import { localToday } from '../../../../shared/domain/dates';

/** The months' names in the locale ("ene", "feb"…, or "jul 25"… when the year straddles two calendar years). */
export function monthNames(monthStarts: readonly string[], locale: string, style: 'short' | 'long' = 'short'): string[] {
  const straddles = monthStarts.length > 0 && monthStarts[0]!.slice(0, 4) !== monthStarts.at(-1)!.slice(0, 4);
  const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC', ...(straddles ? { year: '2-digit' } : {}) });
  return monthStarts.map((start) => format.format(new Date(`${start}T00:00:00Z`)));
}

/** The fiscal year today falls in, from the profile's 'MM-DD' start. */
export function currentFiscalYear(fiscalYearStart: string, today: string = localToday()): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 10) >= fiscalYearStart.slice(0, 5) ? year : year - 1;
}

/** A year named in the address, if it is a plausible one. */
export function yearParam(text: string | null): number | null {
  if (text === null || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2100 ? year : null;
}
