/**
 * The multi-year view of a capitalisation plan (issue 12, shared/domain/budgets/projection.ts): a machine
 * financed by new capital and a German loan, followed year by year and checked against a hand computation
 * to the cent, with the council's ratios as exact fractions.
 */
import { describe, expect, it } from 'vitest';
import { capitalInstalments, depreciationByYear, exactRatio, loanSchedule, projectPlan, type ProjectionInput } from '../../shared/domain/budgets';
import { rational } from '../../shared/domain/rational';

const years = [2026, 2027, 2028].map((year) => ({ year, from: `${year}-01-01`, to: `${year}-12-31` }));

/** A 60,000.00 press bought in March 2026: 20,000.00 of members' capital in 4 months, 40,000.00 lent at 10%. */
function pressPlan(revenueChange = rational(0)): ProjectionInput {
  return {
    years,
    opening: { membersCapitalMinor: 30_000_00, reservesMinor: 10_000_00, cashMinor: 30_000_00, otherAssetsMinor: 10_000_00, existingDebtMinor: 0 },
    baseRevenueMinor: [500_000_00, 500_000_00, 500_000_00],
    baseSurplusMinor: [20_000_00, 20_000_00, 20_000_00],
    revenueChange,
    investments: [{ costMinor: 60_000_00, date: '2026-03-01', usefulLifeYears: 10, savingsMinorPerYear: 1_000_00 }],
    financing: [
      { kind: 'capital', amountMinor: 20_000_00, date: '2026-01-15', instalments: 4 },
      {
        kind: 'loan',
        principalMinor: 40_000_00,
        drawnOn: '2026-03-01',
        schedule: loanSchedule({ principalMinor: 40_000_00, annualRate: rational(10, 100), periods: 4, periodsPerYear: 1, amortisation: 'german', firstDue: '2027-03-01' }),
      },
    ],
  };
}

describe('a plan projected year by year (hand computation to the cent)', () => {
  const [y2026, y2027, y2028] = projectPlan(pressPlan());

  it('the year of purchase: capital paid in, loan drawn, no service yet; surplus = base + savings − depreciation', () => {
    expect(y2026).toMatchObject({
      year: 2026,
      membersCapitalMinor: 50_000_00,
      expectedSurplusMinor: 15_000_00,
      reservesMinor: 25_000_00,
      debtOutstandingMinor: 40_000_00,
      debtServiceMinor: 0,
      depreciationMinor: 6_000_00,
      cashMinor: 51_000_00,
      assetsMinor: 115_000_00,
      equityToAssets: { fraction: '15/23', value: 75 / 115 },
      debtServiceToSurplus: { fraction: '0/1', value: 0 },
    });
  });

  it('the first instalment year: interest lowers the surplus, principal the debt and the cash', () => {
    expect(y2027).toMatchObject({
      interestMinor: 4_000_00,
      principalRepaidMinor: 10_000_00,
      debtServiceMinor: 14_000_00,
      expectedSurplusMinor: 11_000_00,
      reservesMinor: 36_000_00,
      debtOutstandingMinor: 30_000_00,
      cashMinor: 58_000_00,
      assetsMinor: 116_000_00,
      equityToAssets: { fraction: '43/58' },
      debtServiceToSurplus: { fraction: '14/11', value: 14 / 11 },
    });
    expect(y2028).toMatchObject({ expectedSurplusMinor: 12_000_00, debtOutstandingMinor: 20_000_00, assetsMinor: 118_000_00, debtServiceToSurplus: { fraction: '13/12' } });
  });

  it('assets equal capital + reserves + debt every year when the opening balances do (nothing leaks)', () => {
    for (const y of [y2026, y2027, y2028]) expect(y!.assetsMinor).toBe(y!.membersCapitalMinor + y!.reservesMinor + y!.debtOutstandingMinor);
  });
});

describe('scenarios', () => {
  it('2% less revenue lowers each surplus by 2% of the base revenue and raises debt service ÷ surplus', () => {
    const base = projectPlan(pressPlan());
    const lower = projectPlan(pressPlan(rational(-2, 100)));
    expect(lower.map((y) => y.expectedSurplusMinor)).toEqual(base.map((y) => y.expectedSurplusMinor - 10_000_00));
    expect(lower[1]!.debtServiceToSurplus).toEqual({ fraction: '14/1', value: 14 });
  });

  it('a revenue change rounds half away from zero (rules/money.md): −50% of 3.33 is −1.67', () => {
    const plan = { ...pressPlan(rational(-1, 2)), baseRevenueMinor: [3_33, 3_33, 3_33] };
    expect(projectPlan(plan)[0]!.expectedSurplusMinor).toBe(15_000_00 - 1_67);
  });

  it('debt service ÷ surplus means nothing when the year makes a loss: null, not a negative ratio', () => {
    const loss = projectPlan({ ...pressPlan(), baseSurplusMinor: [0, 0, 0] });
    expect(loss[1]!.expectedSurplusMinor).toBeLessThan(0);
    expect(loss[1]!.debtServiceToSurplus).toEqual({ fraction: null, value: null });
  });
});

describe('the projection’s rules of thumb', () => {
  it('new capital is paid monthly in equal instalments, the last taking the remainder', () => {
    expect(capitalInstalments(100_00, '2026-01-31', 3)).toEqual([
      { date: '2026-01-31', amountMinor: 33_33 },
      { date: '2026-02-28', amountMinor: 33_33 },
      { date: '2026-03-31', amountMinor: 33_34 },
    ]);
  });

  it('straight-line depreciation: a whole part from the year of purchase, the last part taking the remainder', () => {
    const fiveYears = [2026, 2027, 2028, 2029, 2030].map((year) => ({ year, from: `${year}-01-01`, to: `${year}-12-31` }));
    expect(depreciationByYear({ costMinor: 100_00, date: '2027-06-01', usefulLifeYears: 3, savingsMinorPerYear: null }, fiveYears)).toEqual([0, 33_33, 33_33, 33_34, 0]);
  });

  it('a ratio is kept exact in lowest terms, and has no value over nothing', () => {
    expect(exactRatio(75_000_00, 115_000_00)).toEqual({ fraction: '15/23', value: 75 / 115 });
    expect(exactRatio(1, 0)).toEqual({ fraction: null, value: null });
  });
});
