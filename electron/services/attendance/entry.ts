/** A record as a person enters it, made into the record the database keeps (clock times as 'HH:MM'). */
import type { RecordEntry } from '../../../shared/contract/attendance';
import { clockOfMinutes, minutesOfClock, type AttendanceKind, type DayRecord } from '../../../shared/domain/attendance';

export interface StoredRecord extends DayRecord {
  note: string | null;
}

export type EntryProblem = { key: 'attendance:errors.minutesRequired'; params: Record<string, never> } | { key: 'attendance:errors.badClock'; params: { value: string } };

/** "7:05" → "07:05"; a malformed time is kept as typed so the day's check names it. */
function normalClock(text: string | null): string | null {
  if (text === null || text.trim() === '') return null;
  const minutes = minutesOfClock(text);
  return minutes === null ? text : clockOfMinutes(minutes);
}

/** Minutes left out are the clock span; with no clock-out there is no span, so minutes are required. */
export function storedRecord(entry: {
  kind: AttendanceKind;
  minutes: number | null;
  clockIn: string | null;
  clockOut: string | null;
  note: string | null;
}): StoredRecord | EntryProblem {
  const clockIn = normalClock(entry.clockIn);
  const clockOut = normalClock(entry.clockOut);
  let minutes = entry.minutes;
  if (minutes === null) {
    const a = clockIn === null ? null : minutesOfClock(clockIn);
    const b = clockOut === null ? null : minutesOfClock(clockOut);
    if (clockIn !== null && a === null) return { key: 'attendance:errors.badClock', params: { value: clockIn } };
    if (clockOut !== null && b === null) return { key: 'attendance:errors.badClock', params: { value: clockOut } };
    if (a === null || b === null) return { key: 'attendance:errors.minutesRequired', params: {} };
    minutes = Math.max(0, b - a);
  }
  return { kind: entry.kind, minutes, clockIn, clockOut, note: entry.note };
}

export const isEntryProblem = (value: StoredRecord | EntryProblem): value is EntryProblem => 'key' in value;

export type { RecordEntry };
