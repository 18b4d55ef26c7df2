import { sql, type Kysely } from 'kysely';
import { appliedPlanHashV1, type AppliedOpRow, type AppliedPlanRow } from './support/applied-plan-hash-v1';

/**
 * An applied plan keeps the hash of its content (its figures and where each operation went), so `check`
 * finds an edit made behind the app's back even when the safeguard triggers are put back afterwards. Plans
 * applied before this step are hashed as they stand now; the backfill lifts and restores the one trigger
 * that would refuse it, inside the migration's transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE planning_applied ADD COLUMN content_hash TEXT`.execute(db);
  const plans = (await sql<AppliedPlanRow>`SELECT id, applied_at, actor, t0, weeks, metrics_json, view_json FROM planning_applied`.execute(db)).rows;
  if (plans.length > 0) {
    await sql`DROP TRIGGER planning_applied_no_update`.execute(db);
    for (const plan of plans) {
      const ops = (await sql<AppliedOpRow>`SELECT order_code, op_code, workcenter, lane, member_id, start_at, end_at FROM planning_applied_op WHERE plan_id = ${plan.id}`.execute(db)).rows;
      await sql`UPDATE planning_applied SET content_hash = ${appliedPlanHashV1(plan, ops)} WHERE id = ${plan.id}`.execute(db);
    }
    // Restored word for word as 0010 wrote it, so the schema reads the same whether or not there was a backfill.
    await sql.raw(`CREATE TRIGGER planning_applied_no_update BEFORE UPDATE ON planning_applied
    BEGIN SELECT RAISE(ABORT, 'an applied plan is append-only'); END`).execute(db);
  }
  await sql`CREATE TRIGGER planning_applied_hashed BEFORE INSERT ON planning_applied WHEN NEW.content_hash IS NULL
    BEGIN SELECT RAISE(ABORT, 'a plan is applied with the hash of its content'); END`.execute(db);
}
