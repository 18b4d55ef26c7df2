/**
 * The status history against the register and the audit log: a member's status is the latest entry of
 * their history, and every history row is one the app wrote (a deleted middle row, a backdated row or a
 * row slipped in behind the app's back has no audit record that matches it).
 */
import { isDeepStrictEqual } from 'node:util';
import { finding, limitedProblems as limited, type CheckProblem as Problem, type Finding, type ServiceContext } from '../core';
import type { AuditedRegister } from './audit-read';
import { toStatusChange, type MemberRecord, type StatusChangeRecord } from './rows';

export const memberParams = (row: MemberRecord) => ({ member: row.member_number, name: `${row.last_names}, ${row.first_names}` });

/** The history as corrected (migration 0004's view: corrections applied, voided entries left out). */
export function statusAgreement(ctx: ServiceContext, members: MemberRecord[]): Problem[] {
  const latest = ctx.handle
    .prepare(
      `SELECT member_id, status FROM (
         SELECT member_id, status,
                row_number() OVER (PARTITION BY member_id ORDER BY effective_date DESC, id DESC) AS position
         FROM member_status_effective)
       WHERE position = 1`,
    )
    .all() as { member_id: number; status: string }[];
  const byMember = new Map(latest.map((l) => [l.member_id, l.status]));
  const findings: Finding[] = [];
  for (const row of members) {
    const status = byMember.get(row.id);
    if (status === undefined) findings.push(finding('backups:check.member.noHistory', memberParams(row)));
    else if (status !== row.status) {
      findings.push(finding('backups:check.member.statusDisagrees', { ...memberParams(row), status: row.status, latest: status }));
    }
  }
  return limited('status_history', findings);
}

export function historyAccounted(ctx: ServiceContext, members: MemberRecord[], audited: AuditedRegister): Problem[] {
  const numbers = new Map(members.map((m) => [m.id, m.member_number]));
  const numberOf = (memberId: number) => numbers.get(memberId) ?? audited.members.get(String(memberId))?.memberNumber ?? '?';
  const entry = (id: number, memberId: number, status: string, date: string) => ({ id, member: numberOf(memberId), status, date });
  const findings: Finding[] = [];
  const rows = ctx.handle.prepare('SELECT * FROM member_status_change ORDER BY id').all() as StatusChangeRecord[];
  const present = new Set<number>();
  for (const row of rows) {
    present.add(row.id);
    const change = toStatusChange(row);
    const expected = audited.history.get(row.id);
    const params = entry(row.id, row.member_id, row.status, row.effective_date);
    if (!expected) findings.push(finding('backups:check.history.notAudited', params));
    else if (!isDeepStrictEqual(expected, change)) findings.push(finding('backups:check.history.differs', params));
  }
  for (const [id, expected] of audited.history) {
    if (expected === null || present.has(id)) continue;
    findings.push(finding('backups:check.history.missing', entry(id, expected.memberId, expected.status, expected.effectiveDate)));
  }
  return limited('status_history', findings);
}
