/**
 * Properties of the voting rules over random rules and tallies (fast-check, seeded by
 * tests/setup/fast-check-seed.ts): thresholds are exact, a tie never carries a majority, one more yes
 * never hurts, and "yes votes needed" is the least number that passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abstentionKinds, evaluateVote, voteBaseKinds, type Tally, type VoteRule } from '../../shared/domain/voting';

const ruleArb: fc.Arbitrary<VoteRule> = fc
  .record({
    den: fc.integer({ min: 1, max: 12 }),
    numPart: fc.integer({ min: 1, max: 12 }),
    strict: fc.boolean(),
    base: fc.constantFrom(...voteBaseKinds),
    abstentions: fc.constantFrom(...abstentionKinds),
  })
  .map(({ den, numPart, strict, base, abstentions }) => {
    const num = Math.min(numPart, den);
    return { threshold: { num, den }, strict: strict && num < den, base, abstentions };
  });

/** A tally that adds up: present split into yes, no, abstain, blank, invalid and those who did nothing. */
const tallyArb: fc.Arbitrary<Tally> = fc
  .record({
    absent: fc.integer({ min: 0, max: 300 }),
    yes: fc.integer({ min: 0, max: 300 }),
    no: fc.integer({ min: 0, max: 300 }),
    abstain: fc.integer({ min: 0, max: 50 }),
    blank: fc.integer({ min: 0, max: 20 }),
    invalid: fc.integer({ min: 0, max: 20 }),
    silent: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ absent, silent, ...v }) => {
    const present = v.yes + v.no + v.abstain + v.blank + v.invalid + silent;
    return { ...v, present, entitled: present + absent };
  });

/** The comparison of rules/assemblies.md, computed apart from the rule code, in BigInt. */
const passesOn = (rule: VoteRule, yes: number, base: number) => {
  const left = BigInt(rule.threshold.den) * BigInt(yes);
  const right = BigInt(rule.threshold.num) * BigInt(base);
  return yes > 0 && (rule.strict ? left > right : left >= right);
};

describe('voting properties', () => {
  it('a tally never passes a majority (more than 1/2, or any stricter share) with 2·yes ≤ base', () => {
    const majority = ruleArb.filter((r) => r.threshold.num * 2 > r.threshold.den || (r.threshold.num * 2 === r.threshold.den && r.strict));
    fc.assert(
      fc.property(majority, tallyArb, (rule, tally) => {
        const outcome = evaluateVote(rule, tally, '');
        if (2 * tally.yes <= outcome.base) expect(outcome.passed).toBe(false);
      }),
    );
  });

  it('passes iff den·yes > num·base (strict) or ≥ (not strict), with the base never below the yes votes', () => {
    fc.assert(
      fc.property(ruleArb, tallyArb, (rule, tally) => {
        const outcome = evaluateVote(rule, tally, '');
        expect(outcome.base).toBeGreaterThanOrEqual(tally.yes + (rule.base === 'cast' ? tally.no : 0));
        expect(outcome.passed).toBe(passesOn(rule, tally.yes, outcome.base));
      }),
    );
  });

  it('one more yes never turns a pass into a fail: a no or an abstention changed to yes, or one more member voting yes', () => {
    fc.assert(
      fc.property(ruleArb, tallyArb, (rule, tally) => {
        if (!evaluateVote(rule, tally, '').passed) return;
        if (tally.no > 0) expect(evaluateVote(rule, { ...tally, no: tally.no - 1, yes: tally.yes + 1 }, '').passed).toBe(true);
        if (tally.abstain > 0) expect(evaluateVote(rule, { ...tally, abstain: tally.abstain - 1, yes: tally.yes + 1 }, '').passed).toBe(true);
        const newcomer = { ...tally, entitled: tally.entitled + 1, present: tally.present + 1, yes: tally.yes + 1 };
        expect(evaluateVote(rule, newcomer, '').passed).toBe(true);
      }),
    );
  });

  it('yesNeeded is the least number of yes votes that passes on that base, and a vote passes iff it has them', () => {
    fc.assert(
      fc.property(ruleArb, tallyArb, (rule, tally) => {
        const { base, yesNeeded, passed } = evaluateVote(rule, tally, '');
        expect(passesOn(rule, yesNeeded, base)).toBe(true);
        expect(passesOn(rule, yesNeeded - 1, base)).toBe(false);
        expect(passed).toBe(tally.yes >= yesNeeded);
      }),
    );
  });
});
