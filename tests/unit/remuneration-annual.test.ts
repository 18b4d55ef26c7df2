/**
 * Annual schemes by job index (Mondragon-style "índices", 12 or 14 payments, a solidarity cap on the highest
 * index ÷ the lowest) and the multiplicative matrix (factor^step, named modifiers, commitment; the ratio on
 * the full-time equivalent): rules/remuneration.md, "Kinds of scheme that coops really use".
 */
import { describe, expect, it } from 'vitest';
import { annualPayments, monthlyPayOf, paymentNumbersOfMonth, payOf, payRatio, type SchemeRules } from '../../shared/domain/remuneration';
import { f, member } from './remuneration-fixtures';

const byIndex: SchemeRules = {
  kind: 'annual',
  baseMinor: 2_110_000,
  categories: { 'Peón': f(1), 'Oficial': f(5, 4), 'Técnica': f(8, 5), 'Gerencia': f(27, 10) },
  seniority: { percentPerYear: f(0), maxYears: 0 },
  factors: {},
  modifiers: {},
  responsibilityAddOns: {},
  paymentsPerYear: 14,
  maxRatio: f(3),
  ratioCountsAddOns: false,
  ratioCountsCommitment: false,
  minimumPay: null,
};
const team = [member('Itziar', 'Gerencia', 0, 0), member('Josu', 'Técnica', 0, 0), member('Miren', 'Oficial', 0, 0, { commitment: f(3, 4) }), member('Unai', 'Peón', 0, 0)];

describe('annual by job index', () => {
  it('pays the annual base × the job index × the commitment: Itziar 56,970.00; Miren (3/4) 19,781.25', () => {
    expect(team.map((m) => payOf(byIndex, m).amountMinor)).toEqual([5_697_000, 3_376_000, 1_978_125, 2_110_000]);
  });

  it('14 payments of annual / 14 rounded half up, the last taking the remainder: 13 × 4,069.29 and 4,069.23', () => {
    const payments = annualPayments(5_697_000, 14);
    expect(payments.slice(0, 13)).toEqual(Array.from({ length: 13 }, () => 406_929));
    expect(payments[13]).toBe(406_923);
    expect(payments.reduce((a, b) => a + b, 0)).toBe(5_697_000);
  });

  it('12 payments: 1.00 a year is 11 × 0.08 and 0.12', () => {
    expect(annualPayments(100, 12)).toEqual([...Array.from({ length: 11 }, () => 8), 12]);
    expect(() => annualPayments(100, 13)).toThrow(/12 or 14/);
  });

  it('puts the two extra payments in June and December, the remainder last', () => {
    expect(paymentNumbersOfMonth(14, 5)).toEqual([5]);
    expect(paymentNumbersOfMonth(14, 6)).toEqual([6, 7]);
    expect(paymentNumbersOfMonth(14, 7)).toEqual([8]);
    expect(paymentNumbersOfMonth(14, 12)).toEqual([13, 14]);
    expect(paymentNumbersOfMonth(12, 12)).toEqual([12]);
    expect(() => paymentNumbersOfMonth(12, 13)).toThrow(/1 to 12/);
  });

  it('a monthly run pays the payments of the month, with the year shown as an explaining line', () => {
    const june = monthlyPayOf(byIndex, team[0]!, 6);
    expect(june.amountMinor).toBe(2 * 406_929);
    expect(june.lines.filter((l) => l.amountMinor !== null).map((l) => [l.key, l.params])).toEqual([
      ['remuneration:lines.payment', { number: 6, of: 14 }],
      ['remuneration:lines.payment', { number: 7, of: 14 }],
    ]);
    expect(june.lines).toContainEqual({ key: 'remuneration:lines.annualAmount', params: { amountMinor: 5_697_000 }, amountMinor: null });
    const year = Array.from({ length: 12 }, (_, i) => monthlyPayOf(byIndex, team[0]!, i + 1).amountMinor);
    expect(year.reduce((a, b) => a + b, 0)).toBe(5_697_000);
  });

  it('caps the highest index ÷ the lowest (solidarity): 2.70 / 1.00 holds under 3, 3.20 / 1.00 does not', () => {
    expect(payRatio(byIndex, team)).toMatchObject({ fraction: '27/10', holds: true, top: 'Itziar', lowest: 'Unai' });
    const wider = { ...byIndex, categories: { ...byIndex.categories, Gerencia: f(16, 5) } };
    expect(payRatio(wider, team)).toMatchObject({ fraction: '16/5', holds: false });
  });

  it('measures a part-timer at full time unless the scheme counts commitment', () => {
    const partTimeLowest = [member('Itziar', 'Gerencia', 0, 0), member('Unai', 'Peón', 0, 0, { commitment: f(1, 2) })];
    expect(payRatio(byIndex, partTimeLowest).fraction).toBe('27/10');
    expect(payRatio({ ...byIndex, ratioCountsCommitment: true }, partTimeLowest).fraction).toBe('27/5');
  });

  it('refuses a commitment of 0 or above full time', () => {
    expect(() => payOf(byIndex, member('x', 'Peón', 0, 0, { commitment: f(0) }))).toThrow(/commitment/);
    expect(() => payOf(byIndex, member('x', 'Peón', 0, 0, { commitment: f(5, 4) }))).toThrow(/commitment/);
  });

  it('keeps each of the year’s payments at the monthly minimum, pro rata to commitment', () => {
    const floor = { ...byIndex, paymentsPerYear: 12 as const, minimumPay: { monthlyMinor: 200_000, categoryMonthlyMinor: {}, fullTimeMinutes: 1 } };
    // Unai: 21,100.00 < 12 × 2,000.00; at half time 12 × 2,000 × 1/2 = 12,000.00.
    expect(payOf(floor, member('Unai', 'Peón', 0, 0)).amountMinor).toBe(2_400_000);
    expect(payOf(floor, member('Unai', 'Peón', 0, 0, { commitment: f(1, 2) })).amountMinor).toBe(1_200_000);
    expect(payOf(floor, member('Itziar', 'Gerencia', 0, 0)).amountMinor).toBe(5_697_000);
  });
});

const matrix: SchemeRules = {
  kind: 'matrix',
  baseMinor: 2_000_000,
  categories: {},
  seniority: { percentPerYear: f(0), maxYears: 0 },
  factors: { level: f(11, 10), responsibility: f(6, 5) },
  modifiers: { 'geo-up': { factor: f(23, 20), inRatio: false }, 'long-week': { factor: f(21, 20), inRatio: true } },
  responsibilityAddOns: {},
  paymentsPerYear: 12,
  maxRatio: f(2),
  ratioCountsAddOns: false,
  ratioCountsCommitment: false,
  minimumPay: null,
};

describe('multiplicative matrix', () => {
  it('multiplies the base by factor^step per dimension, the modifiers and the commitment: 20,000 × 1.1² × 1.15 × 0.75 = 20,872.50', () => {
    const m = member('Aiko', '', 0, 0, { steps: { level: 2 }, modifiers: ['geo-up'], commitment: f(3, 4) });
    const pay = payOf(matrix, m);
    expect(pay.amountMinor).toBe(2_087_250);
    expect(pay.lines.map((l) => l.key)).toEqual([
      'remuneration:lines.baseAnnual',
      'remuneration:lines.factor',
      'remuneration:lines.modifier',
      'remuneration:lines.fullTimeAnnual',
      'remuneration:lines.commitment',
      'remuneration:lines.annualPay',
    ]);
    expect(pay.lines[1]!.params).toEqual({ name: 'level', factor: '1.1', step: 2, multiplier: '1.21' });
    expect(pay.lines[4]!.params).toEqual({ percent: '75' });
  });

  it('step 0 multiplies by 1, several dimensions multiply together', () => {
    expect(payOf(matrix, member('a', '', 0, 0, { steps: { level: 0 } })).amountMinor).toBe(2_000_000);
    expect(payOf(matrix, member('a', '', 0, 0, { steps: { level: 1, responsibility: 2 } })).amountMinor).toBe(3_168_000); // 20,000 × 1.1 × 1.44
  });

  it('measures the ratio on the full-time equivalent, each modifier counted as its setting says', () => {
    const members = [
      member('Aiko', '', 0, 0, { steps: { level: 2 }, modifiers: ['geo-up'], commitment: f(1, 2) }),
      member('Bram', '', 0, 0, { modifiers: ['long-week'] }),
      member('Cleo', '', 0, 0, { commitment: f(1, 2) }),
    ];
    // Aiko 24,200 full time (geo-up left out), Cleo 20,000 full time: 121/100.
    expect(payRatio(matrix, members)).toMatchObject({ fraction: '121/100', top: 'Aiko', lowest: 'Cleo', holds: true });
    const geoCounts = { ...matrix, modifiers: { ...matrix.modifiers, 'geo-up': { factor: f(23, 20), inRatio: true } } };
    expect(payRatio(geoCounts, members).fraction).toBe('2783/2000');
  });

  it('refuses a dimension or a modifier the scheme lacks, and a step out of range', () => {
    expect(() => payOf(matrix, member('a', '', 0, 0, { steps: { charisma: 1 } }))).toThrow(/no dimension "charisma"/);
    expect(() => payOf(matrix, member('a', '', 0, 0, { modifiers: ['night'] }))).toThrow(/no modifier "night"/);
    expect(() => payOf(matrix, member('a', '', 0, 0, { steps: { level: -1 } }))).toThrow(/step/);
  });

  it('still uses categories as a dimension when the matrix has them', () => {
    const withJobs = { ...matrix, categories: { A: f(1), B: f(3, 2) } };
    expect(payOf(withJobs, member('b', 'B', 0, 0)).amountMinor).toBe(3_000_000);
    expect(() => payOf(withJobs, member('c', 'C', 0, 0))).toThrow(/no category "C"/);
  });
});
