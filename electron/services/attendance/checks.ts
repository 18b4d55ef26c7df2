/**
 * Attendance's checks: no member's day holds more than 24 hours, and no record lies outside its member's
 * membership (a record written behind the app's back, or a joining date corrected after the fact).
 */
import { finding, limitedProblems as limited, type DomainCheck, type ServiceContext } from '../core';

function overADay(ctx: ServiceContext) {
  const rows = ctx.handle
    .prepare(
      `SELECT m.member_number AS member, r.date, sum(r.minutes) AS minutes FROM attendance_record r JOIN member m ON m.id = r.member_id
       GROUP BY r.member_id, r.date HAVING sum(r.minutes) > 1440 ORDER BY r.date, m.member_number`,
    )
    .all() as { member: number; date: string; minutes: number }[];
  return rows.map((r) => finding('attendance:check.overADay', r));
}

function outsideMembership(ctx: ServiceContext) {
  const rows = ctx.handle
    .prepare(
      `SELECT m.member_number AS member, r.date, m.join_date AS joinDate, coalesce(m.leaving_date, '…') AS leavingDate
       FROM attendance_record r JOIN member m ON m.id = r.member_id
       WHERE r.date < m.join_date OR (m.leaving_date IS NOT NULL AND r.date > m.leaving_date) ORDER BY r.date, m.member_number`,
    )
    .all() as { member: number; date: string; joinDate: string; leavingDate: string }[];
  return rows.map((r) => finding('attendance:check.outsideMembership', r));
}

export const attendanceChecks: readonly DomainCheck[] = [
  { name: 'attendance_days', run: (ctx) => limited('attendance_days', overADay(ctx)) },
  { name: 'attendance_membership', run: (ctx) => limited('attendance_membership', outsideMembership(ctx)) },
];
