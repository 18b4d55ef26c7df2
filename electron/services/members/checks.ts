/**
 * The members register's own checks: every member row agrees with the audit log and the status history
 * the app wrote, and a retired number is never in use again.
 */
import { isDeepStrictEqual } from 'node:util';
import { limitedProblems as limited, type CheckProblem as Problem, type DomainCheck, type ServiceContext } from '../core';
import { toMember, type MemberRecord } from './rows';

const membersOf = (ctx: ServiceContext) => ctx.handle.prepare('SELECT * FROM member ORDER BY member_number').all() as MemberRecord[];

function describe(row: MemberRecord): string {
  return `Member ${row.member_number} (${row.last_names}, ${row.first_names})`;
}

function auditAgreement(ctx: ServiceContext, members: MemberRecord[]): Problem[] {
  // The newest audit snapshot of each member: what the app last wrote.
  const snapshots = ctx.handle
    .prepare(
      `SELECT entity_id, after_json FROM audit_log WHERE id IN (
         SELECT max(id) FROM audit_log WHERE entity = 'member' AND entity_id IS NOT NULL AND after_json IS NOT NULL
         GROUP BY entity_id)`,
    )
    .all() as { entity_id: string; after_json: string }[];
  const byId = new Map(snapshots.map((s) => [s.entity_id, s.after_json]));
  const messages: string[] = [];
  for (const row of members) {
    const json = byId.get(String(row.id));
    if (json === undefined) {
      messages.push(`${describe(row)} has no audit record; it was written outside Minga.`);
      continue;
    }
    const audited = JSON.parse(json) as Record<string, unknown>;
    const current = toMember(row) as Record<string, unknown>;
    if (isDeepStrictEqual(audited, current)) continue;
    const fields = Object.keys(current).filter((k) => !isDeepStrictEqual(audited[k], current[k]));
    messages.push(`${describe(row)} differs from its last audited state in ${fields.join(', ')}; it was changed outside Minga.`);
  }
  return limited('audit', messages);
}

function statusAgreement(ctx: ServiceContext, members: MemberRecord[]): Problem[] {
  const latest = ctx.handle
    .prepare(
      `SELECT member_id, status FROM (
         SELECT member_id, status,
                row_number() OVER (PARTITION BY member_id ORDER BY effective_date DESC, id DESC) AS position
         FROM member_status_change)
       WHERE position = 1`,
    )
    .all() as { member_id: number; status: string }[];
  const byMember = new Map(latest.map((l) => [l.member_id, l.status]));
  const messages: string[] = [];
  for (const row of members) {
    const status = byMember.get(row.id);
    if (status === undefined) messages.push(`${describe(row)} has no status history.`);
    else if (status !== row.status) {
      messages.push(`${describe(row)} is ${row.status} but the latest entry of the status history says ${status}.`);
    }
  }
  return limited('status_history', messages);
}

function retiredNumbers(ctx: ServiceContext): Problem[] {
  const reused = ctx.handle
    .prepare('SELECT m.member_number FROM member m JOIN retired_member_number r ON r.member_number = m.member_number')
    .pluck()
    .all() as number[];
  return limited('member_numbers', reused.map((n) => `Member number ${n} was retired but is in use again; numbers are never reused.`));
}


export const membersChecks: readonly DomainCheck[] = [
  { name: 'audit', run: (ctx) => auditAgreement(ctx, membersOf(ctx)) },
  { name: 'status_history', run: (ctx) => statusAgreement(ctx, membersOf(ctx)) },
  { name: 'member_numbers', run: retiredNumbers },
];
