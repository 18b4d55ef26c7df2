/** How the attendance reports write their figures: months by name, shares as percentages, hours as numbers. */
import { formatDate, formatNumber } from '../../i18n/format';

export const monthLabel = (month: string, locale: string) => formatDate(`${month}-01`, locale, { month: 'short', year: 'numeric' });

export const percent = (ratio: number | null, locale: string) =>
  ratio === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

/** Minutes as decimal hours for a chart's axis. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * Minutes as hours in the reader's locale, to one decimal: a month of a coop's hours reads "6.240" in es,
 * where "6240:00" would have to be counted digit by digit.
 */
export const hoursText = (minutes: number, locale: string) => formatNumber(minutes / 60, locale, { maximumFractionDigits: 1 });
