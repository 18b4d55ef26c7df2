/**
 * The year's payments of an annual scheme (rules/remuneration.md): each `annual / n` rounded half up, the last
 * taking the remainder, so the payments of a year always add up to the annual amount to the cent.
 */
import { money, percentOf, residual, type Money } from '../money';
import { rational } from '../rational';
import { PayRuleError } from './scheme';

/**
 * n payments of round-half-up(annual / n), the last one the remainder. The last is below the others by at
 * most (n − 1)/2 minor units, so it is never negative for an annual amount of n·(n − 1)/2 minor units or more.
 */
export function annualPayments(annualMinor: number, n: number): Money[] {
  if (n !== 12 && n !== 14) throw new PayRuleError('BAD_SCHEME', `A year has 12 or 14 payments, not ${n}`, 'remuneration:rules.errors.payments', { count: n });
  const each = percentOf(money(annualMinor), rational(1, n));
  const first = Array.from({ length: n - 1 }, () => each);
  return [...first, residual(money(annualMinor), first)];
}

/**
 * Which of the year's payments (numbered from 1) fall in a calendar month. With 14 payments the two extra
 * ones are paid with June and December (the usual "aguinaldo" / "pagas extra" months), so payment 14, the one
 * that takes the remainder, closes the year.
 */
export function paymentNumbersOfMonth(paymentsPerYear: 12 | 14, month: number): number[] {
  if (!Number.isSafeInteger(month) || month < 1 || month > 12) {
    throw new PayRuleError('BAD_PERIOD', `A month is numbered 1 to 12, not ${month}`, 'remuneration:rules.errors.month', { month });
  }
  if (paymentsPerYear === 12) return [month];
  if (month < 6) return [month];
  if (month === 6) return [6, 7];
  if (month < 12) return [month + 1];
  return [13, 14];
}
