/**
 * Subscriptions with their instalment plans, and payments against them (cash, bank, or a pay deduction).
 * The plan's first line is what is paid at once; payments settle the oldest unpaid line first.
 */
import type { Kysely } from 'kysely';
import type { CapitalOperation, Subscription } from '../../../shared/contract/capital';
import { applyPayments, checkSubscription, instalmentPlan, planAddsUp } from '../../../shared/domain/capital';
import { money } from '../../../shared/domain/money';
import type { DB } from '../../db/schema';
import { inTransaction, type ServiceContext } from '../core';
import { loadMember, requireHolder, requireJoined, requireOpenPeriod } from './guards';
import { capitalAccount, moneyAccountOf, pair, payableMember } from './journal';
import { readOperation } from './operations';
import { subscriptionPaid } from './position';
import { recordOperation } from './record';
import { moneyRefusal, refusal } from './refuse';
import { readClass } from './rows';

export interface SubscribeInput {
  memberId: number;
  classId: number;
  shares: number | null;
  amountMinor: number | null;
  date: string;
  instalments: number;
  firstDueDate: string;
  paidNowMinor: number;
  method: 'cash' | 'bank' | 'payroll';
  planMinor: number[] | null;
}

export async function readSubscription(db: Kysely<DB>, id: number): Promise<Subscription> {
  const row = await db
    .selectFrom('capital_subscription as s')
    .innerJoin('member as m', 'm.id', 's.member_id')
    .innerJoin('capital_share_class as c', 'c.id', 's.class_id')
    .select(['s.id', 's.member_id', 'm.member_number', 's.class_id', 'c.name', 's.date', 's.shares', 's.amount_minor'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'SUBSCRIPTION_NOT_FOUND', `No subscription has id ${id}.`, { id });
  const plan = await db.selectFrom('capital_instalment').selectAll().where('subscription_id', '=', id).orderBy('number').execute();
  const { paid, forfeited } = await subscriptionPaid(db, id);
  const schedule = applyPayments(plan.map((p) => ({ number: p.number, dueDate: p.due_date, amount: p.amount_minor })), paid);
  return {
    id: row.id,
    memberId: row.member_id,
    memberNumber: row.member_number,
    classId: row.class_id,
    className: row.name,
    date: row.date,
    shares: row.shares,
    subscribedMinor: row.amount_minor,
    paidMinor: paid,
    pendingMinor: row.amount_minor - paid - forfeited,
    forfeitedMinor: forfeited,
    instalments: schedule.map((s) => ({ number: s.number, dueDate: s.dueDate, amountMinor: s.amount, paidMinor: s.paid })),
  };
}

export async function memberSubscriptions(ctx: ServiceContext, memberId: number): Promise<Subscription[]> {
  await loadMember(ctx.db, memberId);
  const ids = await ctx.db.selectFrom('capital_subscription').select('id').where('member_id', '=', memberId).orderBy('id').execute();
  return Promise.all(ids.map(({ id }) => readSubscription(ctx.db, id)));
}

/** The amount and shares asked for, in whole shares of the class's nominal value. */
function sharesAndAmount(input: SubscribeInput, nominal: number): { shares: number; amount: number } {
  if ((input.shares === null) === (input.amountMinor === null)) {
    throw refusal('BAD_INPUT', 'SHARES_OR_AMOUNT', 'Give either a number of shares or an amount, not both and not neither.');
  }
  const amount = input.amountMinor ?? input.shares! * nominal;
  if (!Number.isSafeInteger(amount)) throw refusal('BAD_INPUT', 'AMOUNT_TOO_LARGE', 'That subscription is too large to record.');
  return { shares: Math.floor(amount / nominal), amount };
}

export async function subscribe(ctx: ServiceContext, input: SubscribeInput): Promise<Subscription> {
  return inTransaction(ctx, async (trx, audit) => {
    const member = await loadMember(trx, input.memberId);
    requireHolder(member);
    requireJoined(member, input.date);
    await requireOpenPeriod(trx, input.date);
    const shareClass = await readClass(trx, input.classId);
    if (!shareClass.active) throw refusal('CONFLICT', 'CLASS_INACTIVE', `Share class ${shareClass.name} no longer takes subscriptions.`, { name: shareClass.name });
    const { shares, amount } = sharesAndAmount(input, shareClass.nominalMinor);
    const problem = checkSubscription(money(amount), money(input.paidNowMinor), {
      nominal: money(shareClass.nominalMinor),
      minimumSubscription: money(shareClass.minimumSubscriptionMinor),
      minimumPaidNow: shareClass.minimumPaidNow,
    });
    if (problem) {
      const params = { amount, ...('minimum' in problem ? { minimum: problem.minimum } : {}), ...('nominal' in problem ? { nominal: problem.nominal } : {}) };
      throw await moneyRefusal(trx, 'BAD_INPUT', `SUBSCRIPTION_${problem.reason.toUpperCase()}`, `The subscription is refused: ${problem.reason}.`, params);
    }
    if (input.firstDueDate < input.date) throw refusal('BAD_INPUT', 'DUE_BEFORE_SUBSCRIPTION', 'The first instalment cannot fall due before the subscription.');
    const rest = money(amount - input.paidNowMinor);
    let plan = rest === 0 ? [] : instalmentPlan(rest, input.instalments, input.firstDueDate);
    if (input.planMinor !== null) {
      if (input.planMinor.length !== input.instalments || !planAddsUp(rest, input.planMinor)) {
        throw await moneyRefusal(trx, 'BAD_INPUT', 'PLAN_DOES_NOT_ADD_UP', `The ${input.planMinor.length} instalments do not add up to the ${rest} left to pay in ${input.instalments}.`, {
          rest,
          count: input.instalments,
        });
      }
      plan = plan.map((line, i) => ({ ...line, amount: money(input.planMinor![i]!) }));
    }
    const lines = [...(input.paidNowMinor > 0 ? [{ dueDate: input.date, amount: input.paidNowMinor }] : []), ...plan.map((p) => ({ dueDate: p.dueDate, amount: p.amount as number }))];

    const { id } = await trx
      .insertInto('capital_subscription')
      .values({ member_id: member.id, class_id: shareClass.id, date: input.date, shares, amount_minor: amount })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (lines.length > 0) {
      await trx.insertInto('capital_instalment').values(lines.map((l, i) => ({ subscription_id: id, number: i + 1, due_date: l.dueDate, amount_minor: l.amount }))).execute();
    }
    const account = capitalAccount(shareClass.refundRight);
    const n = member.memberNumber;
    const base = { memberId: member.id, classId: shareClass.id, subscriptionId: id };
    await recordOperation(trx, ctx, audit, { ...base, date: input.date, kind: 'subscription', amountMinor: amount, reference: `${shares}` }, {
      memberNumber: n,
      lines: pair('capital_receivable', account, amount, { debit: n, credit: n }),
    });
    if (input.paidNowMinor > 0) {
      await recordOperation(trx, ctx, audit, { ...base, date: input.date, kind: 'payment', amountMinor: input.paidNowMinor, method: input.method }, {
        memberNumber: n,
        lines: pair(moneyAccountOf(input.method), 'capital_receivable', input.paidNowMinor, { credit: n, debit: payableMember(input.method, n) }),
      });
    }
    return readSubscription(trx, id);
  });
}

export interface PayInput {
  subscriptionId: number;
  amountMinor: number;
  date: string;
  method: 'cash' | 'bank' | 'payroll';
}

/** Inside the caller's transaction: pays towards a subscription (also what a pay run's deduction calls). */
export async function payWithin(trx: Kysely<DB>, ctx: ServiceContext, audit: Parameters<typeof recordOperation>[2], input: PayInput): Promise<number> {
  const sub = await readSubscription(trx, input.subscriptionId);
  const member = await loadMember(trx, sub.memberId);
  requireHolder(member);
  if (input.date < sub.date) throw refusal('BAD_INPUT', 'PAYMENT_BEFORE_SUBSCRIPTION', `A payment cannot be dated before its subscription (${sub.date}).`, { date: sub.date });
  await requireOpenPeriod(trx, input.date);
  if (input.amountMinor > sub.pendingMinor) {
    throw await moneyRefusal(trx, 'BAD_INPUT', 'PAYMENT_ABOVE_DUE', `The payment (${input.amountMinor}) is more than what is due on the subscription (${sub.pendingMinor}).`, {
      amount: input.amountMinor,
      due: sub.pendingMinor,
    });
  }
  return recordOperation(
    trx,
    ctx,
    audit,
    { date: input.date, kind: 'payment', memberId: member.id, classId: sub.classId, subscriptionId: sub.id, amountMinor: input.amountMinor, method: input.method },
    { memberNumber: member.memberNumber, lines: pair(moneyAccountOf(input.method), 'capital_receivable', input.amountMinor, { credit: member.memberNumber, debit: payableMember(input.method, member.memberNumber) }) },
  );
}

export async function pay(ctx: ServiceContext, input: PayInput): Promise<CapitalOperation> {
  return inTransaction(ctx, async (trx, audit) => readOperation(trx, await payWithin(trx, ctx, audit, input)));
}
