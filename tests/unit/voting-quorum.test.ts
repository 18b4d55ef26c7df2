/** Quorum by call (rules/assemblies.md §2), each case named for its law. */
import { describe, expect, it } from 'vitest';
import { statuteDefaults, statuteParameters } from '../../shared/domain/statute';
import { RuleRefusal } from '../../shared/domain/rule-refusal';
import { callsOf, evaluateQuorum, quorumNeeded } from '../../shared/domain/voting';

const at = (call: number, roll: number, present: number, minutesAfterConvened: number) => ({ call, roll, present, minutesAfterConvened });

describe('Argentina (Ley 20.337 art. 49): half plus one, else any number one hour after', () => {
  const ar = statuteDefaults('AR');
  it('a roll of 40 needs 21 at the first call', () => {
    expect(evaluateQuorum(ar, at(1, 40, 21, 40))).toEqual({ constituted: true, needed: 21, call: 1, open: true, basis: 'Ley 20.337 art. 49' });
    expect(evaluateQuorum(ar, at(1, 40, 20, 40)).constituted).toBe(false);
  });
  it('"half plus one" of 41: 21 read as more than half, 22 read literally (20.5 + 1 → 22)', () => {
    expect(quorumNeeded(ar, 41, 1, 'floor_half_plus_one')).toBe(21);
    expect(quorumNeeded(ar, 41, 1, 'ceil_half_plus_one')).toBe(22);
    expect(evaluateQuorum(ar, at(1, 41, 21, 0), 'ceil_half_plus_one').constituted).toBe(false);
    // Both readings agree on an even roll.
    expect(quorumNeeded(ar, 40, 1, 'ceil_half_plus_one')).toBe(21);
  });
  it('the second call opens 60 minutes after the convened time and then any number constitutes it', () => {
    expect(callsOf(ar)).toEqual([
      { call: 1, opensAfterMinutes: 0 },
      { call: 2, opensAfterMinutes: 60 },
    ]);
    expect(evaluateQuorum(ar, at(2, 41, 3, 59))).toMatchObject({ constituted: false, open: false, needed: 1 });
    expect(evaluateQuorum(ar, at(2, 41, 3, 60))).toMatchObject({ constituted: true, open: true, needed: 1 });
    expect(evaluateQuorum(ar, at(2, 41, 0, 60)).constituted).toBe(false);
  });
});

describe('Brazil (Lei 5.764/71 art. 40): 2/3, then half plus one, then at least 10, an hour between calls', () => {
  const br = statuteDefaults('BR');
  it('has three calls, each an hour after the one before', () => {
    expect(callsOf(br).map((c) => c.opensAfterMinutes)).toEqual([0, 60, 120]);
  });
  it('first call: 2/3 of 60 is 40', () => {
    expect(evaluateQuorum(br, at(1, 60, 40, 0))).toMatchObject({ constituted: true, needed: 40 });
    expect(evaluateQuorum(br, at(1, 60, 39, 0)).constituted).toBe(false);
  });
  it('second call: half plus one of 60 is 31, of 41 is 21 (or 22 read literally)', () => {
    expect(evaluateQuorum(br, at(2, 60, 30, 60))).toMatchObject({ constituted: false, needed: 31 });
    expect(evaluateQuorum(br, at(2, 60, 31, 60)).constituted).toBe(true);
    expect(quorumNeeded(br, 41, 2)).toBe(21);
    expect(quorumNeeded(br, 41, 2, 'ceil_half_plus_one')).toBe(22);
  });
  it('third call: at least 10 members, from two hours after the convened time', () => {
    expect(evaluateQuorum(br, at(3, 60, 10, 119))).toMatchObject({ constituted: false, open: false, needed: 10 });
    expect(evaluateQuorum(br, at(3, 60, 10, 120))).toMatchObject({ constituted: true, needed: 10, basis: 'Lei 5.764/71 art. 40' });
    expect(evaluateQuorum(br, at(3, 60, 9, 120)).constituted).toBe(false);
  });
});

describe('Spain (Ley 27/1999 art. 25): more than half at first call; 10% of the votes or 100 votes at the second', () => {
  const es = statuteDefaults('ES');
  it('first call: more than half of 41 is 21', () => {
    expect(evaluateQuorum(es, at(1, 41, 21, 0))).toMatchObject({ constituted: true, needed: 21, basis: 'Ley 27/1999 art. 25' });
  });
  it('second call, half an hour later: 10% of 50 is 5', () => {
    expect(evaluateQuorum(es, at(2, 50, 5, 30))).toMatchObject({ constituted: true, needed: 5 });
    expect(evaluateQuorum(es, at(2, 50, 5, 29)).constituted).toBe(false);
  });
  it('second call: 100 votes suffice where 10% would be more (a roll of 2,000)', () => {
    expect(evaluateQuorum(es, at(2, 2000, 100, 30))).toMatchObject({ constituted: true, needed: 100 });
  });
});

describe('calls and refusals', () => {
  it('US bylaws have one quorum and no later call', () => {
    expect(callsOf(statuteDefaults('US'))).toEqual([{ call: 1, opensAfterMinutes: 0 }]);
  });
  it('a call the statute does not allow, or more present than the roll, is refused', () => {
    const keyOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof RuleRefusal ? error.key : 'other';
      }
      return 'none';
    };
    expect(keyOf(() => evaluateQuorum(statuteDefaults('AR'), at(3, 40, 10, 200)))).toBe('voting:errors.noSuchCall');
    expect(keyOf(() => evaluateQuorum(statuteDefaults('AR'), at(1, 40, 41, 0)))).toBe('voting:errors.presentAboveRoll');
    expect(keyOf(() => evaluateQuorum(statuteDefaults('AR'), at(1, 40, 20, -5)))).toBe('voting:errors.negative');
  });
  it('a statute stored before calls 2 and 3 were settings still parses, with two calls', () => {
    const { calls: _calls, secondCallRule: _rule, thirdCallMinimumPresent: _third, ...old } = statuteDefaults('AR').quorum;
    const stored = { ...statuteDefaults('AR'), quorum: old };
    const parsed = statuteParameters.parse(stored);
    // Exactly what was stored, so the audit check finds the profile unchanged.
    expect(parsed).toEqual(stored);
    expect(callsOf(parsed)).toHaveLength(2);
    expect(evaluateQuorum(parsed, at(2, 41, 3, 60))).toMatchObject({ constituted: true, needed: 1 });
  });
});
