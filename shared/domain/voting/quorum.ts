/**
 * Quorum by call (rules/assemblies.md §2): the first call's share, the second call's share or minimum,
 * Brazil's third call of at least ten. A call opens `minutesBetweenCalls` after the one before it.
 */
import { RuleRefusal } from '../rule-refusal';
import { quorumDefaults, type Fraction, type StatuteParameters } from '../statute';
import type { CallRule, QuorumInput, QuorumOutcome } from './types';

type Quorum = StatuteParameters['quorum'];
type Reading = Quorum['halfPlusOne'];

/**
 * Members needed for `share` of `roll`. "Half plus one" (more than 1/2) has two readings for an odd
 * roll: half rounded down plus one (41 → 21, the least number that is more than half) or half rounded
 * up plus one (41 → 22, the words taken literally). Both give 21 for a roll of 40.
 */
function neededFor(share: Fraction, strict: boolean, roll: number, reading: Reading): number {
  if (strict && share.num * 2 === share.den && reading === 'ceil_half_plus_one') return Math.ceil(roll / 2) + 1;
  const product = BigInt(share.num) * BigInt(roll);
  const den = BigInt(share.den);
  return Number(strict ? product / den + 1n : (product + den - 1n) / den);
}

/** The calls the statute allows and when each opens, in minutes after the convened time. */
export function callsOf(statute: StatuteParameters): CallRule[] {
  const { calls = quorumDefaults.calls, minutesBetweenCalls } = statute.quorum;
  return Array.from({ length: calls }, (_, i) => ({ call: i + 1, opensAfterMinutes: i * minutesBetweenCalls }));
}

/**
 * Members present needed at `call`. An assembly is never constituted by nobody, so "any number" is one.
 * At the second call the share and the minimum are two ways to reach quorum (Spain: 10% of the votes or
 * 100 votes), whichever is fewer; with no share, the minimum alone.
 */
export function quorumNeeded(statute: StatuteParameters, roll: number, call: number, reading: Reading = statute.quorum.halfPlusOne): number {
  const q = statute.quorum;
  const ways: number[] = [];
  if (call === 1) ways.push(neededFor(q.firstCall, q.firstCallRule === 'more_than', roll, reading));
  if (call === 2) {
    const secondRule = q.secondCallRule ?? quorumDefaults.secondCallRule;
    if (q.secondCall) ways.push(neededFor(q.secondCall, secondRule === 'more_than', roll, reading));
    if (q.secondCallMinimumPresent > 0) ways.push(q.secondCallMinimumPresent);
  }
  const third = q.thirdCallMinimumPresent ?? quorumDefaults.thirdCallMinimumPresent;
  if (call === 3 && third > 0) ways.push(third);
  return Math.max(1, ways.length > 0 ? Math.min(...ways) : 1);
}

function checkInput(statute: StatuteParameters, input: QuorumInput): void {
  for (const [name, value] of Object.entries(input)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RuleRefusal('voting:errors.negative', `${name} must be a whole number, zero or more`, { field: name });
  }
  if (input.present > input.roll) {
    throw new RuleRefusal('voting:errors.presentAboveRoll', `${String(input.present)} present is more than the roll of ${String(input.roll)}`, { present: input.present, roll: input.roll });
  }
  const calls = statute.quorum.calls ?? quorumDefaults.calls;
  if (input.call < 1 || input.call > calls) {
    throw new RuleRefusal('voting:errors.noSuchCall', `The statute allows calls 1 to ${String(calls)}, not call ${String(input.call)}`, { call: input.call, calls });
  }
}

/** Whether the assembly is constituted under `call` with `present` of `roll`, `minutesAfterConvened` after the convened time. */
export function evaluateQuorum(statute: StatuteParameters, input: QuorumInput, reading: Reading = statute.quorum.halfPlusOne): QuorumOutcome {
  checkInput(statute, input);
  const opensAfter = (input.call - 1) * statute.quorum.minutesBetweenCalls;
  const open = input.minutesAfterConvened >= opensAfter;
  const needed = quorumNeeded(statute, input.roll, input.call, reading);
  return { constituted: open && input.present >= needed, needed, call: input.call, open, basis: statute.quorum.legalBasis };
}
