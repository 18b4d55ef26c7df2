/**
 * The attendance book: check-in and check-out with times, by member number or id, in the meeting's open
 * session. The hot path (a secretary types while a queue waits) runs on prepared statements.
 */
import type { AttendanceEntry } from '../../../shared/contract/assemblies';
import type { RollStanding } from '../../../shared/domain/assemblies/kinds';
import type { SqliteHandle } from '../../db/connection';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { fullName } from './rows';

interface MemberRef {
  id: number;
  member_number: number;
  last_names: string;
  first_names: string;
}

const statementsOf = new WeakMap<SqliteHandle, ReturnType<typeof prepare>>();

function prepare(handle: SqliteHandle) {
  return {
    meeting: handle.prepare('SELECT id, status FROM assembly_meeting WHERE id = ?'),
    session: handle.prepare('SELECT id, number FROM assembly_session WHERE meeting_id = ? AND closed_at IS NULL'),
    byNumber: handle.prepare('SELECT id, member_number, last_names, first_names FROM member WHERE member_number = ?'),
    byId: handle.prepare('SELECT id, member_number, last_names, first_names FROM member WHERE id = ?'),
    standing: handle.prepare('SELECT standing FROM assembly_roll WHERE meeting_id = ? AND member_id = ?').pluck(),
    openRow: handle.prepare('SELECT id, in_at FROM assembly_attendance WHERE session_id = ? AND member_id = ? AND out_at IS NULL'),
    insert: handle.prepare('INSERT INTO assembly_attendance (session_id, member_id, in_at) VALUES (?, ?, ?)'),
    checkOut: handle.prepare('UPDATE assembly_attendance SET out_at = ? WHERE id = ?'),
    openSession: handle.prepare('INSERT INTO assembly_session (meeting_id, number, opened_at) VALUES (?, 1, ?)'),
    start: handle.prepare("UPDATE assembly_meeting SET status = 'in_session', updated_at = ? WHERE id = ?"),
    proxiesHeld: handle.prepare(`SELECT p.id AS proxy_id, m.id, m.member_number, m.last_names, m.first_names FROM assembly_proxy p JOIN member m ON m.id = p.member_id
      WHERE p.meeting_id = ? AND p.holder_id = ? AND p.revoked_at IS NULL`),
  };
}

export function statements(handle: SqliteHandle) {
  let s = statementsOf.get(handle);
  if (!s) {
    s = prepare(handle);
    statementsOf.set(handle, s);
  }
  return s;
}

/** The session a check-in goes to: the open one; the first check-in of a convened meeting opens session 1. */
function sessionForCheckIn(ctx: ServiceContext, meetingId: number, at: string): { id: number; number: number } {
  const s = statements(ctx.handle);
  const meeting = s.meeting.get(meetingId) as { id: number; status: string } | undefined;
  if (!meeting) throw refusal('NOT_FOUND', 'assemblies:errors.MEETING_NOT_FOUND', `There is no meeting ${meetingId}.`, { id: meetingId });
  if (meeting.status === 'convened') {
    s.openSession.run(meetingId, at);
    s.start.run(nowIso(ctx), meetingId);
  } else if (meeting.status !== 'in_session') {
    throw refusal('INVALID_TRANSITION', 'assemblies:errors.NOT_IN_SESSION', `Meeting ${meetingId} is not in session (it is ${meeting.status}).`, { id: meetingId });
  }
  return s.session.get(meetingId) as { id: number; number: number };
}

function memberOf(ctx: ServiceContext, input: { memberNumber: number | null; memberId: number | null }): MemberRef {
  const s = statements(ctx.handle);
  const found = (input.memberId !== null ? s.byId.get(input.memberId) : input.memberNumber !== null ? s.byNumber.get(input.memberNumber) : undefined) as MemberRef | undefined;
  if (!found) {
    const which = input.memberId ?? input.memberNumber ?? 0;
    throw refusal('NOT_FOUND', 'assemblies:errors.MEMBER_NOT_FOUND', `There is no member ${which}.`, { id: which });
  }
  return found;
}

export function standingOf(ctx: ServiceContext, meetingId: number, member: MemberRef): RollStanding {
  const standing = statements(ctx.handle).standing.get(meetingId, member.id) as RollStanding | undefined;
  if (!standing) {
    throw refusal('CONFLICT', 'assemblies:errors.NOT_ON_ROLL', `Member ${member.member_number} is not on this meeting's roll.`, { number: member.member_number });
  }
  return standing;
}

export async function checkIn(
  ctx: ServiceContext,
  input: { meetingId: number; memberNumber: number | null; memberId: number | null; at: string | null },
): Promise<AttendanceEntry> {
  return inTransaction(ctx, async (_trx, audit) => {
    const at = input.at ?? nowIso(ctx);
    const member = memberOf(ctx, input);
    const standing = standingOf(ctx, input.meetingId, member);
    const session = sessionForCheckIn(ctx, input.meetingId, at);
    const s = statements(ctx.handle);
    if (s.openRow.get(session.id, member.id)) {
      throw refusal('CONFLICT', 'assemblies:errors.ALREADY_IN', `Member ${member.member_number} is already checked in.`, { number: member.member_number });
    }
    const id = Number(s.insert.run(session.id, member.id, at).lastInsertRowid);
    await audit({ action: 'assemblies.checkIn', entity: 'assembly_attendance', entityId: id, before: null, after: { meetingId: input.meetingId, memberId: member.id, inAt: at } });
    const proxyFor = (s.proxiesHeld.all(input.meetingId, member.id) as (MemberRef & { proxy_id: number })[]).map((p) => ({ proxyId: p.proxy_id, memberId: p.id, memberNumber: p.member_number, memberName: fullName(p) }));
    return { id, memberId: member.id, memberNumber: member.member_number, memberName: fullName(member), standing, sessionNumber: session.number, inAt: at, outAt: null, proxyFor };
  });
}

export async function checkOut(ctx: ServiceContext, input: { meetingId: number; memberId: number; at: string | null }): Promise<{ ok: true }> {
  return inTransaction(ctx, async (_trx, audit) => {
    const at = input.at ?? nowIso(ctx);
    const s = statements(ctx.handle);
    const session = s.session.get(input.meetingId) as { id: number } | undefined;
    const open = session ? (s.openRow.get(session.id, input.memberId) as { id: number; in_at: string } | undefined) : undefined;
    if (!open) throw refusal('CONFLICT', 'assemblies:errors.NOT_CHECKED_IN', `Member ${input.memberId} is not checked in.`, { id: input.memberId });
    if (at < open.in_at) throw refusal('BAD_INPUT', 'assemblies:errors.OUT_BEFORE_IN', 'A member cannot leave before arriving.');
    s.checkOut.run(at, open.id);
    await audit({ action: 'assemblies.checkOut', entity: 'assembly_attendance', entityId: open.id, before: { outAt: null }, after: { outAt: at } });
    return { ok: true as const };
  });
}

/** The book of the meeting, every session, in entry order. */
export async function attendanceBook(ctx: ServiceContext, meetingId: number): Promise<AttendanceEntry[]> {
  const rows = await ctx.db
    .selectFrom('assembly_attendance as a')
    .innerJoin('assembly_session as s', 's.id', 'a.session_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .leftJoin('assembly_roll as r', (j) => j.onRef('r.member_id', '=', 'a.member_id').on('r.meeting_id', '=', meetingId))
    .select(['a.id', 'a.member_id', 'a.in_at', 'a.out_at', 's.number', 'r.standing', 'm.member_number', 'm.last_names', 'm.first_names'])
    .where('s.meeting_id', '=', meetingId)
    .orderBy('a.id')
    .execute();
  const proxies = await ctx.db
    .selectFrom('assembly_proxy as p')
    .innerJoin('member as m', 'm.id', 'p.member_id')
    .select(['p.id', 'p.holder_id', 'p.member_id', 'm.member_number', 'm.last_names', 'm.first_names'])
    .where('p.meeting_id', '=', meetingId)
    .where('p.revoked_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    memberNumber: r.member_number,
    memberName: fullName(r),
    standing: r.standing ?? 'speaker',
    sessionNumber: r.number,
    inAt: r.in_at,
    outAt: r.out_at,
    proxyFor: proxies.filter((p) => p.holder_id === r.member_id).map((p) => ({ proxyId: p.id, memberId: p.member_id, memberNumber: p.member_number, memberName: fullName(p) })),
  }));
}
