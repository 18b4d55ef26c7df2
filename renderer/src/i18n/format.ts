/**
 * Numbers, money and dates in the reader's locale, formatted in one place with Intl.
 * Money is an integer of minor units with the coop's stored minor digits; calendar dates are 'YYYY-MM-DD' and never pass through a time zone.
 */
import type { Fraction } from '../../../shared/domain/statute';

/** Amounts: the shared formatter, so a printed statement and the projector show what the screen shows. */
export { formatMoney, formatMoneyAmount, type CoopCurrency } from '../../../shared/domain/money-format';

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** An exact fraction as a percentage, up to two decimals: {1, 2} → "50 %" in es. */
export function formatPercent(fraction: Fraction, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(fraction.num / fraction.den);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date: built and formatted in UTC, so a UTC-negative machine does not show the day before. */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

/** An instant (ISO-8601 UTC text) in the machine's own time zone, e.g. when a backup was made. */
export function formatDateTime(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The month's name in the locale (1 = January), for month pickers. */
export function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, month - 1, 1)));
}
