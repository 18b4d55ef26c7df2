/**
 * Refunds: a departing member is owed the nominal paid-in capital less the losses charged to it, served in
 * order of request within the year's ceiling (Argentina: the statute may limit the year's refunds to a
 * share of paid-in capital, never below 5%), paid in instalments; pending amounts earn interest at the
 * policy's rate, prorated by days.
 */
import { daysBetween, daysInYear, type IsoDate } from '../dates';
import { money, percentOf, type Money } from '../money';
import { compare, fromFraction, multiply, rational, type Fraction } from '../rational';

/** The law's floor for a refund ceiling where one is set (AR: Ley 20.337 art. 31, 5%). */
export const argentineCeilingFloor: Fraction = { num: 5, den: 100 };

export function ceilingBelowFloor(ceiling: Fraction | null, framework: string): boolean {
  return framework === 'AR' && ceiling !== null && compare(fromFraction(ceiling), fromFraction(argentineCeilingFloor)) < 0;
}

/** Nominal paid-in less losses charged; never below nothing (losses beyond capital are not the member's debt here). */
export function refundDue(paidIn: Money, lossesCharged: Money): Money {
  return money(Math.max(0, paidIn - lossesCharged));
}

/** The year's ceiling: the share of paid-in capital at the year's start; null: no ceiling. */
export function yearCeiling(paidInAtYearStart: Money, ceiling: Fraction | null): Money | null {
  return ceiling === null ? null : percentOf(money(Math.max(0, paidInAtYearStart)), ceiling);
}

export interface QueuedInstalment {
  refundId: number;
  requestDate: IsoDate;
  /** Requests on the same date keep the order they were recorded in. */
  refundSeq: number;
  amount: Money;
}

/**
 * What may be paid now, in order of request: each instalment whole, while the ceiling's remainder allows.
 * An instalment that does not fit stops the queue, so a later request never jumps an earlier one.
 */
export function serveQueue(queue: readonly QueuedInstalment[], left: Money | null): QueuedInstalment[] {
  const ordered = [...queue].sort((a, b) => (a.requestDate === b.requestDate ? a.refundSeq - b.refundSeq : a.requestDate < b.requestDate ? -1 : 1));
  const served: QueuedInstalment[] = [];
  let room = left;
  for (const item of ordered) {
    if (room !== null && item.amount > room) break;
    served.push(item);
    if (room !== null) room = money(room - item.amount);
  }
  return served;
}

/** Simple interest on a pending amount from one date to another at an annual rate, rounded half up once. */
export function pendingInterest(pending: Money, rate: Fraction | null, from: IsoDate, to: IsoDate): Money {
  if (rate === null || rate.num === 0 || to <= from || pending <= 0) return money(0);
  const days = daysBetween(from, to);
  const year = Number(from.slice(0, 4));
  return percentOf(pending, multiply(fromFraction(rate), rational(days, daysInYear(year))));
}
