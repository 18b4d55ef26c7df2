/**
 * The pure rules of budgets and capitalisation plans (issue 12): French and German loan schedules to the
 * cent with the last instalment taking the remainder, spreading a year over its months, the forecast to
 * year end, and the hourly value the budget allows.
 */
import { describe, expect, it } from 'vitest';
import { breakEven, forecastYearEnd, loanSchedule, spreadByPattern, spreadByWorkingDays, spreadEvenly, variances, workingDaysByMonth } from '../../shared/domain/budgets';
import { rational } from '../../shared/domain/rational';
import { RuleRefusal } from '../../shared/domain/rule-refusal';

const loan = (amortisation: 'french' | 'german', periods = 12) =>
  loanSchedule({ principalMinor: 100_000_00, annualRate: rational(12, 100), periods, periodsPerYear: 12, amortisation, firstDue: '2027-01-31' });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('French amortisation (constant instalment P·r / (1 − (1+r)^−n), interest half-up per period)', () => {
  const schedule = loan('french');
  it('100,000.00 at 12% a year over 12 months: 8,884.88 a month, the first with 1,000.00 of interest', () => {
    expect(schedule[0]).toEqual({ period: 1, date: '2027-01-31', paymentMinor: 8_884_88, interestMinor: 1_000_00, principalMinor: 7_884_88, balanceMinor: 92_115_12 });
    expect(schedule[1]!.interestMinor).toBe(921_15);
    expect(schedule.slice(0, -1).every((i) => i.paymentMinor === 8_884_88)).toBe(true);
  });
  it('the last instalment takes the remainder: principal repaid is the loan, to the cent, balance zero', () => {
    expect(sum(schedule.map((i) => i.principalMinor))).toBe(100_000_00);
    expect(schedule.at(-1)!.balanceMinor).toBe(0);
    expect(Math.abs(schedule.at(-1)!.paymentMinor - 8_884_88)).toBeLessThanOrEqual(5);
    expect(schedule.map((i) => i.date).slice(0, 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });
  it('a 0% loan repays in equal parts', () => {
    const free = loanSchedule({ principalMinor: 1_000_00, annualRate: rational(0), periods: 3, periodsPerYear: 12, amortisation: 'french' });
    expect(free.map((i) => i.paymentMinor)).toEqual([333_34, 333_34, 333_32]);
  });
});

describe('German amortisation (constant principal, interest on the balance)', () => {
  const schedule = loan('german');
  it('8,333.33 of principal a month, the last 8,333.37; interest 1,000.00, then 916.67 on 91,666.67', () => {
    expect(schedule.slice(0, -1).every((i) => i.principalMinor === 8_333_33)).toBe(true);
    expect(schedule.at(-1)!.principalMinor).toBe(8_333_37);
    expect(schedule[0]!.interestMinor).toBe(1_000_00);
    expect(schedule[1]!.interestMinor).toBe(916_67);
    expect(sum(schedule.map((i) => i.principalMinor))).toBe(100_000_00);
    expect(schedule.at(-1)!.balanceMinor).toBe(0);
  });
});

describe('refused loans', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof RuleRefusal) return error.key;
      throw error;
    }
    return null;
  };
  it('a zero or negative term, a zero amount, a negative rate', () => {
    expect(refusal(() => loan('french', 0))).toBe('budgets:errors.LOAN_TERM');
    expect(refusal(() => loan('german', -3))).toBe('budgets:errors.LOAN_TERM');
    expect(refusal(() => loanSchedule({ principalMinor: 0, annualRate: rational(1, 10), periods: 3, periodsPerYear: 12, amortisation: 'french' }))).toBe('budgets:errors.LOAN_PRINCIPAL');
    expect(refusal(() => loanSchedule({ principalMinor: 100, annualRate: rational(-1, 10), periods: 3, periodsPerYear: 12, amortisation: 'french' }))).toBe('budgets:errors.LOAN_RATE');
  });
});

describe('spreading a yearly figure over its months (largest remainder, ties to the earlier month)', () => {
  it('evenly: 1,000,000.00 is 83,333.34 for January to April and 83,333.33 after', () => {
    const months = spreadEvenly(1_000_000_00);
    expect(months.slice(0, 5)).toEqual([83_333_34, 83_333_34, 83_333_34, 83_333_34, 83_333_33]);
    expect(sum(months)).toBe(1_000_000_00);
  });
  it('by last year\'s pattern, and evenly when last year was empty', () => {
    const last = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0].map((x) => x * 100_00);
    const months = spreadByPattern(1_200_00, last);
    expect(months[0]).toBe(200_00);
    expect(months[11]).toBe(0);
    expect(sum(months)).toBe(1_200_00);
    expect(spreadByPattern(1_200_00, Array(12).fill(0))).toEqual(Array(12).fill(100_00));
  });
  it('by working days: Monday to Friday less holidays', () => {
    const days = workingDaysByMonth(2027, ['2027-01-01']);
    expect(days[0]).toBe(20); // January 2027 has 21 weekdays; New Year's Day is one of them
    expect(days[1]).toBe(20);
    const months = spreadByWorkingDays(261_000_00, 2027, ['2027-01-01']);
    expect(sum(months)).toBe(261_000_00);
    expect(months[0]).toBe(Math.round((261_000_00 * 20) / sum(days)));
  });
});

describe('actuals against the budget, and the forecast to year end', () => {
  const figures = { budgetMinor: Array(12).fill(100_00), actualMinor: [90_00, 110_00, 130_00] };
  it('variance per month and year to date', () => {
    const v = variances(figures);
    expect(v.months[2]).toEqual({ month: 3, budgetMinor: 100_00, actualMinor: 130_00, varianceMinor: 30_00 });
    expect(v.months[3]!.actualMinor).toBeNull();
    expect(v.yearToDate).toEqual({ budgetMinor: 300_00, actualMinor: 330_00, varianceMinor: 30_00 });
  });
  it('actuals so far plus the budget for the rest, or the trend carried over the months left', () => {
    expect(forecastYearEnd(figures, 'budget')).toBe(1_230_00);
    expect(forecastYearEnd(figures, 'trend')).toBe(1_320_00);
    expect(forecastYearEnd({ budgetMinor: figures.budgetMinor, actualMinor: [] }, 'trend')).toBe(1_200_00);
  });
});

describe('break-even and the pay the budget allows', () => {
  it('revenue less non-pay costs over committed hours, rounded down to the cent; the current pay\'s break-even revenue', () => {
    const result = breakEven({ revenueMinor: 10_000_000_00, nonPayCostsMinor: 4_000_000_00, committedMinutes: 5 * 160 * 12 * 60, currentPayMinor: 5_500_000_00, workedMinutes: 5 * 150 * 12 * 60 });
    expect(result.affordableHourlyMinor).toBe(625_00);
    expect(result.breakEvenRevenueMinor).toBe(9_500_000_00);
    expect(result.marginMinor).toBe(500_000_00);
    expect(result.capacityUsed).toEqual(rational(15, 16));
  });
});
