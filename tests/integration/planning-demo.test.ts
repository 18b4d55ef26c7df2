/**
 * The demo cooperative's workshop (issue 11, "Demo"): products with routings, work centres with calendars,
 * skills, partners and open orders that plan without a refusal, send work to a partner, keep a maintenance
 * block, and pass the planning check once applied.
 */
import { describe, expect, it } from 'vitest';
import { planningDomain } from '../../electron/services/planning';
import { checkAllDomains } from '../../electron/services/domains';
import { openAttendanceSession } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('demo planning', () => {
  it('plans the demo shop in Spanish: every order planned, work sent to a partner, maintenance blocks, a clean check', { timeout: 120_000 }, async () => {
    const s = await openAttendanceSession(tempDir());
    for (let n = 1; n <= 8; n += 1) await s.addMember(n);
    const started = Date.now();
    await planningDomain.demo!(s.ctx(), { members: 8, years: 1, locale: 'es' });
    expect(Date.now() - started).toBeLessThan(5_000);
    const products = (await s.call('planning.products', {})) as { name: string }[];
    expect(products.map((p) => p.name)).toContain('Silla');
    const view = (await s.call('planning.plan', { start: null, weeks: 12 })) as {
      orders: { parent: string | null }[];
      outsourced: { partner: string }[];
      ops: { op: string; fixed: boolean }[];
      members: { booked: number }[];
      weeks: unknown[];
      nextFree: unknown[];
    };
    expect(view.orders.filter((o) => o.parent === null)).toHaveLength(12);
    expect(view.outsourced.map((o) => o.partner)).toContain('Cooperativa Galvanizar');
    expect(view.ops.some((o) => o.op === 'block' && o.fixed)).toBe(true);
    expect(view.members.some((m) => m.booked > 0)).toBe(true);
    expect(view.weeks.length).toBeGreaterThan(0);
    expect(view.nextFree.length).toBe(8);
    await s.call('planning.apply', { start: null, weeks: 12 });
    expect((await checkAllDomains(s.ctx())).problems).toEqual([]);
  });
});
