/**
 * A day for everyone, usually a holiday: one record for each member of the coop that day, in one
 * transaction. Members who already have a record that day are skipped and listed (their day is theirs
 * to correct); with no minutes given, each member gets the minutes their schedule commits them to that
 * day, and members with none (a day off, a leave) are left out.
 */
import type { z } from 'zod';
import type { bulkDayInput, bulkDayResult } from '../../../shared/contract/attendance';
import { dailyCommitment, isoWeekday } from '../../../shared/domain/attendance';
import type { ServiceContext } from '../core';
import { commitmentsOver, scheduleOn } from './commitment';
import { auditNow, insertRecords, type NewRecord } from './rows';

type BulkDayInput = z.output<typeof bulkDayInput>;
type BulkDayResult = z.infer<typeof bulkDayResult>;

export async function recordDayForEveryone(ctx: ServiceContext, input: BulkDayInput): Promise<BulkDayResult> {
  const { date, kind, minutes, note } = input;
  const commitments = await commitmentsOver(ctx.db, { from: date, to: date });
  const write = ctx.handle.transaction(() => {
    const busy = new Set(
      ctx.handle.prepare('SELECT DISTINCT member_id FROM attendance_record WHERE date = ?').pluck().all(date) as number[],
    );
    const skipped: BulkDayResult['skipped'] = [];
    const records: NewRecord[] = [];
    for (const c of commitments) {
      if (busy.has(c.memberId)) {
        skipped.push({ memberId: c.memberId, memberNumber: c.memberNumber, name: c.name });
        continue;
      }
      const schedule = scheduleOn(c.spans, date);
      const due = schedule && schedule.weekdays.includes(isoWeekday(date)) ? Math.round(dailyCommitment(schedule)) : 0;
      const dayMinutes = minutes ?? due;
      if (minutes === null && due === 0) continue;
      records.push({ memberId: c.memberId, date, kind, minutes: Math.min(dayMinutes, 24 * 60), clockIn: null, clockOut: null, note });
    }
    insertRecords(ctx.handle, records);
    auditNow(ctx, [
      {
        action: 'attendance.bulkDay',
        entity: 'attendance_day',
        entityId: date,
        before: null,
        after: { date, kind, minutes, note, recorded: records.map((r) => ({ memberId: r.memberId, minutes: r.minutes })), skipped: skipped.map((s) => s.memberId) },
      },
    ]);
    return { recorded: records.length, skipped };
  });
  return write.immediate();
}
