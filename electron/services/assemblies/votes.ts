/**
 * Taking a vote: open it on a motion, enter the show of hands or the secret ballot's count (tallies only),
 * or record a roll call one named ballot at a time; closing freezes electorate, presence and tally in a
 * snapshot the database refuses to change, with the outcome, its rule in words and its legal basis.
 * A secret ballot writes no row, column, audit entry or log line that names a member beside a choice.
 */
import type { TallyInput, VoteState } from '../../../shared/contract/assemblies';
import type { BallotChoice, VoteMode } from '../../../shared/domain/assemblies/kinds';
import { closedVoteText } from '../../../shared/domain/assemblies/hashing';
import { barredFromVote, evaluateVote } from '../../../shared/domain/voting';
import { inTransaction, nowIso, type ServiceContext } from '../core';
import { statements } from './attendance';
import { councilRoles } from './officers';
import { refusal } from './refuse';
import { coopOf, meetingRow, requireInSession, sha256 } from './rows';
import { electorateOf, presenceFor, presentOf, rollCallTally, ruleFor, tallyOf, voteRow, voteState } from './vote-state';

export async function openVote(ctx: ServiceContext, input: { motionId: number; mode: VoteMode; at?: string | null }): Promise<VoteState> {
  return inTransaction(ctx, async (trx, audit) => {
    const motion = await trx.selectFrom('assembly_motion').selectAll().where('id', '=', input.motionId).executeTakeFirst();
    if (!motion) throw refusal('NOT_FOUND', 'assemblies:errors.MOTION_NOT_FOUND', `There is no motion ${input.motionId}.`, { id: input.motionId });
    const meeting = await meetingRow(trx, motion.meeting_id);
    requireInSession(meeting);
    // A resolution of a meeting that was never constituted is void.
    if (meeting.constituted_at === null) throw refusal('CONFLICT', 'assemblies:errors.NOT_CONSTITUTED', `Meeting ${meeting.id} has not been constituted; it cannot vote yet.`);
    const taken = await trx.selectFrom('assembly_vote').select('id').where('motion_id', '=', motion.id).executeTakeFirst();
    if (taken) throw refusal('CONFLICT', 'assemblies:errors.ALREADY_VOTED_MOTION', `Motion ${motion.id} has already been put to the vote.`);
    const open = await trx
      .selectFrom('assembly_vote as v')
      .innerJoin('assembly_motion as m', 'm.id', 'v.motion_id')
      .select('v.id')
      .where('m.meeting_id', '=', meeting.id)
      .where('v.closed_at', 'is', null)
      .executeTakeFirst();
    if (open) throw refusal('CONFLICT', 'assemblies:errors.VOTE_STILL_OPEN', `Vote ${open.id} is still open; close it first.`, { id: open.id });
    const row = await trx.insertInto('assembly_vote').values({ motion_id: motion.id, mode: input.mode, opened_at: input.at ?? nowIso(ctx), closed_at: null }).returning('id').executeTakeFirstOrThrow();
    await audit({ action: 'assemblies.openVote', entity: 'assembly_vote', entityId: row.id, before: null, after: { motionId: motion.id, mode: input.mode } });
    return voteState(ctx, row.id, trx);
  });
}

function requireOpen(v: { id: number; closed_at: string | null }): void {
  if (v.closed_at !== null) throw refusal('CONFLICT', 'assemblies:errors.VOTE_CLOSED', `Vote ${v.id} is closed; its result is final.`, { id: v.id });
}

const sum = (t: TallyInput) => t.yes + t.no + t.abstain + t.blank + t.invalid;

/** Show of hands (live, as the count goes) or the secret ballot's count: it must not exceed those present and able to vote. */
export async function recordTally(ctx: ServiceContext, input: { voteId: number; tally: TallyInput }): Promise<VoteState> {
  return inTransaction(ctx, async (trx, audit) => {
    const v = await voteRow(trx, input.voteId);
    requireOpen(v);
    if (v.mode === 'roll_call') throw refusal('CONFLICT', 'assemblies:errors.ROLL_CALL_COUNTS_ITSELF', 'A roll call is counted from its named ballots.');
    if (v.mode === 'hands' && (input.tally.blank > 0 || input.tally.invalid > 0)) {
      throw refusal('BAD_INPUT', 'assemblies:errors.HANDS_NO_BALLOTS', 'A show of hands has no blank or spoiled ballots.');
    }
    const meeting = await meetingRow(trx, v.meeting_id);
    const { voters } = await electorateOf(ctx, trx, meeting, v.subject);
    const present = presentOf(voters, await presenceFor(trx, meeting.id, null)).size;
    if (sum(input.tally) > present) {
      throw refusal('CONFLICT', 'assemblies:errors.TALLY_EXCEEDS_PRESENT', `The counts add up to ${sum(input.tally)}, more than the ${present} present and able to vote.`, {
        counted: sum(input.tally),
        present,
      });
    }
    await trx.updateTable('assembly_vote').set(input.tally).where('id', '=', v.id).execute();
    // The audit row of a count holds the count only.
    await audit({ action: 'assemblies.recordTally', entity: 'assembly_vote', entityId: v.id, before: null, after: input.tally });
    return voteState(ctx, v.id, trx);
  });
}

/** Roll call: one named ballot per member of the electorate who is present (or represented); never a second. */
export async function castBallot(ctx: ServiceContext, input: { voteId: number; memberId: number; choice: BallotChoice }): Promise<{ counted: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const s = ballotStatements(ctx);
    const v = s.vote.get(input.voteId) as { id: number; mode: VoteMode; closed_at: string | null; meeting_id: number; subject: 'accounts' | 'management' | 'other'; kind: string; date: string } | undefined;
    if (!v) throw refusal('NOT_FOUND', 'assemblies:errors.VOTE_NOT_FOUND', `There is no vote ${input.voteId}.`, { id: input.voteId });
    requireOpen(v);
    if (v.mode !== 'roll_call') throw refusal('CONFLICT', 'assemblies:errors.NOT_ROLL_CALL', `Vote ${v.id} is not a roll call; it takes no named ballots.`);
    const member = s.member.get(input.memberId) as { member_number: number } | undefined;
    if (!member) throw refusal('NOT_FOUND', 'assemblies:errors.MEMBER_NOT_FOUND', `There is no member ${input.memberId}.`, { id: input.memberId });
    const number = member.member_number;
    if (statements(ctx.handle).standing.get(v.meeting_id, input.memberId) !== 'voter') {
      throw refusal('CONFLICT', 'assemblies:errors.NOT_A_VOTER', `Member ${number} may speak but not vote at this meeting.`, { number });
    }
    if (v.kind !== 'council') {
      const roles = s.roles.all(input.memberId, v.date, v.date) as string[];
      if (roles.length > 0) {
        const { framework } = await coopOf(trx);
        const size = s.activeCount.get() as number;
        const verdict = barredFromVote(framework, v.subject, { council: roles.some((r) => (councilRoles as readonly string[]).includes(r)), auditor: roles.includes('auditor') }, size);
        if (verdict?.barred) throw refusal('CONFLICT', 'assemblies:errors.BARRED', `Member ${number} may not vote on this matter (${verdict.basis}).`, { number, basis: verdict.basis });
      }
    }
    if (!s.present.get(v.meeting_id, input.memberId) && !s.represented.get(v.meeting_id, input.memberId)) {
      throw refusal('CONFLICT', 'assemblies:errors.ABSENT', `Member ${number} is not present.`, { number });
    }
    if (s.ballot.get(v.id, input.memberId)) throw refusal('DUPLICATE', 'assemblies:errors.SECOND_BALLOT', `Member ${number} has already voted.`, { number });
    s.insert.run(v.id, input.memberId, input.choice, nowIso(ctx));
    await audit({ action: 'assemblies.castBallot', entity: 'assembly_vote', entityId: v.id, before: null, after: { memberId: input.memberId, choice: input.choice } });
    return { counted: s.count.get(v.id) as number };
  });
}

const ballotCache = new WeakMap<object, ReturnType<typeof prepareBallots>>();

function prepareBallots(ctx: ServiceContext) {
  const h = ctx.handle;
  return {
    vote: h.prepare(`SELECT v.id, v.mode, v.closed_at, m.meeting_id, m.subject, a.kind, a.date FROM assembly_vote v
      JOIN assembly_motion m ON m.id = v.motion_id JOIN assembly_meeting a ON a.id = m.meeting_id WHERE v.id = ?`),
    member: h.prepare('SELECT member_number FROM member WHERE id = ?'),
    roles: h.prepare('SELECT role FROM assembly_office_holder WHERE member_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?)').pluck(),
    activeCount: h.prepare("SELECT count(*) FROM member WHERE status = 'active'").pluck(),
    present: h.prepare(`SELECT 1 FROM assembly_attendance a JOIN assembly_session s ON s.id = a.session_id
      WHERE s.meeting_id = ? AND s.closed_at IS NULL AND a.member_id = ? AND a.out_at IS NULL`),
    represented: h.prepare(`SELECT 1 FROM assembly_proxy p JOIN assembly_session s ON s.meeting_id = p.meeting_id AND s.closed_at IS NULL
      JOIN assembly_attendance a ON a.session_id = s.id AND a.member_id = p.holder_id AND a.out_at IS NULL
      WHERE p.meeting_id = ? AND p.member_id = ? AND p.revoked_at IS NULL`),
    ballot: h.prepare('SELECT 1 FROM assembly_ballot WHERE vote_id = ? AND member_id = ?'),
    insert: h.prepare('INSERT INTO assembly_ballot (vote_id, member_id, choice, cast_at) VALUES (?, ?, ?, ?)'),
    count: h.prepare('SELECT count(*) FROM assembly_ballot WHERE vote_id = ?').pluck(),
  };
}

function ballotStatements(ctx: ServiceContext) {
  let s = ballotCache.get(ctx.handle);
  if (!s) {
    s = prepareBallots(ctx);
    ballotCache.set(ctx.handle, s);
  }
  return s;
}

/** Closes the vote: electorate, presence and tally frozen, outcome stored with its rule and basis, hashed for `check`. */
export async function closeVote(ctx: ServiceContext, input: { id: number; at?: string | null }): Promise<VoteState> {
  return inTransaction(ctx, async (trx, audit) => {
    const v = await voteRow(trx, input.id);
    requireOpen(v);
    const meeting = await meetingRow(trx, v.meeting_id);
    const at = input.at ?? nowIso(ctx);
    const { voters, barred } = await electorateOf(ctx, trx, meeting, v.subject);
    const present = presentOf(voters, await presenceFor(trx, meeting.id, input.at ?? null));
    const tally = v.mode === 'roll_call' ? await rollCallTally(trx, v.id) : { yes: v.yes, no: v.no, abstain: v.abstain, blank: v.blank, invalid: v.invalid };
    if (sum(tally) > present.size) {
      throw refusal('CONFLICT', 'assemblies:errors.TALLY_EXCEEDS_PRESENT', `The counts add up to ${sum(tally)}, more than the ${present.size} present and able to vote.`, {
        counted: sum(tally),
        present: present.size,
      });
    }
    const rule = await ruleFor(ctx, trx, meeting, v.matter);
    const outcome = evaluateVote(rule.rule, tallyOf(tally, voters.size, present.size), rule.basis);
    const presentIds = [...present].sort((a, b) => a - b);
    const ballots =
      v.mode === 'roll_call'
        ? (await trx.selectFrom('assembly_ballot').select(['member_id', 'choice']).where('vote_id', '=', v.id).orderBy('member_id').execute()).map((b) => [b.member_id, b.choice] as const)
        : [];
    const fact = {
      voteId: v.id,
      motionId: v.motion_id,
      mode: v.mode,
      closedAt: at,
      electorate: voters.size,
      present: present.size,
      tally,
      passed: outcome.passed,
      base: outcome.base,
      yesNeeded: outcome.yesNeeded,
      ruleJson: JSON.stringify(rule.rule),
      ruleText: rule.text,
      basis: rule.basis,
      barredJson: JSON.stringify(barred),
      presentIds,
      ballots,
    };
    await trx.updateTable('assembly_vote').set({ ...tally, closed_at: at }).where('id', '=', v.id).execute();
    await trx
      .insertInto('assembly_vote_result')
      .values({
        vote_id: v.id,
        closed_at: at,
        electorate: fact.electorate,
        present: fact.present,
        ...tally,
        passed: outcome.passed ? 1 : 0,
        base: outcome.base,
        yes_needed: outcome.yesNeeded,
        rule_json: fact.ruleJson,
        rule_text: fact.ruleText,
        basis: fact.basis,
        barred_json: fact.barredJson,
        hash: sha256(closedVoteText(fact)),
      })
      .execute();
    const insert = ctx.handle.prepare('INSERT INTO assembly_vote_presence (vote_id, member_id) VALUES (?, ?)');
    for (const id of presentIds) insert.run(v.id, id);
    await audit({
      action: 'assemblies.closeVote',
      entity: 'assembly_vote',
      entityId: v.id,
      before: null,
      after: { electorate: fact.electorate, present: fact.present, tally, passed: outcome.passed, base: outcome.base, yesNeeded: outcome.yesNeeded, basis: rule.basis },
    });
    return voteState(ctx, v.id, trx);
  });
}
