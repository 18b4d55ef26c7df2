/**
 * The maximum pay ratio (rules/remuneration.md): the top effective rate ÷ the lowest, exact, never rounded,
 * against the statute's maximum. Hourly schemes compare hourly rates; annual and matrix schemes compare
 * full-time-equivalent annual amounts (annual ÷ commitment). What counts is the scheme's setting: add-ons,
 * commitment, and each modifier's `inRatio`.
 */
import { compare, divide, fromFraction, multiply, rational, type Rational } from '../rational';
import { approximateDecimal, exactDecimal, exactText, fractionText } from './decimal-text';
import { rateMultiplier, rateParts } from './rate';
import { checkScheme } from './scheme-check';
import { PayRuleError, type PayMember, type SchemeRules } from './scheme';

export interface PayRatio {
  /** Exact: top rate ÷ lowest rate. */
  ratio: Rational;
  /** "23/10". */
  fraction: string;
  /** "2.3": the exact decimal when it has at most 6 places, else rounded to 6 for display and ending with "…". */
  decimal: string;
  /** The exact decimal when the ratio has one ("2.16177690010090733568"), the fraction otherwise. */
  exact: string;
  /** True when there is no maximum or the ratio is at most the maximum. */
  holds: boolean;
  maxRatio: Rational | null;
  /** The members with the top and the lowest rate (the first one listed when several tie). */
  top: string;
  lowest: string;
  /** The rates compared, in minor units (per hour, or per year for annual schemes), exact. */
  topRate: Rational;
  lowestRate: Rational;
  /** One English sentence for logs and the command line: what was compared and against what. */
  basis: string;
}

/** "11040.00", or "42997.74…" for a rate with a fraction of a cent. */
function moneyText(amount: Rational, digits: number): string {
  const text = approximateDecimal(amount, digits);
  if (text.endsWith('…') || digits === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(digits, '0')}`;
}

/** The rate the ratio compares for one member. */
export function ratioRateOf(rules: SchemeRules, member: PayMember): Rational {
  const parts = rateParts(rules, member);
  const rate = multiply(rational(rules.baseMinor), rateMultiplier(rules, parts, true));
  return rules.ratioCountsCommitment ? multiply(rate, parts.commitment) : rate;
}

/** `minorDigits` only shapes the basis sentence (rates in the currency's units). */
export function payRatio(rules: SchemeRules, members: readonly PayMember[], minorDigits = 2): PayRatio {
  checkScheme(rules);
  if (members.length === 0) throw new PayRuleError('NO_MEMBERS', 'There are no members to compare', 'remuneration:rules.errors.noMembers');
  const rates = members.map((member) => ({ id: member.id, rate: ratioRateOf(rules, member) }));
  const top = rates.reduce((best, r) => (compare(r.rate, best.rate) > 0 ? r : best));
  const lowest = rates.reduce((least, r) => (compare(r.rate, least.rate) < 0 ? r : least));
  const ratio = divide(top.rate, lowest.rate);
  const maxRatio = rules.maxRatio ? fromFraction(rules.maxRatio) : null;
  const holds = maxRatio === null || compare(ratio, maxRatio) <= 0;
  const decimal = approximateDecimal(ratio, 6);
  const unit = rules.kind === 'hourly' ? 'per hour' : 'per year';
  const basisOf = rules.ratioCountsCommitment ? '' : rules.kind === 'hourly' ? '' : ', full time';
  const rateText = (r: Rational) => `${moneyText(divide(r, rational(10 ** minorDigits)), minorDigits)} ${unit}${basisOf}`;
  const limit = maxRatio === null ? 'no maximum is set' : `${holds ? 'at most' : 'above'} the maximum ${exactDecimal(maxRatio) ?? fractionText(maxRatio)}`;
  const basis = `${top.id} ${rateText(top.rate)} ÷ ${lowest.id} ${rateText(lowest.rate)} = ${fractionText(ratio)} = ${decimal}, ${limit}`;
  return { ratio, fraction: fractionText(ratio), decimal, exact: exactText(ratio), holds, maxRatio, top: top.id, lowest: lowest.id, topRate: top.rate, lowestRate: lowest.rate, basis };
}
