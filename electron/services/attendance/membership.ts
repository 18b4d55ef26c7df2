/** Who may have a record on a day: members between joining and leaving (the register's dates). */
import type { ServiceContext } from '../core';

export interface Membership {
  id: number;
  memberNumber: number;
  name: string;
  joinDate: string;
  leavingDate: string | null;
  weeklyMinutes: number;
}

/** Every member, by id (one query; the import and the grid check against it without asking per row). */
export function membershipsById(ctx: ServiceContext): Map<number, Membership> {
  const rows = ctx.handle
    .prepare('SELECT id, member_number, last_names, first_names, join_date, leaving_date, weekly_minutes FROM member')
    .all() as { id: number; member_number: number; last_names: string; first_names: string; join_date: string; leaving_date: string | null; weekly_minutes: number }[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        memberNumber: r.member_number,
        name: `${r.last_names}, ${r.first_names}`,
        joinDate: r.join_date,
        leavingDate: r.leaving_date,
        weeklyMinutes: r.weekly_minutes,
      },
    ]),
  );
}

export type MembershipProblem =
  | { key: 'attendance:errors.beforeJoining'; params: { date: string; joinDate: string } }
  | { key: 'attendance:errors.afterLeaving'; params: { date: string; leavingDate: string } };

/** Why `date` is outside the member's membership, or null. The leaving day itself is still a member's day. */
export function membershipProblem(member: Membership, date: string): MembershipProblem | null {
  if (date < member.joinDate) return { key: 'attendance:errors.beforeJoining', params: { date, joinDate: member.joinDate } };
  if (member.leavingDate !== null && date > member.leavingDate) {
    return { key: 'attendance:errors.afterLeaving', params: { date, leavingDate: member.leavingDate } };
  }
  return null;
}
