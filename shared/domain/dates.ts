/**
 * Calendar dates travel and are stored as 'YYYY-MM-DD' text; no time zone can shift them. The arithmetic is
 * date-fns on local calendar dates (a date-only ISO string is read as local midnight), never hand-written.
 */
import { addDays, differenceInCalendarDays, format, getDaysInYear, isValid, parse, parseISO } from 'date-fns';

export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DMY = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const ISO_FORMAT = 'yyyy-MM-dd';

/** A real calendar date from year 1000 on, written 'YYYY-MM-DD' (2023-02-29 and 2024-04-31 are not). */
export function isIsoDate(text: string): boolean {
  if (!ISO.test(text) || text < '1000') return false;
  const date = parseISO(text);
  // parseISO rolls nothing over, but a round trip also catches what it might accept loosely.
  return isValid(date) && format(date, ISO_FORMAT) === text;
}

/** The local-midnight Date of an ISO date, for date-fns; throws on text that is not one. */
function toDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not a calendar date: ${iso}`);
  return parseISO(iso);
}

/** Reads a date as people write it in spreadsheets here: ISO or day/month/year. Null if it is not a real date. */
export function parseSpreadsheetDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  if (!DMY.test(t)) return null;
  const date = parse(t, 'd/M/yyyy', new Date(2000, 0, 1));
  if (!isValid(date)) return null;
  const iso = format(date, ISO_FORMAT);
  return isIsoDate(iso) ? iso : null;
}

/** Today's date in the local calendar of the machine, as an ISO date. */
export function localToday(now: Date = new Date()): IsoDate {
  return format(now, ISO_FORMAT);
}

/** A fiscal-year start is a month and day, 'MM-DD', valid in every year (no 29 February). */
export function isMonthDay(text: string): boolean {
  return /^\d{2}-\d{2}$/.test(text) && isIsoDate(`2023-${text}`);
}

export function addDaysToDate(iso: IsoDate, days: number): IsoDate {
  return format(addDays(toDate(iso), days), ISO_FORMAT);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); daylight-saving days count as one. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 365 or 366: the denominator when interest is prorated by days held (rules/surplus.md, step 5). */
export function daysInYear(year: number): number {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year); // the Date constructor would read a year below 100 as 19xx
  return getDaysInYear(date);
}
