/**
 * Money and its rounding rules (rules/money.md): every amount is a safe integer of minor units of the coop's
 * one currency, and this module owns every step that turns a rate or a weight into money. Intermediate
 * products are bigints, so a large amount times a fine rate never leaves the safe range unnoticed.
 */
import { fromFraction, type Fraction, type Rational } from './rational';

/** An integer number of minor units (cents); the brand keeps plain numbers from passing for money. */
export type Money = number & { readonly __money: 'minor units' };

export const moneyRuleCodes = ['UNSAFE_AMOUNT', 'ALL_WEIGHTS_ZERO', 'NEGATIVE_WEIGHT', 'NO_INSTALMENTS'] as const;
export type MoneyRuleCode = (typeof moneyRuleCodes)[number];

/** A rule of money.md that the inputs break; services turn it into a refusal the user reads. */
export class MoneyRuleError extends Error {
  constructor(
    readonly code: MoneyRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'MoneyRuleError';
  }
}

export function isMoney(value: unknown): value is Money {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** The guard every amount passes: a safe integer of minor units, or an UNSAFE_AMOUNT error. */
export function money(value: number | bigint): Money {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (!Number.isSafeInteger(n) || (typeof value === 'bigint' && BigInt(n) !== value)) {
    throw new MoneyRuleError('UNSAFE_AMOUNT', `An amount must be a safe integer of minor units, got ${String(value)}`);
  }
  return n as Money;
}

const asRational = (rate: Rational | Fraction): Rational => (typeof rate.num === 'bigint' ? (rate as Rational) : fromFraction(rate as Fraction));
const absBig = (n: bigint) => (n < 0n ? -n : n);

/**
 * A percentage of a base (a fund, a cash share), rounded half away from zero. For base ≥ 0 and p = n/d this
 * is money.md's `floor((2·base·n + d) / (2·d))`; a negative base gives the mirror image.
 */
export function percentOf(base: Money, rate: Rational | Fraction): Money {
  const { num, den } = asRational(rate);
  const product = BigInt(money(base)) * num;
  const rounded = (2n * absBig(product) + den) / (2n * den);
  return money(product < 0n ? -rounded : rounded);
}

/** The last step of a waterfall: what is left, never rounded on its own, so the parts add up to the whole. */
export function residual(base: Money, parts: readonly Money[]): Money {
  return money(parts.reduce((left, part) => left - BigInt(money(part)), BigInt(money(base))));
}

export interface WeightedShare {
  /** Ties between equal remainders go to the lower member number (money.md). */
  memberNumber: number;
  /** Hours, pay, capital or a blended coefficient: a non-negative safe integer or an exact rational. */
  weight: number | Rational | Fraction;
}

function weightAsRational(weight: WeightedShare['weight']): Rational {
  return typeof weight === 'number' ? fromFraction({ num: weight, den: 1 }) : asRational(weight);
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/**
 * Splits a total by weights with the largest-remainder method: `floor(T·w_i / W)` each, then the leftover
 * cents one each to the largest remainders, ties to the lower member number. A negative total (a loss) is
 * split as its absolute value and negated. Returns the shares in the order of `shares`.
 */
export function splitByWeights(total: Money, shares: readonly WeightedShare[]): Money[] {
  const rationals = shares.map((share) => weightAsRational(share.weight));
  if (rationals.some((w) => w.num < 0n)) throw new MoneyRuleError('NEGATIVE_WEIGHT', 'A weight cannot be negative');
  // Over a common denominator the weights are integers, and remainders compare exactly.
  const common = rationals.reduce((lcm, w) => (lcm / gcd(lcm, w.den)) * w.den, 1n);
  const weights = rationals.map((w) => w.num * (common / w.den));
  const whole = weights.reduce((a, b) => a + b, 0n);
  if (whole === 0n) throw new MoneyRuleError('ALL_WEIGHTS_ZERO', 'Every weight is zero, so there is nothing to split by');
  const t = BigInt(money(total));
  const magnitude = absBig(t);
  const parts = weights.map((w) => ({ floor: (magnitude * w) / whole, remainder: (magnitude * w) % whole }));
  let leftover = magnitude - parts.reduce((s, p) => s + p.floor, 0n);
  const order = parts
    .map((part, index) => ({ index, remainder: part.remainder, memberNumber: shares[index]!.memberNumber }))
    .sort((a, b) => (a.remainder === b.remainder ? a.memberNumber - b.memberNumber : a.remainder > b.remainder ? -1 : 1));
  const result = parts.map((p) => p.floor);
  for (const { index } of order) {
    if (leftover === 0n) break;
    result[index]! += 1n;
    leftover -= 1n;
  }
  return result.map((share) => money(t < 0n ? -share : share));
}

/** One member's return: the cash share rounded half up (percentOf), the rest retained as capital. */
export function cashAndRetained(amount: Money, cashRate: Rational | Fraction): { cash: Money; retained: Money } {
  const cash = percentOf(amount, cashRate);
  return { cash, retained: residual(amount, [cash]) };
}

/** n equal instalments of `floor(total / n)`; the last takes the remainder (a negative total mirrors it). */
export function instalments(total: Money, count: number): Money[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new MoneyRuleError('NO_INSTALMENTS', 'There must be at least one instalment');
  const t = BigInt(money(total));
  const each = absBig(t) / BigInt(count);
  const part = money(t < 0n ? -each : each);
  const first = Array.from({ length: count - 1 }, () => part);
  return [...first, residual(money(t), first)];
}
