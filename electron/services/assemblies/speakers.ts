/** The speakers list of an agenda item: who asked for the floor, in order, and who has spoken. */
import type { z } from 'zod';
import type { speaker } from '../../../shared/contract/assemblies';
import { inTransaction, type ServiceContext } from '../core';
import { itemRow } from './agenda';
import { refusal } from './refuse';
import { fullName, meetingRow, requireInSession } from './rows';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

type Speaker = z.infer<typeof speaker>;

export async function speakersOf(db: Kysely<DB>, itemId: number): Promise<Speaker[]> {
  const rows = await db
    .selectFrom('assembly_speaker as s')
    .innerJoin('member as m', 'm.id', 's.member_id')
    .select(['s.id', 's.member_id', 's.position', 's.spoke', 'm.member_number', 'm.last_names', 'm.first_names'])
    .where('s.item_id', '=', itemId)
    .orderBy('s.position')
    .execute();
  return rows.map((r) => ({ id: r.id, memberId: r.member_id, memberNumber: r.member_number, memberName: fullName(r), position: r.position, spoke: r.spoke === 1 }));
}

export async function addSpeaker(ctx: ServiceContext, input: { itemId: number; memberId: number }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const item = await itemRow(trx, input.itemId);
    requireInSession(await meetingRow(trx, item.meeting_id));
    const onRoll = await trx.selectFrom('assembly_roll').select('standing').where('meeting_id', '=', item.meeting_id).where('member_id', '=', input.memberId).executeTakeFirst();
    if (!onRoll) throw refusal('CONFLICT', 'assemblies:errors.NOT_ON_ROLL', `Member ${input.memberId} is not on this meeting's roll.`, { number: input.memberId });
    const waiting = await trx.selectFrom('assembly_speaker').select('id').where('item_id', '=', item.id).where('member_id', '=', input.memberId).where('spoke', '=', 0).executeTakeFirst();
    if (waiting) throw refusal('CONFLICT', 'assemblies:errors.ALREADY_LISTED', 'This member is already waiting to speak.');
    const last = await trx.selectFrom('assembly_speaker').select((eb) => eb.fn.max<number>('position').as('p')).where('item_id', '=', item.id).executeTakeFirst();
    const row = await trx.insertInto('assembly_speaker').values({ item_id: item.id, member_id: input.memberId, position: (last?.p ?? 0) + 1 }).returning('id').executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.addSpeaker', entity: 'assembly_speaker', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

async function speakerRow(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('assembly_speaker').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.SPEAKER_NOT_FOUND', `There is no speaker ${id} on a list.`, { id });
  return row;
}

export async function speakerDone(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await speakerRow(trx, id);
    await trx.updateTable('assembly_speaker').set({ spoke: 1 }).where('id', '=', id).execute();
    await audit({ action: 'assemblies.speakerDone', entity: 'assembly_speaker', entityId: id, before: row, after: { ...row, spoke: 1 } });
    return { ok: true as const };
  });
}

export async function removeSpeaker(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await speakerRow(trx, id);
    await trx.deleteFrom('assembly_speaker').where('id', '=', id).execute();
    await audit({ action: 'assemblies.removeSpeaker', entity: 'assembly_speaker', entityId: id, before: row, after: null });
    return { ok: true as const };
  });
}
