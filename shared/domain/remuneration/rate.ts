/**
 * The multipliers that make one member's rate: category coefficient (or job index), seniority, factor^step per
 * matrix dimension, named modifiers, responsibility add-ons and commitment. Pay and the pay ratio both read
 * them from here, so the two can never disagree on what a member's rate is.
 */
import { add, compare, fromFraction, multiply, ONE, rational, sum, ZERO, type Rational } from '../rational';
import { PayRuleError, type PayMember, type SchemeRules } from './scheme';

export interface RateParts {
  category: string;
  coefficient: Rational;
  countedYears: number;
  /** 1 + percentPerYear/100 × counted years. */
  seniority: Rational;
  factors: { name: string; factor: Rational; step: number; multiplier: Rational }[];
  modifiers: { name: string; factor: Rational; inRatio: boolean }[];
  addOns: { name: string; fraction: Rational }[];
  commitment: Rational;
}

const power = (base: Rational, exponent: number): Rational => Array.from({ length: exponent }, () => base).reduce(multiply, ONE);

function refuse(code: PayRuleError['code'], message: string, key: string, params: Record<string, string | number>): never {
  throw new PayRuleError(code, message, key, params);
}

/** Reads the member against the scheme; refuses a category, dimension, modifier or add-on the scheme lacks. */
export function rateParts(rules: SchemeRules, member: PayMember): RateParts {
  const { id } = member;
  if (!Number.isSafeInteger(member.years) || member.years < 0) {
    refuse('BAD_MEMBER', `${id}: years of membership must be a whole number, 0 or more`, 'remuneration:rules.errors.years', { member: id });
  }
  const known = Object.hasOwn(rules.categories, member.category);
  // A matrix may leave categories out: every member then sits at index 1.
  const noCategories = rules.kind === 'matrix' && Object.keys(rules.categories).length === 0;
  if (!known && !noCategories) {
    refuse('UNKNOWN_CATEGORY', `${id}: the scheme has no category "${member.category}"`, 'remuneration:rules.errors.category', { member: id, category: member.category });
  }
  const factors = Object.entries(member.steps).map(([name, step]) => {
    if (!Object.hasOwn(rules.factors, name)) {
      refuse('UNKNOWN_FACTOR', `${id}: the scheme has no dimension "${name}"`, 'remuneration:rules.errors.factor', { member: id, name });
    }
    if (!Number.isSafeInteger(step) || step < 0 || step > 100) {
      refuse('BAD_MEMBER', `${id}: the step on "${name}" must be a whole number from 0 to 100`, 'remuneration:rules.errors.step', { member: id, name });
    }
    const factor = fromFraction(rules.factors[name]!);
    return { name, factor, step, multiplier: power(factor, step) };
  });
  const modifiers = member.modifiers.map((name) => {
    const modifier = rules.modifiers[name];
    if (!modifier || !Object.hasOwn(rules.modifiers, name)) {
      refuse('UNKNOWN_MODIFIER', `${id}: the scheme has no modifier "${name}"`, 'remuneration:rules.errors.modifier', { member: id, name });
    }
    return { name, factor: fromFraction(modifier.factor), inRatio: modifier.inRatio };
  });
  const addOns = member.addOns.map((name) => {
    if (!Object.hasOwn(rules.responsibilityAddOns, name)) {
      refuse('UNKNOWN_ADD_ON', `${id}: the scheme has no add-on "${name}"`, 'remuneration:rules.errors.addOn', { member: id, name });
    }
    return { name, fraction: fromFraction(rules.responsibilityAddOns[name]!) };
  });
  const commitment = fromFraction(member.commitment);
  if (compare(commitment, ZERO) <= 0 || compare(commitment, ONE) > 0) {
    refuse('BAD_COMMITMENT', `${id}: the commitment must be more than 0 and at most 1`, 'remuneration:rules.errors.commitment', { member: id });
  }
  const countedYears = Math.min(member.years, rules.seniority.maxYears);
  const perYear = multiply(fromFraction(rules.seniority.percentPerYear), rational(1, 100));
  return {
    category: member.category,
    coefficient: known ? fromFraction(rules.categories[member.category]!) : ONE,
    countedYears,
    seniority: add(ONE, multiply(perYear, rational(countedYears))),
    factors,
    modifiers,
    addOns,
    commitment,
  };
}

/**
 * The member's rate as a multiple of the base: coefficient × seniority × Π factor^step × Π modifiers, plus
 * the add-ons (fractions of the base). `forRatio` leaves out what the scheme says the ratio does not count.
 */
export function rateMultiplier(rules: SchemeRules, parts: RateParts, forRatio: boolean): Rational {
  const modifiers = parts.modifiers.filter((m) => !forRatio || m.inRatio).map((m) => m.factor);
  const core = [parts.coefficient, parts.seniority, ...parts.factors.map((f) => f.multiplier), ...modifiers].reduce(multiply, ONE);
  const addOns = forRatio && !rules.ratioCountsAddOns ? ZERO : sum(parts.addOns.map((a) => a.fraction));
  return add(core, addOns);
}
