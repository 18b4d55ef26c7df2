/**
 * `check` for assemblies: recomputes the hash of every finalised act (and its link to the one before and
 * the audit entry it anchors), of every closed vote's frozen snapshot, and of every closed session's
 * attendance, so an edit made behind the app's back (raw SQL, triggers dropped) is reported.
 */
import { attendanceText, closedVoteText, finalActText, FIRST_ACT_PREVIOUS } from '../../../shared/domain/assemblies/hashing';
import { finding, limitedProblems, type DomainCheck, type Finding, type ServiceContext } from '../core';
import { sha256 } from './rows';

interface ActRow {
  id: number;
  number: number;
  meeting_id: number;
  session_number: number;
  finalised_at: string;
  content_json: string;
  prev_hash: string;
  hash: string;
  anchor_id: number | null;
  anchor: string | null;
}

function actFindings(ctx: ServiceContext): Finding[] {
  const h = ctx.handle;
  const acts = h
    .prepare(`SELECT a.id, a.number, a.meeting_id, s.number AS session_number, a.finalised_at, a.content_json, a.prev_hash, a.hash, a.anchor_id, a.anchor
      FROM assembly_minutes a JOIN assembly_session s ON s.id = a.session_id WHERE a.status = 'final' ORDER BY a.number`)
    .all() as ActRow[];
  const signatories = h.prepare('SELECT member_id, role, name FROM assembly_signatory WHERE minutes_id = ? ORDER BY member_id');
  const audit = h.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck();
  const found: Finding[] = [];
  let previous = { number: 0, hash: FIRST_ACT_PREVIOUS };
  for (const act of acts) {
    if (act.number !== previous.number + 1) found.push(finding('assemblies:check.actGap', { previous: previous.number, number: act.number }));
    else if (act.prev_hash !== previous.hash) found.push(finding('assemblies:check.actChain', { number: act.number, previous: previous.number }));
    const signed = (signatories.all(act.id) as { member_id: number; role: string; name: string }[]).map((s) => [s.member_id, s.role, s.name] as const);
    const text = finalActText({
      prevHash: act.prev_hash,
      number: act.number,
      meetingId: act.meeting_id,
      sessionNumber: act.session_number,
      finalisedAt: act.finalised_at,
      contentJson: act.content_json,
      signatories: signed,
      anchorId: act.anchor_id,
      anchor: act.anchor,
    });
    if (sha256(text) !== act.hash) found.push(finding('assemblies:check.actHash', { number: act.number }));
    if (act.anchor_id !== null && audit.get(act.anchor_id) !== act.anchor) found.push(finding('assemblies:check.actAnchor', { number: act.number, id: act.anchor_id }));
    previous = { number: act.number, hash: act.hash };
  }
  return found;
}

interface ResultRow {
  vote_id: number;
  motion_id: number | null;
  mode: string | null;
  vote_closed_at: string | null;
  closed_at: string;
  electorate: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  blank: number;
  invalid: number;
  passed: 0 | 1;
  base: number;
  yes_needed: number;
  rule_json: string;
  rule_text: string;
  basis: string;
  barred_json: string;
  hash: string;
}

function voteFindings(ctx: ServiceContext): Finding[] {
  const h = ctx.handle;
  const found: Finding[] = [];
  const missing = h.prepare('SELECT v.id FROM assembly_vote v LEFT JOIN assembly_vote_result r ON r.vote_id = v.id WHERE v.closed_at IS NOT NULL AND r.vote_id IS NULL').pluck().all() as number[];
  for (const id of missing) found.push(finding('assemblies:check.voteMissing', { id }));
  const results = h
    .prepare(`SELECT r.*, v.motion_id, v.mode, v.closed_at AS vote_closed_at, v.yes AS v_yes, v.no AS v_no, v.abstain AS v_abstain, v.blank AS v_blank, v.invalid AS v_invalid
      FROM assembly_vote_result r LEFT JOIN assembly_vote v ON v.id = r.vote_id ORDER BY r.vote_id`)
    .all() as (ResultRow & Record<'v_yes' | 'v_no' | 'v_abstain' | 'v_blank' | 'v_invalid', number>)[];
  const present = h.prepare('SELECT member_id FROM assembly_vote_presence WHERE vote_id = ? ORDER BY member_id').pluck();
  // The electorate is the roll's voters less those barred; the roll is fixed once the meeting starts.
  const roll = h.prepare(`SELECT count(*) FROM assembly_roll r JOIN assembly_motion m ON m.meeting_id = r.meeting_id JOIN assembly_vote v ON v.motion_id = m.id
    WHERE v.id = ? AND r.standing = 'voter'`).pluck();
  const ballots = h.prepare('SELECT member_id, choice FROM assembly_ballot WHERE vote_id = ? ORDER BY member_id');
  for (const r of results) {
    const tally = { yes: r.yes, no: r.no, abstain: r.abstain, blank: r.blank, invalid: r.invalid };
    const text = closedVoteText({
      voteId: r.vote_id,
      motionId: r.motion_id ?? 0,
      mode: r.mode ?? '',
      closedAt: r.closed_at,
      electorate: r.electorate,
      present: r.present,
      tally,
      passed: r.passed === 1,
      base: r.base,
      yesNeeded: r.yes_needed,
      ruleJson: r.rule_json,
      ruleText: r.rule_text,
      basis: r.basis,
      barredJson: r.barred_json,
      presentIds: present.all(r.vote_id) as number[],
      ballots: (ballots.all(r.vote_id) as { member_id: number; choice: string }[]).map((b) => [b.member_id, b.choice] as const),
    });
    const electorate = (roll.get(r.vote_id) as number) - (JSON.parse(r.barred_json) as unknown[]).length;
    const rowAgrees = electorate === r.electorate && r.vote_closed_at === r.closed_at && r.v_yes === r.yes && r.v_no === r.no && r.v_abstain === r.abstain && r.v_blank === r.blank && r.v_invalid === r.invalid;
    if (sha256(text) !== r.hash || !rowAgrees) found.push(finding('assemblies:check.voteHash', { id: r.vote_id }));
  }
  return found;
}

function attendanceFindings(ctx: ServiceContext): Finding[] {
  const h = ctx.handle;
  const sessions = h
    .prepare('SELECT id, meeting_id, number, attendance_hash FROM assembly_session WHERE closed_at IS NOT NULL ORDER BY id')
    .all() as { id: number; meeting_id: number; number: number; attendance_hash: string | null }[];
  const rows = h.prepare('SELECT id, member_id AS memberId, in_at AS inAt, out_at AS outAt FROM assembly_attendance WHERE session_id = ? ORDER BY id');
  const found: Finding[] = [];
  for (const s of sessions) {
    const text = attendanceText(s.id, rows.all(s.id) as { id: number; memberId: number; inAt: string; outAt: string | null }[]);
    if (sha256(text) !== s.attendance_hash) found.push(finding('assemblies:check.attendanceHash', { meeting: s.meeting_id, number: s.number }));
  }
  return found;
}

export const assembliesChecks: readonly DomainCheck[] = [
  { name: 'minutes_book', run: (ctx) => limitedProblems('minutes_book', actFindings(ctx)) },
  { name: 'closed_votes', run: (ctx) => limitedProblems('closed_votes', voteFindings(ctx)) },
  { name: 'frozen_attendance', run: (ctx) => limitedProblems('frozen_attendance', attendanceFindings(ctx)) },
];
