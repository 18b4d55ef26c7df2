/**
 * Whether a tally passes under a rule: exact integer comparison against the fraction, never a rounded
 * threshold (rules/assemblies.md §5). `ruleOf` turns a matter into the statute's rule.
 */
import { RuleRefusal } from '../rule-refusal';
import type { LegalFramework, StatuteParameters } from '../statute';
import type { Matter, Tally, VoteOutcome, VoteRule } from './types';

/**
 * The most a statute may require, per framework. Spain caps statutory majorities at four fifths
 * (Ley 27/1999 art. 28.3); elsewhere the whole of the base is the limit.
 */
const frameworkCap: Partial<Record<LegalFramework, { num: number; den: number; basis: string }>> = {
  ES: { num: 4, den: 5, basis: 'Ley 27/1999 art. 28.3' },
};

/** Refuses a rule no vote can follow: a threshold of zero or above the whole, "more than all", or above the framework's cap. */
export function checkRule(rule: VoteRule, framework?: LegalFramework): void {
  const { num, den } = rule.threshold;
  const threshold = `${String(num)}/${String(den)}`;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 1 || den < 1) {
    throw new RuleRefusal('voting:errors.badThreshold', `The threshold ${threshold} is not a fraction of whole numbers above zero`, { threshold });
  }
  if (num > den) throw new RuleRefusal('voting:errors.thresholdAboveOne', `The threshold ${threshold} is more than the whole`, { threshold });
  if (num === den && rule.strict) throw new RuleRefusal('voting:errors.moreThanAll', 'No vote can pass "more than all" of its base');
  const cap = framework ? frameworkCap[framework] : undefined;
  if (cap && num * cap.den > cap.num * den) {
    const most = `${String(cap.num)}/${String(cap.den)}`;
    throw new RuleRefusal('voting:errors.aboveFrameworkCap', `The threshold ${threshold} is above ${most}, the most ${cap.basis} allows`, { threshold, cap: most, basis: cap.basis });
  }
}

/** Refuses a tally that cannot have happened: negatives, more present than entitled, more votes than present. */
export function checkTally(tally: Tally): void {
  for (const [field, value] of Object.entries(tally)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RuleRefusal('voting:errors.negative', `${field} must be a whole number, zero or more`, { field });
  }
  const { present, entitled } = tally;
  if (present > entitled) {
    throw new RuleRefusal('voting:errors.presentAboveEntitled', `${String(present)} present is more than the ${String(entitled)} entitled to vote`, { present, entitled });
  }
  const votes = tally.yes + tally.no + tally.abstain + tally.blank + tally.invalid;
  if (votes > present) {
    throw new RuleRefusal('voting:errors.tallyAbovePresent', `The tally adds up to ${String(votes)}, more than the ${String(present)} present`, { votes, present });
  }
}

/**
 * The base the threshold applies to. Abstentions are the abstain and blank votes; on a base of those
 * present or of the whole membership, everyone present who voted neither yes nor no (a spoiled ballot, a
 * hand not raised) counts with them, as a show of hands cannot tell them apart. "against" keeps them in
 * any base that holds them; "excluded" takes them out; "absent" treats them as a member who is not
 * there: out of the votes and of those present, still one of the whole membership.
 */
export function baseOf(rule: VoteRule, tally: Tally): number {
  const { yes, no } = tally;
  const kept = rule.abstentions === 'against';
  const notVoting = tally.present - yes - no;
  switch (rule.base) {
    case 'cast':
      return yes + no;
    case 'valid':
      return yes + no + (kept ? tally.abstain + tally.blank : 0);
    case 'present':
      return kept ? tally.present : yes + no;
    case 'entitled':
      return rule.abstentions === 'excluded' ? tally.entitled - notVoting : tally.entitled;
  }
}

/** The least number of yes votes that passes on `base`: `den·y > num·base` or `den·y ≥ num·base`, at least one. */
export function yesNeededOn(rule: VoteRule, base: number): number {
  // BigInt: num·base of a large roll and a fine fraction may pass 2^53, where a float would round.
  const product = BigInt(rule.threshold.num) * BigInt(base);
  const den = BigInt(rule.threshold.den);
  const needed = rule.strict ? product / den + 1n : (product + den - 1n) / den;
  return Math.max(1, Number(needed));
}

/** Passes iff `den·yes > num·base` (strict) or `≥` (not strict), with at least one yes; a tie fails a majority. */
export function evaluateVote(rule: VoteRule, tally: Tally, basis: string): VoteOutcome {
  checkRule(rule);
  checkTally(tally);
  const base = baseOf(rule, tally);
  const left = BigInt(rule.threshold.den) * BigInt(tally.yes);
  const right = BigInt(rule.threshold.num) * BigInt(base);
  const passed = tally.yes > 0 && (rule.strict ? left > right : left >= right);
  return { passed, base, yesNeeded: yesNeededOn(rule, base), rule, basis };
}

/** Unanimity comes from the statute, not the law: its basis is the statute itself, in the framework's word. */
const statuteWord: Record<LegalFramework, string> = { AR: 'Estatuto', ES: 'Estatutos', BR: 'Estatuto social', US: 'Bylaws', custom: 'Statute' };

const baseOfStatute = { cast: 'cast', valid: 'valid', present: 'present', membership: 'entitled' } as const;

/**
 * The rule a matter follows under the statute. Unanimity is read as every member present voting yes
 * (a base of those present, abstentions kept in it), which the statute's majorities do not describe.
 */
export function ruleOf(statute: StatuteParameters, matter: Matter): { rule: VoteRule; basis: string } {
  if (matter === 'unanimity') {
    const rule: VoteRule = { threshold: { num: 1, den: 1 }, strict: false, base: 'present', abstentions: 'against' };
    checkRule(rule, statute.framework);
    return { rule, basis: statuteWord[statute.framework] };
  }
  const majority = matter === 'ordinary' ? statute.ordinaryMajority : statute.qualifiedMajority;
  const rule: VoteRule = {
    threshold: { num: majority.threshold.num, den: majority.threshold.den },
    strict: majority.rule === 'more_than',
    base: baseOfStatute[majority.base],
    abstentions: majority.abstentions,
  };
  checkRule(rule, statute.framework);
  return { rule, basis: majority.legalBasis };
}
