/**
 * The demo cooperative's capital (issue 7, "Demo"): share class, subscriptions, instalments, payments,
 * transfers, forfeitures and departures with refunds, with the journal they produce, over the demo's years;
 * the result passes every domain's check and the refund ceiling holds in every year.
 */
import { describe, expect, it } from 'vitest';
import { memberStatement, refundQueue } from '../../electron/services/capital';
import { checkAllDomains, generateDemoCooperative } from '../../electron/services/domains';
import { useTempDir } from './helpers';
import { openMembersSession } from './members-session';

const tempDir = useTempDir();

describe('demo capital', () => {
  it('writes every kind of operation with its journal entry, and passes check', { timeout: 120_000 }, async () => {
    const s = await openMembersSession(tempDir());
    await generateDemoCooperative(s.ctx(), { members: 600, years: 6, locale: 'es', seed: 7 });
    const db = s.handle();
    const kinds = db.prepare('SELECT kind, count(*) AS n FROM capital_operation GROUP BY kind').all() as { kind: string; n: number }[];
    expect(kinds.map((k) => k.kind).sort()).toEqual(['forfeiture', 'payment', 'refund_instalment', 'refund_request', 'subscription', 'transfer']);
    const ops = db.prepare('SELECT count(*) FROM capital_operation').pluck().get() as number;
    const entries = db.prepare("SELECT count(*) FROM ledger_entry WHERE source_kind = 'capital_operation'").pluck().get();
    expect(entries).toBe(ops);
    // The register runs in date order, as a book is written.
    const outOfOrder = db.prepare('SELECT count(*) FROM capital_operation a JOIN capital_operation b ON b.number = a.number + 1 WHERE b.date < a.date').pluck().get();
    expect(outOfOrder).toBe(0);
    expect(await checkAllDomains(s.ctx())).toMatchObject({ ok: true, problems: [] });

    // Refunds paid in each year stay within 10% of paid-in capital at the year before's end.
    for (let year = 2020; year <= 2025; year += 1) {
      const queue = await refundQueue(s.ctx(), { year }, '2025-06-15');
      expect(queue.usedMinor).toBeLessThanOrEqual(queue.ceilingMinor ?? Number.MAX_SAFE_INTEGER);
    }
    // Every member who left holds nothing any more; every statement balances.
    const left = db.prepare("SELECT id FROM member WHERE status IN ('resigned','excluded','deceased')").pluck().all() as number[];
    expect(left.length).toBeGreaterThan(0);
    for (const id of left.slice(0, 20)) {
      const st = await memberStatement(s.ctx(), { memberId: id, from: '2019-01-01', to: '2025-06-15' });
      expect(st.closing.balanceMinor).toBe(0);
      expect(st.closing.pendingMinor).toBe(0);
    }
  });

  it('is deterministic: the same seed gives the same register', { timeout: 120_000 }, async () => {
    const register = async () => {
      const s = await openMembersSession(tempDir());
      await generateDemoCooperative(s.ctx(), { members: 200, years: 4, locale: 'en', seed: 3 });
      return s.handle().prepare('SELECT number, date, kind, member_id, amount_minor FROM capital_operation ORDER BY number').all();
    };
    expect(await register()).toEqual(await register());
  });
});
