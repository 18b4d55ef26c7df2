/**
 * Coefficients, indices, factors and percentages as people type them ("1,30" in es, "1.30" in en) and
 * as exact fractions (rules/money.md: never a float), and back for display.
 */
import { parseRational, toFraction, type Fraction } from '../../../../shared/domain/rational';

/** A non-negative decimal in either separator, up to four decimals, as an exact fraction; null if it is not one. */
export function readFactor(text: string): Fraction | null {
  const typed = text.trim().replace(',', '.');
  if (!/^\d{1,4}(\.\d{1,4})?$/.test(typed)) return null;
  const value = parseRational(typed);
  return value === null ? null : toFraction(value);
}

/** A fraction as a decimal in the locale, with as many decimals as it needs (up to four). */
export function factorText(f: { num: number; den: number }, locale: string, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits: 4, useGrouping: false }).format(f.num / f.den);
}

/** A pay ratio as people write it: "1:2,3". */
export function ratioText(f: { num: number; den: number }, locale: string): string {
  return `1:${factorText(f, locale)}`;
}
