/**
 * Budget against actuals from the journal (issue 12): income as credits − debits, costs as debits −
 * credits, by month of the fiscal year, closed months only; the year to date, the forecast by the budget
 * or by the trend, the cash position, spreading by last year's pattern, and break-even with attendance and
 * a posted pay run.
 */
import { describe, expect, it } from 'vitest';
import { committedMinutes } from '../../electron/services/attendance';
import { useTempDir } from './helpers';
import { movement, openBudgetSession } from './budgets-session';
import { example, openRemunerationSession, PERIOD } from './remuneration-session';

const tempDir = useTempDir();
const h = 100;

describe('budget against actuals', () => {
  it('reads actuals from the journal by account and closed month, with variance, year to date and both forecasts', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', {
      versionId: id,
      lines: [
        { account: 'sales', label: 'Muebles', months: s.twelve(600 * h) },
        { account: 'sales', label: 'Puertas', months: s.twelve(400 * h) },
        { account: 'energy', label: 'Luz', months: s.twelve(100 * h) },
      ],
    });
    await s.must('budgets.approve', { versionId: id, resolutionId: s.resolutions.budget });
    s.post([
      movement('2024-12-31', 'sales', 5_000 * h),
      movement('2025-01-05', 'sales', 900 * h),
      movement('2025-02-28', 'sales', 1_100 * h),
      movement('2025-03-10', 'sales', 1_000 * h),
      // A return of goods: a debit to sales lowers the month's income.
      { ...movement('2025-03-20', 'energy', 1), lines: [{ account: 'sales', debitMinor: 50 * h }, { account: 'bank', creditMinor: 50 * h }] },
      movement('2025-05-31', 'sales', 1_200 * h),
      movement('2025-06-01', 'sales', 2_000 * h),
      ...['01', '02', '03', '04', '05'].map((m) => movement(`2025-${m}-15`, 'energy', 120 * h)),
      movement('2025-04-02', 'other_income', 30 * h, 'cash'),
    ]);
    const actuals = await s.must('budgets.actuals', { year: 2025, versionId: null, forecast: 'budget', asOf: null });
    expect(actuals).toMatchObject({ versionId: id, asOf: '2025-06-15', closedMonths: 5, monthStarts: expect.arrayContaining(['2025-01-01', '2025-12-01']) });
    const sales = actuals.accounts.find((a) => a.account === 'sales')!;
    expect(sales.budgetMinor).toEqual(s.twelve(1_000 * h));
    expect(sales.actualMinor).toEqual([900 * h, 1_100 * h, 950 * h, 0, 1_200 * h]);
    expect(sales.varianceMinor).toEqual([-100 * h, 100 * h, -50 * h, -1_000 * h, 200 * h, null, null, null, null, null, null, null]);
    expect(sales.yearToDate).toEqual({ budgetMinor: 5_000 * h, actualMinor: 4_150 * h, varianceMinor: -850 * h });
    expect(sales.forecastMinor).toBe(4_150 * h + 7 * 1_000 * h);
    const energy = actuals.accounts.find((a) => a.account === 'energy')!;
    expect([energy.kind, energy.yearToDate.actualMinor, energy.yearToDate.varianceMinor]).toEqual(['expense', 600 * h, 100 * h]);
    // Income not budgeted still shows, against a budget of nothing.
    expect(actuals.accounts.find((a) => a.account === 'other_income')).toMatchObject({ budgetTotalMinor: 0, actualMinor: [0, 0, 0, 30 * h, 0] });
    expect(actuals.income.yearToDate.actualMinor).toBe(4_180 * h);
    expect(actuals.expense.yearToDate.actualMinor).toBe(600 * h);
    expect(actuals.result.yearToDate).toEqual({ budgetMinor: 4_500 * h, actualMinor: 3_580 * h, varianceMinor: -920 * h });

    // The trend: 4,150 over five months carried over seven more.
    const trend = await s.must('budgets.actuals', { year: 2025, versionId: null, forecast: 'trend', asOf: null });
    expect(trend.accounts.find((a) => a.account === 'sales')!.forecastMinor).toBe(4_150 * h + 5_810 * h);
    const march = await s.must('budgets.actuals', { year: 2025, versionId: null, forecast: 'budget', asOf: '2025-03-31' });
    expect(march.closedMonths).toBe(3);
    expect(march.accounts.find((a) => a.account === 'sales')!.yearToDate.actualMinor).toBe(2_950 * h);
    expect((await s.must('budgets.actuals', { year: 2025, versionId: null, forecast: 'budget', asOf: '2025-03-30' })).closedMonths).toBe(2);

    // Cash: last year's bank balance opens the year; closed months are the bank and cash lines; the rest the budget.
    const cash = await s.must('budgets.cash', { year: 2025, versionId: null, asOf: null });
    expect(cash.months[0]).toEqual({ month: 1, start: '2025-01-01', openingMinor: 5_000 * h, inMinor: 900 * h, outMinor: 120 * h, closingMinor: 5_780 * h, actual: true });
    expect(cash.months[3]).toMatchObject({ inMinor: 30 * h, outMinor: 120 * h, actual: true });
    expect(cash.months[5]).toMatchObject({ inMinor: 1_000 * h, outMinor: 100 * h, actual: false });
    expect(cash.months[11]!.closingMinor).toBe(5_000 * h + 4_180 * h - 600 * h + 7 * 900 * h);
  });

  it('spreads a yearly figure evenly, by working days, and by last year\'s pattern (refused without one)', { timeout: 60_000 }, async () => {
    const s = await openBudgetSession(tempDir());
    expect((await s.must('budgets.spread', { year: 2025, totalMinor: 100, method: 'even', account: null })).months).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
    const byDays = (await s.must('budgets.spread', { year: 2025, totalMinor: 1_200_00, method: 'workingDays', account: null })).months;
    expect(byDays.reduce((a, b) => a + b, 0)).toBe(1_200_00);
    // February 2025 has 20 weekdays, October 23.
    expect(byDays[1]! < byDays[9]!).toBe(true);
    const none = await s.call('budgets.spread', { year: 2025, totalMinor: 1_200_00, method: 'pattern', account: 'sales' });
    expect(!none.ok && none.error).toMatchObject({ key: 'budgets:errors.NO_PATTERN', params: { year: 2024 } });
    s.post([movement('2024-03-10', 'sales', 300 * h), movement('2024-12-10', 'sales', 100 * h)]);
    const pattern = (await s.must('budgets.spread', { year: 2025, totalMinor: 1_000 * h, method: 'pattern', account: 'sales' })).months;
    expect(pattern).toEqual([0, 0, 750 * h, 0, 0, 0, 0, 0, 0, 0, 0, 250 * h]);
  });

  it('break-even from the budget, the committed hours, the posted pay run and the hours worked', { timeout: 60_000 }, async () => {
    const s = await openRemunerationSession(tempDir());
    const draft = await s.must('remuneration.draftRun', { period: PERIOD });
    await s.must('remuneration.approveRun', { runId: draft.id, postingDate: '2025-05-31' });
    const { id } = await s.must('budgets.createDraft', { year: 2025, from: 'empty', versionId: null, note: null });
    await s.must('budgets.saveLines', {
      versionId: id,
      lines: [
        { account: 'sales', label: 'Ventas', months: Array(12).fill(100_000_00) },
        { account: 'materials', label: 'Madera', months: Array(12).fill(30_000_00) },
        { account: 'members_pay', label: 'Anticipos', months: Array(12).fill(50_000_00) },
      ],
    });
    const noApproved = await s.call('budgets.breakEven', { year: 2025, versionId: null });
    expect(!noApproved.ok && noApproved.error.key).toBe('budgets:errors.NO_BUDGET');
    const result = await s.must('budgets.breakEven', { year: 2025, versionId: id });
    const committed = [...(await committedMinutes(s.ctx().db, { from: '2025-01-01', to: '2025-12-31' })).values()].reduce((a, b) => a + b, 0);
    const gross = example.reduce((sum, m) => sum + m.payMinor, 0);
    const paidMinutes = example.reduce((sum, m) => sum + m.hours * 60, 0);
    expect(result).toMatchObject({ revenueMinor: 1_200_000_00, nonPayCostsMinor: 360_000_00, budgetedPayMinor: 600_000_00, committedMinutes: committed });
    expect(result.affordableHourlyMinor).toBe(Math.floor((840_000_00 * 60) / committed));
    expect(result.currentHourlyMinor).toBe(Math.floor((gross * 60) / paidMinutes));
    expect(result.currentPayMinor).toBe(Math.round((gross * committed) / paidMinutes));
    expect(result.breakEvenRevenueMinor).toBe(360_000_00 + result.currentPayMinor);
    expect(result.marginMinor).toBe(1_200_000_00 - 360_000_00 - result.currentPayMinor);
    const due = [...(await committedMinutes(s.ctx().db, { from: '2025-01-01', to: '2025-06-15' })).values()].reduce((a, b) => a + b, 0);
    expect(result.capacity).toEqual({ workedMinutes: paidMinutes, committedMinutes: due, percent: Math.round((paidMinutes * 1000) / due) / 10 });
    expect(result.machines).toEqual([]);
    // The posted run's journal entry is the members' pay actually spent in May.
    const actuals = await s.must('budgets.actuals', { year: 2025, versionId: id, forecast: 'budget', asOf: null });
    expect(actuals.accounts.find((a) => a.account === 'members_pay')!.actualMinor[4]).toBe(gross);
  });
});
