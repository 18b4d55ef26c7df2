/**
 * Late instalments and forfeiture: the unpaid part of a subscription is forfeited once the statute's
 * notice period after a late instalment has run out, or when a member leaves with it unpaid.
 */
import type { Kysely } from 'kysely';
import type { CapitalOperation, LateInstalment } from '../../../shared/contract/capital';
import { applyPayments, checkForfeiture, lateLines } from '../../../shared/domain/capital';
import { daysBetween } from '../../../shared/domain/dates';
import type { DB } from '../../db/schema';
import { inTransaction, type AuditWriter, type ServiceContext } from '../core';
import { loadMember, requireOpenPeriod, type MemberRef } from './guards';
import { capitalAccount, pair } from './journal';
import { readOperation } from './operations';
import { recordOperation } from './record';
import { refusal } from './refuse';
import { readClass, readPolicy } from './rows';
import { readSubscription } from './subscriptions';

async function writeForfeiture(trx: Kysely<DB>, ctx: ServiceContext, audit: AuditWriter, member: MemberRef, subscriptionId: number, date: string): Promise<number | null> {
  const sub = await readSubscription(trx, subscriptionId);
  if (sub.pendingMinor <= 0) return null;
  const shareClass = await readClass(trx, sub.classId);
  const n = member.memberNumber;
  return recordOperation(
    trx,
    ctx,
    audit,
    { date, kind: 'forfeiture', memberId: member.id, classId: sub.classId, subscriptionId: sub.id, amountMinor: sub.pendingMinor },
    { memberNumber: n, lines: pair(capitalAccount(shareClass.refundRight), 'capital_receivable', sub.pendingMinor, { debit: n, credit: n }) },
  );
}

/** A departing member's unpaid subscriptions lapse with their membership. */
export async function forfeitPending(trx: Kysely<DB>, ctx: ServiceContext, audit: AuditWriter, member: MemberRef, date: string): Promise<void> {
  const subs = await trx.selectFrom('capital_subscription').select('id').where('member_id', '=', member.id).orderBy('id').execute();
  for (const { id } of subs) await writeForfeiture(trx, ctx, audit, member, id, date);
}

export async function forfeit(ctx: ServiceContext, input: { subscriptionId: number; noticeDate: string; date: string }): Promise<CapitalOperation> {
  return inTransaction(ctx, async (trx, audit) => {
    const sub = await readSubscription(trx, input.subscriptionId);
    const member = await loadMember(trx, sub.memberId);
    await requireOpenPeriod(trx, input.date);
    const schedule = sub.instalments.map((i) => ({ number: i.number, dueDate: i.dueDate, amount: i.amountMinor, paid: i.paidMinor }));
    const policy = await readPolicy(trx);
    const problem = checkForfeiture({
      noticeDate: input.noticeDate,
      date: input.date,
      noticeDays: policy.forfeitureNoticeDays,
      lateAtNotice: lateLines(schedule, input.noticeDate).length > 0,
      pending: sub.pendingMinor,
    });
    if (problem) {
      const params = problem.reason === 'notice_running' ? { earliest: problem.earliest } : undefined;
      throw refusal('CONFLICT', `FORFEIT_${problem.reason.toUpperCase()}`, `Forfeiture refused: ${problem.reason}.`, params);
    }
    const number = await writeForfeiture(trx, ctx, audit, member, sub.id, input.date);
    return readOperation(trx, number!);
  });
}

export async function lateInstalments(ctx: ServiceContext, input: { asOf: string }): Promise<LateInstalment[]> {
  // Only subscriptions with something unpaid, found by one grouped read over the register.
  const open = await ctx.db
    .selectFrom('capital_subscription as s')
    .innerJoin('member as m', 'm.id', 's.member_id')
    .leftJoin('capital_operation as o', (join) => join.onRef('o.subscription_id', '=', 's.id').on('o.effect_kind', 'in', ['payment', 'forfeiture']))
    .select(['s.id', 's.member_id', 'm.member_number', 'm.last_names', 'm.first_names'])
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('o.effect_kind', '=', 'payment').then(eb.ref('o.amount_minor')).else(0).end()), eb.lit(0)).as('paid'))
    .groupBy('s.id')
    .having((eb) => eb('s.amount_minor', '>', eb.fn.coalesce(eb.fn.sum<number>('o.amount_minor'), eb.lit(0))))
    .execute();
  const plans = new Map<number, { number: number; dueDate: string; amount: number }[]>();
  for (let i = 0; i < open.length; i += 500) {
    const ids = open.slice(i, i + 500).map((s) => s.id);
    const lines = await ctx.db.selectFrom('capital_instalment').selectAll().where('subscription_id', 'in', ids).orderBy('subscription_id').orderBy('number').execute();
    for (const l of lines) plans.set(l.subscription_id, [...(plans.get(l.subscription_id) ?? []), { number: l.number, dueDate: l.due_date, amount: l.amount_minor }]);
  }
  const rows: LateInstalment[] = [];
  for (const sub of open) {
    for (const line of lateLines(applyPayments(plans.get(sub.id) ?? [], Number(sub.paid)), input.asOf)) {
      rows.push({
        subscriptionId: sub.id,
        memberId: sub.member_id,
        memberNumber: sub.member_number,
        memberName: `${sub.last_names}, ${sub.first_names}`,
        number: line.number,
        dueDate: line.dueDate,
        dueMinor: line.amount - line.paid,
        daysLate: daysBetween(line.dueDate, input.asOf),
      });
    }
  }
  return rows.sort((a, b) => (a.dueDate === b.dueDate ? a.memberNumber - b.memberNumber : a.dueDate < b.dueDate ? -1 : 1));
}
