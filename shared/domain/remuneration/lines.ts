/**
 * Pay lines in the reader's notation: amounts (params named `…Minor`, whole minor units or an exact decimal
 * of them) in the coop's currency digits, rates and coefficients ("1.30") with the locale's separators, so a
 * payslip and the run screen show `remuneration:lines.*` sentences in the user's language.
 */
import { divide, parseRational, rational } from '../rational';
import { exactDecimal } from './decimal-text';
import type { PayLine } from './scheme';

const DECIMAL = /^-?\d+(\.\d+)?…?$/;

function localNumber(text: string, locale: string, minimumDigits: number): string {
  const approximate = text.endsWith('…');
  const digits = text.replace('…', '').split('.')[1]?.length ?? 0;
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: Math.min(minimumDigits, 20), maximumFractionDigits: Math.min(Math.max(digits, minimumDigits), 20) });
  // A string keeps every digit (Intl reads it as an exact decimal, not a float).
  return `${format.format(text.replace('…', '') as `${number}`)}${approximate ? '…' : ''}`;
}

/** Minor units to the currency's units as exact decimal text ("1104000" with 2 digits → "11040.00"). */
function majorText(minor: number | string, minorDigits: number): string {
  const text = String(minor);
  const approximate = text.endsWith('…');
  const value = parseRational(text.replace('…', ''));
  if (!value) return text;
  return `${exactDecimal(divide(value, rational(10 ** minorDigits)))!}${approximate ? '…' : ''}`;
}

export function localiseLineParams(line: PayLine, minorDigits: number, locale: string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(line.params).map(([name, value]) => {
      if (name.endsWith('Minor')) return [name, localNumber(majorText(value, minorDigits), locale, minorDigits)];
      if (typeof value === 'string' && DECIMAL.test(value)) return [name, localNumber(value, locale, 0)];
      return [name, value];
    }),
  );
}
