/** The public example of rules/remuneration.md as SchemeRules and PayMembers, for the remuneration unit tests. */
import type { Fraction } from '../../shared/domain/rational';
import type { PayMember, SchemeRules } from '../../shared/domain/remuneration';

export const f = (num: number, den = 1): Fraction => ({ num, den });

export const publicScheme: SchemeRules = {
  kind: 'hourly',
  baseMinor: 480_000,
  categories: { 'Auxiliar': f(1), 'Oficial': f(13, 10), 'Especializado': f(16, 10), 'Coordinación': f(2) },
  seniority: { percentPerYear: f(3, 2), maxYears: 15 },
  factors: {},
  modifiers: {},
  responsibilityAddOns: {},
  paymentsPerYear: 12,
  maxRatio: f(5, 2),
  ratioCountsAddOns: false,
  ratioCountsCommitment: false,
  minimumPay: null,
};

export const member = (id: string, category: string, years: number, hours: number, more: Partial<PayMember> = {}): PayMember => ({
  id,
  category,
  years,
  minutes: hours * 60,
  steps: {},
  modifiers: [],
  commitment: f(1),
  addOns: [],
  ...more,
});

export const publicMembers: PayMember[] = [
  member('Ana', 'Coordinación', 10, 160),
  member('Bruno', 'Especializado', 4, 168),
  member('Carla', 'Oficial', 0, 120),
  member('Diego', 'Auxiliar', 2, 176),
  member('Eva', 'Auxiliar', 0, 80),
];
