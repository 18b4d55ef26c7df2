/**
 * Properties of the pay rules over random schemes and members (fast-check, the project's seed helper):
 * the payments of a year add up to the annual amount, pay never falls as hours rise, pay is the exact
 * product rounded once (within half a cent), and the pay ratio is exact, never rounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, multiply, parseRational, rational } from '../../shared/domain/rational';
import { annualPayments, monthlyPayOf, payOf, payRatio, type PayMember, type SchemeRules } from '../../shared/domain/remuneration';
import { f, member } from './remuneration-fixtures';

const fraction = fc.record({ num: fc.integer({ min: 1, max: 400 }), den: fc.constantFrom(1, 2, 3, 4, 5, 7, 10, 20, 25, 100) });
const categories = ['A', 'B', 'C'] as const;

const hourlyScheme = fc.record({
  baseMinor: fc.integer({ min: 1, max: 5_000_000 }),
  coefficients: fc.tuple(fraction, fraction, fraction),
  percent: fc.record({ num: fc.integer({ min: 0, max: 60 }), den: fc.constantFrom(1, 2, 10) }),
  maxYears: fc.integer({ min: 0, max: 40 }),
  addOn: fraction,
  minimum: fc.option(fc.integer({ min: 1, max: 500_000_000 }), { nil: null }),
}).map(({ baseMinor, coefficients, percent, maxYears, addOn, minimum }): SchemeRules => ({
  kind: 'hourly',
  baseMinor,
  categories: Object.fromEntries(categories.map((c, i) => [c, coefficients[i]!])),
  seniority: { percentPerYear: percent, maxYears },
  factors: {},
  modifiers: {},
  responsibilityAddOns: { duty: addOn },
  paymentsPerYear: 12,
  maxRatio: f(5, 2),
  ratioCountsAddOns: false,
  ratioCountsCommitment: false,
  minimumPay: minimum === null ? null : { monthlyMinor: minimum, categoryMonthlyMinor: {}, fullTimeMinutes: 160 * 60 },
}));

const payMember = fc
  .record({
    category: fc.constantFrom(...categories),
    years: fc.integer({ min: 0, max: 60 }),
    minutes: fc.integer({ min: 0, max: 744 * 60 }),
    duty: fc.boolean(),
    commitment: fc.constantFrom(f(1), f(3, 4), f(1, 2), f(1, 3)),
  })
  .map(({ category, years, minutes, duty, commitment }): PayMember => member('m', category, years, 0, { minutes, addOns: duty ? ['duty'] : [], commitment }));

describe('the payments of a year', () => {
  it('always add up to the annual amount, to the cent, in 12 or 14 payments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), fc.constantFrom(12, 14), (annual, n) => {
        const payments = annualPayments(annual, n);
        expect(payments).toHaveLength(n);
        expect(payments.reduce((a, b) => a + b, 0)).toBe(annual);
        // Every payment but the last is annual / n rounded half up.
        expect(Math.abs(payments[0]! * n - annual) * 2).toBeLessThanOrEqual(n);
      }),
    );
  });

  it('paid month by month add up to the annual amount of an annual scheme', () => {
    fc.assert(
      fc.property(hourlyScheme, payMember, fc.constantFrom(12 as const, 14 as const), (scheme, m, n) => {
        const annual: SchemeRules = { ...scheme, kind: 'annual', paymentsPerYear: n };
        const year = payOf(annual, m).amountMinor;
        const months = Array.from({ length: 12 }, (_, i) => monthlyPayOf(annual, m, i + 1).amountMinor);
        expect(months.reduce((a, b) => a + b, 0)).toBe(year);
      }),
    );
  });
});

describe('pay', () => {
  it('never falls as paid hours rise', () => {
    fc.assert(
      fc.property(hourlyScheme, payMember, fc.integer({ min: 0, max: 100 * 60 }), (scheme, m, more) => {
        const less = payOf(scheme, m).amountMinor;
        expect(payOf(scheme, { ...m, minutes: m.minutes + more }).amountMinor).toBeGreaterThanOrEqual(less);
      }),
    );
  });

  it('is the exact product rounded once, half up: within half a cent of base × rate × hours', () => {
    fc.assert(
      fc.property(hourlyScheme, payMember, (scheme, m) => {
        const plain = { ...scheme, minimumPay: null };
        const pay = payOf(plain, m).amountMinor;
        const c = scheme.categories[m.category]!;
        const perYear = multiply(rational(scheme.seniority.percentPerYear.num, scheme.seniority.percentPerYear.den * 100), rational(Math.min(m.years, scheme.seniority.maxYears)));
        const seniority = rational(perYear.num + perYear.den, perYear.den);
        const coefficient = multiply(rational(c.num, c.den), seniority);
        const addOn = m.addOns.length ? rational(scheme.responsibilityAddOns.duty!.num, scheme.responsibilityAddOns.duty!.den) : rational(0);
        const rate = rational(coefficient.num * addOn.den + addOn.num * coefficient.den, coefficient.den * addOn.den);
        const exact = multiply(multiply(rational(scheme.baseMinor), rate), rational(m.minutes, 60));
        // |pay − exact| ≤ 1/2, and exactly 1/2 only when rounding up.
        const twice = 2n * (BigInt(pay) * exact.den - exact.num);
        expect(twice <= exact.den && twice > -exact.den).toBe(true);
      }),
    );
  });

  it('is what its lines add up to', () => {
    fc.assert(
      fc.property(hourlyScheme, payMember, (scheme, m) => {
        const pay = payOf(scheme, m);
        expect(pay.lines.reduce((s, l) => s + (l.amountMinor ?? 0), 0)).toBe(pay.amountMinor);
      }),
    );
  });
});

describe('the pay ratio', () => {
  it('never rounds: top rate = ratio × lowest rate exactly, and its decimal, when exact, reads back as the ratio', () => {
    fc.assert(
      fc.property(hourlyScheme, fc.array(payMember, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), (scheme, ms, addOns, commitment) => {
        const rules = { ...scheme, ratioCountsAddOns: addOns, ratioCountsCommitment: commitment };
        const members = ms.map((m, i) => ({ ...m, id: `m${i}` }));
        const r = payRatio(rules, members);
        expect(compare(multiply(r.ratio, r.lowestRate), r.topRate)).toBe(0);
        expect(compare(r.ratio, rational(1))).toBeGreaterThanOrEqual(0);
        expect(compare(parseRational(r.fraction)!, r.ratio)).toBe(0);
        expect(compare(parseRational(r.exact)!, r.ratio)).toBe(0);
        if (!r.decimal.endsWith('…')) expect(compare(parseRational(r.decimal)!, r.ratio)).toBe(0);
        expect(r.holds).toBe(compare(r.ratio, rational(5, 2)) <= 0);
      }),
    );
  });
});
