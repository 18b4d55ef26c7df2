/**
 * Exact rationals as text people and scripts read: a terminating decimal is written whole ("2.5725"), a
 * recurring one as a fraction ("7/3"). Nothing here rounds a figure a rule depends on.
 */
import type { Rational } from '../rational';

const absBig = (n: bigint) => (n < 0n ? -n : n);

/** The exact decimal of `r` ("2.3", "-0.25", "4800"), or null when its expansion recurs. */
export function exactDecimal(r: Rational): string | null {
  let den = r.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) [den, twos] = [den / 2n, twos + 1];
  while (den % 5n === 0n) [den, fives] = [den / 5n, fives + 1];
  if (den !== 1n) return null;
  const digits = Math.max(twos, fives);
  const scaled = absBig(r.num) * (10n ** BigInt(digits) / r.den);
  const text = scaled.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const sign = r.num < 0n ? '-' : '';
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${text.slice(-digits)}`;
}

/** "23/10", or "4" for a whole number. */
export const fractionText = (r: Rational): string => (r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`);

/** The exact decimal when there is one, the fraction otherwise: never a rounded figure. */
export const exactText = (r: Rational): string => exactDecimal(r) ?? fractionText(r);

/**
 * A decimal to show beside an exact fraction: the exact decimal when it has at most `digits` places,
 * otherwise rounded half up to `digits` places and marked with "…" (display only, never a rule's input).
 */
export function approximateDecimal(r: Rational, digits: number): string {
  const exact = exactDecimal(r);
  if (exact !== null && (exact.split('.')[1]?.length ?? 0) <= digits) return exact;
  const scale = 10n ** BigInt(digits);
  const rounded = (2n * absBig(r.num) * scale + r.den) / (2n * r.den);
  const text = rounded.toString().padStart(digits + 1, '0');
  const sign = r.num < 0n ? '-' : '';
  return `${sign}${text.slice(0, text.length - digits)}.${text.slice(-digits)}…`;
}
