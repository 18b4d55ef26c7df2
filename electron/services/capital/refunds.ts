/**
 * Refunds: a departing member's paid-in capital (nominal, less losses charged) moves to the refund queue,
 * paid in the policy's instalments a year apart, in order of request, within the year's ceiling; pending
 * amounts earn interest at the policy's rate, paid with each instalment.
 */
import type { Kysely } from 'kysely';
import type { CapitalOperation, Refund, RefundQueue } from '../../../shared/contract/capital';
import { applyPayments, instalmentPlan, pendingInterest, refundDue, yearCeiling } from '../../../shared/domain/capital';
import { isLeaving } from '../../../shared/domain/members';
import { money } from '../../../shared/domain/money';
import type { DB } from '../../db/schema';
import { inTransaction, type AuditWriter, type ServiceContext } from '../core';
import { coopPaidIn, refundsPaidIn } from './coop-capital';
import { loadMember, requireJoined, requireOpenPeriod } from './guards';
import { capitalAccount, pair } from './journal';
import { readOperation } from './operations';
import { memberPosition } from './position';
import { recordOperation } from './record';
import { moneyRefusal, refusal } from './refuse';
import { readClass, readPolicy } from './rows';
import { forfeitPending } from './forfeiture';

interface RefundState {
  id: number;
  memberId: number;
  memberNumber: number;
  memberName: string;
  requestDate: string;
  amount: number;
  paid: number;
  lastPaid: string | null;
  plan: { number: number; dueDate: string; amount: number }[];
}

async function refundStates(db: Kysely<DB>, where: { refundId?: number; openOnly?: boolean }): Promise<RefundState[]> {
  // The amount is what the refund's requests hold net of reversals; paid is its instalments net of reversals.
  let query = db
    .selectFrom('capital_refund as f')
    .innerJoin('member as m', 'm.id', 'f.member_id')
    .leftJoin('capital_operation as o', 'o.refund_id', 'f.id')
    .select(['f.id', 'f.member_id', 'm.member_number', 'm.last_names', 'm.first_names', 'f.request_date'])
    .select((eb) => {
      const sumOf = (kind: 'refund_request' | 'refund_instalment') =>
        eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('o.effect_kind', '=', kind).then(eb.ref('o.amount_minor')).else(0).end()), eb.lit(0));
      return [
        sumOf('refund_request').as('amount'),
        sumOf('refund_instalment').as('paid'),
        eb.fn.max(eb.case().when('o.kind', '=', 'refund_instalment').then(eb.ref('o.date')).end()).as('last_paid'),
      ];
    })
    .groupBy('f.id')
    .orderBy('f.request_date')
    .orderBy('f.id');
  if (where.refundId !== undefined) query = query.where('f.id', '=', where.refundId);
  const rows = await query.execute();
  const open = where.openOnly ? rows.filter((r) => Number(r.paid) < Number(r.amount)) : rows;
  const plans = open.length === 0 ? [] : await db.selectFrom('capital_refund_instalment').selectAll().where('refund_id', 'in', open.map((r) => r.id)).orderBy('number').execute();
  return open.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    memberNumber: r.member_number,
    memberName: `${r.last_names}, ${r.first_names}`,
    requestDate: r.request_date,
    amount: Number(r.amount),
    paid: Number(r.paid),
    lastPaid: (r.last_paid as string | null) ?? null,
    plan: plans.filter((p) => p.refund_id === r.id).map((p) => ({ number: p.number, dueDate: p.due_date, amount: p.amount_minor })),
  }));
}

function toRefund(state: RefundState, position: number, interest: number): Refund {
  return {
    id: state.id,
    memberId: state.memberId,
    memberNumber: state.memberNumber,
    memberName: state.memberName,
    requestDate: state.requestDate,
    position,
    amountMinor: state.amount,
    paidMinor: state.paid,
    pendingMinor: state.amount - state.paid,
    interestMinor: interest,
    instalments: applyPayments(state.plan, state.paid).map((l) => ({ number: l.number, dueDate: l.dueDate, amountMinor: l.amount, paidMinor: l.paid })),
  };
}

/** Inside the caller's transaction: the departing member's refund, their unpaid subscriptions forfeited first. */
export async function requestRefundWithin(trx: Kysely<DB>, ctx: ServiceContext, audit: AuditWriter, input: { memberId: number; date: string }): Promise<number> {
  const member = await loadMember(trx, input.memberId);
  if (!isLeaving(member.status)) {
    throw refusal('CONFLICT', 'REFUND_STILL_MEMBER', `Member ${member.memberNumber} has not left; record the resignation, exclusion or death first.`, {
      number: member.memberNumber,
    });
  }
  requireJoined(member, input.date);
  if (member.leavingDate !== null && input.date < member.leavingDate) {
    throw refusal('BAD_INPUT', 'REFUND_BEFORE_LEAVING', `A refund cannot be requested before member ${member.memberNumber} left (${member.leavingDate}).`, {
      number: member.memberNumber,
      date: member.leavingDate,
    });
  }
  await requireOpenPeriod(trx, input.date);
  await forfeitPending(trx, ctx, audit, member, input.date);
  const position = await memberPosition(trx, member.id, null);
  const byClass = [...position.paidInByClass.entries()].filter(([, held]) => held > 0);
  const amount = refundDue(money(byClass.reduce((s, [, held]) => s + held, 0)), money(0));
  if (amount === 0) throw refusal('CONFLICT', 'NOTHING_TO_REFUND', `Member ${member.memberNumber} holds no paid-in capital to refund.`, { number: member.memberNumber });
  const policy = await readPolicy(trx);
  const { id } = await trx.insertInto('capital_refund').values({ member_id: member.id, request_date: input.date, amount_minor: amount }).returning('id').executeTakeFirstOrThrow();
  const plan = instalmentPlan(amount, policy.refundInstalments, input.date, 12);
  await trx.insertInto('capital_refund_instalment').values(plan.map((p) => ({ refund_id: id, number: p.number, due_date: p.dueDate, amount_minor: p.amount }))).execute();
  const n = member.memberNumber;
  for (const [classId, held] of byClass) {
    const shareClass = await readClass(trx, classId);
    await recordOperation(
      trx,
      ctx,
      audit,
      { date: input.date, kind: 'refund_request', memberId: member.id, classId, refundId: id, amountMinor: held },
      { memberNumber: n, lines: pair(capitalAccount(shareClass.refundRight), 'capital_to_refund', held, { debit: n, credit: n }) },
    );
  }
  return id;
}

export async function requestRefund(ctx: ServiceContext, input: { memberId: number; date: string }): Promise<Refund> {
  return inTransaction(ctx, async (trx, audit) => {
    const id = await requestRefundWithin(trx, ctx, audit, input);
    const [state] = await refundStates(trx, { refundId: id });
    const queue = await refundStates(trx, { openOnly: true });
    return toRefund(state!, queue.findIndex((q) => q.id === id) + 1, 0);
  });
}

async function ceilingOf(db: Kysely<DB>, year: number): Promise<{ ceiling: number | null; used: number }> {
  const policy = await readPolicy(db);
  const ceiling = yearCeiling(money(await coopPaidIn(db, `${year - 1}-12-31`)), policy.refundCeiling);
  return { ceiling, used: await refundsPaidIn(db, year) };
}

export async function refundQueue(ctx: ServiceContext, input: { year: number }, today: string): Promise<RefundQueue> {
  const policy = await readPolicy(ctx.db);
  const { ceiling, used } = await ceilingOf(ctx.db, input.year);
  const asOf = today < `${input.year}-12-31` ? today : `${input.year}-12-31`;
  const states = await refundStates(ctx.db, { openOnly: true });
  const queue = states.map((s, i) =>
    toRefund(s, i + 1, pendingInterest(money(s.amount - s.paid), policy.pendingRefundRate, s.lastPaid ?? s.requestDate, asOf)),
  );
  return { year: input.year, ceilingMinor: ceiling, usedMinor: used, leftMinor: ceiling === null ? null : Math.max(0, ceiling - used), queue };
}

export async function payRefundInstalment(ctx: ServiceContext, input: { refundId: number; date: string; method: 'cash' | 'bank' }): Promise<CapitalOperation> {
  return inTransaction(ctx, async (trx, audit) => {
    const [state] = await refundStates(trx, { refundId: input.refundId });
    if (!state) throw refusal('NOT_FOUND', 'REFUND_NOT_FOUND', `No refund has id ${input.refundId}.`, { id: input.refundId });
    const pending = state.amount - state.paid;
    if (pending <= 0) throw refusal('CONFLICT', 'REFUND_PAID', `Member ${state.memberNumber}'s refund is already paid in full.`, { number: state.memberNumber });
    if (input.date < state.requestDate) throw refusal('BAD_INPUT', 'PAYMENT_BEFORE_REQUEST', `A refund cannot be paid before it was requested (${state.requestDate}).`, { date: state.requestDate });
    await requireOpenPeriod(trx, input.date);
    const next = applyPayments(state.plan, state.paid).find((l) => l.paid < l.amount)!;
    // A partly reversed request leaves less pending than the plan's next line.
    const amount = Math.min(next.amount - next.paid, pending);
    // Served in order of request: an earlier request with an instalment already due is paid first.
    const earlier = (await refundStates(trx, { openOnly: true })).find(
      (s) => (s.requestDate < state.requestDate || (s.requestDate === state.requestDate && s.id < state.id)) && applyPayments(s.plan, s.paid).some((l) => l.paid < l.amount && l.dueDate <= input.date),
    );
    if (earlier) {
      throw refusal('CONFLICT', 'REFUND_OUT_OF_ORDER', `Member ${earlier.memberNumber}'s earlier refund has an instalment due; refunds are paid in order of request.`, {
        number: earlier.memberNumber,
      });
    }
    const { ceiling, used } = await ceilingOf(trx, Number(input.date.slice(0, 4)));
    if (ceiling !== null && used + amount > ceiling) {
      throw await moneyRefusal(trx, 'CONFLICT', 'CEILING_REACHED', `Paying ${amount} would pass this year's refund ceiling (${ceiling}, ${used} used).`, {
        amount,
        ceiling,
        left: Math.max(0, ceiling - used),
      });
    }
    const policy = await readPolicy(trx);
    const interest = pendingInterest(money(pending), policy.pendingRefundRate, state.lastPaid ?? state.requestDate, input.date);
    const n = state.memberNumber;
    const lines = [
      { account: 'capital_to_refund' as const, memberNumber: n, debitMinor: amount },
      ...(interest > 0 ? [{ account: 'interest_expense' as const, memberNumber: n, debitMinor: interest }] : []),
      { account: input.method, memberNumber: null, creditMinor: amount + interest },
    ];
    const number = await recordOperation(
      trx,
      ctx,
      audit,
      { date: input.date, kind: 'refund_instalment', memberId: state.memberId, classId: null, refundId: state.id, amountMinor: amount, method: input.method },
      { memberNumber: n, lines },
    );
    return readOperation(trx, number);
  });
}
