/**
 * What a plan must hold before it is saved (issue 12): 3 to 5 years, no negative amount, every date within
 * the plan's years, each loan a schedule the loan rule accepts, and financing that adds up to the
 * investments to the cent (a plan that does not close is a wish, not a plan).
 */
import type { FinancingInput, InvestmentInput } from '../../../../shared/contract/budgets';
import type { CoopProfile } from '../../../../shared/contract/coop';
import type { FiscalYearSpan } from '../../../../shared/domain/budgets';
import { parseRational } from '../../../../shared/domain/rational';
import { translate } from '../../../../shared/i18n/catalogue';
import { amountOf } from './rows';
import { dayOf, moneyOf, planRefusal } from './refuse';
import { planYears, scheduleOf } from './years';

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function refuseNegative(what: string, amount: number | null): void {
  if (amount !== null && amount < 0) throw planRefusal('BAD_INPUT', 'NEGATIVE_AMOUNT_OF', `${what} cannot be negative (${amount}).`, { what });
}

function refuseOutside(coop: CoopProfile, spans: readonly FiscalYearSpan[], date: string, what: string): void {
  const [from, to] = [spans[0]!.from, spans.at(-1)!.to];
  const day = dayOf(coop);
  if (date < from || date > to) throw planRefusal('BAD_INPUT', 'DATE_OUTSIDE_PLAN', `${what}: ${date} is outside the plan's years (${from} to ${to}).`, { what, date: day(date), from: day(from), to: day(to) });
}

export function checkYears(fromYear: number, years: number): void {
  if (!Number.isInteger(years) || years < 3 || years > 5) throw planRefusal('BAD_INPUT', 'PLAN_YEARS', `A plan covers 3 to 5 years, not ${years}.`, { years, fromYear });
}

export function checkFinancing(coop: CoopProfile, spans: readonly FiscalYearSpan[], investmentMinor: number, financing: readonly FinancingInput[]): void {
  for (const source of financing) {
    // A loan or grant is named by its lender or name; the other kinds by the kind's name in the coop's language.
    const what = source.kind === 'loan' ? source.lender : source.kind === 'grant' ? source.name : translate(coop.locale, `budgets:plans.financing.kinds.${source.kind}`);
    refuseNegative(what, amountOf(source));
    if (source.kind === 'retained') {
      const [first, last] = [spans[0]!.year, spans.at(-1)!.year];
      if (source.year < first || source.year > last) throw planRefusal('BAD_INPUT', 'YEAR_OUTSIDE_PLAN', `${source.year} is outside the plan's years (${first} to ${last}).`, { year: source.year, first, last });
    } else refuseOutside(coop, spans, source.kind === 'loan' ? source.firstDate : source.date, what);
    if (source.kind === 'loan') scheduleOf(source);
  }
  const financedMinor = total(financing.map(amountOf));
  if (financedMinor !== investmentMinor) {
    const money = moneyOf(coop);
    throw planRefusal('BAD_INPUT', 'FINANCING_MISMATCH', `The financing adds up to ${financedMinor}, the investments to ${investmentMinor}: a difference of ${financedMinor - investmentMinor}.`, {
      financing: money(financedMinor),
      investments: money(investmentMinor),
      difference: money(Math.abs(financedMinor - investmentMinor)),
    });
  }
}

export function checkPlan(
  coop: CoopProfile,
  plan: { fromYear: number; years: number; expectedRevenueMinorPerYear: number; investments: readonly InvestmentInput[]; financing: readonly FinancingInput[] },
): FiscalYearSpan[] {
  checkYears(plan.fromYear, plan.years);
  const spans = planYears(coop.fiscalYearStart, plan.fromYear, plan.years);
  refuseNegative('expectedRevenueMinorPerYear', plan.expectedRevenueMinorPerYear);
  for (const investment of plan.investments) {
    refuseNegative(investment.name, investment.costMinor);
    refuseNegative(investment.name, investment.savingsMinorPerYear);
    refuseOutside(coop, spans, investment.date, investment.name);
  }
  checkFinancing(coop, spans, total(plan.investments.map((i) => i.costMinor)), plan.financing);
  return spans;
}

/** A revenue cannot fall by more than all of it. */
export function checkRevenueChange(percent: string): void {
  const change = parseRational(percent);
  if (!change || change.num < -100n * change.den) throw planRefusal('BAD_INPUT', 'REVENUE_CHANGE', `A revenue change of ${percent}% is not possible: it cannot fall below nothing.`, { percent });
}
