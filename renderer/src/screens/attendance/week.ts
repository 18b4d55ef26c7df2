/**
 * Weeks and months of the office's calendar. A week starts on the first day of the coop's own locale
 * (Monday in Argentina and Spain, Sunday in Brazil and the United States), found from the language and the
 * country of its legal framework, so a Brazilian office sees Sunday first as on its wall calendar.
 */
import { endOfMonth, parseDate, startOfMonth, startOfWeek } from '@internationalized/date';
import type { Locale } from '../../../../shared/contract/coop';
import type { LegalFramework } from '../../../../shared/domain/statute';

const region: Record<LegalFramework, string | null> = { AR: 'AR', ES: 'ES', BR: 'BR', US: 'US', custom: null };

/** The BCP 47 tag whose calendar conventions the office follows: es + AR → es-AR. */
export function officeLocale(locale: Locale, framework: LegalFramework): string {
  const language = locale.split('-')[0]!;
  const country = region[framework];
  if (locale.includes('-') || !country) return locale;
  return `${language}-${country}`;
}

/** The first day of the week that holds `date`, in the office's calendar. */
export function weekStartOf(date: string, tag: string): string {
  return startOfWeek(parseDate(date), tag).toString();
}

/** Seven ISO dates from `start`. */
export function weekDays(start: string): string[] {
  const first = parseDate(start);
  return Array.from({ length: 7 }, (_, i) => first.add({ days: i }).toString());
}

/** `start` moved by whole weeks. */
export function shiftWeek(start: string, weeks: number): string {
  return parseDate(start).add({ weeks }).toString();
}

/** The first and last day of the month 'YYYY-MM'. */
export function monthRange(month: string): { from: string; to: string } {
  const first = parseDate(`${month}-01`);
  return { from: startOfMonth(first).toString(), to: endOfMonth(first).toString() };
}

/** The month 'YYYY-MM' moved by `months`. */
export function shiftMonth(month: string, months: number): string {
  return parseDate(`${month}-01`).add({ months }).toString().slice(0, 7);
}
