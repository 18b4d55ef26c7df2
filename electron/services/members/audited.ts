/**
 * What a member's audit row holds: the member as stored, plus the status history rows the action wrote
 * (or, when an applicant is removed, deleted). With them `check` accounts for every history row: one
 * deleted, backdated or slipped in behind the app's back has no audit row that says so.
 */
import type { Member, StatusChange } from '../../../shared/contract/members';

export type AuditedMember = Member & { statusChanges?: StatusChange[] };

export function auditedMember(member: Member, statusChanges: readonly StatusChange[]): AuditedMember {
  return { ...member, statusChanges: [...statusChanges] };
}

/** The member part of an audited snapshot, to compare with the register's row. */
export function memberOfAudit(audited: AuditedMember): Member {
  const { statusChanges: _statusChanges, ...member } = audited;
  return member;
}
