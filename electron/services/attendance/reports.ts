/**
 * Attendance reports: hours by member and month, absence and punctuality rates, members below their
 * committed hours, and the capacity used per month (worked ÷ committed). Each reads the records with one
 * aggregate query (answered from the by-date index) and the commitments once for all members.
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import type { belowRow, capacityRow, hoursRow, rateRow } from '../../../shared/contract/attendance';
import { DomainError } from '../../../shared/contract/errors';
import {
  absenceKinds,
  attendanceKinds,
  isoWeekday,
  minutesLate,
  monthBounds,
  monthsOf,
  weekdayCounts,
  type AttendanceKind,
} from '../../../shared/domain/attendance';
import type { ServiceContext } from '../core';
import { commitmentsOver, committedWithin, scheduleOn, type MemberCommitment } from './commitment';
import { getAttendanceSettings } from './settings';

type Range = { from: string; to: string };
type HoursRow = z.infer<typeof hoursRow>;
type RateRow = z.infer<typeof rateRow>;
type BelowRow = z.infer<typeof belowRow>;
type CapacityRow = z.infer<typeof capacityRow>;

function checkRange(range: Range): void {
  if (range.from > range.to) throw new DomainError('BAD_INPUT', 'The range ends before it starts.', { key: 'attendance:errors.rangeOrder' });
}

/** The month's part of [from, to]. */
function monthWithin(month: string, range: Range): Range {
  const b = monthBounds(month);
  return { from: b.from > range.from ? b.from : range.from, to: b.to < range.to ? b.to : range.to };
}

async function minutesByMemberMonthKind(ctx: ServiceContext, range: Range, memberId: number | null) {
  const { rows } = await sql<{ member_id: number; month: string; kind: AttendanceKind; minutes: number }>`
    SELECT member_id, substr(date, 1, 7) AS month, kind, sum(minutes) AS minutes FROM attendance_record
    WHERE date BETWEEN ${range.from} AND ${range.to} ${memberId === null ? sql`` : sql`AND member_id = ${memberId}`}
    GROUP BY member_id, month, kind`.execute(ctx.db);
  return rows;
}

export async function hoursByMonth(ctx: ServiceContext, input: Range & { memberId: number | null }): Promise<HoursRow[]> {
  checkRange(input);
  const settings = await getAttendanceSettings(ctx.db);
  const commitments = await commitmentsOver(ctx.db, input, input.memberId === null ? null : [input.memberId]);
  const byKey = new Map<string, Map<AttendanceKind, number>>();
  for (const r of await minutesByMemberMonthKind(ctx, input, input.memberId)) {
    const key = `${r.member_id}|${r.month}`;
    const kinds = byKey.get(key) ?? new Map<AttendanceKind, number>();
    kinds.set(r.kind, Number(r.minutes));
    byKey.set(key, kinds);
  }
  const rows: HoursRow[] = [];
  const months = monthsOf(input.from, input.to).map((month) => ({ month, part: monthWithin(month, input) }));
  for (const c of commitments) {
    for (const { month, part } of months) {
      const committed = committedWithin(c.spans, part.from, part.to);
      const kinds = byKey.get(`${c.memberId}|${month}`);
      if (!kinds && committed === 0) continue;
      const sum = (list: readonly AttendanceKind[]) => list.reduce((s, k) => s + (kinds?.get(k) ?? 0), 0);
      rows.push({
        memberId: c.memberId,
        memberNumber: c.memberNumber,
        name: c.name,
        month,
        kinds: attendanceKinds.filter((k) => kinds?.has(k)).map((k) => ({ kind: k, minutes: kinds?.get(k) ?? 0 })),
        totalMinutes: sum(attendanceKinds),
        paidMinutes: sum(settings.paidKinds),
        workMinutes: sum(settings.workKinds),
        committedMinutes: committed,
      });
    }
  }
  return rows;
}

/** Days the member's schedule commits them to within [from, to]. */
function scheduledDays(c: MemberCommitment, range: Range): number {
  let days = 0;
  for (const span of c.spans) {
    const s = span.from > range.from ? span.from : range.from;
    const e = span.to < range.to ? span.to : range.to;
    if (s > e || span.weeklyMinutes === 0) continue;
    const counts = weekdayCounts(s, e);
    days += span.weekdays.reduce((sum, w) => sum + (counts[w] ?? 0), 0);
  }
  return days;
}

const inList = (kinds: readonly string[]) => sql.join(kinds.length > 0 ? kinds.map((k) => sql`${k}`) : [sql`''`]);

export async function attendanceRates(ctx: ServiceContext, range: Range): Promise<RateRow[]> {
  checkRange(range);
  const settings = await getAttendanceSettings(ctx.db);
  const commitments = await commitmentsOver(ctx.db, range);
  const { rows: absences } = await sql<{ member_id: number; date: string }>`
    SELECT member_id, date FROM attendance_record WHERE date BETWEEN ${range.from} AND ${range.to}
    GROUP BY member_id, date
    HAVING max(kind IN (${inList(absenceKinds)})) = 1 AND max(kind IN (${inList(settings.workKinds)})) = 0`.execute(ctx.db);
  const { rows: arrivals } = await sql<{ member_id: number; date: string; clock_in: string }>`
    SELECT member_id, date, min(clock_in) AS clock_in FROM attendance_record
    WHERE date BETWEEN ${range.from} AND ${range.to} AND clock_in IS NOT NULL AND kind IN (${inList(settings.workKinds)})
    GROUP BY member_id, date`.execute(ctx.db);
  const byMember = new Map<number, MemberCommitment>(commitments.map((c) => [c.memberId, c]));
  const absent = new Map<number, number>();
  for (const a of absences) {
    const c = byMember.get(a.member_id);
    const schedule = c ? scheduleOn(c.spans, a.date) : null;
    if (schedule && schedule.weekdays.includes(isoWeekday(a.date))) absent.set(a.member_id, (absent.get(a.member_id) ?? 0) + 1);
  }
  const clocked = new Map<number, { days: number; late: number; minutesLate: number }>();
  for (const a of arrivals) {
    const c = byMember.get(a.member_id);
    const schedule = c ? scheduleOn(c.spans, a.date) : null;
    if (!schedule || schedule.startTime === null) continue;
    const tally = clocked.get(a.member_id) ?? { days: 0, late: 0, minutesLate: 0 };
    const late = minutesLate(schedule.startTime, a.clock_in, settings.lateToleranceMinutes);
    tally.days += 1;
    if (late > 0) {
      tally.late += 1;
      tally.minutesLate += late;
    }
    clocked.set(a.member_id, tally);
  }
  return commitments.map((c) => {
    const days = scheduledDays(c, range);
    const absenceDays = absent.get(c.memberId) ?? 0;
    const tally = clocked.get(c.memberId) ?? { days: 0, late: 0, minutesLate: 0 };
    return {
      memberId: c.memberId,
      memberNumber: c.memberNumber,
      name: c.name,
      scheduledDays: days,
      absenceDays,
      absenceRate: days === 0 ? 0 : absenceDays / days,
      clockedDays: tally.days,
      lateDays: tally.late,
      lateRate: tally.days === 0 ? 0 : tally.late / tally.days,
      averageMinutesLate: tally.late === 0 ? 0 : tally.minutesLate / tally.late,
    };
  });
}

async function minutesOfKinds(ctx: ServiceContext, range: Range, kinds: readonly string[]) {
  const { rows } = await sql<{ member_id: number; month: string; minutes: number }>`
    SELECT member_id, substr(date, 1, 7) AS month, sum(minutes) AS minutes FROM attendance_record
    WHERE date BETWEEN ${range.from} AND ${range.to} AND kind IN (${inList(kinds)})
    GROUP BY member_id, month`.execute(ctx.db);
  return rows;
}

/** Members whose paid minutes (work, and what covers it: leave, holidays…) fall short of their commitment. */
export async function belowCommitment(ctx: ServiceContext, range: Range): Promise<BelowRow[]> {
  checkRange(range);
  const settings = await getAttendanceSettings(ctx.db);
  const counted = new Map<number, number>();
  for (const r of await minutesOfKinds(ctx, range, settings.paidKinds)) counted.set(r.member_id, (counted.get(r.member_id) ?? 0) + Number(r.minutes));
  return (await commitmentsOver(ctx.db, range))
    .map((c) => {
      const committed = committedWithin(c.spans, range.from, range.to);
      const minutes = counted.get(c.memberId) ?? 0;
      return {
        memberId: c.memberId,
        memberNumber: c.memberNumber,
        name: c.name,
        countedMinutes: minutes,
        committedMinutes: committed,
        shortfallMinutes: committed - minutes,
        ratio: committed === 0 ? 1 : minutes / committed,
      };
    })
    .filter((r) => r.committedMinutes > 0 && r.shortfallMinutes > 0)
    .sort((a, b) => a.ratio - b.ratio || a.memberNumber - b.memberNumber);
}

/** Capacity used per month: minutes of the kinds that count as work ÷ minutes committed, over every member. */
export async function capacityByMonth(ctx: ServiceContext, range: Range): Promise<CapacityRow[]> {
  checkRange(range);
  const settings = await getAttendanceSettings(ctx.db);
  const worked = new Map<string, number>();
  for (const r of await minutesOfKinds(ctx, range, settings.workKinds)) worked.set(r.month, (worked.get(r.month) ?? 0) + Number(r.minutes));
  const commitments = await commitmentsOver(ctx.db, range);
  return monthsOf(range.from, range.to).map((month) => {
    const part = monthWithin(month, range);
    const committed = commitments.reduce((sum, c) => sum + committedWithin(c.spans, part.from, part.to), 0);
    const minutes = worked.get(month) ?? 0;
    return { month, workedMinutes: minutes, committedMinutes: committed, ratio: committed === 0 ? null : minutes / committed };
  });
}
