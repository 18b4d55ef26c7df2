/**
 * The one formatter for amounts (rules/money.md): Intl draws the symbol and the separators of the reader's
 * language, but how many minor digits an amount has is the coop's stored `minorDigits` (ISO 4217, see
 * currency.ts), never Intl's idea of the currency.
 */
import { money } from './money';

export interface CoopCurrency {
  currency: string;
  minorDigits: number;
}

/** Minor units as an exact decimal string: no float division, so large amounts keep every cent. */
export function minorToDecimal(minor: number, minorDigits: number): `${number}` {
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(money(minor))).padStart(minorDigits + 1, '0');
  const whole = units.slice(0, units.length - minorDigits);
  return (minorDigits === 0 ? `${sign}${whole}` : `${sign}${whole}.${units.slice(-minorDigits)}`) as `${number}`;
}

export function formatMoney(minor: number, { currency, minorDigits }: CoopCurrency, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: minorDigits,
    maximumFractionDigits: minorDigits,
  });
  return format.format(minorToDecimal(minor, minorDigits));
}

/** The amount alone, without the currency: for a table whose caption names the currency once. */
export function formatMoneyAmount(minor: number, { minorDigits }: Pick<CoopCurrency, 'minorDigits'>, locale: string): string {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: minorDigits, maximumFractionDigits: minorDigits });
  return format.format(minorToDecimal(minor, minorDigits));
}
