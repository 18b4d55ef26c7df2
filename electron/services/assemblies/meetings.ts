/** Meetings before they are held: create, amend while planned, list, read whole, and convene once the checklist is met. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Meeting, MeetingSummary } from '../../../shared/contract/assemblies';
import type { assembliesMethods } from '../../../shared/contract/assemblies';
import type { MeetingKind } from '../../../shared/domain/assemblies/kinds';
import { daysBetween, localToday } from '../../../shared/domain/dates';
import { callsOf, noticeDays } from '../../../shared/domain/voting';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { agendaOf } from './agenda';
import { refusal } from './refuse';
import { coopOf, localInstant, meetingRow, statuteOf, type MeetingRow } from './rows';

type MeetingInput = z.output<(typeof assembliesMethods)['assemblies.create']['input']>;

const columnsOf = (input: MeetingInput) => ({
  kind: input.kind,
  date: input.date,
  time: input.time,
  convened_at: localInstant(input.date, input.time),
  place: input.place,
  mode: input.mode,
  remote_access: input.remoteAccess,
  capital_up_to_date: input.capitalUpToDate ? (1 as const) : (0 as const),
});

export async function createMeeting(ctx: ServiceContext, input: MeetingInput): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const at = nowIso(ctx);
    const row = await trx.insertInto('assembly_meeting').values({ ...columnsOf(input), created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.create', entity: 'assembly_meeting', entityId: row.id, before: null, after: input });
    return { id: row.id };
  });
}

export async function updateMeeting(ctx: ServiceContext, input: MeetingInput & { id: number }): Promise<{ id: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const before = await meetingRow(trx, input.id);
    requirePlanned(before);
    await trx.updateTable('assembly_meeting').set({ ...columnsOf(input), updated_at: nowIso(ctx) }).where('id', '=', input.id).execute();
    await audit({ action: 'assemblies.update', entity: 'assembly_meeting', entityId: input.id, before, after: input });
    return { id: input.id };
  });
}

export function requirePlanned(meeting: MeetingRow): void {
  if (meeting.status !== 'planned') {
    throw refusal('INVALID_TRANSITION', 'assemblies:errors.ALREADY_CONVENED', `Meeting ${meeting.id} has been convened; its notice and agenda are fixed.`, { id: meeting.id });
  }
}

export function listMeetings(ctx: ServiceContext, filter: { kind: MeetingKind | null; year: number | null }): Promise<MeetingSummary[]> {
  return meetingsWith(ctx.db, filter);
}

async function meetingsWith(db: Kysely<DB>, filter: { kind: MeetingKind | null; year: number | null; id?: number }): Promise<MeetingSummary[]> {
  let query = db
    .selectFrom('assembly_meeting as m')
    .selectAll('m')
    .select((eb) => [
      eb.selectFrom('assembly_agenda_item').select(eb.fn.countAll<number>().as('n')).whereRef('meeting_id', '=', 'm.id').as('items'),
      eb
        .selectFrom('assembly_attendance as a')
        .innerJoin('assembly_session as s', 's.id', 'a.session_id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('s.meeting_id', '=', 'm.id')
        .where('s.closed_at', 'is', null)
        .where('a.out_at', 'is', null)
        .as('present'),
      eb.selectFrom('assembly_minutes').select((sub) => sub.fn.max<number>('number').as('n')).whereRef('meeting_id', '=', 'm.id').where('status', '=', 'final').as('minutes_number'),
    ])
    .orderBy('m.date', 'desc')
    .orderBy('m.time', 'desc')
    .orderBy('m.id', 'desc');
  if (filter.id !== undefined) query = query.where('m.id', '=', filter.id);
  if (filter.kind) query = query.where('m.kind', '=', filter.kind);
  if (filter.year) query = query.where('m.date', '>=', `${filter.year}-01-01`).where('m.date', '<=', `${filter.year}-12-31`);
  const rows = await query.execute();
  return rows.map((r) => summaryOf(r, Number(r.items ?? 0), Number(r.present ?? 0), r.minutes_number ?? null));
}

function summaryOf(r: MeetingRow, items: number, present: number, minutesNumber: number | null): MeetingSummary {
  return {
    id: r.id,
    kind: r.kind,
    date: r.date,
    time: r.time,
    place: r.place,
    mode: r.mode,
    capitalUpToDate: r.capital_up_to_date === 1,
    status: r.status,
    items,
    present,
    minutesNumber,
  };
}

export async function meetingSummary(db: Kysely<DB>, id: number): Promise<MeetingSummary> {
  const [found] = await meetingsWith(db, { kind: null, year: null, id });
  if (!found) throw refusal('NOT_FOUND', 'assemblies:errors.MEETING_NOT_FOUND', `There is no meeting ${id}.`, { id });
  return found;
}

/** Notice days the law asks for; a council meeting is called by its own rules, not the assembly's notice. */
const requiredNotice = (kind: MeetingKind, framework: Parameters<typeof noticeDays>[0]) => (kind === 'council' ? 0 : noticeDays(framework));

export async function checklistOf(ctx: ServiceContext, db: Kysely<DB>, meeting: MeetingRow, today: string): Promise<Meeting['checklist']> {
  const coop = await coopOf(db);
  const needed = requiredNotice(meeting.kind, coop.framework);
  const given = daysBetween(meeting.notice_date ?? today, meeting.date);
  const items = await db.selectFrom('assembly_agenda_item').select(['id', 'needs_vote']).where('meeting_id', '=', meeting.id).execute();
  const withDocs = await db
    .selectFrom('assembly_document as d')
    .innerJoin('assembly_agenda_item as i', 'i.id', 'd.item_id')
    .select('i.id')
    .distinct()
    .where('i.meeting_id', '=', meeting.id)
    .execute();
  const documented = new Set(withDocs.map((d) => d.id));
  const box = {
    noticeDays: needed,
    noticeGiven: given,
    noticeMet: given >= needed,
    agendaPublished: meeting.agenda_published_at !== null,
    rollGenerated: meeting.roll_generated_at !== null,
    // Every item with a vote has its papers: what the members read before deciding.
    documentsAttached: items.length > 0 && items.every((i) => i.needs_vote === 0 || documented.has(i.id)),
  };
  return { ...box, ready: box.noticeMet && box.agendaPublished && box.rollGenerated && box.documentsAttached };
}

export async function getMeeting(ctx: ServiceContext, id: number): Promise<Meeting> {
  const row = await meetingRow(ctx.db, id);
  const summary = await meetingSummary(ctx.db, id);
  const statute = await statuteOf(ctx, ctx.db, row);
  const convened = Date.parse(row.convened_at);
  const sessions = await ctx.db.selectFrom('assembly_session').selectAll().where('meeting_id', '=', id).orderBy('number').execute();
  return {
    ...summary,
    remoteAccess: row.remote_access,
    convenedAt: row.convened_at,
    noticeDate: row.notice_date,
    agendaPublishedAt: row.agenda_published_at,
    rollGeneratedAt: row.roll_generated_at,
    calls: callsOf(statute).map((c) => ({ call: c.call, opensAt: new Date(convened + c.opensAfterMinutes * 60_000).toISOString() })),
    constitutedAt: row.constituted_at,
    constitutedCall: row.constituted_call,
    constitutedPresent: row.constituted_present,
    agenda: await agendaOf(ctx.db, id),
    checklist: await checklistOf(ctx, ctx.db, row, localToday(ctx.now())),
    sessions: sessions.map((s) => ({ id: s.id, number: s.number, openedAt: s.opened_at, closedAt: s.closed_at })),
  };
}

/** Sends the notice on `today`: refused until every box of the checklist is ticked. */
export async function conveneMeeting(ctx: ServiceContext, meetingId: number, today = localToday(ctx.now())): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, meetingId);
    requirePlanned(meeting);
    const box = await checklistOf(ctx, trx, meeting, today);
    if (!box.ready) {
      const missing = (['noticeMet', 'agendaPublished', 'rollGenerated', 'documentsAttached'] as const).filter((k) => !box[k]);
      throw refusal('INVALID_TRANSITION', 'assemblies:errors.CHECKLIST_NOT_MET', `Meeting ${meetingId} cannot be convened yet: ${missing.join(', ')}.`, {
        missing: missing.length,
      });
    }
    await trx.updateTable('assembly_meeting').set({ status: 'convened', notice_date: today, updated_at: nowIso(ctx) }).where('id', '=', meetingId).execute();
    await audit({ action: 'assemblies.convene', entity: 'assembly_meeting', entityId: meetingId, before: { status: meeting.status }, after: { status: 'convened', noticeDate: today } });
    return { ok: true as const };
  });
}
