/**
 * Attendance rules, pure: the kinds of a day's record, clock times, and what makes a member's day
 * impossible (overlapping records, more than 24 hours, a clock-out before the clock-in).
 */
export const attendanceKinds = [
  'work',
  'justified_absence',
  'unjustified_absence',
  'leave',
  'sick_leave',
  'training',
  'holiday',
  'assembly',
] as const;
export type AttendanceKind = (typeof attendanceKinds)[number];

/**
 * Defaults: every kind but an unjustified absence is paid (a leave, a holiday and sick leave are paid in
 * most coops' internal rules; a coop that pays sick leave through social security unticks it), and only
 * the work itself, training and assemblies count as work for surplus returns.
 */
export const defaultPaidKinds: readonly AttendanceKind[] = [
  'work',
  'justified_absence',
  'leave',
  'sick_leave',
  'training',
  'holiday',
  'assembly',
];
export const defaultWorkKinds: readonly AttendanceKind[] = ['work', 'training', 'assembly'];
/** Minutes after the usual start time still counted as on time. */
export const defaultLateToleranceMinutes = 5;

export const MINUTES_PER_DAY = 24 * 60;

/** Kinds that are absences, for the absence rate. */
export const absenceKinds: readonly AttendanceKind[] = ['justified_absence', 'unjustified_absence', 'sick_leave'];

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "07:05" or "7:05" → 425; "24:00" → 1440 (a clock-out at midnight); anything else → null. */
export function minutesOfClock(text: string): number | null {
  const t = text.trim();
  if (t === '24:00') return MINUTES_PER_DAY;
  const m = CLOCK.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A day's record as the rules see it. */
export interface DayRecord {
  kind: AttendanceKind;
  minutes: number;
  clockIn: string | null;
  clockOut: string | null;
}

export type DayProblem =
  | { key: 'attendance:errors.negativeMinutes'; params: { minutes: number } }
  | { key: 'attendance:errors.badClock'; params: { value: string } }
  | { key: 'attendance:errors.clockOutWithoutIn'; params: Record<string, never> }
  | { key: 'attendance:errors.clockOutBeforeIn'; params: { clockIn: string; clockOut: string } }
  | { key: 'attendance:errors.minutesBeyondClock'; params: { minutes: number; span: number } }
  | { key: 'attendance:errors.overlap'; params: { first: string; second: string } }
  | { key: 'attendance:errors.duplicateKind'; params: { kind: AttendanceKind } }
  | { key: 'attendance:errors.moreThanADay'; params: { minutes: number } };

/**
 * Checks one record on its own. Minutes are whole and not negative; a clock-out needs a clock-in and
 * comes after it on the same day (a night shift is entered as two records split at midnight); with both
 * times, the minutes may be fewer than the span (a break), never more.
 */
export function recordProblems(record: DayRecord): DayProblem[] {
  const problems: DayProblem[] = [];
  if (!Number.isInteger(record.minutes) || record.minutes < 0) {
    problems.push({ key: 'attendance:errors.negativeMinutes', params: { minutes: record.minutes } });
  }
  const clockIn = record.clockIn === null ? null : minutesOfClock(record.clockIn);
  const clockOut = record.clockOut === null ? null : minutesOfClock(record.clockOut);
  if (record.clockIn !== null && (clockIn === null || clockIn >= MINUTES_PER_DAY)) {
    problems.push({ key: 'attendance:errors.badClock', params: { value: record.clockIn } });
  }
  if (record.clockOut !== null && clockOut === null) problems.push({ key: 'attendance:errors.badClock', params: { value: record.clockOut } });
  if (problems.length > 0) return problems;
  if (clockOut !== null && clockIn === null) problems.push({ key: 'attendance:errors.clockOutWithoutIn', params: {} });
  if (clockIn !== null && clockOut !== null) {
    if (clockOut <= clockIn) {
      problems.push({ key: 'attendance:errors.clockOutBeforeIn', params: { clockIn: record.clockIn ?? '', clockOut: record.clockOut ?? '' } });
    } else if (record.minutes > clockOut - clockIn) {
      problems.push({ key: 'attendance:errors.minutesBeyondClock', params: { minutes: record.minutes, span: clockOut - clockIn } });
    }
  }
  return problems;
}

/** The interval a record occupies: [in, out) with both times, [in, in + minutes) with a clock-in alone. */
export function intervalOf(record: DayRecord): [number, number] | null {
  if (record.clockIn === null) return null;
  const start = minutesOfClock(record.clockIn);
  if (start === null) return null;
  const end = record.clockOut === null ? start + record.minutes : minutesOfClock(record.clockOut);
  return end === null ? null : [start, end];
}

const describe = (r: DayRecord) => (r.clockIn === null ? r.kind : `${r.kind} ${r.clockIn}–${r.clockOut ?? '…'}`);

/**
 * Checks a member's whole day (the records already kept plus the new ones). Two timed records overlap
 * when their intervals share a minute (one ending at 12:00 and another starting at 12:00 do not); two
 * records of the same kind without times on one day are refused as a likely double entry (enter one
 * record with the total); and the day holds at most 24 hours.
 */
export function dayProblems(records: readonly DayRecord[]): DayProblem[] {
  const problems: DayProblem[] = records.flatMap(recordProblems);
  if (problems.length > 0) return problems;
  const timed = records
    .map((r) => ({ r, interval: intervalOf(r) }))
    .filter((t): t is { r: DayRecord; interval: [number, number] } => t.interval !== null)
    .sort((a, b) => a.interval[0] - b.interval[0]);
  for (let i = 1; i < timed.length; i += 1) {
    const before = timed[i - 1];
    const after = timed[i];
    if (before && after && after.interval[0] < before.interval[1]) {
      problems.push({ key: 'attendance:errors.overlap', params: { first: describe(before.r), second: describe(after.r) } });
    }
  }
  const untimedKinds = new Set<AttendanceKind>();
  for (const r of records) {
    if (r.clockIn !== null) continue;
    if (untimedKinds.has(r.kind)) problems.push({ key: 'attendance:errors.duplicateKind', params: { kind: r.kind } });
    untimedKinds.add(r.kind);
  }
  const total = records.reduce((sum, r) => sum + r.minutes, 0);
  if (total > MINUTES_PER_DAY) problems.push({ key: 'attendance:errors.moreThanADay', params: { minutes: total } });
  return problems;
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(iso: string): number {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** How many days in [from, to] fall on each ISO weekday (index 1..7; index 0 unused). */
export function weekdayCounts(from: string, to: string): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end < start) return counts;
  const days = Math.round((end - start) / 86_400_000) + 1;
  const full = Math.floor(days / 7);
  for (let w = 1; w <= 7; w += 1) counts[w] = full;
  const first = isoWeekday(from);
  for (let i = 0; i < days % 7; i += 1) {
    const w = ((first - 1 + i) % 7) + 1;
    counts[w] = (counts[w] ?? 0) + 1;
  }
  return counts;
}

/** A committed schedule: weekly minutes spread evenly over the working weekdays. */
export interface Schedule {
  weeklyMinutes: number;
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  weekdays: readonly number[];
  startTime: string | null;
}

/** The committed minutes of one scheduled day (weekly minutes ÷ working days; fractional kept exact enough in float). */
export function dailyCommitment(schedule: Schedule): number {
  return schedule.weekdays.length === 0 ? 0 : schedule.weeklyMinutes / schedule.weekdays.length;
}

/** Committed minutes over [from, to] under one schedule. */
export function committedOver(schedule: Schedule, from: string, to: string): number {
  const counts = weekdayCounts(from, to);
  const days = schedule.weekdays.reduce((sum, w) => sum + (counts[w] ?? 0), 0);
  return days * dailyCommitment(schedule);
}

/** Minutes late against the usual start time, beyond the tolerance; 0 when on time or when there is no start time. */
export function minutesLate(startTime: string | null, clockIn: string | null, tolerance: number): number {
  if (startTime === null || clockIn === null) return 0;
  const start = minutesOfClock(startTime);
  const arrived = minutesOfClock(clockIn);
  if (start === null || arrived === null) return 0;
  return arrived > start + tolerance ? arrived - start : 0;
}

/** A weekday set as the bitmask stored in the database (bit 0 Monday … bit 6 Sunday). */
export function weekdayMask(weekdays: readonly number[]): number {
  return weekdays.reduce((mask, w) => mask | (1 << (w - 1)), 0);
}

export function weekdaysOfMask(mask: number): number[] {
  return [1, 2, 3, 4, 5, 6, 7].filter((w) => (mask & (1 << (w - 1))) !== 0);
}

/** The date `days` after `iso` (UTC arithmetic: no time zone or daylight saving can shift it). */
export function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first and last day of a 'YYYY-MM' month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The months 'YYYY-MM' that [from, to] touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const m = `${year}-${String(month).padStart(2, '0')}`;
    if (m > last) return months;
    months.push(m);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
