/**
 * The demo's capital story, planned in memory: each member who was admitted subscribes on admission,
 * pays part at once and the rest in monthly instalments (a few fall behind, some of those forfeit after
 * notice), a few transfer shares to another member with the council's approval, and those who leave
 * ask for their refund, paid a year apart within the year's ceiling. Events run in date order, so every
 * amount is what the rules allow on its day.
 */
import { instalmentPlan, pendingInterest, yearCeiling } from '../../../shared/domain/capital';
import { addDaysToDate } from '../../../shared/domain/dates';
import { money, percentOf } from '../../../shared/domain/money';
import type { CapitalPolicy, PaymentMethod } from '../../../shared/contract/capital';

export interface DemoMember {
  id: number;
  memberNumber: number;
  /** First day as trial or active member; null: never admitted (an applicant). */
  admitted: string | null;
  left: string | null;
}

export interface DemoClass {
  id: number;
  nominal: number;
  minimumShares: number;
  minimumPaidNow: { num: number; den: number };
}

export interface PlannedOp {
  date: string;
  kind: 'subscription' | 'payment' | 'transfer' | 'forfeiture' | 'refund_request' | 'refund_instalment';
  memberId: number;
  memberNumber: number;
  counterpartId: number | null;
  counterpartNumber: number | null;
  classId: number;
  /** Index into `subscriptions` / `refunds` of the plan. */
  subscription: number | null;
  refund: number | null;
  amount: number;
  interest: number;
  method: PaymentMethod | null;
  reference: string | null;
}

export interface PlannedSubscription {
  memberId: number;
  classId: number;
  date: string;
  shares: number;
  amount: number;
  lines: { dueDate: string; amount: number }[];
}

export interface PlannedRefund {
  memberId: number;
  memberNumber: number;
  date: string;
  amount: number;
  lines: { dueDate: string; amount: number }[];
}

export interface DemoPlan {
  ops: PlannedOp[];
  subscriptions: PlannedSubscription[];
  refunds: PlannedRefund[];
}

type Random = () => number;

/** A small seeded generator (xorshift32): the same seed gives the same demo. */
export function seeded(seed: number): Random {
  let x = (seed * 2_654_435_761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4_294_967_296;
  };
}

const int = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

interface Event {
  date: string;
  order: number;
  run(): void;
}

interface State {
  paidIn: number;
  subscription: number | null;
  /** Paid so far on the member's subscription. */
  paid: number;
}

export function planDemo(input: {
  members: readonly DemoMember[];
  shareClass: DemoClass;
  policy: CapitalPolicy;
  today: string;
  random: Random;
  approval: (n: number) => string;
}): DemoPlan {
  const { members, shareClass, policy, today, random } = input;
  const plan: DemoPlan = { ops: [], subscriptions: [], refunds: [] };
  const state = new Map<number, State>();
  const events: Event[] = [];
  let order = 0;
  const at = (date: string, run: () => void) => {
    if (date <= today) events.push({ date, order: order++, run });
  };
  const op = (o: Omit<PlannedOp, 'counterpartId' | 'counterpartNumber' | 'subscription' | 'refund' | 'interest' | 'method' | 'reference'> & Partial<PlannedOp>) =>
    plan.ops.push({ counterpartId: null, counterpartNumber: null, subscription: null, refund: null, interest: 0, method: null, reference: null, ...o });
  const holding = (m: DemoMember, date: string) => m.admitted !== null && m.admitted <= date && (m.left === null || date < m.left);

  const admitted = members.filter((m) => m.admitted !== null);
  for (const m of admitted) {
    state.set(m.id, { paidIn: 0, subscription: null, paid: 0 });
    const shares = shareClass.minimumShares + int(random, 0, 20);
    const amount = shares * shareClass.nominal;
    const least = percentOf(money(amount), shareClass.minimumPaidNow);
    const paidNow = Math.min(amount, least + Math.floor(random() * 4) * shareClass.nominal);
    const count = int(random, 1, 6);
    const lines = [
      { dueDate: m.admitted!, amount: paidNow },
      ...(amount > paidNow ? instalmentPlan(money(amount - paidNow), count, addDaysToDate(m.admitted!, 30)).map((l) => ({ dueDate: l.dueDate, amount: l.amount as number })) : []),
    ];
    const behind = random() < 0.05 ? int(random, 1, lines.length - 1) : lines.length;
    at(m.admitted!, () => {
      const s = state.get(m.id)!;
      s.subscription = plan.subscriptions.push({ memberId: m.id, classId: shareClass.id, date: m.admitted!, shares, amount, lines }) - 1;
      const base = { memberId: m.id, memberNumber: m.memberNumber, classId: shareClass.id, subscription: s.subscription };
      op({ ...base, date: m.admitted!, kind: 'subscription', amount, reference: String(shares) });
      op({ ...base, date: m.admitted!, kind: 'payment', amount: paidNow, method: random() < 0.5 ? 'cash' : 'bank' });
      s.paidIn += paidNow;
      s.paid += paidNow;
    });
    lines.slice(1, behind).forEach((line) =>
      at(line.dueDate, () => {
        if (!holding(m, line.dueDate)) return;
        const s = state.get(m.id)!;
        op({ memberId: m.id, memberNumber: m.memberNumber, classId: shareClass.id, subscription: s.subscription, date: line.dueDate, kind: 'payment', amount: line.amount, method: 'bank' });
        s.paidIn += line.amount;
        s.paid += line.amount;
      }),
    );
    // A member who fell behind is given notice a month after the missed instalment; a third forfeit after it.
    const missed = lines[behind];
    if (missed && random() < 0.33) {
      const forfeitOn = addDaysToDate(missed.dueDate, 30 + policy.forfeitureNoticeDays);
      at(forfeitOn, () => {
        if (!holding(m, forfeitOn)) return;
        const s = state.get(m.id)!;
        const sub = plan.subscriptions[s.subscription!]!;
        if (sub.amount - s.paid <= 0) return;
        op({ memberId: m.id, memberNumber: m.memberNumber, classId: shareClass.id, subscription: s.subscription, date: forfeitOn, kind: 'forfeiture', amount: sub.amount - s.paid });
        s.paid = sub.amount; // settled: nothing is pending any more
      });
    }
    if (m.left !== null) {
      at(m.left, () => leave(m));
    }
  }

  // About one member in fifty gives a share to another member, with the council's approval.
  let approvals = 0;
  for (const giver of admitted) {
    if (random() >= 0.02) continue;
    const receiver = admitted[int(random, 0, admitted.length - 1)]!;
    const from = giver.admitted! > receiver.admitted! ? giver.admitted! : receiver.admitted!;
    const date = addDaysToDate(from, int(random, 200, 900));
    at(date, () => {
      if (receiver.id === giver.id || !holding(giver, date) || !holding(receiver, date)) return;
      const g = state.get(giver.id)!;
      if (g.paidIn < shareClass.nominal) return;
      approvals += 1;
      op({
        memberId: giver.id,
        memberNumber: giver.memberNumber,
        counterpartId: receiver.id,
        counterpartNumber: receiver.memberNumber,
        classId: shareClass.id,
        date,
        kind: 'transfer',
        amount: shareClass.nominal,
        reference: input.approval(approvals),
      });
      g.paidIn -= shareClass.nominal;
      state.get(receiver.id)!.paidIn += shareClass.nominal;
    });
  }

  function leave(m: DemoMember) {
    const s = state.get(m.id)!;
    const sub = s.subscription === null ? null : plan.subscriptions[s.subscription]!;
    if (sub) {
      if (sub.amount > s.paid) {
        op({ memberId: m.id, memberNumber: m.memberNumber, classId: shareClass.id, subscription: s.subscription, date: m.left!, kind: 'forfeiture', amount: sub.amount - s.paid });
        s.paid = sub.amount;
      }
    }
    if (s.paidIn <= 0) return;
    const lines = instalmentPlan(money(s.paidIn), policy.refundInstalments, m.left!, 12).map((l) => ({ dueDate: l.dueDate, amount: l.amount as number }));
    const refund = plan.refunds.push({ memberId: m.id, memberNumber: m.memberNumber, date: m.left!, amount: s.paidIn, lines }) - 1;
    op({ memberId: m.id, memberNumber: m.memberNumber, classId: shareClass.id, refund, date: m.left!, kind: 'refund_request', amount: s.paidIn });
    s.paidIn = 0;
  }

  events.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  for (const event of events) event.run();
  payRefunds(plan, policy, today, shareClass.id);
  plan.ops.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return plan;
}

/** Refund instalments on their due dates, in order of request, while the year's ceiling allows. */
function payRefunds(plan: DemoPlan, policy: CapitalPolicy, today: string, classId: number): void {
  const paidInByYearEnd = new Map<number, number>();
  let running = 0;
  const sorted = [...plan.ops].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const firstYear = Number(sorted[0]?.date.slice(0, 4) ?? today.slice(0, 4));
  let index = 0;
  for (let year = firstYear - 1; year <= Number(today.slice(0, 4)); year += 1) {
    for (; index < sorted.length && sorted[index]!.date <= `${year}-12-31`; index += 1) {
      const o = sorted[index]!;
      if (o.kind === 'payment') running += o.amount;
      if (o.kind === 'refund_request') running -= o.amount;
    }
    paidInByYearEnd.set(year, running);
  }
  const due = plan.refunds
    .flatMap((r, refund) => r.lines.map((line) => ({ refund, request: r.date, line })))
    .filter((d) => d.line.dueDate <= today)
    .sort((a, b) => (a.line.dueDate === b.line.dueDate ? a.refund - b.refund : a.line.dueDate < b.line.dueDate ? -1 : 1));
  const used = new Map<number, number>();
  const fullYears = new Set<number>();
  const lastPaid = new Map<number, string>();
  const paid = new Map<number, number>();
  for (const d of due) {
    const year = Number(d.line.dueDate.slice(0, 4));
    if (fullYears.has(year)) continue;
    const ceiling = yearCeiling(money(Math.max(0, paidInByYearEnd.get(year - 1) ?? 0)), policy.refundCeiling);
    const u = used.get(year) ?? 0;
    if (ceiling !== null && u + d.line.amount > ceiling) {
      // Served in order of request: once one waits, the later ones wait for next year too.
      fullYears.add(year);
      continue;
    }
    const r = plan.refunds[d.refund]!;
    const pending = r.amount - (paid.get(d.refund) ?? 0);
    const interest = pendingInterest(money(pending), policy.pendingRefundRate, lastPaid.get(d.refund) ?? r.date, d.line.dueDate);
    used.set(year, u + d.line.amount);
    paid.set(d.refund, (paid.get(d.refund) ?? 0) + d.line.amount);
    lastPaid.set(d.refund, d.line.dueDate);
    plan.ops.push({
      memberId: r.memberId,
      memberNumber: r.memberNumber,
      counterpartId: null,
      counterpartNumber: null,
      classId,
      subscription: null,
      refund: d.refund,
      date: d.line.dueDate,
      kind: 'refund_instalment',
      amount: d.line.amount,
      interest,
      method: 'bank',
      reference: null,
    });
  }
}
