import { formatDate } from '../../i18n/format';

/** A date in a table of the books: digits in the coop's order with the year in full (04/12/2026), never wrapped. */
export function bookDate(iso: string, locale: string): string {
  return formatDate(iso, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
}
