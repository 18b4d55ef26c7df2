/**
 * The texts the assemblies' hashes are taken over (sha256 of these, in the services): one line per fact,
 * each value as `<length>:<text>` (or `-` for nothing) so no value can pass for two. `check` rebuilds them
 * from the rows and compares, so an edit made behind the app's back shows.
 */
type Value = string | number | null;

const field = (value: Value) => (value === null ? '-' : `${String(value).length}:${String(value)}`);
const line = (values: readonly Value[]) => values.map(field).join('|');

export interface AttendanceFact {
  id: number;
  memberId: number;
  inAt: string;
  outAt: string | null;
}

/** A closed session's attendance book, in entry order. */
export function attendanceText(sessionId: number, rows: readonly AttendanceFact[]): string {
  return [line(['session', sessionId]), ...rows.map((r) => line([r.id, r.memberId, r.inAt, r.outAt]))].join('\n');
}

export interface ClosedVoteFact {
  voteId: number;
  motionId: number;
  mode: string;
  closedAt: string;
  electorate: number;
  present: number;
  tally: { yes: number; no: number; abstain: number; blank: number; invalid: number };
  passed: boolean;
  base: number;
  yesNeeded: number;
  ruleJson: string;
  ruleText: string;
  basis: string;
  barredJson: string;
  /** The electorate members present at the close, by member id. */
  presentIds: readonly number[];
  /** Roll call only: [memberId, choice], by member id. A secret ballot has none. */
  ballots: readonly (readonly [number, string])[];
}

export function closedVoteText(v: ClosedVoteFact): string {
  const t = v.tally;
  return [
    line(['vote', v.voteId, v.motionId, v.mode, v.closedAt]),
    line([v.electorate, v.present, t.yes, t.no, t.abstain, t.blank, t.invalid]),
    line([v.passed ? 1 : 0, v.base, v.yesNeeded, v.ruleJson, v.ruleText, v.basis, v.barredJson]),
    ...v.presentIds.map((id) => line(['p', id])),
    ...v.ballots.map(([id, choice]) => line(['b', id, choice])),
  ].join('\n');
}

export interface FinalActFact {
  prevHash: string;
  number: number;
  meetingId: number;
  sessionNumber: number;
  finalisedAt: string;
  contentJson: string;
  /** [memberId, role, name], by member id. */
  signatories: readonly (readonly [number, string, string])[];
  anchorId: number | null;
  anchor: string | null;
}

/** A finalised act: its content, its signatories, the audit head it anchors, and the previous act's hash. */
export function finalActText(a: FinalActFact): string {
  return [
    line(['act', a.prevHash, a.number, a.meetingId, a.sessionNumber, a.finalisedAt]),
    line([a.contentJson]),
    ...a.signatories.map(([id, role, name]) => line(['s', id, role, name])),
    line(['anchor', a.anchorId, a.anchor]),
  ].join('\n');
}

/** The `prev_hash` of the book's first act. */
export const FIRST_ACT_PREVIOUS = '0'.repeat(64);
