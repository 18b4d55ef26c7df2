/**
 * A member's capital statement (issue 7): one member among 10,000, with ten years of operations, for the
 * whole range and for one year, p50 and p95 (aim < 20 ms). The limit is the same rows read on the raw
 * handle with statements prepared once: the two grouped position reads and the operations of the range.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { creditCapitalisedReturn, memberStatement } from '../../electron/services/capital';
import { setupCoop } from '../../electron/services/coop/profile';
import { openDatabaseSession } from '../../electron/services/core/session';
import { generateDemoCooperative } from '../../electron/services/domains';
import { figure, percentile, timeOnce, timeOnceAsync, type Figure } from './stats';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const YEARS = 10;
const RUNS = 400;

const POSITION_SQL = `SELECT class_id, effect_kind, sum(amount_minor) FROM capital_operation WHERE member_id = ? AND date <= ? GROUP BY class_id, effect_kind
  UNION ALL SELECT class_id, 'transfer_in', sum(amount_minor) FROM capital_operation WHERE counterpart_member_id = ? AND date <= ? GROUP BY class_id`;
const OPERATIONS_SQL = `SELECT o.*, m.member_number, m.last_names, m.first_names, c.member_number, e.number, r.number FROM capital_operation o
  LEFT JOIN member m ON m.id = o.member_id LEFT JOIN member c ON c.id = o.counterpart_member_id
  LEFT JOIN ledger_entry e ON e.id = o.journal_entry_id LEFT JOIN capital_operation r ON r.reverses_number = o.number
  WHERE o.number IN (SELECT number FROM capital_operation WHERE member_id = ? AND date >= ? AND date <= ?
    UNION SELECT number FROM capital_operation WHERE counterpart_member_id = ? AND date >= ? AND date <= ?) ORDER BY o.number`;

export async function capitalStatementFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'minga-bench-capital-'));
  try {
    const session = await openDatabaseSession({ path: join(dir, 'capital.sqlite'), actor: 'bench' });
    const ctx = session.ctx();
    await setupCoop(ctx, { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' });
    await generateDemoCooperative(ctx, { members: MEMBERS, years: YEARS, locale: 'es', seed: 11 });
    // A founder still in the coop, given a capitalised return every month of the ten years on top of the demo's operations.
    const today = ctx.now().toISOString().slice(0, 10);
    const founder = ctx.handle
      .prepare(`SELECT m.id FROM member m JOIN capital_subscription s ON s.member_id = m.id WHERE m.status = 'active' ORDER BY m.join_date, m.id LIMIT 1`)
      .pluck()
      .get() as number;
    const joined = ctx.handle.prepare('SELECT date FROM capital_subscription WHERE member_id = ?').pluck().get(founder) as string;
    for (let month = 1; month <= YEARS * 12; month++) {
      const date = new Date(Date.UTC(Number(joined.slice(0, 4)), Number(joined.slice(5, 7)) - 1 + month, 1)).toISOString().slice(0, 10);
      if (date > today) break;
      await creditCapitalisedReturn(ctx, { memberId: founder, amountMinor: 1_000 + month, date, allocationYear: Number(date.slice(0, 4)) });
    }
    const ranges = [
      { from: joined, to: today },
      { from: `${Number(today.slice(0, 4)) - 1}-01-01`, to: `${Number(today.slice(0, 4)) - 1}-12-31` },
    ];
    const position = ctx.handle.prepare(POSITION_SQL);
    const operations = ctx.handle.prepare(OPERATIONS_SQL);
    const day = (iso: string, delta: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
    for (const range of ranges) await memberStatement(ctx, { memberId: founder, ...range }); // warm up
    const minga: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const range = ranges[i % ranges.length]!;
      minga.push(await timeOnceAsync(() => memberStatement(ctx, { memberId: founder, ...range })));
      raw.push(
        timeOnce(() => {
          position.all(founder, day(range.from, -1), founder, day(range.from, -1));
          operations.all(founder, range.from, range.to, founder, range.from, range.to);
          position.all(founder, range.to, founder, range.to);
        }),
      );
    }
    session.close();
    const name = `capital statement, one member among ${MEMBERS} with ${YEARS} years of operations`;
    return [
      figure(`${name}, p50 (aim < 20 ms)`, percentile(minga, 50), 'ms', 'same rows on the raw handle, p50', percentile(raw, 50)),
      figure(`${name}, p95 (aim < 20 ms)`, percentile(minga, 95), 'ms', 'same rows on the raw handle, p95', percentile(raw, 95)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
