/**
 * Instalment plans (rules/money.md): n equal parts `floor(total/n)`, the last takes the remainder, due a
 * fixed number of months apart from the first due date. A plan someone sends is checked to add up to its total to the cent.
 */
import { addMonths, format, parseISO } from 'date-fns';
import { instalments, money, type Money } from '../money';
import type { IsoDate } from '../dates';

export interface PlannedInstalment {
  number: number;
  dueDate: IsoDate;
  amount: Money;
}

/** `stepMonths` apart (a month for subscriptions; refunds are usually paid a year apart). */
export function instalmentPlan(total: Money, count: number, firstDueDate: IsoDate, stepMonths = 1): PlannedInstalment[] {
  const first = parseISO(firstDueDate);
  return instalments(total, count).map((amount, i) => ({
    number: i + 1,
    dueDate: format(addMonths(first, i * stepMonths), 'yyyy-MM-dd'),
    amount,
  }));
}

/** A plan adds up when its parts, none negative, sum to the total exactly. */
export function planAddsUp(total: Money, parts: readonly number[]): boolean {
  if (parts.length === 0 || parts.some((p) => !Number.isSafeInteger(p) || p < 0)) return false;
  return parts.reduce((sum, p) => sum + BigInt(p), 0n) === BigInt(money(total));
}

export interface ScheduleLine {
  number: number;
  dueDate: IsoDate;
  amount: number;
  paid: number;
}

/** Payments settle instalments oldest first: a payment is not tied to one instalment. */
export function applyPayments(plan: readonly PlannedInstalment[] | readonly { number: number; dueDate: IsoDate; amount: number }[], paid: number): ScheduleLine[] {
  let left = paid;
  return plan.map((line) => {
    const settled = Math.min(line.amount, Math.max(left, 0));
    left -= settled;
    return { number: line.number, dueDate: line.dueDate, amount: line.amount, paid: settled };
  });
}

/** Instalments due on or before `asOf` and not fully paid. */
export function lateLines(schedule: readonly ScheduleLine[], asOf: IsoDate): ScheduleLine[] {
  return schedule.filter((line) => line.dueDate < asOf && line.paid < line.amount);
}
