/** Proxies: only where the statute allows them, and no holder over its cap (Spain: at most two). */
import { proxyCap } from '../../../shared/domain/voting';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { meetingRow, statuteOf } from './rows';

export async function grantProxy(ctx: ServiceContext, input: { meetingId: number; memberId: number; holderId: number }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    if (meeting.status === 'closed') throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_IN_SESSION', `Meeting ${meeting.id} is closed.`, { id: meeting.id });
    const cap = proxyCap(await statuteOf(ctx, trx, meeting));
    if (cap === 0) throw refusal('NOT_SUPPORTED', 'assemblies:errors.PROXIES_FORBIDDEN', "The statute does not allow voting by proxy.");
    if (input.memberId === input.holderId) throw refusal('BAD_INPUT', 'assemblies:errors.PROXY_SELF', 'A member cannot hold their own proxy.');
    const standings = await trx.selectFrom('assembly_roll').select(['member_id', 'standing']).where('meeting_id', '=', meeting.id).where('member_id', 'in', [input.memberId, input.holderId]).execute();
    for (const id of [input.memberId, input.holderId]) {
      if (standings.find((s) => s.member_id === id)?.standing !== 'voter') {
        throw refusal('CONFLICT', 'assemblies:errors.PROXY_NOT_VOTER', `Member ${id} is not a voter on this meeting's roll.`, { id });
      }
    }
    const held = await trx.selectFrom('assembly_proxy').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meeting.id).where('holder_id', '=', input.holderId).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(held?.n ?? 0) >= cap) throw refusal('CONFLICT', 'assemblies:errors.PROXY_CAP', `A member may hold at most ${cap} proxies.`, { cap });
    const already = await trx.selectFrom('assembly_proxy').select('id').where('meeting_id', '=', meeting.id).where('member_id', '=', input.memberId).where('revoked_at', 'is', null).executeTakeFirst();
    if (already) throw refusal('CONFLICT', 'assemblies:errors.PROXY_TWICE', 'This member has already given a proxy.');
    const row = await trx
      .insertInto('assembly_proxy')
      .values({ meeting_id: meeting.id, member_id: input.memberId, holder_id: input.holderId, granted_at: nowIso(ctx), revoked_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.grantProxy', entity: 'assembly_proxy', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

export async function revokeProxy(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await trx.selectFrom('assembly_proxy').selectAll().where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.PROXY_NOT_FOUND', `There is no proxy ${id} in force.`, { id });
    const at = nowIso(ctx);
    await trx.updateTable('assembly_proxy').set({ revoked_at: at }).where('id', '=', id).execute();
    await audit({ action: 'assemblies.revokeProxy', entity: 'assembly_proxy', entityId: id, before: row, after: { ...row, revoked_at: at } });
    return { ok: true as const };
  });
}
