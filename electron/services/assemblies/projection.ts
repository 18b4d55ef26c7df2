/**
 * What the projector shows, as state in the database driven from the main window: a write announces the
 * `assemblies` topic, so the projector (a window, or a browser tab) redraws within a second with no reload.
 */
import type { Projection } from '../../../shared/contract/assemblies';
import type { ProjectorView } from '../../../shared/domain/assemblies/kinds';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { agendaOf } from './agenda';
import { meetingSummary } from './meetings';
import { quorumAt } from './quorum';
import { refusal } from './refuse';
import { meetingRow } from './rows';
import { speakersOf } from './speakers';
import { voteState } from './vote-state';

export async function projection(ctx: ServiceContext): Promise<Projection> {
  const state = await ctx.db.selectFrom('assembly_projection').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const nothing: Projection = { meeting: null, view: state.view, item: null, quorum: null, vote: null, result: null, speakers: [] };
  if (state.meeting_id === null) return nothing;
  const meeting = await meetingRow(ctx.db, state.meeting_id);
  const agenda = await agendaOf(ctx.db, meeting.id);
  const item = agenda.find((i) => i.id === state.item_id) ?? null;
  const votes = await ctx.db
    .selectFrom('assembly_vote as v')
    .innerJoin('assembly_motion as m', 'm.id', 'v.motion_id')
    .select(['v.id', 'v.closed_at', 'm.item_id', 'm.text'])
    .where('m.meeting_id', '=', meeting.id)
    .orderBy('v.id', 'desc')
    .execute();
  const open = votes.find((v) => v.closed_at === null && (item === null || v.item_id === item.id));
  const closed = votes.filter((v) => v.closed_at !== null).sort((a, b) => (a.closed_at! < b.closed_at! ? 1 : -1))[0];
  return {
    meeting: await meetingSummary(ctx.db, meeting.id),
    view: state.view,
    item,
    quorum: meeting.status === 'in_session' ? await quorumAt(ctx, meeting, nowIso(ctx)) : null,
    vote: open ? await voteState(ctx, open.id) : null,
    result: closed ? { motion: closed.text, vote: await voteState(ctx, closed.id) } : null,
    speakers: item ? await speakersOf(ctx.db, item.id) : [],
  };
}

export async function project(ctx: ServiceContext, input: { meetingId: number | null; itemId: number | null; view: ProjectorView }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    if (input.meetingId !== null) await meetingRow(trx, input.meetingId);
    if (input.itemId !== null) {
      const item = await trx.selectFrom('assembly_agenda_item').select('meeting_id').where('id', '=', input.itemId).executeTakeFirst();
      if (!item || item.meeting_id !== input.meetingId) throw refusal('NOT_FOUND', 'assemblies:errors.ITEM_NOT_FOUND', `There is no agenda item ${input.itemId}.`, { id: input.itemId });
    }
    await trx.updateTable('assembly_projection').set({ meeting_id: input.meetingId, item_id: input.itemId, view: input.view, updated_at: nowIso(ctx) }).where('id', '=', 1).execute();
    await audit({ action: 'assemblies.project', entity: 'assembly_projection', entityId: 1, before: null, after: input });
    return { ok: true as const };
  });
}
