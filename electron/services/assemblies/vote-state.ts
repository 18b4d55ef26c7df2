/**
 * What a vote is: its electorate (voters on the roll, less those the law bars from this subject), those
 * present, its tally and what that tally gives under the statute's rule. An open vote is computed live; a
 * closed one is read from its frozen snapshot, so later edits of members or attendance change nothing.
 */
import type { Kysely } from 'kysely';
import type { TallyInput, VoteState } from '../../../shared/contract/assemblies';
import type { VoteSubject } from '../../../shared/domain/assemblies/kinds';
import { barredFromVote, describeRule, evaluateVote, ruleOf, secrecyWarning, type Tally, type VoteRule } from '../../../shared/domain/voting';
import { translate } from '../../../shared/i18n/catalogue';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../core';
import { councilRoles, officeHolders } from './officers';
import { presenceAt, type Presence } from './presence';
import { refusal } from './refuse';
import { coopOf, meetingRow, statuteOf, type MeetingRow } from './rows';

export interface Barred {
  memberId: number;
  memberNumber: number;
  memberName: string;
  basis: string;
}

/** Voters on the roll, less the office holders barred from a vote on `subject` (AR, BR: the accounts, their own management). */
export async function electorateOf(
  ctx: ServiceContext,
  db: Kysely<DB>,
  meeting: MeetingRow,
  subject: VoteSubject,
): Promise<{ voters: Set<number>; barred: Barred[] }> {
  // Thousands of ids, read on the raw handle (the same connection and transaction as `db`).
  const roll = ctx.handle.prepare("SELECT member_id FROM assembly_roll WHERE meeting_id = ? AND standing = 'voter'").pluck().all(meeting.id) as number[];
  const voters = new Set(roll);
  if (meeting.kind === 'council') return { voters, barred: [] };
  const { framework } = await coopOf(db);
  const size = Number((await db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'active').executeTakeFirst())?.n ?? 0);
  const holders = await officeHolders(db, meeting.date);
  const barred: Barred[] = [];
  for (const memberId of new Set(holders.map((h) => h.memberId))) {
    if (!voters.has(memberId)) continue;
    const roles = holders.filter((h) => h.memberId === memberId);
    const holder = { council: roles.some((r) => councilRoles.includes(r.role)), auditor: roles.some((r) => r.role === 'auditor') };
    const verdict = barredFromVote(framework, subject, holder, size);
    if (verdict?.barred) {
      voters.delete(memberId);
      barred.push({ memberId, memberNumber: roles[0]!.memberNumber, memberName: roles[0]!.memberName, basis: verdict.basis });
    }
  }
  return { voters, barred };
}

/** Electorate members in the room: in person, or represented by a proxy holder who is. */
export function presentOf(electorate: Set<number>, presence: Presence): Set<number> {
  return new Set([...electorate].filter((id) => presence.voters.has(id) || presence.represented.has(id)));
}

/** Presence now: the open session's book as it stands (null `at`), or at a given instant. */
export async function presenceFor(db: Kysely<DB>, meetingId: number, at: string | null): Promise<Presence> {
  const session = await db.selectFrom('assembly_session').select('id').where('meeting_id', '=', meetingId).where('closed_at', 'is', null).executeTakeFirst();
  if (!session) return { voters: new Set(), represented: new Set(), speakers: 0 };
  return presenceAt(db, meetingId, at ?? '9999-12-31T23:59:59.999Z', session.id);
}

export async function voteRow(db: Kysely<DB>, voteId: number) {
  const row = await db
    .selectFrom('assembly_vote as v')
    .innerJoin('assembly_motion as m', 'm.id', 'v.motion_id')
    .selectAll('v')
    .select(['m.meeting_id', 'm.matter', 'm.subject', 'm.text'])
    .where('v.id', '=', voteId)
    .executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'assemblies:errors.VOTE_NOT_FOUND', `There is no vote ${voteId}.`, { id: voteId });
  return row;
}

export async function rollCallTally(db: Kysely<DB>, voteId: number): Promise<TallyInput> {
  const rows = await db.selectFrom('assembly_ballot').select(['choice', (eb) => eb.fn.countAll<number>().as('n')]).where('vote_id', '=', voteId).groupBy('choice').execute();
  const of = (c: string) => Number(rows.find((r) => r.choice === c)?.n ?? 0);
  return { yes: of('yes'), no: of('no'), abstain: of('abstain'), blank: 0, invalid: 0 };
}

/** A roll call's named ballots, in the order cast; a secret or show-of-hands vote has none. */
async function namedBallots(db: Kysely<DB>, voteId: number, mode: string): Promise<VoteState['ballots']> {
  if (mode !== 'roll_call') return [];
  return db.selectFrom('assembly_ballot').select(['member_id as memberId', 'choice']).where('vote_id', '=', voteId).orderBy('cast_at').execute();
}

export const tallyOf = (t: TallyInput, entitled: number, present: number): Tally => ({ entitled, present, ...t });
const counted = (t: TallyInput) => t.yes + t.no + t.abstain + t.blank + t.invalid;

/** The rule the motion's matter takes under the statute in force on the meeting's day, in words. */
export async function ruleFor(ctx: ServiceContext, db: Kysely<DB>, meeting: MeetingRow, matter: Parameters<typeof ruleOf>[1]) {
  const statute = await statuteOf(ctx, db, meeting);
  const { rule, basis } = ruleOf(statute, matter);
  const { locale } = await coopOf(db);
  return { rule, basis, text: describeRule(rule, (key, params) => translate(locale, key, params)) };
}

/** Yes votes needed with the tally as it stands; a tally that does not add up yet needs the whole base. */
function liveNeed(rule: VoteRule, tally: Tally, basis: string): number {
  try {
    return evaluateVote(rule, tally, basis).yesNeeded;
  } catch {
    return tally.present;
  }
}

export async function voteState(ctx: ServiceContext, voteId: number, db: Kysely<DB> = ctx.db): Promise<VoteState> {
  const v = await voteRow(db, voteId);
  const meeting = await meetingRow(db, v.meeting_id);
  const base = { id: v.id, motionId: v.motion_id, mode: v.mode, openedAt: v.opened_at, closedAt: v.closed_at, ballots: await namedBallots(db, voteId, v.mode) };
  const result = await db.selectFrom('assembly_vote_result').selectAll().where('vote_id', '=', voteId).executeTakeFirst();
  if (result) {
    const tally = { yes: result.yes, no: result.no, abstain: result.abstain, blank: result.blank, invalid: result.invalid };
    return {
      ...base,
      status: 'closed',
      electorate: result.electorate,
      present: result.present,
      barred: JSON.parse(result.barred_json) as Barred[],
      tally,
      counted: counted(tally),
      yesNeeded: result.yes_needed,
      rule: result.rule_text,
      basis: result.basis,
      warning: v.mode === 'secret' ? secrecyWarning(result.electorate, tallyOf(tally, result.electorate, result.present)) : null,
      outcome: { passed: result.passed === 1, base: result.base, yesNeeded: result.yes_needed, rule: result.rule_text, basis: result.basis },
    };
  }
  const { voters, barred } = await electorateOf(ctx, db, meeting, v.subject);
  const present = presentOf(voters, await presenceFor(db, meeting.id, null));
  const tally = v.mode === 'roll_call' ? await rollCallTally(db, voteId) : { yes: v.yes, no: v.no, abstain: v.abstain, blank: v.blank, invalid: v.invalid };
  const rule = await ruleFor(ctx, db, meeting, v.matter);
  const full = tallyOf(tally, voters.size, present.size);
  return {
    ...base,
    status: 'open',
    electorate: voters.size,
    present: present.size,
    barred,
    tally,
    counted: counted(tally),
    yesNeeded: liveNeed(rule.rule, full, rule.basis),
    rule: rule.text,
    basis: rule.basis,
    warning: v.mode === 'secret' ? secrecyWarning(voters.size, full) : null,
    outcome: null,
  };
}

