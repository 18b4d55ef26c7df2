/** The agenda: numbered items with their papers, fixed once published; the synthesis is written while the item is debated. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AgendaItem, agendaItemFields } from '../../../shared/contract/assemblies';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { meetingRow, type MeetingRow } from './rows';

type ItemFields = z.output<typeof agendaItemFields>;

export async function agendaOf(db: Kysely<DB>, meetingId: number): Promise<AgendaItem[]> {
  const items = await db.selectFrom('assembly_agenda_item').selectAll().where('meeting_id', '=', meetingId).orderBy('number').execute();
  const docs = items.length
    ? await db.selectFrom('assembly_document').selectAll().where('item_id', 'in', items.map((i) => i.id)).orderBy('id').execute()
    : [];
  return items.map((i) => ({
    id: i.id,
    number: i.number,
    title: i.title,
    description: i.description,
    expectedMinutes: i.expected_minutes,
    needsVote: i.needs_vote === 1,
    matter: i.matter,
    subject: i.subject,
    resolutionKind: i.resolution_kind,
    synthesis: i.synthesis,
    documents: docs.filter((d) => d.item_id === i.id).map((d) => ({ id: d.id, name: d.name, reference: d.reference })),
  }));
}

/** The published agenda is what the members were called to decide: it may not change afterwards. */
function requireAgendaOpen(meeting: MeetingRow): void {
  if (meeting.agenda_published_at !== null) {
    throw refusal('INVALID_TRANSITION', 'assemblies:errors.AGENDA_PUBLISHED', `The agenda of meeting ${meeting.id} is published; it can no longer change.`, { id: meeting.id });
  }
}

export async function itemRow(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('assembly_agenda_item').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.ITEM_NOT_FOUND', `There is no agenda item ${id}.`, { id });
  return row;
}

const columnsOf = (f: ItemFields) => ({
  title: f.title,
  description: f.description,
  expected_minutes: f.expectedMinutes,
  needs_vote: f.needsVote ? (1 as const) : (0 as const),
  matter: f.matter,
  subject: f.subject,
  resolution_kind: f.resolutionKind,
});

export async function saveAgendaItem(ctx: ServiceContext, input: ItemFields & { meetingId: number; id: number | null }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    requireAgendaOpen(meeting);
    if (input.id !== null) {
      const before = await itemRow(trx, input.id);
      if (before.meeting_id !== meeting.id) throw refusal('NOT_FOUND', 'assemblies:errors.ITEM_NOT_FOUND', `There is no agenda item ${input.id}.`, { id: input.id });
      await trx.updateTable('assembly_agenda_item').set(columnsOf(input)).where('id', '=', input.id).execute();
      await audit({ action: 'assemblies.saveAgendaItem', entity: 'assembly_agenda_item', entityId: input.id, before, after: input });
      return { id: input.id };
    }
    const last = await trx.selectFrom('assembly_agenda_item').select((eb) => eb.fn.max<number>('number').as('n')).where('meeting_id', '=', meeting.id).executeTakeFirst();
    const row = await trx
      .insertInto('assembly_agenda_item')
      .values({ ...columnsOf(input), meeting_id: meeting.id, number: (last?.n ?? 0) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.saveAgendaItem', entity: 'assembly_agenda_item', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

export async function removeAgendaItem(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const item = await itemRow(trx, id);
    requireAgendaOpen(await meetingRow(trx, item.meeting_id));
    await trx.deleteFrom('assembly_document').where('item_id', '=', id).execute();
    await trx.deleteFrom('assembly_agenda_item').where('id', '=', id).execute();
    // The items after it move up one: the agenda is numbered without gaps.
    await trx.updateTable('assembly_agenda_item').set((eb) => ({ number: eb('number', '-', 1) })).where('meeting_id', '=', item.meeting_id).where('number', '>', item.number).execute();
    await audit({ action: 'assemblies.removeAgendaItem', entity: 'assembly_agenda_item', entityId: id, before: item, after: null });
    return { ok: true as const };
  });
}

export async function reorderAgenda(ctx: ServiceContext, input: { meetingId: number; itemIds: number[] }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    requireAgendaOpen(await meetingRow(trx, input.meetingId));
    const items = await trx.selectFrom('assembly_agenda_item').select(['id', 'number']).where('meeting_id', '=', input.meetingId).execute();
    const ids = new Set(items.map((i) => i.id));
    if (input.itemIds.length !== ids.size || new Set(input.itemIds).size !== ids.size || input.itemIds.some((i) => !ids.has(i))) {
      throw refusal('BAD_INPUT', 'assemblies:errors.REORDER_MISMATCH', 'The new order must name every item of the agenda once.');
    }
    for (const [index, id] of input.itemIds.entries()) await trx.updateTable('assembly_agenda_item').set({ number: index + 1 }).where('id', '=', id).execute();
    await audit({ action: 'assemblies.reorderAgenda', entity: 'assembly_meeting', entityId: input.meetingId, before: items, after: input.itemIds });
    return { ok: true as const };
  });
}

export async function attachDocument(ctx: ServiceContext, input: { itemId: number; name: string; reference: string }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const item = await itemRow(trx, input.itemId);
    requireAgendaOpen(await meetingRow(trx, item.meeting_id));
    const row = await trx.insertInto('assembly_document').values({ item_id: item.id, name: input.name, reference: input.reference }).returning('id').executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.attachDocument', entity: 'assembly_document', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

export async function removeDocument(ctx: ServiceContext, id: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const doc = await trx.selectFrom('assembly_document').selectAll().where('id', '=', id).executeTakeFirst();
    if (!doc) throw refusal('NOT_FOUND', 'assemblies:errors.DOCUMENT_NOT_FOUND', `There is no document ${id}.`, { id });
    const item = await itemRow(trx, doc.item_id);
    requireAgendaOpen(await meetingRow(trx, item.meeting_id));
    await trx.deleteFrom('assembly_document').where('id', '=', id).execute();
    await audit({ action: 'assemblies.removeDocument', entity: 'assembly_document', entityId: id, before: doc, after: null });
    return { ok: true as const };
  });
}

export async function publishAgenda(ctx: ServiceContext, meetingId: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, meetingId);
    requireAgendaOpen(meeting);
    const items = await trx.selectFrom('assembly_agenda_item').select('id').where('meeting_id', '=', meetingId).execute();
    if (items.length === 0) throw refusal('INVALID_TRANSITION', 'assemblies:errors.AGENDA_EMPTY', `Meeting ${meetingId} has no agenda items to publish.`);
    const at = nowIso(ctx);
    await trx.updateTable('assembly_meeting').set({ agenda_published_at: at, updated_at: at }).where('id', '=', meetingId).execute();
    await audit({ action: 'assemblies.publishAgenda', entity: 'assembly_meeting', entityId: meetingId, before: null, after: { agendaPublishedAt: at } });
    return { ok: true as const };
  });
}

/** The deliberation's synthesis, written while the meeting is held and until its minutes are final. */
export async function saveSynthesis(ctx: ServiceContext, input: { itemId: number; synthesis: string | null }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const item = await itemRow(trx, input.itemId);
    const meeting = await meetingRow(trx, item.meeting_id);
    if (meeting.status === 'planned' || meeting.status === 'convened') {
      throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_HELD_YET', `Meeting ${meeting.id} has not started; there is no deliberation to summarise.`);
    }
    const final = await trx.selectFrom('assembly_minutes').select('id').where('meeting_id', '=', meeting.id).where('status', '=', 'final').executeTakeFirst();
    const open = await trx.selectFrom('assembly_minutes').select('id').where('meeting_id', '=', meeting.id).where('status', '=', 'draft').executeTakeFirst();
    if (final && !open && meeting.status === 'closed') {
      throw refusal('INVALID_TRANSITION', 'assemblies:errors.MINUTES_FINAL', `The minutes of meeting ${meeting.id} are final; they can no longer change.`);
    }
    await trx.updateTable('assembly_agenda_item').set({ synthesis: input.synthesis }).where('id', '=', item.id).execute();
    await audit({ action: 'assemblies.saveSynthesis', entity: 'assembly_agenda_item', entityId: item.id, before: { synthesis: item.synthesis }, after: { synthesis: input.synthesis } });
    return { ok: true as const };
  });
}
