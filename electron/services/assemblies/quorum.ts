/**
 * Quorum at an instant, under the call open then (rules/assemblies.md §2), and the constitution of the
 * meeting: the instant and call it was reached are recorded and go into the minutes.
 */
import type { QuorumState } from '../../../shared/contract/assemblies';
import { callsOf, evaluateQuorum } from '../../../shared/domain/voting';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { presenceAt } from './presence';
import { refusal } from './refuse';
import { meetingRow, minutesBetween, requireInSession, statuteOf, type MeetingRow } from './rows';

export async function quorumAt(ctx: ServiceContext, meeting: MeetingRow, at: string): Promise<QuorumState> {
  const statute = await statuteOf(ctx, ctx.db, meeting);
  const roll = Number(
    (await ctx.db.selectFrom('assembly_roll').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meeting.id).where('standing', '=', 'voter').executeTakeFirst())?.n ?? 0,
  );
  const presence = await presenceAt(ctx.db, meeting.id, at);
  // Before the convened time the first call is what is counted against (its clock not yet started).
  const elapsed = Math.max(0, minutesBetween(meeting.convened_at, at));
  const calls = callsOf(statute);
  const open = calls.filter((c) => c.opensAfterMinutes <= elapsed);
  const call = open[open.length - 1]?.call ?? 1;
  const next = calls.find((c) => c.opensAfterMinutes > elapsed);
  const present = presence.voters.size + presence.represented.size;
  const outcome = evaluateQuorum(statute, { roll, call, present, minutesAfterConvened: elapsed });
  return {
    at,
    roll,
    present: presence.voters.size,
    represented: presence.represented.size,
    speakersPresent: presence.speakers,
    call,
    needed: outcome.needed,
    reached: outcome.constituted,
    basis: outcome.basis,
    nextCallAt: next ? new Date(Date.parse(meeting.convened_at) + next.opensAfterMinutes * 60_000).toISOString() : null,
    constitutedAt: meeting.constituted_at,
    constitutedCall: meeting.constituted_call,
  };
}

export async function quorum(ctx: ServiceContext, input: { meetingId: number; at: string | null }): Promise<QuorumState> {
  return quorumAt(ctx, await meetingRow(ctx.db, input.meetingId), input.at ?? nowIso(ctx));
}

/** Records that the meeting is constituted now, under the call open now; refused without quorum or twice. */
export async function constitute(ctx: ServiceContext, input: { meetingId: number; at: string | null }): Promise<QuorumState> {
  return inTransaction(ctx, async (trx, audit) => {
    const tctx = { ...ctx, db: trx };
    const meeting = await meetingRow(trx, input.meetingId);
    requireInSession(meeting);
    if (meeting.constituted_at !== null) {
      throw refusal('CONFLICT', 'assemblies:errors.ALREADY_CONSTITUTED', `Meeting ${meeting.id} was constituted at ${meeting.constituted_at}.`);
    }
    const at = input.at ?? nowIso(ctx);
    const state = await quorumAt(tctx, meeting, at);
    if (!state.reached) {
      throw refusal('CONFLICT', 'assemblies:errors.QUORUM_NOT_REACHED', `No quorum under call ${state.call}: ${state.present + state.represented} present, ${state.needed} needed.`, {
        present: state.present + state.represented,
        needed: state.needed,
        call: state.call,
      });
    }
    const present = state.present + state.represented;
    await trx
      .updateTable('assembly_meeting')
      .set({ constituted_at: at, constituted_call: state.call, constituted_present: present, updated_at: nowIso(ctx) })
      .where('id', '=', meeting.id)
      .execute();
    await audit({ action: 'assemblies.constitute', entity: 'assembly_meeting', entityId: meeting.id, before: null, after: { at, call: state.call, present, needed: state.needed } });
    return { ...state, constitutedAt: at, constitutedCall: state.call };
  });
}
