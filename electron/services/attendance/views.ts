/** What the grid and the member's month show: members of the coop in the range, their schedules and records. */
import type { z } from 'zod';
import type { month, monthInput, week, weekInput } from '../../../shared/contract/attendance';
import { DomainError } from '../../../shared/contract/errors';
import { attendanceKinds, dailyCommitment, isoWeekday, minutesLate, monthBounds, shiftDay } from '../../../shared/domain/attendance';
import type { ServiceContext } from '../core';
import { commitmentsOver, scheduleOn, type MemberCommitment } from './commitment';
import { recordsBetween } from './rows';
import { getAttendanceSettings } from './settings';

type Week = z.infer<typeof week>;
type Month = z.infer<typeof month>;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function scheduleShown(c: MemberCommitment, weeklyMinutes: number, memberId: number): Week['members'][number]['schedule'] {
  const span = c.spans[0];
  if (span) return { id: span.id, memberId, from: span.from, weeklyMinutes: span.weeklyMinutes, weekdays: [...span.weekdays], startTime: span.startTime };
  return { id: null, memberId, from: c.joinDate, weeklyMinutes, weekdays: [1, 2, 3, 4, 5], startTime: null };
}

export async function attendanceWeek(ctx: ServiceContext, input: z.output<typeof weekInput>): Promise<Week> {
  const to = shiftDay(input.from, input.days - 1);
  const days = Array.from({ length: input.days }, (_, i) => shiftDay(input.from, i));
  const search = fold(input.search.trim());
  const all = (await commitmentsOver(ctx.db, { from: input.from, to })).filter(
    (c) => search === '' || fold(c.name).includes(search) || String(c.memberNumber) === search,
  );
  const page = all.slice(input.offset, input.offset + input.limit);
  const weekly = new Map(
    (
      ctx.handle.prepare('SELECT id, weekly_minutes FROM member WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(page.map((c) => c.memberId))) as {
        id: number;
        weekly_minutes: number;
      }[]
    ).map((r) => [r.id, r.weekly_minutes]),
  );
  return {
    days,
    total: all.length,
    members: page.map((c) => ({
      memberId: c.memberId,
      memberNumber: c.memberNumber,
      name: c.name,
      joinDate: c.joinDate,
      leavingDate: c.leavingDate,
      schedule: scheduleShown(c, weekly.get(c.memberId) ?? 0, c.memberId),
    })),
    records: recordsBetween(ctx.handle, input.from, to, page.map((c) => c.memberId)),
  };
}

export async function attendanceMonth(ctx: ServiceContext, input: z.output<typeof monthInput>): Promise<Month> {
  const { from, to } = monthBounds(input.month);
  const member = ctx.handle
    .prepare('SELECT id, member_number, last_names, first_names, join_date, leaving_date FROM member WHERE id = ?')
    .get(input.memberId) as { id: number; member_number: number; last_names: string; first_names: string; join_date: string; leaving_date: string | null } | undefined;
  if (!member) throw new DomainError('NOT_FOUND', 'No such member.', { key: 'attendance:errors.unknownMember', params: { memberId: input.memberId } });
  const settings = await getAttendanceSettings(ctx.db);
  const [commitment] = await commitmentsOver(ctx.db, { from, to }, [member.id]);
  const spans = commitment?.spans ?? [];
  const records = recordsBetween(ctx.handle, from, to, [member.id]);
  const days: Month['days'] = [];
  for (let date = from; date <= to; date = shiftDay(date, 1)) {
    const weekday = isoWeekday(date);
    const schedule = scheduleOn(spans, date);
    const scheduled = schedule !== null && schedule.weekdays.includes(weekday);
    const own = records.filter((r) => r.date === date);
    const firstWorkIn = own.filter((r) => settings.workKinds.includes(r.kind) && r.clockIn !== null).map((r) => r.clockIn as string).sort()[0] ?? null;
    days.push({
      date,
      weekday,
      member: date >= member.join_date && (member.leaving_date === null || date <= member.leaving_date),
      committedMinutes: scheduled ? dailyCommitment(schedule) : 0,
      startTime: scheduled ? schedule.startTime : null,
      minutesLate: scheduled ? minutesLate(schedule.startTime, firstWorkIn, settings.lateToleranceMinutes) : 0,
      records: own,
    });
  }
  const sumOf = (kinds: readonly string[]) => records.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + r.minutes, 0);
  return {
    member: {
      memberId: member.id,
      memberNumber: member.member_number,
      name: `${member.last_names}, ${member.first_names}`,
      joinDate: member.join_date,
      leavingDate: member.leaving_date,
    },
    days,
    totals: attendanceKinds.map((kind) => ({ kind, minutes: sumOf([kind]) })).filter((t) => t.minutes > 0),
    committedMinutes: days.reduce((s, d) => s + d.committedMinutes, 0),
    paidMinutes: sumOf(settings.paidKinds),
    workMinutes: sumOf(settings.workKinds),
  };
}
