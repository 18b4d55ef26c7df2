/**
 * What the week grid shows of the saved records. A day with one record and no clock times is a cell the
 * grid edits; a day with clock times or several records (a time clock's, or split shifts) is shown, not
 * overwritten: the member's month is where it is changed, record by record.
 */
import type { z } from 'zod';
import type { week } from '../../../../shared/contract/attendance';
import { dailyCommitment, type AttendanceKind } from '../../../../shared/domain/attendance';
import { isoWeekday } from '../../../../shared/domain/attendance';
import { cellKey } from './grid-model';

export type WeekData = z.infer<typeof week>;
export type GridMember = WeekData['members'][number];

export interface SavedDay {
  minutes: number;
  kind: AttendanceKind;
  note: string | null;
}

export interface LockedDay {
  minutes: number;
  kinds: AttendanceKind[];
}

export interface WeekCells {
  saved: Map<string, SavedDay>;
  locked: Map<string, LockedDay>;
}

export function weekCells(data: WeekData): WeekCells {
  const byDay = new Map<string, WeekData['records']>();
  for (const record of data.records) {
    const key = cellKey(record.memberId, record.date);
    byDay.set(key, [...(byDay.get(key) ?? []), record]);
  }
  const saved = new Map<string, SavedDay>();
  const locked = new Map<string, LockedDay>();
  for (const [key, records] of byDay) {
    const only = records.length === 1 ? records[0] : undefined;
    if (only && only.clockIn === null && only.clockOut === null) saved.set(key, { minutes: only.minutes, kind: only.kind, note: only.note });
    else locked.set(key, { minutes: records.reduce((sum, r) => sum + r.minutes, 0), kinds: [...new Set(records.map((r) => r.kind))] });
  }
  return { saved, locked };
}

/** Whether the member belongs to the coop on `date`: records outside are refused, so the cell is closed. */
export function isMemberOn(member: GridMember, date: string): boolean {
  return member.joinDate <= date && (member.leavingDate === null || date <= member.leavingDate);
}

/** The minutes the schedule commits the member to on `date`, whole: what an absence or holiday covers. */
export function committedOn(member: GridMember, date: string): number {
  const schedule = member.schedule;
  if (!schedule.weekdays.includes(isoWeekday(date))) return 0;
  return Math.round(dailyCommitment(schedule));
}
