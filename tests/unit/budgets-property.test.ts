/**
 * Properties of the budget rules (issue 12), for random loans and figures: a schedule repays exactly the
 * loan (the last instalment taking the remainder), its balance only falls and ends at zero, the French
 * instalments before the last are equal; a spread month adds up to the year. Seeded (tests/setup).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanSchedule, spreadByPattern, spreadEvenly, spreadByWorkingDays } from '../../shared/domain/budgets';
import { rational } from '../../shared/domain/rational';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('loan schedules (French and German)', () => {
  it('repay the principal to the cent, the balance falling to zero; French instalments equal but the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000_000 }),
        // Loans as lenders make them: up to 30 years at up to 40% a year. (Over a century at 11% the rounding
        // of each period's interest compounds past an instalment, and no schedule stays level.)
        fc.integer({ min: 0, max: 4_000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(1, 2, 4, 12),
        fc.constantFrom('french' as const, 'german' as const),
        (principalMinor, basisPoints, years, periodsPerYear, amortisation) => {
          const periods = years * periodsPerYear;
          const schedule = loanSchedule({ principalMinor, annualRate: rational(basisPoints, 10_000), periods, periodsPerYear, amortisation });
          expect(schedule).toHaveLength(periods);
          expect(sum(schedule.map((i) => i.principalMinor))).toBe(principalMinor);
          expect(schedule.at(-1)!.balanceMinor).toBe(0);
          // One assertion over the whole schedule: a failing instalment is named by its period.
          const wrong = schedule.find((i, k) => i.principalMinor < 0 || i.paymentMinor !== i.principalMinor + i.interestMinor || (k > 0 && i.balanceMinor > schedule[k - 1]!.balanceMinor));
          expect(wrong).toBeUndefined();
          // A loan of a few cents over many periods is repaid before its end; the equal-instalment rule is for real loans.
          if (amortisation === 'french' && basisPoints > 0 && periods > 2 && principalMinor >= periods * 100) {
            const payments = new Set(schedule.slice(0, -1).map((i) => i.paymentMinor));
            expect(payments.size).toBe(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('spreading', () => {
  it('every way of spreading adds up to the year, each month within a cent of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), fc.integer({ min: 2000, max: 2100 }), (total, pattern, year) => {
        for (const months of [spreadEvenly(total), spreadByPattern(total, pattern), spreadByWorkingDays(total, year)]) {
          expect(months).toHaveLength(12);
          expect(sum(months)).toBe(total);
        }
        for (const m of spreadEvenly(total)) expect(Math.abs(m - total / 12)).toBeLessThan(1);
      }),
      { numRuns: 200 },
    );
  });
});
