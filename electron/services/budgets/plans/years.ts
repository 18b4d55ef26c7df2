/** A plan's fiscal years (named by the calendar year they start in) and a loan's terms from its contract form. */
import type { FinancingInput } from '../../../../shared/contract/budgets';
import { loanSchedule, type FiscalYearSpan, type Instalment } from '../../../../shared/domain/budgets';
import { parseRational, rational } from '../../../../shared/domain/rational';
import { fiscalYear } from '../../surplus';

export function planYears(fiscalYearStart: string, fromYear: number, years: number): FiscalYearSpan[] {
  return Array.from({ length: years }, (_, i) => fiscalYear(fiscalYearStart, fromYear + i));
}

type Loan = Extract<FinancingInput, { kind: 'loan' }>;

/** The loan rule's schedule (it refuses a zero or negative term); the rate is a percent, exactly. */
export function scheduleOf(loan: Loan): Instalment[] {
  const percent = parseRational(loan.annualRate) ?? rational(0);
  return loanSchedule({
    principalMinor: loan.principalMinor,
    annualRate: rational(percent.num, percent.den * 100n),
    periods: loan.periods,
    periodsPerYear: loan.frequency,
    amortisation: loan.method,
    firstDue: loan.firstDate,
  });
}
