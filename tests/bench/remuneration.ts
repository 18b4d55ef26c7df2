/**
 * A monthly pay run for 1,000 members (issue 9: p50, p95; aim < 100 ms): the draft from a month of
 * attendance (22 working days each) through the scheme, every line written, as `remuneration.draftRun` does
 * it. The limit beside it is the raw SQL aggregate of the same hours on the raw handle, prepared once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { generateDemo } from '../../electron/services/members/demo';
import { draftRun, saveScheme } from '../../electron/services/remuneration';
import { schemeRules } from '../../shared/contract/remuneration';
import { figure, percentile, timeOnce, timeOnceAsync, type Figure } from './stats';

const MEMBERS = 1_000;
const RUNS = Number(process.env.BENCH_PAY_RUNS ?? 40);
const PERIOD = '2025-05';
const HOURS_SQL = `SELECT member_id, kind, sum(minutes) FROM attendance_record WHERE date >= ? AND date <= ? GROUP BY member_id, kind`;

const weekdays = Array.from({ length: 31 }, (_, i) => `${PERIOD}-${String(i + 1).padStart(2, '0')}`).filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
const categories = ['Auxiliar', 'Oficial', 'Especializado', 'Coordinación'];

export async function remunerationFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-bench-pay-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'pay.sqlite'), actor: 'bench', now: () => new Date('2025-06-15T12:00:00Z') });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    await generateDemo(ctx, { members: MEMBERS, years: 5, locale: 'es', seed: 3 });
    // Setup, not measured: a month of attendance (a day off now and then) and each member's category.
    const members = ctx.handle.prepare('SELECT id, member_number FROM member ORDER BY member_number').all() as { id: number; member_number: number }[];
    const insertDay = ctx.handle.prepare('INSERT INTO attendance_record (member_id, date, kind, minutes) VALUES (?, ?, ?, ?)');
    const assign = ctx.handle.prepare(`INSERT INTO remuneration_assignment (member_id, effective_from, category, steps_json, modifiers_json, commitment_num, commitment_den, add_ons_json, recorded_at)
      VALUES (?, '2000-01-01', ?, '{}', '[]', 1, 1, '[]', '2025-06-01T00:00:00Z')`);
    ctx.handle.transaction(() => {
      for (const m of members) {
        weekdays.forEach((day, i) => insertDay.run(m.id, day, (m.member_number + i) % 17 === 0 ? 'sick_leave' : 'work', 480 - ((m.member_number * i) % 3) * 15));
        assign.run(m.id, categories[m.member_number % 4]);
      }
    })();
    await saveScheme(ctx, {
      id: null,
      name: 'Bench',
      effectiveFrom: '2000-01-01',
      rules: schemeRules.parse({
        kind: 'hourly',
        baseMinor: 480_000,
        categories: { Auxiliar: { num: 1, den: 1 }, Oficial: { num: 13, den: 10 }, Especializado: { num: 8, den: 5 }, Coordinación: { num: 2, den: 1 } },
        seniority: { percentPerYear: { num: 3, den: 2 }, maxYears: 15 },
      }),
      resolutionId: null,
      note: null,
    });
    const hours = ctx.handle.prepare(HOURS_SQL);
    const range = ['2025-05-01', '2025-05-31'];
    const first = await draftRun(ctx, { period: PERIOD, adjusting: false });
    if (first.memberCount !== MEMBERS) throw new Error(`the run paid ${first.memberCount} members, not ${MEMBERS}`);
    const minga: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      minga.push(await timeOnceAsync(() => draftRun(ctx, { period: PERIOD, adjusting: false })));
      raw.push(timeOnce(() => hours.all(...range)));
    }
    session.close();
    const name = `monthly pay run (draft from attendance), ${MEMBERS} members`;
    return [
      figure(`${name}, p50 (aim < 100 ms)`, percentile(minga, 50), 'ms', 'raw SQL aggregate of the same hours, p50', percentile(raw, 50)),
      figure(`${name}, p95 (aim < 100 ms)`, percentile(minga, 95), 'ms', 'raw SQL aggregate of the same hours, p95', percentile(raw, 95)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
