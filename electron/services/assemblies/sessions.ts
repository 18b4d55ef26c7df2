/**
 * Sessions: a recess (cuarto intermedio) closes the session being held and a resume opens the next, each
 * with its own minutes. Closing a session checks everyone out, freezes its attendance (triggers refuse
 * edits) and keeps the hash `check` recomputes.
 */
import type { Kysely } from 'kysely';
import { attendanceText } from '../../../shared/domain/assemblies/hashing';
import type { DB } from '../../db/schema';
import { inTransaction, nowIso, type AuditWriter, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { meetingRow, openSession, requireInSession, sha256 } from './rows';

export async function attendanceHash(db: Kysely<DB>, sessionId: number): Promise<string> {
  const rows = await db.selectFrom('assembly_attendance').select(['id', 'member_id', 'in_at', 'out_at']).where('session_id', '=', sessionId).orderBy('id').execute();
  return sha256(attendanceText(sessionId, rows.map((r) => ({ id: r.id, memberId: r.member_id, inAt: r.in_at, outAt: r.out_at }))));
}

async function closeSession(trx: Kysely<DB>, audit: AuditWriter, meetingId: number, at: string): Promise<void> {
  const session = await openSession(trx, meetingId);
  if (!session) return;
  const openVote = await trx
    .selectFrom('assembly_vote as v')
    .innerJoin('assembly_motion as m', 'm.id', 'v.motion_id')
    .select('v.id')
    .where('m.meeting_id', '=', meetingId)
    .where('v.closed_at', 'is', null)
    .executeTakeFirst();
  if (openVote) throw refusal('CONFLICT', 'assemblies:errors.VOTE_STILL_OPEN', `Vote ${openVote.id} is still open; close it first.`, { id: openVote.id });
  const last = await trx.selectFrom('assembly_attendance').select((eb) => eb.fn.max<string>('in_at').as('t')).where('session_id', '=', session.id).executeTakeFirst();
  if (last?.t && at < last.t) throw refusal('BAD_INPUT', 'assemblies:errors.CLOSE_BEFORE_LAST_ENTRY', 'A session cannot close before its last check-in.');
  await trx.updateTable('assembly_attendance').set({ out_at: at }).where('session_id', '=', session.id).where('out_at', 'is', null).execute();
  const hash = await attendanceHash(trx, session.id);
  await trx.updateTable('assembly_session').set({ closed_at: at, attendance_hash: hash }).where('id', '=', session.id).execute();
  await audit({ action: 'assemblies.closeSession', entity: 'assembly_session', entityId: session.id, before: null, after: { closedAt: at, attendanceHash: hash } });
}

export async function recess(ctx: ServiceContext, input: { meetingId: number; at: string | null }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    requireInSession(meeting);
    await closeSession(trx, audit, meeting.id, input.at ?? nowIso(ctx));
    await trx.updateTable('assembly_meeting').set({ status: 'recess', updated_at: nowIso(ctx) }).where('id', '=', meeting.id).execute();
    await audit({ action: 'assemblies.recess', entity: 'assembly_meeting', entityId: meeting.id, before: { status: meeting.status }, after: { status: 'recess' } });
    return { ok: true as const };
  });
}

export async function resume(ctx: ServiceContext, input: { meetingId: number; at: string | null }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    if (meeting.status !== 'recess') throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_IN_RECESS', `Meeting ${meeting.id} is not in recess.`);
    const at = input.at ?? nowIso(ctx);
    const last = await trx.selectFrom('assembly_session').select(['number', 'closed_at']).where('meeting_id', '=', meeting.id).orderBy('number', 'desc').limit(1).executeTakeFirstOrThrow();
    if (last.closed_at && at < last.closed_at) throw refusal('BAD_INPUT', 'assemblies:errors.RESUME_BEFORE_RECESS', 'A meeting resumes after its recess began.');
    await trx.insertInto('assembly_session').values({ meeting_id: meeting.id, number: last.number + 1, opened_at: at, closed_at: null, attendance_hash: null }).execute();
    await trx.updateTable('assembly_meeting').set({ status: 'in_session', updated_at: nowIso(ctx) }).where('id', '=', meeting.id).execute();
    await audit({ action: 'assemblies.resume', entity: 'assembly_meeting', entityId: meeting.id, before: { status: 'recess' }, after: { status: 'in_session', session: last.number + 1 } });
    return { ok: true as const };
  });
}

export async function closeMeeting(ctx: ServiceContext, input: { meetingId: number; at: string | null }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, input.meetingId);
    if (meeting.status !== 'in_session' && meeting.status !== 'recess') {
      throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_IN_SESSION', `Meeting ${meeting.id} is not in session (it is ${meeting.status}).`, { id: meeting.id });
    }
    await closeSession(trx, audit, meeting.id, input.at ?? nowIso(ctx));
    await trx.updateTable('assembly_meeting').set({ status: 'closed', updated_at: nowIso(ctx) }).where('id', '=', meeting.id).execute();
    await audit({ action: 'assemblies.close', entity: 'assembly_meeting', entityId: meeting.id, before: { status: meeting.status }, after: { status: 'closed' } });
    return { ok: true as const };
  });
}
