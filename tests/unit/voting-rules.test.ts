/**
 * The voting rules of rules/assemblies.md, each test named for the rule and its source: the public worked
 * cases, the bases and abstention readings, refusals, and the statute's matters turned into rules.
 */
import { describe, expect, it } from 'vitest';
import { statuteDefaults } from '../../shared/domain/statute';
import { RuleRefusal } from '../../shared/domain/rule-refusal';
import { checkRule, evaluateVote, ruleOf, type Tally, type VoteRule } from '../../shared/domain/voting';

const tally = (t: Partial<Tally> & Pick<Tally, 'present' | 'yes' | 'no'>): Tally => ({ entitled: t.present, abstain: 0, blank: 0, invalid: 0, ...t });
const rule = (num: number, den: number, strict: boolean, base: VoteRule['base'], abstentions: VoteRule['abstentions']): VoteRule => ({
  threshold: { num, den },
  strict,
  base,
  abstentions,
});
const refusalKey = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleRefusal) return error.key;
    throw error;
  }
  throw new Error('not refused');
};

describe('public worked cases (rules/assemblies.md)', () => {
  it('Ley 20.337 art. 53: abstainers count as absent, so 11 yes 9 no 5 abstain pass on a base of 20', () => {
    const { rule: ordinary, basis } = ruleOf(statuteDefaults('AR'), 'ordinary');
    const outcome = evaluateVote(ordinary, tally({ entitled: 30, present: 25, yes: 11, no: 9, abstain: 5 }), basis);
    expect(outcome).toMatchObject({ passed: true, base: 20, yesNeeded: 11, basis: 'Ley 20.337 art. 53' });
  });

  it('Ley 20.337 art. 53: on a base of the 25 present (abstentions against) the same tally would wrongly fail', () => {
    const outcome = evaluateVote(rule(1, 2, true, 'present', 'against'), tally({ entitled: 30, present: 25, yes: 11, no: 9, abstain: 5 }), '');
    expect(outcome).toMatchObject({ passed: false, base: 25, yesNeeded: 13 });
  });

  it('Ley 20.337 art. 53, statute reform: 2/3 of those present, abstainers absent: 19 yes 10 no 1 abstain is 57 < 58, rejected', () => {
    const { rule: qualified, basis } = ruleOf(statuteDefaults('AR'), 'qualified');
    const outcome = evaluateVote(qualified, tally({ present: 30, yes: 19, no: 10, abstain: 1 }), basis);
    expect(outcome).toMatchObject({ passed: false, base: 29, yesNeeded: 20, basis: 'Ley 20.337 art. 53' });
  });

  it('Ley 20.337 art. 53, statute reform: 20 yes 10 no 0 abstain is 60 ≥ 60, approved', () => {
    const { rule: qualified, basis } = ruleOf(statuteDefaults('AR'), 'qualified');
    expect(evaluateVote(qualified, tally({ present: 30, yes: 20, no: 10 }), basis)).toMatchObject({ passed: true, base: 30, yesNeeded: 20 });
  });

  it("Robert's Rules: 2/3 of votes cast, 6 yes 3 no is 18 ≥ 18, adopted (6 yes needed, not 7)", () => {
    const { rule: qualified, basis } = ruleOf(statuteDefaults('US'), 'qualified');
    expect(qualified).toEqual(rule(2, 3, false, 'cast', 'excluded'));
    expect(evaluateVote(qualified, tally({ present: 10, yes: 6, no: 3, abstain: 1 }), basis)).toMatchObject({ passed: true, base: 9, yesNeeded: 6 });
  });
});

describe('thresholds are compared exactly, never rounded (rules/assemblies.md §5)', () => {
  it('a tie fails a majority: 10 yes 10 no is not more than half', () => {
    expect(evaluateVote(rule(1, 2, true, 'cast', 'excluded'), tally({ present: 20, yes: 10, no: 10 }), '')).toMatchObject({ passed: false, yesNeeded: 11 });
  });

  it('"at least half" passes a tie: 2·10 ≥ 20', () => {
    expect(evaluateVote(rule(1, 2, false, 'cast', 'excluded'), tally({ present: 20, yes: 10, no: 10 }), '').passed).toBe(true);
  });

  it('2/3 of 29 is 19.33…: 19 yes fail and 20 pass, where a rounded 66.67% threshold would differ at other bases', () => {
    const twoThirds = rule(2, 3, false, 'cast', 'excluded');
    expect(evaluateVote(twoThirds, tally({ present: 29, yes: 19, no: 10 }), '').passed).toBe(false);
    expect(evaluateVote(twoThirds, tally({ present: 30, yes: 20, no: 10 }), '').passed).toBe(true);
    // 0.6667 × 3000 = 2000.1 would reject 2000 of 3000; the exact 2/3 accepts it.
    expect(evaluateVote(twoThirds, tally({ present: 3000, yes: 2000, no: 1000 }), '').passed).toBe(true);
  });

  it('nothing passes without a yes, even a threshold met by an empty base', () => {
    expect(evaluateVote(rule(2, 3, false, 'cast', 'excluded'), tally({ present: 5, yes: 0, no: 0, abstain: 5 }), '')).toMatchObject({ passed: false, base: 0, yesNeeded: 1 });
  });
});

describe('bases and abstentions (rules/assemblies.md §3–4)', () => {
  const t = tally({ entitled: 40, present: 30, yes: 14, no: 8, abstain: 3, blank: 2, invalid: 1 });
  it.each([
    ['cast', 'excluded', 22],
    ['cast', 'against', 22],
    ['valid', 'against', 27],
    ['valid', 'excluded', 22],
    ['present', 'against', 30],
    ['present', 'absent', 22],
    ['present', 'excluded', 22],
    ['entitled', 'against', 40],
    ['entitled', 'absent', 40],
    ['entitled', 'excluded', 32],
  ] as const)('base %s, abstentions %s: base %i', (base, abstentions, expected) => {
    expect(evaluateVote(rule(1, 2, true, base, abstentions), t, '').base).toBe(expected);
  });

  it('Ley 27/1999 art. 28.1: blank votes and abstentions are not counted in an ordinary Spanish resolution', () => {
    const { rule: ordinary, basis } = ruleOf(statuteDefaults('ES'), 'ordinary');
    expect(basis).toBe('Ley 27/1999 art. 28.1');
    expect(evaluateVote(ordinary, tally({ present: 30, yes: 11, no: 10, abstain: 5, blank: 4 }), basis)).toMatchObject({ passed: true, base: 21 });
  });

  it('Ley 27/1999 art. 28.2: 2/3 of the votes present and represented, abstentions weigh as against', () => {
    const { rule: qualified } = ruleOf(statuteDefaults('ES'), 'qualified');
    expect(evaluateVote(qualified, tally({ present: 30, yes: 19, no: 5, abstain: 6 }), '')).toMatchObject({ passed: false, base: 30, yesNeeded: 20 });
  });

  it('unanimity is every member present voting yes: one abstention breaks it', () => {
    const { rule: unanimity, basis } = ruleOf(statuteDefaults('AR'), 'unanimity');
    expect(basis).toBe('Estatuto');
    expect(evaluateVote(unanimity, tally({ present: 12, yes: 12, no: 0 }), basis).passed).toBe(true);
    expect(evaluateVote(unanimity, tally({ present: 12, yes: 11, no: 0, abstain: 1 }), basis)).toMatchObject({ passed: false, yesNeeded: 12 });
  });
});

describe('refused input', () => {
  const ordinary = rule(1, 2, true, 'cast', 'excluded');
  it('a tally that adds up to more than those present', () => {
    expect(refusalKey(() => evaluateVote(ordinary, tally({ present: 25, yes: 15, no: 9, abstain: 5 }), ''))).toBe('voting:errors.tallyAbovePresent');
  });
  it('more present than entitled', () => {
    expect(refusalKey(() => evaluateVote(ordinary, tally({ entitled: 20, present: 25, yes: 1, no: 1 }), ''))).toBe('voting:errors.presentAboveEntitled');
  });
  it('a negative count', () => {
    expect(refusalKey(() => evaluateVote(ordinary, tally({ present: 25, yes: -1, no: 1 }), ''))).toBe('voting:errors.negative');
  });
  it('a threshold above the whole, or "more than all"', () => {
    expect(refusalKey(() => checkRule(rule(3, 2, false, 'cast', 'excluded')))).toBe('voting:errors.thresholdAboveOne');
    expect(refusalKey(() => checkRule(rule(1, 1, true, 'cast', 'excluded')))).toBe('voting:errors.moreThanAll');
    expect(refusalKey(() => checkRule(rule(0, 2, false, 'cast', 'excluded')))).toBe('voting:errors.badThreshold');
  });
  it('Ley 27/1999 art. 28.3: a Spanish statute may not require more than 4/5; 4/5 itself is allowed', () => {
    expect(refusalKey(() => checkRule(rule(9, 10, false, 'cast', 'excluded'), 'ES'))).toBe('voting:errors.aboveFrameworkCap');
    expect(() => checkRule(rule(4, 5, false, 'cast', 'excluded'), 'ES')).not.toThrow();
    expect(() => checkRule(rule(9, 10, false, 'cast', 'excluded'), 'AR')).not.toThrow();
    expect(refusalKey(() => ruleOf(statuteDefaults('ES'), 'unanimity'))).toBe('voting:errors.aboveFrameworkCap');
  });
});
