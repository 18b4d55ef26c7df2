/**
 * An applied plan keeps the hash of its content (migrations/0016_applied_plan_hash.ts,
 * electron/services/planning/content.ts): `check` finds an operation moved behind the app's back even with
 * the safeguard put back, and the migration's frozen hash is the service's, for plans applied before it.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrator';
import { latestVersion } from '../../migrations';
import { appliedPlanHashV1, type AppliedOpRow, type AppliedPlanRow } from '../../migrations/support/applied-plan-hash-v1';
import { openAttendanceSession } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: 0, end: 1440 }));

async function appliedShop(dir: string) {
  const s = await openAttendanceSession(dir);
  const press: { id: number } = await s.call('planning.saveWorkcenter', { code: 'PRESS', name: 'Prensa', lanes: 1, efficiency: 1, shifts: everyDay, exceptions: [] });
  const product: { id: number } = await s.call('planning.saveProduct', {
    code: 'P1',
    name: 'Pieza',
    operations: [{ code: 'press', name: 'Prensado', workcenterId: press.id, partnerId: null, setupMinutes: 90, runMinutesPerUnit: 0 }],
    materials: [],
  });
  for (const code of ['O1', 'O2']) await s.call('planning.saveOrder', { code, productId: product.id, qty: 1, release: '2026-03-02', due: '2026-03-06', priority: 1 });
  await s.call('planning.apply', { start: '2026-03-02', weeks: 1 });
  return s;
}

const stored = (s: Awaited<ReturnType<typeof appliedShop>>) => {
  const db = s.handle();
  const plan = db.prepare('SELECT * FROM planning_applied').get() as AppliedPlanRow & { content_hash: string | null };
  const ops = db.prepare('SELECT order_code, op_code, workcenter, lane, member_id, start_at, end_at FROM planning_applied_op WHERE plan_id = ?').all(plan.id) as AppliedOpRow[];
  return { plan, ops };
};

describe('the hash of an applied plan', () => {
  it('is stored when the plan is applied and equals the migration’s hash of the same rows', async () => {
    const s = await appliedShop(tempDir());
    const { plan, ops } = stored(s);
    expect(ops).toHaveLength(2);
    expect(plan.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(appliedPlanHashV1(plan, ops)).toBe(plan.content_hash);
    expect((await s.call('backups.check', {}) as { problems: unknown[] }).problems).toEqual([]);
  });

  it('makes check find an operation moved behind the app’s back, the safeguard put back as it was', async () => {
    const s = await appliedShop(tempDir());
    const db = s.handle();
    const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'planning_applied_op_no_update'").pluck().get() as string;
    db.exec('DROP TRIGGER planning_applied_op_no_update');
    expect(db.prepare("UPDATE planning_applied_op SET start_at = '2026-03-05T08:00' WHERE order_code = 'O2'").run().changes).toBe(1);
    db.exec(trigger);
    const { problems } = (await s.call('backups.check', {})) as { problems: { message: string }[] };
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Applied plan \d+ \(\d{4}-\d\d-\d\d\): its figures or operations were changed after it was applied\.$/)]);
  });

  it('is given by migration 0016 to plans applied before it, as they stand', async () => {
    const s = await appliedShop(tempDir());
    const db = s.handle();
    const before = stored(s).plan.content_hash;
    // The file as version 15 left it: no column, no trigger asking for it.
    db.exec('DROP TRIGGER planning_applied_hashed');
    db.exec('ALTER TABLE planning_applied DROP COLUMN content_hash');
    db.pragma('user_version = 15');
    expect(await migrate(db, { targetVersion: 16 })).toMatchObject({ from: 15, to: 16 });
    db.pragma(`user_version = ${latestVersion}`);
    expect(stored(s).plan.content_hash).toBe(before);
    expect(((await s.call('backups.check', {})) as { problems: unknown[] }).problems).toEqual([]);
  });
});
