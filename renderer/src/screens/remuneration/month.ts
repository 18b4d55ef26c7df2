/**
 * Pay periods: calendar months `YYYY-MM`, or ISO weeks `YYYY-Www` (Monday to Sunday; week 1 holds 4 January)
 * for a coop that pays weekly; the screens offer the recent ones by name.
 */
import { addDays, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek } from 'date-fns';
import { localToday } from '../../../../shared/domain/dates';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

export const isPeriod = (text: string | null): text is string => text !== null && (MONTH.test(text) || WEEK.test(text));
export const isWeek = (period: string): boolean => WEEK.test(period);

/** The month before today's: the one a treasurer usually pays. */
export function lastMonth(today: string = localToday()): string {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The ISO week a day falls in. */
export function weekOf(date: string): string {
  const day = parseISO(date);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/** The week before today's: the one a weekly payroll pays. */
export function lastWeek(today: string = localToday()): string {
  return weekOf(isoDay(addDays(parseISO(today), -7)));
}

/** The `count` months up to and including `until`, newest first. */
export function monthsUpTo(until: string, count: number): string[] {
  const months: string[] = [];
  let [y, m] = [Number(until.slice(0, 4)), Number(until.slice(5, 7))];
  for (let i = 0; i < count; i += 1) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  }
  return months;
}

/** The `count` ISO weeks up to and including the one `untilDate` falls in, newest first. */
export function weeksUpTo(untilDate: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => weekOf(isoDay(addDays(parseISO(untilDate), -7 * i))));
}

const isoDay = (day: Date) => `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;

/** First and last day of the period. */
export function periodRange(period: string): { from: string; to: string } {
  const week = WEEK.exec(period);
  if (week) {
    const monday = addDays(startOfISOWeek(new Date(Number(week[1]), 0, 4)), (Number(week[2]) - 1) * 7);
    return { from: isoDay(monday), to: isoDay(addDays(monday, 6)) };
  }
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

const utc = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** "noviembre de 2026" for a month; "9–15 mar 2026" for a week: the period's name in the locale. */
export function periodName(period: string, locale: string): string {
  if (isWeek(period)) {
    const { from, to } = periodRange(period);
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(utc(from), utc(to));
  }
  const first = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
}
