/** Budgets and capitalisation plans (issue 12): the pure rules, each to the cent. */
export { frenchInstalment, loanSchedule, type Amortisation, type Instalment, type LoanTerms } from './loans';
export { spreadByPattern, spreadByWorkingDays, spreadEvenly, workingDaysByMonth } from './spread';
export { forecastYearEnd, variances, type ForecastMethod, type MonthFigures, type Variance } from './forecast';
export { breakEven, type BreakEven, type BreakEvenInput } from './break-even';
export { capitalInstalments, depreciationByYear, exactRatio, projectPlan, type ExactRatio, type FiscalYearSpan, type ProjectedFinancing, type ProjectedInvestment, type ProjectedYear, type ProjectionInput, type ProjectionOpening } from './projection';
