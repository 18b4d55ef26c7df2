/**
 * The demo cooperative's attendance: a schedule for each member (the register's weekly hours, Monday to
 * Friday, a usual start time) and a record for every working day of the demo's years within their
 * membership: mostly clocked work with some late arrivals, yearly leave, sick days, absences, training,
 * the year's assembly and public holidays. Ten thousand members × five years would be twelve million
 * rows; the demo gives attendance to the DEMO_ATTENDANCE_MEMBERS (120) lowest-numbered members who are
 * members at some point of the last twelve months (a workshop's worth, about 150,000 records: enough for
 * every report and a pay run), and adds about a second to the demo. Written with prepared multi-row inserts in one transaction.
 */
import { localToday } from '../../../shared/domain/dates';
import { dailyCommitment, isoWeekday, shiftDay, weekdayMask } from '../../../shared/domain/attendance';
import type { DemoOptions, ServiceContext } from '../core';
import { commitmentsOver } from './commitment';
import { auditNow, CHUNK } from './rows';

export const DEMO_ATTENDANCE_MEMBERS = 120;

/** Month-day of the public holidays the demo marks (shared by the three frameworks' calendars). */
const HOLIDAYS = ['01-01', '05-01', '12-25', '07-09', '10-12', '11-02'];
const STARTS = ['07:00', '08:00', '08:00', '08:30', '09:00'];

/** A small seeded generator (xorshift32): the same seed gives the same demo. */
function seeded(seed: number): () => number {
  let x = (seed * 2_654_435_761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4_294_967_296;
  };
}

/** better-sqlite3 nests inside the caller's transaction as a savepoint; alone, it takes the write lock up front. */
function inOwnTransaction(ctx: ServiceContext, run: { (): void; immediate(): void }): void {
  if (ctx.handle.inTransaction) run();
  else run.immediate();
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

type Row = [number, string, string, number, string | null, string | null, string | null];

/** One member's working days, as records. */
/** The demo's days, dated once for every member: ISO date and weekday by day number from the first. */
interface Calendar {
  first: number;
  dates: string[];
  weekdays: number[];
  holidays: boolean[];
  /** 'HH:MM' of each minute of the day, so a million clock times are looked up, not formatted. */
  clocks: string[];
}

function calendarOf(from: string, to: string): Calendar {
  const dates: string[] = [];
  const weekdays: number[] = [];
  for (let date = from; date <= to; date = shiftDay(date, 1)) {
    dates.push(date);
    weekdays.push(isoWeekday(date));
  }
  const holidays = dates.map((d) => HOLIDAYS.includes(d.slice(5)));
  const clocks = Array.from({ length: 24 * 60 + 1 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  return { first: Date.parse(`${from}T00:00:00Z`) / 86_400_000, dates, weekdays, holidays, clocks };
}

const dayIndex = (calendar: Calendar, iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - calendar.first);

function daysOf(
  memberId: number,
  spans: Awaited<ReturnType<typeof commitmentsOver>>[number]['spans'],
  calendar: Calendar,
  random: () => number,
  push: (row: Row) => void,
): void {
  let sickLeft = 0;
  const clock = (m: number) => calendar.clocks[m]!;
  for (const span of spans) {
    const daily = Math.round(dailyCommitment(span));
    if (daily === 0) continue;
    const start = minutesOf(span.startTime ?? '08:00');
    // Each year's leave: two weeks from a date drawn once per member and year.
    const leaves = new Map<string, [string, string]>();
    const last = Math.min(dayIndex(calendar, span.to), calendar.dates.length - 1);
    for (let day = Math.max(0, dayIndex(calendar, span.from)); day <= last; day += 1) {
      if (!span.weekdays.includes(calendar.weekdays[day]!)) continue;
      const date = calendar.dates[day]!;
      const year = date.slice(0, 4);
      let leave = leaves.get(year);
      if (!leave) {
        const first = `${year}-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-${String(1 + Math.floor(random() * 20)).padStart(2, '0')}`;
        leave = [first, shiftDay(first, 13)];
        leaves.set(year, leave);
      }
      if (date >= leave[0] && date <= leave[1]) {
        push([memberId, date, 'leave', daily, null, null, null]);
        continue;
      }
      if (calendar.holidays[day]) {
        push([memberId, date, 'holiday', daily, null, null, null]);
        continue;
      }
      if (sickLeft > 0 || random() < 0.012) {
        sickLeft = sickLeft > 0 ? sickLeft - 1 : Math.floor(random() * 3);
        push([memberId, date, 'sick_leave', daily, null, null, null]);
        continue;
      }
      const draw = random();
      if (draw < 0.01) {
        push([memberId, date, 'justified_absence', daily, null, null, null]);
        continue;
      }
      if (draw < 0.015) {
        push([memberId, date, 'unjustified_absence', 0, null, null, null]);
        continue;
      }
      if (draw < 0.025) {
        push([memberId, date, 'training', daily, null, null, null]);
        continue;
      }
      // Most arrive within the tolerance; about one day in eight someone is late, now and then very late.
      const lateness = random();
      const delay = lateness < 0.87 ? Math.floor(random() * 11) - 5 : lateness < 0.97 ? 6 + Math.floor(random() * 25) : 30 + Math.floor(random() * 40);
      const clockIn = Math.max(0, start + delay);
      const isAssembly = date.slice(5, 7) === '04' && date.slice(8) >= '20' && date.slice(8) <= '26' && calendar.weekdays[day] === 5;
      if (isAssembly && daily > 180) {
        const work = daily - 120;
        push([memberId, date, 'work', work, clock(clockIn), clock(clockIn + work), null]);
        const assemblyStart = Math.min(clockIn + work + 30, 24 * 60 - 120);
        push([memberId, date, 'assembly', 120, clock(assemblyStart), clock(assemblyStart + 120), null]);
        continue;
      }
      const worked = Math.min(daily + Math.floor(random() * 21) - 10, 24 * 60 - clockIn);
      push([memberId, date, 'work', Math.max(worked, 0), clock(clockIn), clock(clockIn + Math.max(worked, 0)), null]);
    }
  }
}

export async function generateAttendanceDemo(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  const today = localToday(ctx.now());
  const from = `${Number(today.slice(0, 4)) - options.years + 1}-01-01`;
  const lastYear = shiftDay(today, -365);
  const chosen = ctx.handle
    .prepare(
      `SELECT id, weekly_minutes, join_date FROM member
       WHERE weekly_minutes > 0 AND join_date <= ? AND (leaving_date IS NULL OR leaving_date >= ?)
         AND id NOT IN (SELECT member_id FROM attendance_schedule)
       ORDER BY member_number LIMIT ?`,
    )
    .all(today, lastYear, DEMO_ATTENDANCE_MEMBERS) as { id: number; weekly_minutes: number; join_date: string }[];
  if (chosen.length === 0) return;
  const random = seeded(options.seed ?? 9);
  const write = ctx.handle.transaction(() => {
    const schedule = ctx.handle.prepare('INSERT INTO attendance_schedule (member_id, from_date, weekly_minutes, weekdays_mask, start_time) VALUES (?,?,?,?,?)');
    for (const m of chosen) schedule.run(m.id, m.join_date, m.weekly_minutes, weekdayMask([1, 2, 3, 4, 5]), STARTS[Math.floor(random() * STARTS.length)]!);
  });
  inOwnTransaction(ctx, write);
  const commitments = await commitmentsOver(ctx.db, { from, to: today }, chosen.map((m) => m.id));
  const insert = ctx.handle.transaction(() => {
    const sql = 'INSERT INTO attendance_record (member_id, date, kind, minutes, clock_in, clock_out, note) VALUES ';
    const full = ctx.handle.prepare(sql + Array(CHUNK).fill('(?,?,?,?,?,?,?)').join(','));
    const one = ctx.handle.prepare(`${sql}(?,?,?,?,?,?,?)`);
    let buffer: (string | number | null)[] = [];
    let count = 0;
    const push = (row: Row) => {
      for (const value of row) buffer.push(value);
      count += 1;
      if (buffer.length === CHUNK * 7) {
        full.run(buffer);
        buffer = [];
      }
    };
    const calendar = calendarOf(from, today);
    for (const c of commitments) daysOf(c.memberId, c.spans, calendar, random, push);
    for (let at = 0; at < buffer.length; at += 7) one.run(buffer.slice(at, at + 7));
    auditNow(ctx, [{ action: 'attendance.demo', entity: 'attendance_record', entityId: null, before: null, after: { members: chosen.length, records: count, from, to: today } }]);
  });
  // The demo's records outgrow SQLite's default page cache as the import's do (import.ts); same remedy.
  const usual = ctx.handle.pragma('cache_size', { simple: true }) as number;
  ctx.handle.pragma('cache_size = -262144');
  try {
    inOwnTransaction(ctx, insert);
  } finally {
    ctx.handle.pragma(`cache_size = ${usual}`);
  }
}
