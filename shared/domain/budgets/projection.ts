/**
 * The multi-year view of a capitalisation plan (issue 12), year by year at each fiscal year's end: members'
 * capital, reserves, debt and its service, the expected surplus, cash and assets, and the two ratios the
 * council watches, (capital + reserves) ÷ assets and debt service ÷ surplus, as exact fractions.
 *
 * The arithmetic, each step an integer of minor units (rules/money.md):
 * - surplus = the base surplus + the revenue change (percent of the base revenue, half away from zero)
 *   + the savings of machines in service − their depreciation − the new loans' interest;
 * - capital grows by the new capital paid (instalments by the month) and the returns capitalised;
 * - reserves grow by the surplus less the returns capitalised, plus grants (the whole surplus is kept);
 * - debt grows by the loans drawn and falls by the principal repaid;
 * - cash = last year's + surplus + depreciation (no cash leaves) + capital paid + loans drawn + grants
 *   − machines paid − principal repaid; assets = cash + the machines' book value + the other assets held.
 */
import { addMonths, format, parseISO } from 'date-fns';
import { instalments, money, percentOf } from '../money';
import { rational, type Rational } from '../rational';
import type { Instalment } from './loans';

export interface FiscalYearSpan {
  year: number;
  from: string;
  to: string;
}

export interface ProjectedInvestment {
  costMinor: number;
  date: string;
  usefulLifeYears: number;
  savingsMinorPerYear: number | null;
}

export type ProjectedFinancing =
  | { kind: 'capital'; amountMinor: number; date: string; instalments: number }
  | { kind: 'retained'; source: 'capitalised-returns' | 'reserves'; amountMinor: number; year: number }
  | { kind: 'loan'; principalMinor: number; drawnOn: string; schedule: readonly Instalment[] }
  | { kind: 'grant'; amountMinor: number; date: string };

export interface ProjectionOpening {
  membersCapitalMinor: number;
  reservesMinor: number;
  cashMinor: number;
  /** Assets the plan does not move (machines already owned, receivables): held at their opening value. */
  otherAssetsMinor: number;
  /** Debt already owed before the plan: held, since its schedule is not the plan's. */
  existingDebtMinor: number;
}

export interface ProjectionInput {
  years: readonly FiscalYearSpan[];
  opening: ProjectionOpening;
  /** The revenue and the surplus expected each year before the plan and the scenario, one per year. */
  baseRevenueMinor: readonly number[];
  baseSurplusMinor: readonly number[];
  /** The scenario's change of revenue, as a fraction of the whole (−10% is −1/10). */
  revenueChange: Rational;
  investments: readonly ProjectedInvestment[];
  financing: readonly ProjectedFinancing[];
}

export interface ExactRatio {
  fraction: string | null;
  value: number | null;
}

export interface ProjectedYear {
  year: number;
  membersCapitalMinor: number;
  reservesMinor: number;
  debtOutstandingMinor: number;
  interestMinor: number;
  principalRepaidMinor: number;
  debtServiceMinor: number;
  expectedSurplusMinor: number;
  depreciationMinor: number;
  cashMinor: number;
  assetsMinor: number;
  equityToAssets: ExactRatio;
  debtServiceToSurplus: ExactRatio;
}

/** A ratio in lowest terms ("3/4") and as a number; null where the denominator is not above zero. */
export function exactRatio(numerator: number, denominator: number): ExactRatio {
  if (denominator <= 0) return { fraction: null, value: null };
  const r = rational(numerator, denominator);
  return { fraction: `${r.num}/${r.den}`, value: numerator / denominator };
}

const within = (date: string, span: FiscalYearSpan) => date >= span.from && date <= span.to;
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** New capital is paid in equal monthly instalments from its date, the last taking the remainder. */
export function capitalInstalments(amountMinor: number, date: string, count: number): { date: string; amountMinor: number }[] {
  return instalments(money(amountMinor), count).map((amount, k) => ({ date: format(addMonths(parseISO(date), k), 'yyyy-MM-dd'), amountMinor: amount }));
}

/**
 * Straight-line depreciation in whole years: the cost in equal yearly parts (the last taking the
 * remainder), the first in the fiscal year the machine is bought. Returns each plan year's charge.
 */
export function depreciationByYear(investment: ProjectedInvestment, years: readonly FiscalYearSpan[]): number[] {
  const parts = instalments(money(investment.costMinor), investment.usefulLifeYears);
  const first = years.findIndex((span) => within(investment.date, span));
  return years.map((_, i) => (first < 0 || i < first ? 0 : (parts[i - first] ?? 0)));
}

function yearFlows(input: ProjectionInput, span: FiscalYearSpan, index: number, depreciation: readonly number[][]) {
  const inYear = (date: string) => within(date, span);
  let capitalPaid = 0;
  let capitalised = 0;
  let drawn = 0;
  let interest = 0;
  let principal = 0;
  let grants = 0;
  for (const source of input.financing) {
    if (source.kind === 'capital') capitalPaid += total(capitalInstalments(source.amountMinor, source.date, source.instalments).filter((i) => inYear(i.date)).map((i) => i.amountMinor));
    if (source.kind === 'retained' && source.source === 'capitalised-returns' && source.year === span.year) capitalised += source.amountMinor;
    if (source.kind === 'grant' && inYear(source.date)) grants += source.amountMinor;
    if (source.kind === 'loan') {
      if (inYear(source.drawnOn)) drawn += source.principalMinor;
      for (const due of source.schedule.filter((i) => i.date !== null && inYear(i.date))) {
        interest += due.interestMinor;
        principal += due.principalMinor;
      }
    }
  }
  const inService = input.investments.filter((inv) => inv.date <= span.to);
  const savings = total(inService.map((inv) => inv.savingsMinorPerYear ?? 0));
  const bought = total(input.investments.filter((inv) => inYear(inv.date)).map((inv) => inv.costMinor));
  const yearDepreciation = total(depreciation.map((d) => d[index]!));
  const revenueEffect = percentOf(money(input.baseRevenueMinor[index]!), input.revenueChange);
  const surplus = input.baseSurplusMinor[index]! + revenueEffect + savings - yearDepreciation - interest;
  return { capitalPaid, capitalised, drawn, interest, principal, grants, bought, yearDepreciation, surplus };
}

export function projectPlan(input: ProjectionInput): ProjectedYear[] {
  const depreciation = input.investments.map((inv) => depreciationByYear(inv, input.years));
  const { opening } = input;
  let capital = opening.membersCapitalMinor;
  let reserves = opening.reservesMinor;
  let cash = opening.cashMinor;
  let debt = opening.existingDebtMinor;
  let bookValue = 0;
  return input.years.map((span, index) => {
    const f = yearFlows(input, span, index, depreciation);
    capital += f.capitalPaid + f.capitalised;
    reserves += f.surplus - f.capitalised + f.grants;
    debt += f.drawn - f.principal;
    cash += f.surplus + f.yearDepreciation + f.capitalPaid + f.drawn + f.grants - f.bought - f.principal;
    bookValue += f.bought - f.yearDepreciation;
    const assets = cash + bookValue + opening.otherAssetsMinor;
    const debtService = f.interest + f.principal;
    return {
      year: span.year,
      membersCapitalMinor: capital,
      reservesMinor: reserves,
      debtOutstandingMinor: debt,
      interestMinor: f.interest,
      principalRepaidMinor: f.principal,
      debtServiceMinor: debtService,
      expectedSurplusMinor: f.surplus,
      depreciationMinor: f.yearDepreciation,
      cashMinor: cash,
      assetsMinor: assets,
      equityToAssets: exactRatio(capital + reserves, assets),
      debtServiceToSurplus: exactRatio(debtService, f.surplus),
    };
  });
}
