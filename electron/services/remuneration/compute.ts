/**
 * A run's figures from what was read (attendance, assignments, capital due, what earlier runs paid): each
 * member's pay through the pure rules, every line kept, deductions as negative lines, so a member's line
 * amounts add up to their net. No I/O: the same inputs always give the same run.
 */
import { createHash } from 'node:crypto';
import { DomainError } from '../../../shared/contract/errors';
import type { RatioCheck, RunLine } from '../../../shared/contract/remuneration';
import type { AttendanceKind } from '../../../shared/domain/attendance';
import { monthlyPayOf, payOf, PayRuleError, type PayMember, type SchemeRules } from '../../../shared/domain/remuneration';
import type { Fraction } from '../../../shared/domain/rational';
import type { AssignedMember } from './assigned';
import { payMemberOf } from './pay-member';
import type { PayPeriodRange } from './period';
import { ratioCheckOf, ratioHolds, ratioParams } from './ratio';
import { refusal } from './refuse';

export interface DueInstalment {
  subscriptionId: number;
  number: number;
  dueDate: string;
  dueMinor: number;
}

export interface RunInputs {
  range: PayPeriodRange;
  adjusting: boolean;
  rules: SchemeRules;
  statuteMax: Fraction | null;
  /** Assignments in force on the period's last day. */
  assigned: readonly AssignedMember[];
  minutes: ReadonlyMap<number, Partial<Record<AttendanceKind, number>>>;
  paidKinds: ReadonlySet<AttendanceKind>;
  /** Unpaid capital instalments due by the period's end, per member (empty when pay does not deduct them). */
  instalments: ReadonlyMap<number, readonly DueInstalment[]>;
  /** What the period's posted runs already paid each member (gross), for an adjusting run. */
  alreadyPaid: ReadonlyMap<number, { grossMinor: number; memberNumber: number; memberName: string; category: string }>;
}

export interface ComputedLine extends RunLine {
  subscriptionId: number | null;
}

export interface ComputedMember {
  memberId: number;
  memberNumber: number;
  memberName: string;
  category: string;
  minutesByKind: Partial<Record<AttendanceKind, number>>;
  paidMinutes: number;
  grossMinor: number;
  deductionsMinor: number;
  netMinor: number;
  lines: ComputedLine[];
}

export interface Warning {
  key: string;
  params: Record<string, string | number>;
}

export interface ComputedRun {
  members: ComputedMember[];
  ratio: RatioCheck;
  warnings: Warning[];
  /** A digest of what the run was computed from: approval recomputes and compares it. */
  hash: string;
}

function paidOf(minutes: Partial<Record<AttendanceKind, number>>, paidKinds: ReadonlySet<AttendanceKind>): Record<string, number> {
  const paid: Record<string, number> = {};
  for (const [kind, m] of Object.entries(minutes) as [AttendanceKind, number][]) if (paidKinds.has(kind) && m > 0) paid[kind] = m;
  return paid;
}

const inPeriod = (m: AssignedMember, range: PayPeriodRange) => m.joinDate <= range.to && (m.leavingDate === null || m.leavingDate >= range.from);

/** Pay rules refuse with their own keys (remuneration:rules.errors.*); the service passes them on. */
function ruled<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PayRuleError) throw new DomainError('BAD_INPUT', error.message, { key: error.key, params: error.params });
    throw error;
  }
}

function refuseUnpayable(inputs: RunInputs, byId: Map<number, AssignedMember>, numberOf: (id: number) => number | undefined): void {
  const { rules } = inputs;
  const noCategories = rules.kind === 'matrix' && Object.keys(rules.categories).length === 0;
  const missing: string[] = [];
  for (const [memberId, minutes] of inputs.minutes) {
    if (Object.keys(paidOf(minutes, inputs.paidKinds)).length === 0) continue;
    const member = byId.get(memberId);
    if (!member) missing.push(String(numberOf(memberId) ?? memberId));
    else if (!noCategories && !Object.hasOwn(rules.categories, member.category)) missing.push(`${member.memberNumber} (${member.category})`);
  }
  if (missing.length > 0) {
    throw refusal('BAD_INPUT', 'MEMBER_WITHOUT_CATEGORY', `Members with paid hours have no category in the scheme: ${missing.slice(0, 20).join(', ')}.`, {
      members: missing.slice(0, 20).join(', '),
      count: missing.length,
    });
  }
}

function deductions(inputs: RunInputs, memberId: number, grossMinor: number, warnings: Warning[], memberNumber: number): ComputedLine[] {
  const lines: ComputedLine[] = [];
  let left = grossMinor;
  for (const due of inputs.instalments.get(memberId) ?? []) {
    const amount = Math.min(due.dueMinor, Math.max(left, 0));
    if (amount < due.dueMinor) warnings.push({ key: 'remuneration:runs.warnings.instalmentNotCovered', params: { member: memberNumber, dueDate: due.dueDate, dueMinor: due.dueMinor } });
    if (amount <= 0) continue;
    left -= amount;
    lines.push({
      key: 'remuneration:lines.capitalInstalment',
      params: { number: due.number, dueDate: due.dueDate },
      amountMinor: -amount,
      kind: 'deduction',
      subscriptionId: due.subscriptionId,
    });
  }
  return lines;
}

function memberPay(inputs: RunInputs, payMember: PayMember) {
  const month = Number(inputs.range.period.slice(5, 7));
  return ruled(() => (inputs.range.weekly ? payOf(inputs.rules, payMember) : monthlyPayOf(inputs.rules, payMember, month)));
}

/**
 * A digest of everything the run is computed from (the computation itself is pure): approval recomputes
 * it and refuses a draft the data has moved under. Cheaper than digesting the thousands of lines it gives.
 */
function inputsHash(inputs: RunInputs): string {
  const parts = [JSON.stringify([inputs.range, inputs.adjusting, inputs.rules, inputs.statuteMax, [...inputs.paidKinds].sort()])];
  for (const a of inputs.assigned) {
    parts.push(`a${a.memberId},${a.category},${a.joinDate},${a.leavingDate ?? ''},${a.commitment.num}/${a.commitment.den},${JSON.stringify(a.steps)}${a.modifiers.join(',')};${a.addOns.join(',')}`);
  }
  for (const [memberId, minutes] of inputs.minutes) parts.push(`m${memberId}${JSON.stringify(minutes)}`);
  for (const [memberId, dues] of inputs.instalments) for (const d of dues) parts.push(`i${memberId},${d.subscriptionId},${d.number},${d.dueMinor}`);
  for (const [memberId, paid] of inputs.alreadyPaid) parts.push(`p${memberId},${paid.grossMinor}`);
  return createHash('sha256').update(parts.join('|')).digest('hex');
}

export function computeRun(inputs: RunInputs, numberOf: (id: number) => number | undefined = () => undefined): ComputedRun {
  const { range, rules } = inputs;
  if (range.weekly && rules.kind !== 'hourly') {
    throw refusal('BAD_INPUT', 'WEEKLY_ANNUAL', 'An annual or matrix scheme is paid monthly; run a month, not a week.', { period: range.period });
  }
  const byId = new Map(inputs.assigned.map((m) => [m.memberId, m]));
  refuseUnpayable(inputs, byId, numberOf);
  const warnings: Warning[] = [];
  const payMembers: PayMember[] = [];
  const members: ComputedMember[] = [];
  const paidIds = new Set<number>();
  for (const assigned of inputs.assigned) {
    const minutes = inputs.minutes.get(assigned.memberId) ?? {};
    const paid = paidOf(minutes, inputs.paidKinds);
    const paidMinutes = Object.values(paid).reduce((a, b) => a + b, 0);
    const paysWithoutHours = rules.kind !== 'hourly' && inPeriod(assigned, range);
    if (paidMinutes === 0 && !paysWithoutHours && !inputs.alreadyPaid.has(assigned.memberId)) continue;
    const payMember = payMemberOf(assigned, range.to, paid);
    const pay = memberPay(inputs, payMember);
    payMembers.push(payMember);
    paidIds.add(assigned.memberId);
    const lines: ComputedLine[] = pay.lines.map((l) => ({ ...l, kind: 'earning', subscriptionId: null }));
    let grossMinor = pay.amountMinor;
    const before = inputs.alreadyPaid.get(assigned.memberId);
    if (inputs.adjusting) {
      const paidBefore = before?.grossMinor ?? 0;
      lines.push({ key: 'remuneration:lines.alreadyPaid', params: { period: range.period }, amountMinor: -paidBefore, kind: 'earning', subscriptionId: null });
      grossMinor -= paidBefore;
      if (grossMinor === 0) continue;
    }
    const deducted = inputs.adjusting ? [] : deductions(inputs, assigned.memberId, grossMinor, warnings, assigned.memberNumber);
    const deductionsMinor = -deducted.reduce((s, l) => s + (l.amountMinor ?? 0), 0);
    members.push({
      memberId: assigned.memberId,
      memberNumber: assigned.memberNumber,
      memberName: assigned.memberName,
      category: assigned.category,
      minutesByKind: minutes,
      paidMinutes,
      grossMinor,
      deductionsMinor,
      netMinor: grossMinor - deductionsMinor,
      lines: [...lines, ...deducted],
    });
  }
  // Paid before but no longer payable at all (no hours, no assignment): the adjusting run takes it back.
  if (inputs.adjusting) {
    for (const [memberId, before] of inputs.alreadyPaid) {
      if (paidIds.has(memberId) || before.grossMinor === 0) continue;
      const line: ComputedLine = { key: 'remuneration:lines.alreadyPaid', params: { period: range.period }, amountMinor: -before.grossMinor, kind: 'earning', subscriptionId: null };
      members.push({ memberId, memberNumber: before.memberNumber, memberName: before.memberName, category: before.category, minutesByKind: inputs.minutes.get(memberId) ?? {}, paidMinutes: 0, grossMinor: -before.grossMinor, deductionsMinor: 0, netMinor: -before.grossMinor, lines: [line] });
    }
  }
  members.sort((a, b) => a.memberNumber - b.memberNumber);
  const ratio = ratioCheckOf(rules, payMembers, inputs.statuteMax);
  if (!ratioHolds(ratio)) warnings.unshift({ key: 'remuneration:runs.warnings.ratioBroken', params: ratioParams(ratio) });
  const hash = inputsHash(inputs);
  return { members, ratio, warnings, hash };
}
