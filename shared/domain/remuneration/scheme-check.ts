/**
 * What makes a scheme computable at all: a base that is money, coefficients and factors above zero, a
 * seniority and add-ons that are not negative, a maximum ratio of at least 1, a full-time month of minutes.
 * Checked before any member is paid, so a bad scheme is refused as a whole, not member by member.
 */
import type { Fraction } from '../rational';
import { PayRuleError, type SchemeRules } from './scheme';

const isFraction = (f: Fraction) => Number.isSafeInteger(f.num) && Number.isSafeInteger(f.den) && f.den > 0;
const positive = (f: Fraction) => isFraction(f) && f.num > 0;
const nonNegative = (f: Fraction) => isFraction(f) && f.num >= 0;
const amount = (n: number) => Number.isSafeInteger(n) && n >= 0;

interface Problem {
  /** The last part of the catalogue key remuneration:rules.errors.scheme.*. */
  reason: 'base' | 'coefficient' | 'factor' | 'modifier' | 'addOn' | 'seniority' | 'maxYears' | 'maxRatio' | 'fullTime' | 'minimum';
  message: string;
  name?: string;
}

const firstBad = <T>(record: Record<string, T>, ok: (value: T) => boolean) => Object.entries(record).find(([, value]) => !ok(value))?.[0];

function problemOf(rules: SchemeRules): Problem | null {
  if (!amount(rules.baseMinor) || rules.baseMinor === 0) return { reason: 'base', message: 'the base value must be an amount above zero' };
  const checks: [Problem['reason'], string | undefined, string][] = [
    ['coefficient', firstBad(rules.categories, positive), 'must have a coefficient above zero'],
    ['factor', firstBad(rules.factors, positive), 'must have a factor above zero'],
    ['modifier', firstBad(rules.modifiers, (m) => positive(m.factor)), 'must have a factor above zero'],
    ['addOn', firstBad(rules.responsibilityAddOns, nonNegative), 'cannot be negative'],
  ];
  for (const [reason, name, what] of checks) if (name !== undefined) return { reason, name, message: `"${name}" ${what}` };
  if (!nonNegative(rules.seniority.percentPerYear)) return { reason: 'seniority', message: 'the seniority percentage cannot be negative' };
  if (!Number.isSafeInteger(rules.seniority.maxYears) || rules.seniority.maxYears < 0) {
    return { reason: 'maxYears', message: 'the counted years of seniority must be a whole number, 0 or more' };
  }
  if (rules.maxRatio && (!isFraction(rules.maxRatio) || rules.maxRatio.num < rules.maxRatio.den)) return { reason: 'maxRatio', message: 'the maximum pay ratio must be at least 1' };
  const minimum = rules.minimumPay;
  if (minimum && (!Number.isSafeInteger(minimum.fullTimeMinutes) || minimum.fullTimeMinutes <= 0)) return { reason: 'fullTime', message: 'a full-time month must have some minutes' };
  if (minimum && ![minimum.monthlyMinor, ...Object.values(minimum.categoryMonthlyMinor)].every(amount)) return { reason: 'minimum', message: 'a minimum pay must be an amount, 0 or more' };
  return null;
}

export function checkScheme(rules: SchemeRules): void {
  const problem = problemOf(rules);
  if (problem === null) return;
  throw new PayRuleError('BAD_SCHEME', `The scheme cannot be used: ${problem.message}`, `remuneration:rules.errors.scheme.${problem.reason}`, problem.name ? { name: problem.name } : {});
}
