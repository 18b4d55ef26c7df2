/**
 * The US written notice of allocation (IRC Subchapter T): a patronage dividend is deductible by the coop
 * only when at least 20% of it is paid in cash (§1388(c)(1)(B)) and it is paid within the payment period,
 * which ends on the 15th day of the 9th month after the close of the year (§1382(d): 8½ months).
 */
import { addDays, addMonths, format, parseISO, startOfMonth } from 'date-fns';

/** The last day a notice of allocation for a year closing on `yearEnd` may be issued. */
export function noticeDeadline(yearEnd: string): string {
  const firstMonthAfter = startOfMonth(addDays(parseISO(yearEnd), 1));
  return format(addDays(addMonths(firstMonthAfter, 8), 14), 'yyyy-MM-dd');
}

/** Qualified when the cash part is at least 20% of the patronage dividend (a zero dividend needs no cash). */
export function cashShareQualifies(dividendMinor: number, cashMinor: number): boolean {
  return dividendMinor <= 0 || cashMinor * 5 >= dividendMinor;
}
