/** Pay periods are calendar months, 'YYYY-MM'; the screens offer the recent ones by name. */
import { localToday } from '../../../../shared/domain/dates';

export const isPeriod = (text: string | null): text is string => text !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** The month before today's: the one a treasurer usually pays. */
export function lastMonth(today: string = localToday()): string {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
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

/** "noviembre de 2026": the period's name in the locale. */
export function periodName(period: string, locale: string): string {
  const first = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
}

/** First and last day of the period. */
export function periodRange(period: string): { from: string; to: string } {
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}
