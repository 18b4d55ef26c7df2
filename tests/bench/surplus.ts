/**
 * Surplus (issue 10): a year's simulation for 2,000 members over one year of attendance (500,000 rows),
 * the whole service path the simulation screen calls (the year's figures: hours by kind, trial hours, pay
 * from the journal, capital paid in; the policy checked; the waterfall), p50, beside the raw better-sqlite3
 * aggregate of the same hours: the minutes by member over the year in the kinds that count (aim ≤ 1.5×).
 * Runs alone with `npx tsx tests/bench/surplus.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attendanceSettings } from '../../electron/services/attendance';
import { generateCapitalDemo } from '../../electron/services/capital/demo';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { generateDemo } from '../../electron/services/members/demo';
import { closeYear, simulateYear } from '../../electron/services/surplus';
import { figure, percentile, table, timeOnce, timeOnceAsync, type Figure } from './stats';

const MEMBERS = 2_000;
const DAYS = 250;
const RUNS = Number(process.env.BENCH_SURPLUS_RUNS ?? 15);
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

const weekdays = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)))
  .filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6)
  .slice(0, DAYS)
  .map((d) => d.toISOString().slice(0, 10));

export async function surplusFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-bench-surplus-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'surplus.sqlite'), actor: 'bench', now: () => new Date('2025-06-15T12:00:00Z') });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    const seeding = performance.now();
    // Setup, not measured: the members with their capital history (bulk, with its journal), then the year's attendance.
    const options = { members: MEMBERS, years: 5, locale: 'es' as const, seed: 5 };
    await generateDemo(ctx, options);
    await generateCapitalDemo(ctx, options);
    const members = ctx.handle.prepare('SELECT id FROM member ORDER BY member_number').pluck().all() as number[];
    const insertDay = ctx.handle.prepare('INSERT INTO attendance_record (member_id, date, kind, minutes) VALUES (?, ?, ?, ?)');
    ctx.handle.transaction(() => {
      members.forEach((id, n) => weekdays.forEach((day, i) => insertDay.run(id, day, (n + i) % 13 === 0 ? 'sick_leave' : 'work', 480 - ((n * i) % 4) * 15)));
    })();
    const rows = ctx.handle.prepare('SELECT count(*) FROM attendance_record WHERE date BETWEEN ? AND ?').pluck().get(YEAR.from, YEAR.to) as number;
    if (rows !== MEMBERS * DAYS) throw new Error(`the year holds ${rows} attendance rows, not ${MEMBERS * DAYS}`);
    await closeYear(ctx, { year: 2024, membersResultMinor: 250_000_000_00, nonMembersResultMinor: 10_000_000_00, taxMinor: 0, source: 'typed' });
    const seedMs = performance.now() - seeding;

    const { workKinds } = await attendanceSettings(ctx.db);
    const raw = ctx.handle.prepare(`SELECT member_id, sum(minutes) AS minutes FROM attendance_record
      WHERE date >= ? AND date <= ? AND kind IN (${workKinds.map(() => '?').join(', ')}) GROUP BY member_id`);
    const first = await simulateYear(ctx, { year: 2024 });
    if (first.distribution.members.length < MEMBERS || !first.distribution.check.equal) throw new Error(`the simulation split among ${first.distribution.members.length} members`);
    raw.all(YEAR.from, YEAR.to, ...workKinds);
    const service: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      service.push(await timeOnceAsync(() => simulateYear(ctx, { year: 2024 })));
      direct.push(timeOnce(() => raw.all(YEAR.from, YEAR.to, ...workKinds)));
    }
    session.close();
    console.log(`surplus bench seeded in ${Math.round(seedMs)} ms`);
    return [
      figure(`surplus simulation, ${MEMBERS} members over ${rows} attendance rows (simulateYear), p50`, percentile(service, 50), 'ms', 'raw SQL sum of the year\'s work minutes by member, p50', percentile(direct, 50), 1.5),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(`\n${table(await surplusFigures())}\n`);
