/**
 * What a statute may choose and what the law fixes. A caller sends `StatuteChoices`; the whole statute is
 * built here from the framework's table (names, minimums, legal bases), after `statuteProblems` found
 * nothing the law forbids: a fund below its minimum, funds taking more than the whole surplus, a statute
 * made for another framework, an interest cap above the legal rate.
 */
import { compare, fromFraction, ONE, sum, type Fraction } from './rational';
import type { LegalFramework, StatuteChoices, StatuteParameters } from './statute';
import { legalRules, statuteDefaults } from './statute-presets';

export const statuteProblemCodes = [
  'STATUTE_FRAMEWORK_MISMATCH',
  'FUND_BELOW_MINIMUM',
  'FUNDS_ABOVE_WHOLE',
  'NON_MEMBER_BELOW_MINIMUM',
  'INTEREST_ABOVE_LEGAL_MAXIMUM',
] as const;

export interface StatuteProblem {
  code: (typeof statuteProblemCodes)[number];
  /** Dotted path of the offending value in a `coop.update` input. */
  path: string;
  params: Record<string, string>;
}

const below = (a: Fraction, b: Fraction) => compare(fromFraction(a), fromFraction(b)) < 0;
const percentText = (f: Fraction) => `${(Math.round((f.num * 10_000) / f.den) / 100).toString()}%`;

/** The choices a whole statute holds: what a settings form starts from and sends back. */
export function choicesOf(statute: StatuteParameters): StatuteChoices {
  const majority = ({ threshold, rule, base, abstentions }: StatuteParameters['ordinaryMajority']) => ({ threshold, rule, base, abstentions });
  const { legalBasis: _quorumBasis, ...quorum } = statute.quorum;
  return {
    framework: statute.framework,
    quorum,
    ordinaryMajority: majority(statute.ordinaryMajority),
    qualifiedMajority: majority(statute.qualifiedMajority),
    proxies: { ...statute.proxies },
    nonMemberResult: { percent: statute.nonMemberResult.percent },
    funds: statute.funds.map(({ key, percent }) => ({ key, percent })),
    interestOnCapital: { allowed: statute.interestOnCapital.allowed, maxAnnualRate: statute.interestOnCapital.maxAnnualRate },
    returnsCashMinimum: statute.returnsCashMinimum,
    maxPayRatio: statute.maxPayRatio,
  };
}

/** Everything in `choices` that the law of `framework` forbids; empty when the statute may be stored. */
export function statuteProblems(framework: LegalFramework, choices: StatuteChoices): StatuteProblem[] {
  const law = legalRules(framework);
  if (choices.framework !== framework) {
    return [{ code: 'STATUTE_FRAMEWORK_MISMATCH', path: 'statute.framework', params: { statute: choices.framework, framework } }];
  }
  const keys = choices.funds.map((f) => f.key);
  const sameFunds = keys.length === law.funds.length && law.funds.every((fund, i) => keys[i] === fund.key);
  if (!sameFunds) return [{ code: 'STATUTE_FRAMEWORK_MISMATCH', path: 'statute.funds', params: { statute: keys.join(', '), framework } }];

  const problems: StatuteProblem[] = [];
  law.funds.forEach((fund, i) => {
    if (below(choices.funds[i]!.percent, fund.legalMinimum)) {
      problems.push({ code: 'FUND_BELOW_MINIMUM', path: `statute.funds.${fund.key}`, params: { basis: fund.legalBasis } });
    }
  });
  // The funds are shares of one surplus: together they can take all of it, never more.
  if (compare(sum(choices.funds.map((f) => fromFraction(f.percent))), ONE) > 0) {
    problems.push({ code: 'FUNDS_ABOVE_WHOLE', path: 'statute.funds', params: {} });
  }
  if (below(choices.nonMemberResult.percent, law.nonMemberResult.legalMinimum)) {
    problems.push({
      code: 'NON_MEMBER_BELOW_MINIMUM',
      path: 'statute.nonMemberResult.percent',
      params: { basis: law.nonMemberResult.legalBasis, minimum: percentText(law.nonMemberResult.legalMinimum) },
    });
  }
  const { allowed, maxAnnualRate } = choices.interestOnCapital;
  const maximum = law.interestMaximum;
  if (allowed && maximum && (maxAnnualRate === null || below(maximum, maxAnnualRate))) {
    problems.push({
      code: 'INTEREST_ABOVE_LEGAL_MAXIMUM',
      path: 'statute.interestOnCapital.maxAnnualRate',
      params: { basis: statuteDefaults(framework).interestOnCapital.legalBasis, maximum: percentText(maximum) },
    });
  }
  return problems;
}

/** The whole statute: the person's choices, with names, minimums and legal bases from the framework's law. */
export function statuteFromChoices(choices: StatuteChoices): StatuteParameters {
  const law = statuteDefaults(choices.framework);
  const percentOf = new Map(choices.funds.map((f) => [f.key, f.percent]));
  return {
    framework: choices.framework,
    quorum: { ...choices.quorum, legalBasis: law.quorum.legalBasis },
    ordinaryMajority: { ...choices.ordinaryMajority, legalBasis: law.ordinaryMajority.legalBasis },
    qualifiedMajority: { ...choices.qualifiedMajority, legalBasis: law.qualifiedMajority.legalBasis },
    proxies: { ...choices.proxies },
    nonMemberResult: { ...law.nonMemberResult, percent: choices.nonMemberResult.percent },
    funds: law.funds.map((fund) => ({ ...fund, percent: percentOf.get(fund.key) ?? fund.percent })),
    interestOnCapital: { ...choices.interestOnCapital, legalBasis: law.interestOnCapital.legalBasis },
    returnsCashMinimum: choices.returnsCashMinimum,
    maxPayRatio: choices.maxPayRatio,
  };
}
