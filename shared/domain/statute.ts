/**
 * The coop profile's statute parameters: what later modules (assemblies, voting, surplus, pay) read.
 * The legal framework fills the defaults; the statute may differ where the law allows, so every value is
 * visible and editable in settings. Rates are exact fractions, never floats (see rules/money.md).
 */
import { z } from 'zod';

export const legalFrameworks = ['AR', 'ES', 'BR', 'US', 'custom'] as const;
export type LegalFramework = (typeof legalFrameworks)[number];

export const fraction = z
  .object({ num: z.number().int().min(0).max(1_000_000), den: z.number().int().min(1).max(1_000_000) })
  .refine((f) => f.num <= f.den * 100, { message: 'errors.fraction' });
export type Fraction = z.infer<typeof fraction>;

export const voteBases = ['cast', 'valid', 'present', 'membership'] as const;
export const abstentionRules = ['excluded', 'absent', 'against'] as const;
export const thresholdRules = ['more_than', 'at_least'] as const;
export const halfPlusOneReadings = ['floor_half_plus_one', 'ceil_half_plus_one'] as const;

const majority = z.object({
  threshold: fraction,
  rule: z.enum(thresholdRules),
  base: z.enum(voteBases),
  abstentions: z.enum(abstentionRules),
  legalBasis: z.string().max(200),
});

const fund = z.object({
  key: z.string().min(1).max(40),
  name: z.string().min(1).max(120),
  percent: fraction,
  /** The legal minimum; a statute may raise a fund's percentage but never lower it below this. */
  legalMinimum: fraction,
  legalBasis: z.string().max(200),
});

export const statuteParameters = z.object({
  quorum: z.object({
    firstCall: fraction,
    firstCallRule: z.enum(thresholdRules),
    halfPlusOne: z.enum(halfPlusOneReadings),
    minutesBetweenCalls: z.number().int().min(0).max(24 * 60),
    /** Null: after the first call the assembly is valid with any number present. */
    secondCall: fraction.nullable(),
    secondCallMinimumPresent: z.number().int().min(0).max(100_000),
    legalBasis: z.string().max(200),
  }),
  ordinaryMajority: majority,
  qualifiedMajority: majority,
  proxies: z.object({ allowed: z.boolean(), maxPerMember: z.number().int().min(0).max(100) }),
  nonMemberResult: z.object({ fund: z.string().max(120), percent: fraction, legalBasis: z.string().max(200) }),
  funds: z.array(fund).max(20),
  interestOnCapital: z.object({ allowed: z.boolean(), maxAnnualRate: fraction.nullable(), legalBasis: z.string().max(200) }),
  returnsCashMinimum: fraction,
  /** Top effective hourly pay over the lowest; null when the statute sets no cap. */
  maxPayRatio: fraction.nullable(),
});
export type StatuteParameters = z.infer<typeof statuteParameters>;

const f = (num: number, den: number): Fraction => ({ num, den });
const simpleMajority = (legalBasis: string, abstentions: (typeof abstentionRules)[number]) =>
  ({ threshold: f(1, 2), rule: 'more_than', base: 'cast', abstentions, legalBasis }) as const;

const presets: Record<LegalFramework, StatuteParameters> = {
  AR: {
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 60,
      secondCall: null,
      secondCallMinimumPresent: 0,
      legalBasis: 'Ley 20.337 art. 49',
    },
    ordinaryMajority: simpleMajority('Ley 20.337 art. 53', 'absent'),
    qualifiedMajority: {
      threshold: f(2, 3),
      rule: 'at_least',
      base: 'present',
      abstentions: 'absent',
      legalBasis: 'Ley 20.337 art. 53',
    },
    proxies: { allowed: false, maxPerMember: 0 },
    nonMemberResult: { fund: 'Reserva especial', percent: f(1, 1), legalBasis: 'Ley 20.337 art. 42' },
    funds: [
      { key: 'legal_reserve', name: 'Reserva legal', percent: f(5, 100), legalMinimum: f(5, 100), legalBasis: 'Ley 20.337 art. 42 inc. 1' },
      { key: 'assistance', name: 'Fondo de acción asistencial y laboral', percent: f(5, 100), legalMinimum: f(5, 100), legalBasis: 'Ley 20.337 art. 42 inc. 2' },
      { key: 'education', name: 'Fondo de educación y capacitación cooperativa', percent: f(5, 100), legalMinimum: f(5, 100), legalBasis: 'Ley 20.337 art. 42 inc. 3' },
    ],
    interestOnCapital: { allowed: true, maxAnnualRate: null, legalBasis: 'Ley 20.337 art. 42 inc. 4' },
    returnsCashMinimum: f(0, 1),
    maxPayRatio: null,
  },
  ES: {
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 30,
      secondCall: f(1, 10),
      secondCallMinimumPresent: 100,
      legalBasis: 'Ley 27/1999 art. 23',
    },
    ordinaryMajority: simpleMajority('Ley 27/1999 art. 28.1', 'excluded'),
    qualifiedMajority: {
      threshold: f(2, 3),
      rule: 'at_least',
      base: 'present',
      abstentions: 'against',
      legalBasis: 'Ley 27/1999 art. 28.2',
    },
    proxies: { allowed: true, maxPerMember: 2 },
    nonMemberResult: { fund: 'Fondo de Reserva Obligatorio', percent: f(1, 2), legalBasis: 'Ley 27/1999 art. 57.3' },
    funds: [
      { key: 'fro', name: 'Fondo de Reserva Obligatorio', percent: f(20, 100), legalMinimum: f(20, 100), legalBasis: 'Ley 27/1999 arts. 55, 58' },
      { key: 'fep', name: 'Fondo de Educación y Promoción', percent: f(5, 100), legalMinimum: f(5, 100), legalBasis: 'Ley 27/1999 arts. 56, 58' },
    ],
    interestOnCapital: { allowed: true, maxAnnualRate: null, legalBasis: 'Ley 27/1999 art. 48.2' },
    returnsCashMinimum: f(0, 1),
    maxPayRatio: null,
  },
  BR: {
    quorum: {
      firstCall: f(2, 3),
      firstCallRule: 'at_least',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 60,
      secondCall: f(1, 2),
      secondCallMinimumPresent: 10,
      legalBasis: 'Lei 5.764/71 art. 40',
    },
    ordinaryMajority: simpleMajority('Lei 5.764/71 art. 38 §3', 'excluded'),
    qualifiedMajority: {
      threshold: f(2, 3),
      rule: 'at_least',
      base: 'present',
      abstentions: 'excluded',
      legalBasis: 'Lei 5.764/71 art. 46',
    },
    proxies: { allowed: false, maxPerMember: 0 },
    nonMemberResult: { fund: 'FATES', percent: f(1, 1), legalBasis: 'Lei 5.764/71 art. 87' },
    funds: [
      { key: 'reserve', name: 'Fundo de Reserva', percent: f(10, 100), legalMinimum: f(10, 100), legalBasis: 'Lei 5.764/71 art. 28 I' },
      { key: 'fates', name: 'FATES', percent: f(5, 100), legalMinimum: f(5, 100), legalBasis: 'Lei 5.764/71 art. 28 II' },
    ],
    interestOnCapital: { allowed: true, maxAnnualRate: f(12, 100), legalBasis: 'Lei 5.764/71 art. 24 §3' },
    returnsCashMinimum: f(0, 1),
    maxPayRatio: null,
  },
  US: {
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 0,
      secondCall: null,
      secondCallMinimumPresent: 0,
      legalBasis: 'Bylaws',
    },
    ordinaryMajority: simpleMajority("Bylaws; Robert's Rules", 'excluded'),
    qualifiedMajority: {
      threshold: f(2, 3),
      rule: 'at_least',
      base: 'cast',
      abstentions: 'excluded',
      legalBasis: "Bylaws; Robert's Rules",
    },
    proxies: { allowed: false, maxPerMember: 0 },
    nonMemberResult: { fund: 'Collective account', percent: f(1, 1), legalBasis: 'IRC Subchapter T' },
    funds: [
      { key: 'collective', name: 'Collective reserve', percent: f(10, 100), legalMinimum: f(0, 1), legalBasis: 'Bylaws' },
    ],
    interestOnCapital: { allowed: false, maxAnnualRate: null, legalBasis: 'Bylaws' },
    returnsCashMinimum: f(20, 100),
    maxPayRatio: null,
  },
  custom: {
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 60,
      secondCall: null,
      secondCallMinimumPresent: 0,
      legalBasis: 'Statute',
    },
    ordinaryMajority: simpleMajority('Statute', 'excluded'),
    qualifiedMajority: { threshold: f(2, 3), rule: 'at_least', base: 'cast', abstentions: 'excluded', legalBasis: 'Statute' },
    proxies: { allowed: false, maxPerMember: 0 },
    nonMemberResult: { fund: 'Reserve', percent: f(1, 1), legalBasis: 'Statute' },
    funds: [],
    interestOnCapital: { allowed: false, maxAnnualRate: null, legalBasis: 'Statute' },
    returnsCashMinimum: f(0, 1),
    maxPayRatio: null,
  },
};

/** The defaults a legal framework gives; a fresh copy the caller may change. */
export function statuteDefaults(framework: LegalFramework): StatuteParameters {
  return structuredClone(presets[framework]);
}

const atLeast = (a: Fraction, b: Fraction) => a.num * b.den >= b.num * a.den;

/** Funds set below their legal minimum, which the profile must refuse (the statute may only raise them). */
export function fundsBelowMinimum(params: StatuteParameters): { key: string; legalBasis: string }[] {
  return params.funds
    .filter((fund) => !atLeast(fund.percent, fund.legalMinimum))
    .map((fund) => ({ key: fund.key, legalBasis: fund.legalBasis }));
}
