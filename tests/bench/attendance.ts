/**
 * Attendance (issue 9): importing 1,000,000 rows from a time clock's CSV through the real import path
 * (decode, parse, check every row and day, insert in one transaction) against the honest limit, a raw
 * prepared insert of exactly the rows Minga wrote, already parsed, into a copy of the database as it stood
 * before the import, with the same page cache (aim ≤ 1.5×); and the yearly minutes-by-member-and-kind
 * aggregate over the 500,000 rows of one year against the same SQL on the raw handle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHandle } from '../../electron/db/connection';
import { importAttendanceFile, minutesByMemberAndKind } from '../../electron/services/attendance';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { createMember } from '../../electron/services/members/register';
import { figure, percentile, timeOnce, timeOnceAsync, type Figure } from './stats';

const ROWS = Number(process.env.BENCH_ATTENDANCE_ROWS ?? 1_000_000);
/** Two years of every day: half the rows fall in the year the aggregate reads. */
const DAYS = 731;
const MEMBERS = Math.ceil(ROWS / DAYS);
const AGGREGATE_RUNS = 15;
const AGGREGATE_SQL = `SELECT member_id, kind, sum(minutes) AS minutes FROM attendance_record
  WHERE date >= ? AND date <= ? GROUP BY member_id, kind ORDER BY member_id, kind`;
const RECORD_COLUMNS = 'member_id, date, kind, minutes, clock_in, clock_out, note';

/** A time clock's export: member number, day-first date, clock-in and clock-out, kind, in Spanish. */
function timeClockCsv(): Buffer {
  const lines = ['Número de asociado;Fecha;Entrada;Salida;Tipo'];
  const start = Date.UTC(2023, 0, 1);
  for (let day = 0; lines.length <= ROWS; day += 1) {
    const iso = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const date = `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    for (let n = 1; n <= MEMBERS && lines.length <= ROWS; n += 1) {
      const late = n % 7 === 0 ? 12 : n % 5;
      lines.push(`${n};${date};08:${String(late).padStart(2, '0')};16:30;Trabajo`);
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export async function attendanceFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-bench-attendance-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'attendance.sqlite'), actor: 'bench' });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    for (let n = 1; n <= MEMBERS; n += 1) {
      await createMember(ctx, {
        memberNumber: n, lastNames: `Apellido ${n}`, firstNames: 'Nombre', nationalId: null, taxId: null, nationality: null,
        birthDate: null, email: null, phone: null, address: null, joinDate: '2020-01-01', admissionResolution: null,
        category: null, weeklyHours: 40, status: 'active',
      });
    }
    const csv = timeClockCsv();
    await ctx.handle.backup(join(dir, 'limit.sqlite'));
    const highest = ctx.handle.prepare('SELECT coalesce(max(id), 0) FROM attendance_record').pluck().get() as number;

    const mingaMs = await timeOnceAsync(async () => {
      const { imported, preview } = await importAttendanceFile(ctx, csv, { write: true, dateOrder: 'dmy' });
      if (imported !== ROWS) throw new Error(`the import wrote ${imported} rows, not ${ROWS}: ${JSON.stringify(preview.problems.slice(0, 3))}`);
    });
    const written = ctx.handle.prepare(`SELECT ${RECORD_COLUMNS} FROM attendance_record WHERE id > ? ORDER BY id`).raw().all(highest) as unknown[][];

    const limit = openHandle(join(dir, 'limit.sqlite'));
    // The import runs with a 256 MiB page cache; the limit gets the same, so the ratio is the cost of reading and checking.
    limit.pragma('cache_size = -262144');
    const insert = limit.prepare(`INSERT INTO attendance_record (${RECORD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const rawMs = timeOnce(limit.transaction(() => {
      for (const row of written) insert.run(row);
    }));
    limit.close();

    const year = { from: '2024-01-01', to: '2024-12-31' };
    const inYear = ctx.handle.prepare('SELECT count(*) FROM attendance_record WHERE date BETWEEN ? AND ?').pluck().get(year.from, year.to) as number;
    const raw = ctx.handle.prepare(AGGREGATE_SQL);
    raw.all(year.from, year.to);
    await minutesByMemberAndKind(ctx.db, year);
    const service: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < AGGREGATE_RUNS; i += 1) {
      service.push(await timeOnceAsync(() => minutesByMemberAndKind(ctx.db, year)));
      direct.push(timeOnce(() => raw.all(year.from, year.to)));
    }
    session.close();
    return [
      figure(`attendance import of ${ROWS} time-clock rows (check + insert, one transaction)`, mingaMs, 'ms', 'the same rows pre-parsed, one prepared insert each', rawMs, 1.5),
      figure(`attendance minutes by member and kind, one year (${inYear} rows), p50`, percentile(service, 50), 'ms', 'the same SQL on the raw handle, p50', percentile(direct, 50)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
