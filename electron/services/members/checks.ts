/**
 * The members register's own checks: every member row is the state the app last audited (and every
 * member the log says exists is there), every status history row is accounted for by the log, and a
 * retired number is one the app retired and is never in use again.
 */
import { isDeepStrictEqual } from 'node:util';
import { finding, limitedProblems as limited, type CheckProblem as Problem, type DomainCheck, type Finding, type ServiceContext } from '../core';
import { readAuditedRegister, type AuditedRegister } from './audit-read';
import { memberOfAudit } from './audited';
import { historyAccounted, memberParams, statusAgreement } from './checks-history';
import { toMember, type MemberRecord } from './rows';

const membersOf = (ctx: ServiceContext) => ctx.handle.prepare('SELECT * FROM member ORDER BY member_number').all() as MemberRecord[];

function stateAgreement(members: MemberRecord[], audited: AuditedRegister): Problem[] {
  const findings: Finding[] = [];
  const present = new Set<string>();
  for (const row of members) {
    present.add(String(row.id));
    const snapshot = audited.members.get(String(row.id));
    if (!snapshot) {
      findings.push(finding('backups:check.member.notAudited', memberParams(row)));
      continue;
    }
    const last = memberOfAudit(snapshot) as Record<string, unknown>;
    const current = toMember(row) as Record<string, unknown>;
    if (isDeepStrictEqual(last, current)) continue;
    const fields = Object.keys(current).filter((k) => !isDeepStrictEqual(last[k], current[k])).join(', ');
    findings.push(finding('backups:check.member.differs', { ...memberParams(row), fields }));
  }
  for (const [id, snapshot] of audited.members) {
    if (snapshot === null || present.has(id)) continue;
    findings.push(finding('backups:check.member.missing', { member: snapshot.memberNumber, name: `${snapshot.lastNames}, ${snapshot.firstNames}` }));
  }
  return limited('audit', findings);
}

function retiredNumbers(ctx: ServiceContext, audited: AuditedRegister): Problem[] {
  const retired = ctx.handle.prepare('SELECT member_number FROM retired_member_number ORDER BY member_number').pluck().all() as number[];
  const inUse = new Set(ctx.handle.prepare('SELECT member_number FROM member').pluck().all() as number[]);
  const findings: Finding[] = [];
  for (const number of retired) {
    if (inUse.has(number)) findings.push(finding('backups:check.member.numberReused', { number }));
    if (!audited.retiredNumbers.has(number)) findings.push(finding('backups:check.member.retiredNotAudited', { number }));
  }
  return limited('member_numbers', findings);
}

export const membersChecks: readonly DomainCheck[] = [
  {
    // One read of the register and of the log serves every comparison (problems keep their own names).
    name: 'members',
    run: (ctx) => {
      const members = membersOf(ctx);
      const audited = readAuditedRegister(ctx);
      return [
        ...stateAgreement(members, audited),
        ...statusAgreement(ctx, members),
        ...historyAccounted(ctx, members, audited),
        ...retiredNumbers(ctx, audited),
      ];
    },
  },
];
