/**
 * Hourly schemes (rules/remuneration.md, "A public example" and "Kinds of scheme"): base × coefficient ×
 * (1 + seniority) (+ add-ons) × paid hours, rounded once, half up, per member; the maximum pay ratio.
 */
import { describe, expect, it } from 'vitest';
import { payOf, payRatio, PayRuleError, type SchemeRules } from '../../shared/domain/remuneration';
import { f, member, publicMembers, publicScheme } from './remuneration-fixtures';

describe('the public example of rules/remuneration.md', () => {
  it('pays every member to the cent: Ana 1,766,400.00; Bruno 1,367,654.40; Carla 748,800.00; Diego 870,144.00; Eva 384,000.00', () => {
    expect(publicMembers.map((m) => [m.id, payOf(publicScheme, m).amountMinor])).toEqual([
      ['Ana', 176_640_000],
      ['Bruno', 136_765_440],
      ['Carla', 74_880_000],
      ['Diego', 87_014_400],
      ['Eva', 38_400_000],
    ]);
  });

  it('measures the ratio 11,040.00 / 4,800.00 = 23/10 exactly, within the maximum 2.50', () => {
    const ratio = payRatio(publicScheme, publicMembers);
    expect(ratio).toMatchObject({ fraction: '23/10', decimal: '2.3', exact: '2.3', holds: true, top: 'Ana', lowest: 'Eva' });
    expect(ratio.topRate).toEqual({ num: 1_104_000n, den: 1n });
    expect(ratio.basis).toBe('Ana 11040.00 per hour ÷ Eva 4800.00 per hour = 23/10 = 2.3, at most the maximum 2.5');
  });

  it('raising Coordinación to 2.10 with Ana at 15 years gives 2.5725 > 2.50: the ratio breaks', () => {
    const raised: SchemeRules = { ...publicScheme, categories: { ...publicScheme.categories, Coordinación: f(21, 10) } };
    const members = publicMembers.map((m) => (m.id === 'Ana' ? { ...m, years: 15 } : m));
    expect(payRatio(raised, members)).toMatchObject({ fraction: '1029/400', decimal: '2.5725', holds: false, top: 'Ana' });
  });

  it('a ratio exactly at the maximum holds (at most, not below)', () => {
    const atMax = { ...publicScheme, maxRatio: f(23, 10) };
    expect(payRatio(atMax, publicMembers).holds).toBe(true);
    expect(payRatio({ ...publicScheme, maxRatio: f(229, 100) }, publicMembers).holds).toBe(false);
    expect(payRatio({ ...publicScheme, maxRatio: null }, publicMembers).holds).toBe(true);
  });
});

describe('seniority: a percentage per completed year, counted up to the cap', () => {
  it('counts no more than maxYears (Ana at 20 years is paid as at 15)', () => {
    const at15 = payOf(publicScheme, member('Ana', 'Coordinación', 15, 160)).amountMinor;
    expect(payOf(publicScheme, member('Ana', 'Coordinación', 20, 160)).amountMinor).toBe(at15);
    expect(at15).toBe(188_160_000); // 4,800 × 2 × 1.225 × 160
  });

  it('refuses fractional or negative years', () => {
    expect(() => payOf(publicScheme, member('X', 'Auxiliar', 1.5, 10))).toThrow(PayRuleError);
    expect(() => payOf(publicScheme, member('X', 'Auxiliar', -1, 10))).toThrow(/years/);
  });
});

describe('rounding: once per member, half up, to the cent', () => {
  it('rounds 0.005 up and 0.0049… down, on the whole product only', () => {
    // 1.00 per hour × 1 minute = 1.666… cents → 0.02.
    const scheme: SchemeRules = { ...publicScheme, baseMinor: 100, categories: { A: f(1) }, seniority: { percentPerYear: f(0), maxYears: 0 } };
    expect(payOf(scheme, member('a', 'A', 0, 0, { minutes: 1 })).amountMinor).toBe(2);
    // 0.30 per hour for 1 minute = 0.5 cent → 1 cent; 0.29 per hour = 0.4833 cent → 0.
    expect(payOf({ ...scheme, baseMinor: 30 }, member('a', 'A', 0, 0, { minutes: 1 })).amountMinor).toBe(1);
    expect(payOf({ ...scheme, baseMinor: 29 }, member('a', 'A', 0, 0, { minutes: 1 })).amountMinor).toBe(0);
  });

  it('does not round the rate first: 3 × 20 minutes at 1/3 coefficient pays what 60 minutes pay', () => {
    const scheme: SchemeRules = { ...publicScheme, baseMinor: 100, categories: { Third: f(1, 3) }, seniority: { percentPerYear: f(0), maxYears: 0 } };
    expect(payOf(scheme, member('a', 'Third', 0, 1)).amountMinor).toBe(33);
    expect(payOf(scheme, member('a', 'Third', 0, 0, { minutes: 20 })).amountMinor).toBe(11);
  });
});

describe('responsibility add-ons', () => {
  const scheme: SchemeRules = { ...publicScheme, responsibilityAddOns: { treasurer: f(1, 10) } };

  it('add a fraction of the base value per paid hour: Diego as treasurer earns 480.00 more per hour', () => {
    const diego = member('Diego', 'Auxiliar', 2, 176, { addOns: ['treasurer'] });
    // (1 × 1.03 + 0.10) × 4,800 × 176 = 954,624.00
    expect(payOf(scheme, diego).amountMinor).toBe(95_462_400);
  });

  it('count in the ratio only when the scheme says so', () => {
    const members = [member('Eva', 'Auxiliar', 0, 80, { addOns: ['treasurer'] }), member('Ana', 'Coordinación', 10, 160)];
    expect(payRatio(scheme, members).fraction).toBe('23/10');
    // With add-ons: 11,040 / 5,280 = 23/11.
    expect(payRatio({ ...scheme, ratioCountsAddOns: true }, members).fraction).toBe('23/11');
  });

  it('an add-on the scheme lacks is refused with its name', () => {
    expect(() => payOf(scheme, member('Eva', 'Auxiliar', 0, 80, { addOns: ['mayor'] }))).toThrow(/no add-on "mayor"/);
  });
});

describe('part-time commitment in the ratio of an hourly scheme', () => {
  it('is left out by default (rates per hour compare) and counted when the scheme says so', () => {
    const members = [member('Ana', 'Coordinación', 10, 80, { commitment: f(1, 2) }), member('Eva', 'Auxiliar', 0, 160)];
    expect(payRatio(publicScheme, members).fraction).toBe('23/10');
    expect(payRatio({ ...publicScheme, ratioCountsCommitment: true }, members).fraction).toBe('23/20');
  });
});

describe('minimum monthly pay proportional to hours (Brazil: category floor or minimum wage, pro rata)', () => {
  const brazil: SchemeRules = {
    ...publicScheme,
    baseMinor: 800,
    categories: { Auxiliar: f(1), Oficial: f(13, 10) },
    seniority: { percentPerYear: f(0), maxYears: 0 },
    minimumPay: { monthlyMinor: 151_800, categoryMonthlyMinor: { Oficial: 200_000 }, fullTimeMinutes: 220 * 60 },
  };

  it('raises pay to the minimum wage pro rata: 110 of 220 hours of 1,518.00 is 759.00, so 6.00 an hour (660.00) pays 759.00 and 8.00 (880.00) stays', () => {
    expect(payOf(brazil, member('a', 'Auxiliar', 0, 110)).amountMinor).toBe(88_000);
    const low = { ...brazil, baseMinor: 600 };
    const pay = payOf(low, member('a', 'Auxiliar', 0, 110));
    expect(pay.amountMinor).toBe(75_900);
    expect(pay.lines.map((l) => l.key)).toContain('remuneration:lines.minimum');
  });

  it('takes the category floor when it is higher than the minimum wage: Oficial 2,000.00 full time, 110 of 220 h → 1,000.00', () => {
    expect(payOf(brazil, member('o', 'Oficial', 0, 110)).amountMinor).toBe(114_400); // 8 × 1.3 × 110 = 1,144.00 is above
    expect(payOf({ ...brazil, baseMinor: 500 }, member('o', 'Oficial', 0, 110)).amountMinor).toBe(100_000);
  });

  it('rounds the pro-rated floor half up, once: 1 hour of 220 of 1,518.00 = 6.9 → 6.90', () => {
    expect(payOf({ ...brazil, baseMinor: 100 }, member('a', 'Auxiliar', 0, 1)).amountMinor).toBe(690);
    expect(payOf({ ...brazil, baseMinor: 100 }, member('a', 'Auxiliar', 0, 0, { minutes: 7 })).amountMinor).toBe(81); // 151,800 × 7/13,200 = 80.5 → 81
  });
});

describe('refusals', () => {
  it('names the member and the category the scheme lacks', () => {
    expect(() => payOf(publicScheme, member('Zoe', 'Gerencia', 0, 10))).toThrow('Zoe: the scheme has no category "Gerencia"');
    try {
      payOf(publicScheme, member('Zoe', 'Gerencia', 0, 10));
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_CATEGORY', key: 'remuneration:rules.errors.category', params: { member: 'Zoe', category: 'Gerencia' } });
    }
  });

  it('refuses negative or fractional minutes and hours by kind that do not add up', () => {
    expect(() => payOf(publicScheme, member('a', 'Auxiliar', 0, 0, { minutes: -60 }))).toThrow(/minutes/);
    expect(() => payOf(publicScheme, member('a', 'Auxiliar', 0, 0, { minutes: 1.5 }))).toThrow(/minutes/);
    expect(() => payOf(publicScheme, member('a', 'Auxiliar', 0, 2, { minutesByKind: { work: 60 } }))).toThrow(/add up/);
  });

  it('refuses a ratio over no members', () => {
    expect(() => payRatio(publicScheme, [])).toThrow(/no members/);
  });

  it('refuses a scheme that cannot be computed as a whole, naming what is wrong', () => {
    const zero = { ...publicScheme, categories: { ...publicScheme.categories, Nada: f(0) } };
    expect(() => payRatio(zero, publicMembers)).toThrow('The scheme cannot be used: "Nada" must have a coefficient above zero');
    expect(() => payOf(zero, publicMembers[0]!)).toThrow(expect.objectContaining({ key: 'remuneration:rules.errors.scheme.coefficient', params: { name: 'Nada' } }));
    expect(() => payOf({ ...publicScheme, baseMinor: 0 }, publicMembers[0]!)).toThrow(/base value/);
    expect(() => payOf({ ...publicScheme, maxRatio: f(1, 2) }, publicMembers[0]!)).toThrow(/at least 1/);
    expect(() => payOf({ ...publicScheme, seniority: { percentPerYear: f(-1), maxYears: 3 } }, publicMembers[0]!)).toThrow(/negative/);
    expect(() => payOf({ ...publicScheme, minimumPay: { monthlyMinor: 1, categoryMonthlyMinor: {}, fullTimeMinutes: 0 } }, publicMembers[0]!)).toThrow(/full-time/);
  });
});
