/** Members' committed schedules: dated versions, each in force until the next one. */
import type { z } from 'zod';
import type { ScheduleVersion, scheduleInput } from '../../../shared/contract/attendance';
import { DomainError } from '../../../shared/contract/errors';
import { minutesOfClock, clockOfMinutes, weekdayMask, weekdaysOfMask } from '../../../shared/domain/attendance';
import { inTransaction, type ServiceContext } from '../core';

type ScheduleInput = z.output<typeof scheduleInput>;

const toSchedule = (r: { id: number; member_id: number; from_date: string; weekly_minutes: number; weekdays_mask: number; start_time: string | null }): ScheduleVersion => ({
  id: r.id,
  memberId: r.member_id,
  from: r.from_date,
  weeklyMinutes: r.weekly_minutes,
  weekdays: weekdaysOfMask(r.weekdays_mask),
  startTime: r.start_time,
});

export async function memberSchedules(ctx: ServiceContext, memberId: number): Promise<ScheduleVersion[]> {
  const rows = await ctx.db.selectFrom('attendance_schedule').selectAll().where('member_id', '=', memberId).orderBy('from_date').execute();
  return rows.map(toSchedule);
}

/** Every member's versions in one read, each member's in date order (for planning, which reads them all). */
export async function allSchedules(ctx: ServiceContext): Promise<Map<number, ScheduleVersion[]>> {
  const rows = await ctx.db.selectFrom('attendance_schedule').selectAll().orderBy('member_id').orderBy('from_date').execute();
  const byMember = new Map<number, ScheduleVersion[]>();
  for (const row of rows) byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), toSchedule(row)]);
  return byMember;
}

/** Saves the version starting on `from` (replacing one that starts the same day). */
export async function setSchedule(ctx: ServiceContext, input: ScheduleInput): Promise<ScheduleVersion> {
  let startTime: string | null = null;
  if (input.startTime !== null && input.startTime.trim() !== '') {
    const minutes = minutesOfClock(input.startTime);
    if (minutes === null || minutes >= 24 * 60) {
      throw new DomainError('BAD_INPUT', `"${input.startTime}" is not a time of day (HH:MM).`, {
        key: 'attendance:errors.badClock',
        params: { value: input.startTime },
      });
    }
    startTime = clockOfMinutes(minutes);
  }
  if (input.weeklyMinutes > 0 && input.weekdays.length === 0) {
    throw new DomainError('BAD_INPUT', 'A schedule with hours needs at least one working day.', { key: 'attendance:errors.noWorkingDays' });
  }
  return inTransaction(ctx, async (trx, audit) => {
    const member = await trx.selectFrom('member').select(['id', 'join_date']).where('id', '=', input.memberId).executeTakeFirst();
    if (!member) throw new DomainError('NOT_FOUND', 'No such member.', { key: 'attendance:errors.unknownMember', params: { memberId: input.memberId } });
    const before = await trx.selectFrom('attendance_schedule').selectAll().where('member_id', '=', input.memberId).where('from_date', '=', input.from).executeTakeFirst();
    const values = { weekly_minutes: input.weeklyMinutes, weekdays_mask: weekdayMask(input.weekdays), start_time: startTime };
    if (before) await trx.updateTable('attendance_schedule').set(values).where('id', '=', before.id).execute();
    else await trx.insertInto('attendance_schedule').values({ member_id: input.memberId, from_date: input.from, ...values }).execute();
    const row = await trx.selectFrom('attendance_schedule').selectAll().where('member_id', '=', input.memberId).where('from_date', '=', input.from).executeTakeFirstOrThrow();
    const after = toSchedule(row);
    await audit({ action: 'attendance.setSchedule', entity: 'attendance_schedule', entityId: input.memberId, before: before ? toSchedule(before) : null, after });
    return after;
  });
}

export async function removeSchedule(ctx: ServiceContext, id: number): Promise<{ removed: true }> {
  return inTransaction(ctx, async (trx, audit) => {
    const row = await trx.selectFrom('attendance_schedule').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new DomainError('NOT_FOUND', 'No such schedule.', { key: 'attendance:errors.unknownSchedule' });
    await trx.deleteFrom('attendance_schedule').where('id', '=', id).execute();
    await audit({ action: 'attendance.removeSchedule', entity: 'attendance_schedule', entityId: row.member_id, before: toSchedule(row), after: null });
    return { removed: true as const };
  });
}
