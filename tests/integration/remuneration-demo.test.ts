/**
 * The demo's pay (issue 9, "Demo": a scheme history and posted monthly runs): two scheme versions, a posted
 * run for each of the last twelve complete months over the members the attendance demo gave hours to, the
 * books and the check agreeing; and the time it adds to the demo, printed and bounded.
 */
import { describe, expect, it } from 'vitest';
import { inOneTransaction } from '../../electron/services/core';
import { domains } from '../../electron/services/domains';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';
import { checkAllDomains } from '../../electron/services/domains';

const tempDir = useTempDir();

describe('the demo cooperative pays its workers', () => {
  it('has a two-version scheme history and twelve posted monthly runs, passes check, within seconds', { timeout: 300_000 }, async () => {
    const s = await openMembersSession(tempDir());
    const options = { members: 2_000, years: 5, locale: 'es' as const, seed: 1 };
    let ms = 0;
    await inOneTransaction(s.ctx(), async (ctx) => {
      for (const domain of domains) {
        const started = performance.now();
        await domain.demo?.(ctx, options);
        if (domain.name === 'remuneration') ms = performance.now() - started;
      }
    });
    console.log(`the remuneration demo took ${(ms / 1000).toFixed(2)} s`);
    const db = s.handle();
    expect(db.prepare('SELECT count(*) FROM remuneration_scheme_version').pluck().get()).toBe(2);
    const runs = db.prepare("SELECT period, member_count AS members, scheme_version_id AS scheme FROM remuneration_run WHERE status = 'posted' ORDER BY period").all() as { period: string; members: number; scheme: number }[];
    expect(runs.map((r) => r.period)).toEqual(['2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05']);
    expect(runs.every((r) => r.members > 100)).toBe(true);
    expect(new Set(runs.map((r) => r.scheme)).size).toBe(2);
    const pay = db.prepare("SELECT sum(debit_minor) FROM ledger_line WHERE account = 'members_pay'").pluck().get() as number;
    expect(pay).toBe(db.prepare("SELECT sum(gross_minor) FROM remuneration_run WHERE status = 'posted'").pluck().get());
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });
    expect(ms).toBeLessThan(15_000);
  });
});
