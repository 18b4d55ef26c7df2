/**
 * Budget against actuals for a year: per account the budget's months, the actuals of the closed months
 * (those ending on or before `asOf`), the variance, the year to date and the forecast to year end, and the
 * same for income, expense and the result. Actuals come from one aggregate over the journal.
 */
import type { Actuals, Figures } from '../../../shared/contract/budgets-yearly';
import { budgetableAccounts, MONTHS } from '../../../shared/contract/budgets-yearly';
import { forecastYearEnd, variances, type ForecastMethod } from '../../../shared/domain/budgets';
import { localToday } from '../../../shared/domain/dates';
import { accountKindOf, type AccountKey } from '../../../shared/domain/ledger/accounts';
import type { ServiceContext } from '../core';
import { budgetSide, sumsByAccountAndMonth } from './actuals-query';
import { budgetByAccount, comparedVersion } from './rows';
import { budgetYear, closedMonths, monthOf, type BudgetYear } from './year';

const zeros = () => Array<number>(MONTHS).fill(0);

/** Every budgetable account's actual movement per fiscal month of the year (all twelve, closed or not). */
export async function actualsByAccount(ctx: ServiceContext, year: BudgetYear): Promise<Map<AccountKey, number[]>> {
  const byAccount = new Map<AccountKey, number[]>();
  for (const row of await sumsByAccountAndMonth(ctx.db, year, budgetableAccounts)) {
    const m = monthOf(year, `${row.month}-01`);
    if (m === null) continue;
    const months = byAccount.get(row.account) ?? zeros();
    months[m - 1] = months[m - 1]! + budgetSide(row);
    byAccount.set(row.account, months);
  }
  return byAccount;
}

function figuresOf(budget: readonly number[], actual: readonly number[], method: ForecastMethod): Figures {
  const figures = { budgetMinor: budget, actualMinor: actual };
  const { months, yearToDate } = variances(figures);
  return {
    budgetMinor: [...budget],
    actualMinor: [...actual],
    varianceMinor: months.map((m) => m.varianceMinor),
    yearToDate,
    budgetTotalMinor: budget.reduce((a, b) => a + b, 0),
    forecastMinor: forecastYearEnd(figures, method),
  };
}

const add = (a: readonly number[], b: readonly number[], sign = 1) => a.map((x, i) => x + sign * (b[i] ?? 0));

export async function budgetActuals(ctx: ServiceContext, input: { year: number; versionId: number | null; forecast: ForecastMethod; asOf: string | null }): Promise<Actuals> {
  const year = await budgetYear(ctx, input.year);
  const asOf = input.asOf ?? localToday(ctx.now());
  const closed = closedMonths(year, asOf);
  const versionId = await comparedVersion(ctx.db, input.year, input.versionId);
  const budget = await budgetByAccount(ctx.db, versionId);
  const actual = await actualsByAccount(ctx, year);
  const sides = { income: { budget: zeros(), actual: zeros() }, expense: { budget: zeros(), actual: zeros() } };
  const accounts = budgetableAccounts
    .filter((account) => budget.has(account) || actual.has(account))
    .map((account) => {
      const kind = accountKindOf[account] === 'income' ? ('income' as const) : ('expense' as const);
      const b = budget.get(account) ?? zeros();
      const a = actual.get(account) ?? zeros();
      sides[kind].budget = add(sides[kind].budget, b);
      sides[kind].actual = add(sides[kind].actual, a);
      return { account, kind, ...figuresOf(b, a.slice(0, closed), input.forecast) };
    });
  const side = (s: { budget: number[]; actual: number[] }) => figuresOf(s.budget, s.actual.slice(0, closed), input.forecast);
  return {
    year: input.year,
    versionId,
    asOf,
    closedMonths: closed,
    monthStarts: year.monthStarts,
    forecast: input.forecast,
    accounts,
    income: side(sides.income),
    expense: side(sides.expense),
    result: side({ budget: add(sides.income.budget, sides.expense.budget, -1), actual: add(sides.income.actual, sides.expense.actual, -1) }),
  };
}
