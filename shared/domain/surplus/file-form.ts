/**
 * The scenario file's answer (rules/surplus.md): the file's decimal strings turned into exact minor units
 * and rates, the waterfall run, and the answer written back as decimal strings in the currency's major unit.
 */
import { RuleRefusal } from '../rule-refusal';
import { minorDigitsOf, type CurrencyCode } from '../currency';
import { minorToDecimal } from '../money-format';
import { parseRational, rational, type Rational } from '../rational';
import { surplusScenario, type SurplusScenario } from './scenario';
import type { Distribution, PolicyStep, WaterfallInput } from './types';
import { distribute } from './waterfall';

export interface ScenarioAnswer {
  steps: { name: string; amount: string; basis: string; subtotal?: true }[];
  members: { id: string; interest: string; return: string; cash: string; capitalised: string }[];
  check: { parts: string; result: string; equal: boolean };
}

function bad(message: string): never {
  throw new RuleRefusal('surplus:errors.SCENARIO_INVALID', message, { reason: message });
}

function minorOf(text: string, digits: number, where: string): number {
  const value = parseRational(text);
  if (!value) bad(`${where}: "${text}" is not an amount`);
  const scaled = rational(value.num * 10n ** BigInt(digits), value.den);
  if (scaled.den !== 1n) bad(`${where}: "${text}" has more than ${digits} decimals`);
  const n = Number(scaled.num);
  if (!Number.isSafeInteger(n)) bad(`${where}: "${text}" is too large`);
  return n;
}

/** "5" → 5/100; "1/2" → 1/200 (half a percent): the file's percentages are percentages, fractions included. */
function percent(text: string, where: string): Rational {
  const value = parseRational(text);
  if (!value || value.num < 0n) bad(`${where}: "${text}" is not a percentage`);
  return rational(value.num, value.den * 100n);
}

function plainFraction(text: string, where: string): Rational {
  const value = parseRational(text);
  if (!value || value.num < 0n || value.num > value.den) bad(`${where}: "${text}" must be between 0 and 1`);
  return value;
}

const hours = (h: number, where: string): Rational => {
  const value = parseRational(String(h));
  if (!value) bad(`${where}: ${h} is not a number of hours`);
  return value;
};

export function scenarioInput(file: SurplusScenario): WaterfallInput {
  const digits = minorDigitsOf(file.currency as CurrencyCode);
  const amount = (text: string, where: string) => minorOf(text, digits, where);
  const steps: PolicyStep[] = file.policy.steps.map((step, i) => {
    const at = `policy.steps[${i}]`;
    if (step.kind === 'funds') return { kind: 'funds', of: step.of, funds: step.funds.map((f, j) => ({ name: f.name, percent: percent(f.percent, `${at}.funds[${j}].percent`) })) };
    if (step.kind === 'interest') return { kind: 'interest', rate: percent(step.rate, `${at}.rate`), cap: percent(step.cap, `${at}.cap`), prorateByDays: step.prorateByDays };
    return { kind: 'voluntary', percent: percent(step.percent, `${at}.percent`) };
  });
  const { returns } = file.policy;
  return {
    framework: file.framework,
    result: {
      membersMinor: amount(file.result.members, 'result.members'),
      nonMembersMinor: amount(file.result.nonMembers, 'result.nonMembers'),
      priorLossesMinor: amount(file.result.priorLosses, 'result.priorLosses'),
      taxMinor: amount(file.result.tax, 'result.tax'),
    },
    policy: {
      nonMembers: { percent: percent(file.policy.nonMembers.percent, 'policy.nonMembers.percent'), to: file.policy.nonMembers.to },
      steps,
      returns: {
        basis: returns.basis,
        blend: plainFraction(returns.blend, 'policy.returns.blend'),
        excludeTrialHours: returns.excludeTrialHours,
        minHours: hours(returns.minHours, 'policy.returns.minHours'),
        cashPercent: percent(returns.cashPercent, 'policy.returns.cashPercent'),
      },
      loss: {
        reserves: file.policy.loss.reserves.map((r, i) => ({
          name: r.name,
          balanceMinor: amount(r.balance, `policy.loss.reserves[${i}].balance`),
          percent: percent(r.percent, `policy.loss.reserves[${i}].percent`),
        })),
      },
    },
    members: file.members.map((m, i) => ({
      id: m.id,
      capitalMinor: amount(m.capital, `members[${i}].capital`),
      hours: hours(m.hours, `members[${i}].hours`),
      trialHours: hours(m.trialHours, `members[${i}].trialHours`),
      payMinor: amount(m.pay, `members[${i}].pay`),
      daysHeld: m.daysHeld,
    })),
  };
}

export function answerOf(distribution: Distribution, digits: number): ScenarioAnswer {
  const d = (minor: number) => minorToDecimal(minor, digits);
  return {
    steps: distribution.steps.map((s) => ({ name: s.name, amount: d(s.amountMinor), basis: s.basis, ...(s.subtotal ? { subtotal: true as const } : {}) })),
    members: distribution.members.map((m) => ({
      id: m.id,
      interest: d(m.interestMinor),
      return: d(m.returnMinor),
      cash: d(m.cashMinor),
      capitalised: d(m.capitalisedMinor),
    })),
    check: { parts: d(distribution.check.partsMinor), result: d(distribution.check.resultMinor), equal: distribution.check.equal },
  };
}

/** The whole file form: validate (every problem named by its path), compute, answer. */
export function simulateScenario(file: unknown): ScenarioAnswer {
  const parsed = surplusScenario.safeParse(file);
  if (!parsed.success) {
    bad(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'scenario'}: ${issue.message}`).join('; '));
  }
  const ids = new Set<string>();
  for (const m of parsed.data.members) {
    if (ids.has(m.id)) bad(`members: "${m.id}" appears twice`);
    ids.add(m.id);
  }
  const digits = minorDigitsOf(parsed.data.currency as CurrencyCode);
  return answerOf(distribute(scenarioInput(parsed.data)), digits);
}
