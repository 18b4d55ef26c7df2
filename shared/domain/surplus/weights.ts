/**
 * Each member's weight for the returns (rules/surplus.md): hours worked as a member (trial hours left out
 * when the policy says so, zero below the minimum), pay received, or the blend α·h/ΣH + (1−α)·p/ΣP, all
 * exact rationals so the split is decided by the money rules alone.
 */
import { add, compare, divide, multiply, rational, subtract, sum, ZERO, ONE, type Rational } from '../rational';
import type { MemberFigures, SurplusPolicy } from './types';

function countedHours(member: MemberFigures, returns: SurplusPolicy['returns']): Rational {
  const hours = returns.excludeTrialHours ? subtract(member.hours, member.trialHours) : member.hours;
  if (compare(hours, ZERO) <= 0) return ZERO;
  return compare(hours, returns.minHours) < 0 ? ZERO : hours;
}

/** A part of a total, or zero when the total is zero (nobody worked: the other half of a blend decides). */
const shareOf = (part: Rational, whole: Rational) => (whole.num === 0n ? ZERO : divide(part, whole));

export function returnWeights(members: readonly MemberFigures[], returns: SurplusPolicy['returns']): Rational[] {
  const hours = members.map((m) => countedHours(m, returns));
  const pay = members.map((m) => rational(Math.max(m.payMinor, 0)));
  if (returns.basis === 'hours') return hours;
  if (returns.basis === 'pay') return pay;
  const totalHours = sum(hours);
  const totalPay = sum(pay);
  const alpha = returns.blend;
  const beta = subtract(ONE, alpha);
  return members.map((_, i) => add(multiply(alpha, shareOf(hours[i]!, totalHours)), multiply(beta, shareOf(pay[i]!, totalPay))));
}
