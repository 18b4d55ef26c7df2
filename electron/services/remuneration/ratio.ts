/**
 * The pay ratio of a scheme over members, against the scheme's own cap and the statute's (the pure
 * `payRatio` measures it; this adds the statute and leaves out members the scheme cannot rate).
 */
import type { RatioCheck } from '../../../shared/contract/remuneration';
import { approximateDecimal, payRatio, PayRuleError, ratioRateOf, type PayMember, type SchemeRules } from '../../../shared/domain/remuneration';
import { compare, fromFraction, rational, type Fraction, type Rational } from '../../../shared/domain/rational';

const exact = (r: Rational) => ({ num: Number(r.num), den: Number(r.den) });

function ratable(rules: SchemeRules, member: PayMember): boolean {
  try {
    return ratioRateOf(rules, member).num > 0n;
  } catch (error) {
    if (error instanceof PayRuleError) return false;
    throw error;
  }
}

/** Members' ids are their member numbers (as text), so the top and lowest read as numbers. */
/** A member's rate depends on their assignment and seniority, not their hours: one per distinct kind is enough. */
const rateKey = (m: PayMember) => JSON.stringify([m.category, m.years, m.steps, m.modifiers, m.commitment, m.addOns]);

function distinctRates(members: readonly PayMember[]): PayMember[] {
  const seen = new Set<string>();
  // Members come by number, so the first of a tie stays the one payRatio names.
  return members.filter((m) => {
    const key = rateKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function ratioCheckOf(rules: SchemeRules, members: readonly PayMember[], statuteMax: Fraction | null): RatioCheck {
  const measured = distinctRates(members).filter((m) => ratable(rules, m));
  const schemeMax = rules.maxRatio ? exact(fromFraction(rules.maxRatio)) : null;
  const statute = statuteMax ? exact(fromFraction(statuteMax)) : null;
  if (measured.length === 0) {
    return { ratio: null, schemeMax, statuteMax: statute, holdsScheme: true, holdsStatute: true, topMemberNumber: null, lowestMemberNumber: null };
  }
  const measuredRatio = payRatio(rules, measured);
  return {
    ratio: exact(measuredRatio.ratio),
    schemeMax,
    statuteMax: statute,
    holdsScheme: measuredRatio.holds,
    holdsStatute: statuteMax === null || compare(measuredRatio.ratio, fromFraction(statuteMax)) <= 0,
    topMemberNumber: Number(measuredRatio.top),
    lowestMemberNumber: Number(measuredRatio.lowest),
  };
}

export const ratioHolds = (check: RatioCheck) => check.holdsScheme && check.holdsStatute;

/** The figures a sentence about a broken ratio needs: the ratio, the maximum it breaks, who sets each end. */
export function ratioParams(check: RatioCheck): Record<string, string | number> {
  const max = !check.holdsStatute ? check.statuteMax : check.schemeMax;
  const text = (f: { num: number; den: number } | null) => (f ? approximateDecimal(rational(f.num, f.den), 4) : '');
  return { ratio: text(check.ratio), max: text(max), top: check.topMemberNumber ?? 0, lowest: check.lowestMemberNumber ?? 0 };
}
