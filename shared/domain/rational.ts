/**
 * Exact rationals for rates, percentages and weights (rules/money.md: never a float). Numerator and
 * denominator are bigints, so products of large amounts and fine rates never lose a digit; every value is
 * kept normalised (denominator > 0, lowest terms), so equal rationals have equal parts.
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** The JSON-safe form rates travel and are stored in (`{ num: 5, den: 100 }`). */
export interface Fraction {
  num: number;
  den: number;
}

const abs = (n: bigint) => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function toBigInt(n: number | bigint, what: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`A rational's ${what} must be a safe integer, got ${n}`);
  return BigInt(n);
}

export function rational(num: number | bigint, den: number | bigint = 1n): Rational {
  const [n, d] = [toBigInt(num, 'numerator'), toBigInt(den, 'denominator')];
  if (d === 0n) throw new RangeError('A rational cannot have a zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { num: (sign * n) / g, den: (sign * d) / g };
}

export const ZERO = rational(0);
export const ONE = rational(1);

export const fromFraction = (f: Fraction): Rational => rational(f.num, f.den);

/** Back to the JSON-safe form; refuses a rational whose parts do not fit safe integers. */
export function toFraction(r: Rational): Fraction {
  const [num, den] = [Number(r.num), Number(r.den)];
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) throw new RangeError('The rational is too large for a fraction');
  return { num, den };
}

export const add = (a: Rational, b: Rational) => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const subtract = (a: Rational, b: Rational) => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const multiply = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);

export function divide(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division of a rational by zero');
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const diff = a.num * b.den - b.num * a.den;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

export const sum = (values: readonly Rational[]) => values.reduce(add, ZERO);

/** Reads "5", "37.5", "-0.25" or "1/2" exactly; null for anything else. */
export function parseRational(text: string): Rational | null {
  const t = text.trim();
  const ratio = /^(-?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (ratio) return BigInt(ratio[2]!) === 0n ? null : rational(BigInt(ratio[1]!), BigInt(ratio[2]!));
  const decimal = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (!decimal) return null;
  const fraction = decimal[3] ?? '';
  const digits = BigInt(`${decimal[2]}${fraction}`);
  return rational(decimal[1] === '-' ? -digits : digits, 10n ** BigInt(fraction.length));
}
