/**
 * The law's part of each framework: the statute defaults, and the legal minimums, maximums and bases a
 * statute may move within. This table lives on the main side of every check: a caller never sends it.
 */
import type { abstentionRules, Fraction, LegalFramework, StatuteParameters } from './statute';

const f = (num: number, den: number): Fraction => ({ num, den });
const simpleMajority = (legalBasis: string, abstentions: (typeof abstentionRules)[number]) =>
  ({ threshold: f(1, 2), rule: 'more_than', base: 'cast', abstentions, legalBasis }) as const;

const presets: Record<LegalFramework, StatuteParameters> = {
  AR: {
    framework: 'AR',
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 60,
      calls: 2,
      secondCall: null,
      secondCallRule: 'at_least',
      secondCallMinimumPresent: 0,
      thirdCallMinimumPresent: 0,
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
    framework: 'ES',
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 30,
      calls: 2,
      secondCall: f(1, 10),
      secondCallRule: 'at_least',
      secondCallMinimumPresent: 100,
      thirdCallMinimumPresent: 0,
      // Art. 25 sets the quorum (10% of the votes or 100 votes at second call); art. 24.2 the half hour.
      legalBasis: 'Ley 27/1999 art. 25',
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
    framework: 'BR',
    quorum: {
      firstCall: f(2, 3),
      firstCallRule: 'at_least',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 60,
      calls: 3,
      secondCall: f(1, 2),
      secondCallRule: 'more_than',
      secondCallMinimumPresent: 0,
      thirdCallMinimumPresent: 10,
      // Art. 40: 2/3, half plus one, at least 10; art. 38 §1: at least one hour between calls.
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
    framework: 'US',
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 0,
      // Bylaws name one quorum; an assembly without it adjourns instead of meeting at a later call.
      calls: 1,
      secondCall: null,
      secondCallRule: 'at_least',
      secondCallMinimumPresent: 0,
      thirdCallMinimumPresent: 0,
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
    framework: 'custom',
    quorum: {
      firstCall: f(1, 2),
      firstCallRule: 'more_than',
      halfPlusOne: 'floor_half_plus_one',
      minutesBetweenCalls: 60,
      calls: 2,
      secondCall: null,
      secondCallRule: 'at_least',
      secondCallMinimumPresent: 0,
      thirdCallMinimumPresent: 0,
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

export interface LegalRules {
  /** The framework's funds: a statute keeps exactly these, each at or above its legal minimum. */
  funds: readonly { key: string; name: string; legalMinimum: Fraction; legalBasis: string }[];
  nonMemberResult: { fund: string; legalMinimum: Fraction; legalBasis: string };
  /** The highest annual interest on capital the law allows; null when the law sets no fixed rate. */
  interestMaximum: Fraction | null;
}

const nonMemberMinimum: Record<LegalFramework, Fraction> = {
  AR: f(1, 1), // all of it to the special reserve (rules/surplus.md, legal presets)
  ES: f(1, 2), // at least half to the Fondo de Reserva Obligatorio
  BR: f(1, 1), // all of it to FATES
  US: f(0, 1),
  custom: f(0, 1),
};

export function legalRules(framework: LegalFramework): LegalRules {
  const preset = presets[framework];
  return {
    funds: preset.funds.map(({ key, name, legalMinimum, legalBasis }) => ({ key, name, legalMinimum, legalBasis })),
    nonMemberResult: { fund: preset.nonMemberResult.fund, legalMinimum: nonMemberMinimum[framework], legalBasis: preset.nonMemberResult.legalBasis },
    // Only Brazil fixes a rate in the law (12% a year); Argentina's cap follows Banco Nación's rate.
    interestMaximum: framework === 'BR' ? f(12, 100) : null,
  };
}
