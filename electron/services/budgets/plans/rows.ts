/**
 * Plans' rows to and from the contract's shapes: one financing table holds every kind, with the columns a
 * kind does not use left null, so each kind is rebuilt here from its own columns.
 */
import type { Selectable } from 'kysely';
import type { FinancingInput, InvestmentInput } from '../../../../shared/contract/budgets';
import type { BudgetPlanFinancingTable, BudgetPlanInvestmentTable } from '../../../db/schema/budgets';

type FinancingRow = Selectable<BudgetPlanFinancingTable>;
type InvestmentRow = Selectable<BudgetPlanInvestmentTable>;

export function financingColumns(source: FinancingInput) {
  const none = { date: null, year: null, instalments: null, source: null, lender: null, annual_rate: null, periods: null, frequency: null, method: null, name: null, note: null };
  switch (source.kind) {
    case 'capital':
      return { ...none, kind: source.kind, amount_minor: source.amountMinor, date: source.date, instalments: source.instalments, note: source.note };
    case 'retained':
      return { ...none, kind: source.kind, amount_minor: source.amountMinor, source: source.source, year: source.year };
    case 'loan':
      return { ...none, kind: source.kind, amount_minor: source.principalMinor, lender: source.lender, annual_rate: source.annualRate, periods: source.periods, frequency: source.frequency, method: source.method, date: source.firstDate };
    case 'grant':
      return { ...none, kind: source.kind, amount_minor: source.amountMinor, name: source.name, date: source.date, note: source.conditions };
  }
}

export function financingOf(row: FinancingRow): FinancingInput & { id: number } {
  const id = row.id;
  switch (row.kind) {
    case 'capital':
      return { id, kind: 'capital', amountMinor: row.amount_minor, date: row.date!, instalments: row.instalments!, note: row.note };
    case 'retained':
      return { id, kind: 'retained', source: row.source!, amountMinor: row.amount_minor, year: row.year! };
    case 'loan':
      return { id, kind: 'loan', lender: row.lender!, principalMinor: row.amount_minor, annualRate: row.annual_rate!, periods: row.periods!, frequency: row.frequency!, method: row.method!, firstDate: row.date! };
    case 'grant':
      return { id, kind: 'grant', name: row.name!, amountMinor: row.amount_minor, date: row.date!, conditions: row.note };
  }
}

export function investmentColumns(investment: InvestmentInput) {
  return {
    name: investment.name,
    cost_minor: investment.costMinor,
    date: investment.date,
    useful_life_years: investment.usefulLifeYears,
    capacity_minutes_per_year: investment.capacityMinutesPerYear,
    savings_minor_per_year: investment.savingsMinorPerYear,
    note: investment.note,
  };
}

export function investmentOf(row: InvestmentRow): InvestmentInput & { id: number } {
  return {
    id: row.id,
    name: row.name,
    costMinor: row.cost_minor,
    date: row.date,
    usefulLifeYears: row.useful_life_years,
    capacityMinutesPerYear: row.capacity_minutes_per_year,
    savingsMinorPerYear: row.savings_minor_per_year,
    note: row.note,
  };
}

/** What a source brings in: a loan its principal, every other kind its amount. */
export const amountOf = (source: FinancingInput) => (source.kind === 'loan' ? source.principalMinor : source.amountMinor);
