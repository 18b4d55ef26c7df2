import type { Generated } from 'kysely';
import type { AttendanceKind } from '../../../shared/domain/attendance';

export interface AttendanceRecordTable {
  id: Generated<number>;
  member_id: number;
  date: string;
  kind: AttendanceKind;
  minutes: number;
  clock_in: string | null;
  clock_out: string | null;
  note: string | null;
}

/** One row (id 1); kinds as comma-separated lists. */
export interface AttendanceSettingsTable {
  id: number;
  paid_kinds: string;
  work_kinds: string;
  late_tolerance_minutes: number;
  updated_at: string;
}

/** A member's committed schedule from `from_date` until the next version. */
export interface AttendanceScheduleTable {
  id: Generated<number>;
  member_id: number;
  from_date: string;
  weekly_minutes: number;
  /** Bit 0 Monday … bit 6 Sunday. */
  weekdays_mask: number;
  start_time: string | null;
}

export interface AttendanceTables {
  attendance_record: AttendanceRecordTable;
  attendance_settings: AttendanceSettingsTable;
  attendance_schedule: AttendanceScheduleTable;
}
