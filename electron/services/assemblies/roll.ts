/**
 * The roll of voters (padrón): who may vote at this meeting and who may only speak, made from the register
 * on the day it is generated. An assembly: active members vote (with no capital overdue where the meeting
 * asks it); members on trial or leave speak. A council meeting: the council votes, the auditor speaks.
 */
import type { RollEntry } from '../../../shared/contract/assemblies';
import type { RollStanding, SpeakerReason } from '../../../shared/domain/assemblies/kinds';
import { localToday } from '../../../shared/domain/dates';
import { lateInstalments } from '../capital';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { councilRoles, officeHolders } from './officers';
import { refusal } from './refuse';
import { fullName, meetingRow } from './rows';

interface Standing {
  memberId: number;
  standing: RollStanding;
  reason: SpeakerReason | null;
}

export async function generateRoll(ctx: ServiceContext, meetingId: number): Promise<{ voters: number; speakers: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const meeting = await meetingRow(trx, meetingId);
    if (meeting.status !== 'planned' && meeting.status !== 'convened') {
      throw refusal('INVALID_TRANSITION', 'assemblies:errors.ROLL_FIXED', `Meeting ${meetingId} has started; its roll is fixed.`);
    }
    const today = localToday(ctx.now());
    const tctx = { ...ctx, db: trx };
    let standings: Standing[];
    if (meeting.kind === 'council') {
      const holders = await officeHolders(trx, meeting.date);
      const council = new Set(holders.filter((h) => councilRoles.includes(h.role)).map((h) => h.memberId));
      const watchers = holders.filter((h) => !council.has(h.memberId)).map((h) => h.memberId);
      standings = [
        ...[...council].map((memberId) => ({ memberId, standing: 'voter' as const, reason: null })),
        ...[...new Set(watchers)].map((memberId) => ({ memberId, standing: 'speaker' as const, reason: 'not_council' as const })),
      ];
    } else {
      const members = ctx.handle.prepare("SELECT id, status FROM member WHERE status IN ('active', 'trial', 'on_leave')").all() as { id: number; status: string }[];
      const overdue = meeting.capital_up_to_date === 1 ? new Set((await lateInstalments(tctx, { asOf: today })).map((l) => l.memberId)) : new Set<number>();
      standings = members.map((m) =>
        m.status !== 'active'
          ? { memberId: m.id, standing: 'speaker' as const, reason: 'status' as const }
          : overdue.has(m.id)
            ? { memberId: m.id, standing: 'speaker' as const, reason: 'capital_overdue' as const }
            : { memberId: m.id, standing: 'voter' as const, reason: null },
      );
    }
    await trx.deleteFrom('assembly_roll').where('meeting_id', '=', meetingId).execute();
    const insert = ctx.handle.prepare('INSERT INTO assembly_roll (meeting_id, member_id, standing, reason) VALUES (?, ?, ?, ?)');
    for (const s of standings) insert.run(meetingId, s.memberId, s.standing, s.reason);
    const at = nowIso(ctx);
    await trx.updateTable('assembly_meeting').set({ roll_generated_at: at, updated_at: at }).where('id', '=', meetingId).execute();
    const voters = standings.filter((s) => s.standing === 'voter').length;
    const counts = { voters, speakers: standings.length - voters };
    await audit({ action: 'assemblies.generateRoll', entity: 'assembly_meeting', entityId: meetingId, before: null, after: counts });
    return counts;
  });
}

export async function rollOf(ctx: ServiceContext, meetingId: number): Promise<RollEntry[]> {
  await meetingRow(ctx.db, meetingId);
  const rows = await ctx.db
    .selectFrom('assembly_roll as r')
    .innerJoin('member as m', 'm.id', 'r.member_id')
    .select(['r.member_id', 'r.standing', 'r.reason', 'm.member_number', 'm.last_names', 'm.first_names'])
    .where('r.meeting_id', '=', meetingId)
    .orderBy('m.member_number')
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, memberNumber: r.member_number, memberName: fullName(r), standing: r.standing, reason: r.reason }));
}
