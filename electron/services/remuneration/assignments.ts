/**
 * Members' dated assignments (category or job index, matrix steps, modifiers, commitment, add-ons) and
 * the bank account pay goes to. A posted run keeps its own copy of every line, so an assignment dated in a
 * posted period (a correction) changes nothing paid: an adjusting run pays the difference.
 */
import type { Kysely } from 'kysely';
import type { Assignment, AssignmentFields } from '../../../shared/contract/remuneration';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { assignedOn, assignmentById, assignmentHistoryOf, type AssignedMember } from './assigned';
import { refusal } from './refuse';

export const toAssignment = (a: AssignedMember): Assignment => ({
  id: a.assignmentId,
  memberId: a.memberId,
  memberNumber: a.memberNumber,
  memberName: a.memberName,
  effectiveFrom: a.effectiveFrom,
  category: a.category,
  steps: a.steps,
  modifiers: a.modifiers,
  commitment: a.commitment,
  addOns: a.addOns,
  bankAccount: a.bankAccount,
});

async function requireMember(db: Kysely<DB>, memberId: number) {
  const member = await db.selectFrom('member').select(['id', 'member_number', 'join_date']).where('id', '=', memberId).executeTakeFirst();
  if (!member) throw refusal('NOT_FOUND', 'MEMBER_NOT_FOUND', `There is no member with id ${memberId}.`, { id: memberId });
  return member;
}

export async function assignmentsOn(ctx: ServiceContext, asOf: string): Promise<Assignment[]> {
  return (await assignedOn(ctx.db, asOf)).map(toAssignment);
}

export async function assignmentHistory(ctx: ServiceContext, memberId: number): Promise<Assignment[]> {
  await requireMember(ctx.db, memberId);
  return (await assignmentHistoryOf(ctx.db, memberId)).map(toAssignment);
}

export async function assign(ctx: ServiceContext, input: AssignmentFields): Promise<Assignment> {
  return inTransaction(ctx, async (trx, audit) => {
    await requireMember(trx, input.memberId);
    const row = {
      category: input.category,
      steps_json: JSON.stringify(input.steps),
      modifiers_json: JSON.stringify(input.modifiers),
      commitment_num: input.commitment.num,
      commitment_den: input.commitment.den,
      add_ons_json: JSON.stringify(input.addOns),
      recorded_at: nowIso(ctx),
    };
    const before = await trx
      .selectFrom('remuneration_assignment')
      .select('id')
      .where('member_id', '=', input.memberId)
      .where('effective_from', '=', input.effectiveFrom)
      .executeTakeFirst();
    const { id } = await trx
      .insertInto('remuneration_assignment')
      .values({ member_id: input.memberId, effective_from: input.effectiveFrom, ...row })
      .onConflict((oc) => oc.columns(['member_id', 'effective_from']).doUpdateSet(row))
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = (await assignmentById(trx, id))!;
    await audit({ action: 'remuneration.assign', entity: 'remuneration_assignment', entityId: id, before: before ? { id: before.id } : null, after: input });
    return toAssignment(after);
  });
}

export async function setBankAccount(ctx: ServiceContext, input: { memberId: number; bankAccount: string | null }) {
  return inTransaction(ctx, async (trx, audit) => {
    await requireMember(trx, input.memberId);
    const before = await trx.selectFrom('remuneration_bank_account').select('bank_account').where('member_id', '=', input.memberId).executeTakeFirst();
    if (input.bankAccount === null) {
      await trx.deleteFrom('remuneration_bank_account').where('member_id', '=', input.memberId).execute();
    } else {
      const row = { bank_account: input.bankAccount, updated_at: nowIso(ctx) };
      await trx
        .insertInto('remuneration_bank_account')
        .values({ member_id: input.memberId, ...row })
        .onConflict((oc) => oc.column('member_id').doUpdateSet(row))
        .execute();
    }
    await audit({ action: 'remuneration.setBankAccount', entity: 'remuneration_bank_account', entityId: input.memberId, before: before?.bank_account ?? null, after: input.bankAccount });
    return { memberId: input.memberId, bankAccount: input.bankAccount };
  });
}
