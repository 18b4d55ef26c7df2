/**
 * The instalments a subscription will have, shown before it is saved and numbered as the service stores
 * them: what is paid now is the first line, dated the subscription's day; the rest follows the capital
 * domain's plan (equal parts, the last takes the remainder, due monthly from the first due date).
 */
import { addMonths, format, parseISO } from 'date-fns';
import { instalmentPlan } from '../../../../shared/domain/capital/plans';
import { money } from '../../../../shared/domain/money';

export interface PlanLine {
  number: number;
  dueDate: string;
  amountMinor: number;
  paidNow: boolean;
}

/** The same day a month later: where a first instalment usually falls. */
export function aMonthAfter(iso: string): string {
  return format(addMonths(parseISO(iso), 1), 'yyyy-MM-dd');
}

export function subscriptionPlan(totalMinor: number, paidNowMinor: number, count: number, date: string, firstDueDate: string): PlanLine[] {
  const rest = totalMinor - paidNowMinor;
  const now = paidNowMinor > 0 ? [{ dueDate: date, amountMinor: paidNowMinor, paidNow: true }] : [];
  const later = rest > 0 && count >= 1 ? instalmentPlan(money(rest), count, firstDueDate).map((p) => ({ dueDate: p.dueDate, amountMinor: p.amount as number, paidNow: false })) : [];
  return [...now, ...later].map((line, i) => ({ ...line, number: i + 1 }));
}
