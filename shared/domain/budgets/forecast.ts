/**
 * Budget against actuals (issue 12): the variance per month and year to date, and the forecast to year end,
 * either the actuals so far plus the budget for the months left, or the trend (the months so far, averaged,
 * carried over the months left, rounded half-up once).
 */
export interface MonthFigures {
  budgetMinor: readonly number[];
  /** Actuals of the months closed so far, from January (fewer than 12 during the year). */
  actualMinor: readonly number[];
}

export interface Variance {
  month: number;
  budgetMinor: number;
  actualMinor: number | null;
  varianceMinor: number | null;
}

export function variances({ budgetMinor, actualMinor }: MonthFigures): { months: Variance[]; yearToDate: { budgetMinor: number; actualMinor: number; varianceMinor: number } } {
  const months = budgetMinor.map((budget, i) => {
    const actual = i < actualMinor.length ? actualMinor[i]! : null;
    return { month: i + 1, budgetMinor: budget, actualMinor: actual, varianceMinor: actual === null ? null : actual - budget };
  });
  const closed = actualMinor.length;
  const budget = budgetMinor.slice(0, closed).reduce((a, b) => a + b, 0);
  const actual = actualMinor.reduce((a, b) => a + b, 0);
  return { months, yearToDate: { budgetMinor: budget, actualMinor: actual, varianceMinor: actual - budget } };
}

export type ForecastMethod = 'budget' | 'trend';

export function forecastYearEnd({ budgetMinor, actualMinor }: MonthFigures, method: ForecastMethod): number {
  const closed = actualMinor.length;
  const actual = actualMinor.reduce((a, b) => a + b, 0);
  const rest = budgetMinor.length - closed;
  if (method === 'budget' || closed === 0) return actual + budgetMinor.slice(closed).reduce((a, b) => a + b, 0);
  // actual / closed × rest, half away from zero, in integers.
  const num = BigInt(actual) * BigInt(rest);
  const den = BigInt(closed);
  const abs = num < 0n ? -num : num;
  const rounded = (2n * abs + den) / (2n * den);
  return actual + Number(num < 0n ? -rounded : rounded);
}
