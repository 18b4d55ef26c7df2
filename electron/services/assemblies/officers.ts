/** Office holders (president, secretary, council, auditor…), dated: who signs, who is barred from some votes, who sits on the council. */
import type { Kysely } from 'kysely';
import type { OfficeHolder } from '../../../shared/contract/assemblies';
import type { OfficeRole } from '../../../shared/domain/assemblies/kinds';
import type { DB } from '../../db/schema';
import { inTransaction, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { fullName } from './rows';

/** Roles that sit on the council (the board); the auditor (síndico) watches it from outside. */
export const councilRoles: readonly OfficeRole[] = ['president', 'secretary', 'treasurer', 'council'];

/** Office holders in office on `date` (every one ever, when null). */
export async function officeHolders(db: Kysely<DB>, date: string | null): Promise<OfficeHolder[]> {
  let query = db
    .selectFrom('assembly_office_holder as o')
    .innerJoin('member as m', 'm.id', 'o.member_id')
    .select(['o.id', 'o.member_id', 'o.role', 'o.from_date', 'o.to_date', 'm.member_number', 'm.last_names', 'm.first_names'])
    .orderBy('o.from_date', 'desc')
    .orderBy('o.id');
  if (date) query = query.where('o.from_date', '<=', date).where((eb) => eb.or([eb('o.to_date', 'is', null), eb('o.to_date', '>=', date)]));
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    memberNumber: r.member_number,
    memberName: fullName(r),
    role: r.role,
    from: r.from_date,
    to: r.to_date,
  }));
}

export async function saveOfficeHolder(ctx: ServiceContext, input: { memberId: number; role: OfficeRole; from: string; to: string | null }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const member = await trx.selectFrom('member').select(['id', 'status']).where('id', '=', input.memberId).executeTakeFirst();
    if (!member) throw refusal('NOT_FOUND', 'assemblies:errors.MEMBER_NOT_FOUND', `There is no member ${input.memberId}.`, { id: input.memberId });
    if (input.to !== null && input.to < input.from) throw refusal('BAD_INPUT', 'assemblies:errors.OFFICE_DATES', 'An office ends on or after the day it starts.');
    // One president and one secretary at a time: they sign the minutes.
    if (input.role === 'president' || input.role === 'secretary') {
      const clash = await trx
        .selectFrom('assembly_office_holder')
        .select('id')
        .where('role', '=', input.role)
        .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', input.from)]))
        .$if(input.to !== null, (q) => q.where('from_date', '<=', input.to!))
        .executeTakeFirst();
      if (clash) throw refusal('CONFLICT', 'assemblies:errors.OFFICE_TAKEN', `Someone already holds the office of ${input.role} then.`, { role: input.role });
    }
    const row = await trx
      .insertInto('assembly_office_holder')
      .values({ member_id: input.memberId, role: input.role, from_date: input.from, to_date: input.to })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.saveOfficeHolder', entity: 'assembly_office_holder', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

export async function endOffice(ctx: ServiceContext, input: { id: number; to: string }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await trx.selectFrom('assembly_office_holder').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.OFFICE_NOT_FOUND', `There is no office holder ${input.id}.`, { id: input.id });
    if (input.to < row.from_date) throw refusal('BAD_INPUT', 'assemblies:errors.OFFICE_DATES', 'An office ends on or after the day it starts.');
    await trx.updateTable('assembly_office_holder').set({ to_date: input.to }).where('id', '=', input.id).execute();
    await audit({ action: 'assemblies.endOffice', entity: 'assembly_office_holder', entityId: input.id, before: row, after: { ...row, to_date: input.to } });
    return { ok: true as const };
  });
}
