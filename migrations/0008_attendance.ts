import { sql, type Kysely } from 'kysely';

/**
 * Attendance: a member's day, in records (minutes, kind, optional clock times, a note); the settings
 * that say which kinds are paid and which count as work; and each member's committed schedule in dated
 * versions. Records stay editable (they are working papers until a pay run reads them); the database
 * refuses what no day can hold (negative minutes, more than 24 hours in one record, a clock-out without
 * a clock-in). Overlaps and daily totals are checked by the service, which sees the whole day.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */
const kinds = `('work','justified_absence','unjustified_absence','leave','sick_leave','training','holiday','assembly')`;
const clock = (column: string) => `(${column} IS NULL OR (length(${column}) = 5 AND ${column} GLOB '[0-2][0-9]:[0-5][0-9]'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`CREATE TABLE attendance_record (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member (id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ${kinds}),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    clock_in TEXT CHECK ${clock('clock_in')},
    clock_out TEXT CHECK (${clock('clock_out').slice(1, -1)} OR clock_out = '24:00'),
    note TEXT,
    CHECK (clock_out IS NULL OR clock_in IS NOT NULL)
  )`).execute(db);
  // A member's days (the grid, the month, the day's checks) and the reports by date range, answered from
  // the index alone: date first, then member, kind and minutes, so an aggregate never reads the table.
  await sql`CREATE INDEX attendance_record_member_day ON attendance_record (member_id, date)`.execute(db);
  await sql`CREATE INDEX attendance_record_by_date ON attendance_record (date, member_id, kind, minutes)`.execute(db);

  await sql.raw(`CREATE TABLE attendance_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paid_kinds TEXT NOT NULL,
    work_kinds TEXT NOT NULL,
    late_tolerance_minutes INTEGER NOT NULL CHECK (late_tolerance_minutes BETWEEN 0 AND 240),
    updated_at TEXT NOT NULL
  )`).execute(db);
  await sql`INSERT INTO attendance_settings (id, paid_kinds, work_kinds, late_tolerance_minutes, updated_at)
    VALUES (1, 'work,justified_absence,leave,sick_leave,training,holiday,assembly', 'work,training,assembly', 5,
      strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`.execute(db);

  await sql.raw(`CREATE TABLE attendance_schedule (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES member (id),
    from_date TEXT NOT NULL,
    weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes BETWEEN 0 AND 10080),
    weekdays_mask INTEGER NOT NULL CHECK (weekdays_mask BETWEEN 0 AND 127),
    start_time TEXT CHECK ${clock('start_time')},
    UNIQUE (member_id, from_date)
  )`).execute(db);
}
