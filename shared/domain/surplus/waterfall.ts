/**
 * The waterfall of rules/surplus.md as one pure function: the year's result in, every step with its legal
 * basis and every member's interest and return (cash and capitalised) out, to the cent, with the invariant
 * that the parts add up to the result. Loss years run their own order: reserves absorb, members are charged.
 * Rounding is money.md's, from shared/domain/money.ts: percentages half away from zero, splits by largest
 * remainder (ties to the earlier member in the input), the pool as the residual.
 */
import { RuleRefusal } from '../rule-refusal';
import { cashAndRetained, money, percentOf, splitByWeights, type Money } from '../money';
import { divide, multiply, rational, sum, type Rational } from '../rational';
import { basisOf, interestBasis, legalFundFor, refuseUnlawfulPolicy } from './legal';
import type { Distribution, InterestStep, MemberAllocation, WaterfallInput, WaterfallStep } from './types';
import { returnWeights } from './weights';
import { legalRules } from '../statute-presets';

const DAYS_IN_YEAR = 365;

interface Running {
  steps: WaterfallStep[];
}

function interestDue(input: WaterfallInput, step: InterestStep): Money[] {
  return input.members.map((m) => {
    const rate = step.prorateByDays ? multiply(step.rate, rational(m.daysHeld, DAYS_IN_YEAR)) : step.rate;
    return percentOf(money(Math.max(m.capitalMinor, 0)), rate);
  });
}

/** Interest on capital: each member's due, or, when what remains cannot pay it all, what remains split by capital. */
function payInterest(input: WaterfallInput, step: InterestStep, available: number): Money[] {
  const due = interestDue(input, step);
  const total = due.reduce((a, b) => a + b, 0);
  if (total <= available) return due;
  if (available <= 0) return due.map(() => money(0));
  const weights = input.members.map((m, i) => ({
    memberNumber: i,
    weight: step.prorateByDays ? rational(Math.max(m.capitalMinor, 0) * m.daysHeld) : Math.max(m.capitalMinor, 0),
  }));
  return splitByWeights(money(available), weights);
}

function exactShares(total: number, weights: readonly Rational[]): Rational[] {
  const whole = sum(weights);
  return weights.map((w) => (whole.num === 0n ? rational(0) : divide(multiply(rational(total), w), whole)));
}

function allocations(input: WaterfallInput, pool: number, weights: Rational[], interest: number[], sign: 1 | -1): MemberAllocation[] {
  const shares = weights.map((weight, i) => ({ memberNumber: i, weight }));
  const split = pool === 0 ? weights.map(() => money(0)) : splitByWeights(money(pool), shares);
  const exact = exactShares(pool, weights);
  return input.members.map((m, i) => {
    const amount = split[i]!;
    const { cash, retained } = sign > 0 ? cashAndRetained(amount, input.policy.returns.cashPercent) : { cash: money(0), retained: amount };
    const floor = exact[i]!.num / exact[i]!.den;
    return {
      id: m.id,
      weight: weights[i]!,
      interestMinor: interest[i] ?? 0,
      returnMinor: sign * amount,
      exactReturn: sign > 0 ? exact[i]! : rational(-exact[i]!.num, exact[i]!.den),
      remainderCent: sign * (amount - Number(floor)),
      cashMinor: sign * cash,
      capitalisedMinor: sign * retained,
    };
  });
}

function refuse(code: string, message: string): never {
  throw new RuleRefusal(`surplus:errors.${code}`, message);
}

function profitYear(input: WaterfallInput, base: number, nonMemberRest: number, run: Running): MemberAllocation[] {
  const { framework, policy } = input;
  let remaining = base;
  let joined = false;
  // The non-member rest (Spain's disposable half) and the accountant's tax join what is left after the
  // steps computed on the base, before any step computed on what remains.
  const join = () => {
    if (joined) return;
    joined = true;
    remaining += nonMemberRest;
    if (input.result.taxMinor !== 0) {
      remaining -= input.result.taxMinor;
      run.steps.push({ key: 'tax', name: 'tax', amountMinor: input.result.taxMinor, basis: basisOf(framework, 'tax') });
    }
  };
  let interest = input.members.map(() => 0);
  for (const step of policy.steps) {
    if (!(step.kind === 'funds' && step.of === 'base')) join();
    if (step.kind === 'funds') {
      const of = step.of === 'base' ? base : Math.max(remaining, 0);
      for (const fund of step.funds) {
        const amount = percentOf(money(of), fund.percent);
        remaining -= amount;
        const basis = legalFundFor(framework, fund.name)?.legalBasis ?? basisOf(framework, 'voluntary');
        run.steps.push({ key: 'fund', name: fund.name, amountMinor: amount, basis });
      }
    } else if (step.kind === 'interest') {
      interest = payInterest(input, step, remaining);
      const total = interest.reduce((a, b) => a + b, 0);
      remaining -= total;
      run.steps.push({ key: 'interest', name: 'interest on capital', amountMinor: total, basis: interestBasis(framework) });
    } else {
      const amount = percentOf(money(Math.max(remaining, 0)), step.percent);
      remaining -= amount;
      run.steps.push({ key: 'voluntary', name: 'voluntary reserve', amountMinor: amount, basis: basisOf(framework, 'voluntary') });
    }
  }
  join();
  if (remaining < 0) refuse('STEPS_EXCEED_RESULT', `The policy's steps take ${-remaining} minor units more than the result leaves.`);
  const weights = returnWeights(input.members, policy.returns);
  if (remaining > 0 && weights.every((w) => w.num === 0n)) {
    refuse('NO_WEIGHTS', 'No member has hours or pay to split the returns by.');
  }
  run.steps.push({ key: 'returns', name: 'returns pool', amountMinor: remaining, basis: basisOf(framework, 'returns') });
  return allocations(input, remaining, weights, interest, 1);
}

function lossYear(input: WaterfallInput, base0: number, run: Running): MemberAllocation[] {
  const { framework, policy } = input;
  const loss = input.result.taxMinor - base0;
  if (input.result.taxMinor !== 0) {
    run.steps.push({ key: 'tax', name: 'tax', amountMinor: input.result.taxMinor, basis: basisOf(framework, 'tax') });
  }
  let left = loss;
  for (const reserve of policy.loss.reserves) {
    const share = percentOf(money(loss), reserve.percent);
    const absorbed = Math.max(0, Math.min(share, reserve.balanceMinor, left));
    left -= absorbed;
    run.steps.push({ key: 'reserve_absorbs', name: reserve.name, amountMinor: -absorbed, basis: basisOf(framework, 'loss') });
  }
  const weights = returnWeights(input.members, policy.returns);
  if (left > 0 && weights.every((w) => w.num === 0n)) {
    // Nobody to charge it to: the loss is carried to later years (step 3 of the waterfall).
    run.steps.push({ key: 'unabsorbed', name: 'unabsorbed loss carried forward', amountMinor: -left, basis: basisOf(framework, 'offset') });
    return allocations(input, 0, weights, [], 1);
  }
  run.steps.push({ key: 'members_charged', name: 'charged to members', amountMinor: -left, basis: basisOf(framework, 'loss') });
  return allocations(input, left, weights, [], -1);
}

export function distribute(input: WaterfallInput): Distribution {
  const { framework, policy, result } = input;
  refuseUnlawfulPolicy(framework, policy);
  if (result.priorLossesMinor < 0) refuse('NEGATIVE_PRIOR_LOSSES', 'Prior losses are entered as a positive amount.');
  const run: Running = { steps: [] };
  const special = result.nonMembersMinor > 0 ? percentOf(money(result.nonMembersMinor), policy.nonMembers.percent) : 0;
  const nonMemberRest = result.nonMembersMinor - special;
  run.steps.push({ key: 'special', name: policy.nonMembers.to, amountMinor: special, basis: legalRules(framework).nonMemberResult.legalBasis });
  const base0 = result.membersMinor;
  let members: MemberAllocation[];
  if (base0 < 0) {
    if (nonMemberRest !== 0) {
      run.steps.push({ key: 'non_member_rest', name: 'non-member result not allocated', amountMinor: nonMemberRest, basis: basisOf(framework, 'loss') });
    }
    members = lossYear(input, base0, run);
  } else {
    const offset = Math.min(result.priorLossesMinor, base0);
    const base = base0 - offset;
    run.steps.push({ key: 'offset', name: 'prior losses compensated', amountMinor: offset, basis: basisOf(framework, 'offset') });
    run.steps.push({ key: 'distributable', name: 'distributable surplus', amountMinor: base, basis: basisOf(framework, 'offset'), subtotal: true });
    members = profitYear(input, base, nonMemberRest, run);
  }
  // The invariant, counted from the destinations and the members' own shares (not from the pool step), so a
  // split that lost or made a cent shows here. In a loss year the absorbed and charged amounts are negative.
  const destinations = run.steps.filter((s) => !s.subtotal && s.key !== 'returns' && s.key !== 'members_charged');
  const partsMinor = destinations.reduce((a, s) => a + s.amountMinor, 0) + members.reduce((a, m) => a + m.returnMinor, 0);
  const resultMinor = result.membersMinor + result.nonMembersMinor;
  return { steps: run.steps, members, check: { partsMinor, resultMinor, equal: partsMinor === resultMinor } };
}

