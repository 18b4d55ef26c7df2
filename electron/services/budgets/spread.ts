/**
 * Spreading a yearly figure over the budget year's months: evenly, by the account's pattern last year
 * (refused when it had no actuals then), or by each month's working days (Monday to Friday of the
 * fiscal months, which may straddle two calendar years).
 */
import { spreadByPattern, spreadEvenly, workingDaysByMonth } from '../../../shared/domain/budgets';
import { splitByWeights, money } from '../../../shared/domain/money';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';
import type { ServiceContext } from '../core';
import { actualsByAccount } from './actuals';
import { refusal } from './refuse';
import { budgetYear, type BudgetYear } from './year';

/** Working days of each fiscal month, from the calendar years the fiscal year spans. */
function workingDaysOf(year: BudgetYear): number[] {
  const calendar = new Map<number, number[]>();
  return year.monthStarts.map((start) => {
    const y = Number(start.slice(0, 4));
    if (!calendar.has(y)) calendar.set(y, workingDaysByMonth(y));
    return calendar.get(y)![Number(start.slice(5, 7)) - 1]!;
  });
}

export async function spreadYear(ctx: ServiceContext, input: { year: number; totalMinor: number; method: 'even' | 'pattern' | 'workingDays'; account: AccountKey | null }): Promise<{ months: number[] }> {
  if (input.method === 'even') return { months: spreadEvenly(input.totalMinor) };
  const year = await budgetYear(ctx, input.year);
  if (input.method === 'workingDays') {
    const weights = workingDaysOf(year).map((weight, i) => ({ memberNumber: i, weight }));
    return { months: splitByWeights(money(input.totalMinor), weights).map(Number) };
  }
  if (input.account === null) throw refusal('BAD_INPUT', 'PATTERN_NEEDS_ACCOUNT', 'Spreading by last year\'s pattern needs the account whose pattern to follow.');
  const last = (await actualsByAccount(ctx, await budgetYear(ctx, input.year - 1))).get(input.account);
  if (!last || last.every((m) => m === 0)) throw refusal('BAD_INPUT', 'NO_PATTERN', `The account had no actuals in ${input.year - 1}, so there is no pattern to follow; spread it evenly or by working days.`, { year: input.year - 1 });
  return { months: spreadByPattern(input.totalMinor, last) };
}
