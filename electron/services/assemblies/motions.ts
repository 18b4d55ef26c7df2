/**
 * Motions: each under an agenda item, whose matter (the majority it needs), subject (who is barred) and
 * resolution kind it takes. A motion off the agenda is void (AR Ley 20.337 art. 49) unless it is one of the
 * framework's exceptions (electing the signatories, calling a new assembly…).
 */
import type { Motion } from '../../../shared/contract/assemblies';
import type { AgendaExceptionKind } from '../../../shared/domain/assemblies/kinds';
import { agendaExceptions } from '../../../shared/domain/voting';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { itemRow } from './agenda';
import { refusal } from './refuse';
import { coopOf, meetingRow, openSession, requireInSession } from './rows';
import { voteState } from './vote-state';

export async function propose(
  ctx: ServiceContext,
  input: { meetingId: number; itemId: number | null; text: string; proposedBy: string | null; exception: AgendaExceptionKind | null },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    requireInSession(meeting);
    const session = await openSession(trx, meeting.id);
    let fields: { item_id: number | null; matter: Motion['matter']; subject: Motion['subject']; resolution_kind: Motion['resolutionKind']; exception: AgendaExceptionKind | null };
    if (input.itemId !== null) {
      const item = await itemRow(trx, input.itemId);
      if (item.meeting_id !== meeting.id) throw refusal('NOT_FOUND', 'assemblies:errors.ITEM_NOT_FOUND', `There is no agenda item ${input.itemId}.`, { id: input.itemId });
      fields = { item_id: item.id, matter: item.matter, subject: item.subject, resolution_kind: item.resolution_kind, exception: null };
    } else {
      const { framework } = await coopOf(trx);
      const allowed: readonly string[] = agendaExceptions(framework);
      if (input.exception === null || !allowed.includes(input.exception)) {
        throw refusal('CONFLICT', 'assemblies:errors.OFF_AGENDA', 'A motion on a matter not on the published agenda is void, unless the law lists it as an exception.');
      }
      fields = { item_id: null, matter: 'ordinary', subject: 'other', resolution_kind: 'other', exception: input.exception };
    }
    const row = await trx
      .insertInto('assembly_motion')
      .values({ ...fields, meeting_id: meeting.id, session_id: session!.id, text: input.text, proposed_by: input.proposedBy, created_at: nowIso(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.propose', entity: 'assembly_motion', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

export async function motionsOf(ctx: ServiceContext, meetingId: number): Promise<Motion[]> {
  await meetingRow(ctx.db, meetingId);
  const rows = await ctx.db
    .selectFrom('assembly_motion as m')
    .leftJoin('assembly_agenda_item as i', 'i.id', 'm.item_id')
    .leftJoin('assembly_vote as v', 'v.motion_id', 'm.id')
    .select(['m.id', 'm.item_id', 'i.number', 'm.text', 'm.matter', 'm.subject', 'm.resolution_kind', 'm.exception', 'm.proposed_by', 'v.id as vote_id'])
    .where('m.meeting_id', '=', meetingId)
    .orderBy('m.id')
    .execute();
  const motions: Motion[] = [];
  for (const r of rows) {
    motions.push({
      id: r.id,
      itemId: r.item_id,
      itemNumber: r.number,
      text: r.text,
      matter: r.matter,
      subject: r.subject,
      resolutionKind: r.resolution_kind,
      exception: r.exception,
      proposedBy: r.proposed_by,
      vote: r.vote_id === null ? null : await voteState(ctx, r.vote_id),
    });
  }
  return motions;
}
