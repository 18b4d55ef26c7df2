/**
 * Statute rates are exact fractions; people type percentages with up to two decimals, stored over 10,000.
 * An untouched value keeps its exact fraction (2/3 stays 2/3, not 6667/10000).
 */
import type { Fraction } from '../../../../shared/domain/statute';

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;
const RATIO = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

export function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** Hundredths of the value (percent or ratio), rounded half up, as text with the locale's separator. */
function hundredthsText(hundredths: number, separator: string): string {
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return String(whole);
  return `${whole}${separator}${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

export function fractionToPercentText(fraction: Fraction, separator: string): string {
  return hundredthsText(Math.round((fraction.num * 10_000) / fraction.den), separator);
}

function parseHundredths(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function isPercentText(text: string): boolean {
  const hundredths = parseHundredths(text, PERCENT);
  return hundredths !== null && hundredths <= 10_000;
}

const sameNumber = (a: string, b: string) => a.trim().replace(',', '.') === b.trim().replace(',', '.');

export function percentTextToFraction(text: string, original?: Fraction | null): Fraction {
  if (original && sameNumber(text, fractionToPercentText(original, '.'))) return original;
  const hundredths = parseHundredths(text, PERCENT);
  if (hundredths === null) throw new RangeError(`Not a percentage: ${text}`);
  return { num: hundredths, den: 10_000 };
}

/** A pay ratio such as 3 (3:1) or 2.5, stored over 100. */
export function fractionToRatioText(fraction: Fraction, separator: string): string {
  return hundredthsText(Math.round((fraction.num * 100) / fraction.den), separator);
}

export function isRatioText(text: string): boolean {
  const hundredths = parseHundredths(text, RATIO);
  return hundredths !== null && hundredths >= 100;
}

export function ratioTextToFraction(text: string, original?: Fraction | null): Fraction {
  if (original && sameNumber(text, fractionToRatioText(original, '.'))) return original;
  const hundredths = parseHundredths(text, RATIO);
  if (hundredths === null) throw new RangeError(`Not a ratio: ${text}`);
  return { num: hundredths, den: 100 };
}
