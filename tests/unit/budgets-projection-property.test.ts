/**
 * Properties of a plan's multi-year view (issue 12, shared/domain/budgets/projection.ts), for random plans:
 * nothing leaks (assets stay equal to capital + reserves + debt when the books open balanced), debt never
 * falls below nothing, and less revenue never means more surplus. Seeded (tests/setup).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanSchedule, projectPlan, type ProjectedFinancing, type ProjectionInput } from '../../shared/domain/budgets';
import { rational } from '../../shared/domain/rational';

const pad = (n: number) => String(n).padStart(2, '0');
const FIRST = 2026;

/** A date within the plan's `years` calendar years. */
const dateIn = (years: number) =>
  fc.tuple(fc.integer({ min: 0, max: years - 1 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${FIRST + y}-${pad(m)}-${pad(d)}`);

const amount = fc.integer({ min: 0, max: 1_000_000_000 });

const financing = (years: number): fc.Arbitrary<ProjectedFinancing> =>
  fc.oneof(
    fc.record({ kind: fc.constant('capital' as const), amountMinor: amount, date: dateIn(years), instalments: fc.integer({ min: 1, max: 24 }) }),
    fc.record({ kind: fc.constant('retained' as const), source: fc.constantFrom('capitalised-returns' as const, 'reserves' as const), amountMinor: amount, year: fc.integer({ min: FIRST, max: FIRST + years - 1 }) }),
    fc.record({ kind: fc.constant('grant' as const), amountMinor: amount, date: dateIn(years) }),
    fc
      .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 60 }), fc.constantFrom(1, 2, 4, 12), fc.constantFrom('french' as const, 'german' as const), dateIn(years))
      .map(([principalMinor, basisPoints, periods, periodsPerYear, amortisation, firstDue]) => ({
        kind: 'loan' as const,
        principalMinor,
        drawnOn: `${FIRST}-01-01`,
        schedule: loanSchedule({ principalMinor, annualRate: rational(basisPoints, 10_000), periods, periodsPerYear, amortisation, firstDue }),
      })),
  );

const plan = fc.integer({ min: 3, max: 5 }).chain((years) =>
  fc.record({
    years: fc.constant(Array.from({ length: years }, (_, i) => ({ year: FIRST + i, from: `${FIRST + i}-01-01`, to: `${FIRST + i}-12-31` }))),
    // A balanced opening: cash + other assets = capital + reserves + debt.
    opening: fc.tuple(amount, amount, amount, amount).map(([capital, reserves, debt, other]) => ({
      membersCapitalMinor: capital,
      reservesMinor: reserves,
      existingDebtMinor: debt,
      otherAssetsMinor: Math.min(other, capital + reserves + debt),
      cashMinor: capital + reserves + debt - Math.min(other, capital + reserves + debt),
    })),
    baseRevenueMinor: fc.array(amount, { minLength: years, maxLength: years }),
    baseSurplusMinor: fc.array(fc.integer({ min: -100_000_000, max: 100_000_000 }), { minLength: years, maxLength: years }),
    revenueChange: fc.integer({ min: -100, max: 100 }).map((p) => rational(p, 100)),
    investments: fc.array(
      fc.record({ costMinor: amount, date: dateIn(years), usefulLifeYears: fc.integer({ min: 1, max: 30 }), savingsMinorPerYear: fc.option(fc.integer({ min: 0, max: 10_000_000 })) }),
      { minLength: 1, maxLength: 3 },
    ),
    financing: fc.array(financing(years), { minLength: 1, maxLength: 4 }),
  }),
) as fc.Arbitrary<ProjectionInput>;

describe('a plan’s multi-year view, for any plan', () => {
  it('nothing leaks: every year, assets = members’ capital + reserves + debt when the books open balanced', () => {
    fc.assert(
      fc.property(plan, (input) => {
        const wrong = projectPlan(input).find((y) => y.assetsMinor !== y.membersCapitalMinor + y.reservesMinor + y.debtOutstandingMinor);
        expect(wrong).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('debt never falls below what was owed before the plan, and debt service is interest + principal', () => {
    fc.assert(
      fc.property(plan, (input) => {
        for (const y of projectPlan(input)) {
          expect(y.debtOutstandingMinor).toBeGreaterThanOrEqual(input.opening.existingDebtMinor);
          expect(y.debtServiceMinor).toBe(y.interestMinor + y.principalRepaidMinor);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('less revenue never means more surplus, in any year', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 1, max: 50 }), (input, cut) => {
        const lower = { ...input, revenueChange: rational(input.revenueChange.num * 100n - BigInt(cut) * input.revenueChange.den, input.revenueChange.den * 100n) };
        const [a, b] = [projectPlan(input), projectPlan(lower)];
        a.forEach((year, i) => expect(b[i]!.expectedSurplusMinor).toBeLessThanOrEqual(year.expectedSurplusMinor));
      }),
      { numRuns: 200 },
    );
  });
});
