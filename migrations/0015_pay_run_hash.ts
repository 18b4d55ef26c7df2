import { sql, type Kysely } from 'kysely';
import { payRunHashV1, type PayRunMemberRow, type PayRunRow } from './support/pay-run-hash-v1';

/**
 * A posted pay run keeps the hash of its content, so `check` finds an edit made behind the app's back even
 * when it keeps every total consistent (moving pay between two members, say). Runs posted before this step
 * are hashed as they stand now. Adding a column is not an UPDATE, so the posted-run triggers stay as they
 * are; the backfill drops and restores the one that would refuse it, inside the migration's transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE remuneration_run ADD COLUMN content_hash TEXT`.execute(db);
  await sql`CREATE TRIGGER remuneration_run_posted_hashed BEFORE UPDATE OF status ON remuneration_run
    WHEN NEW.status = 'posted' AND NEW.content_hash IS NULL
    BEGIN SELECT RAISE(ABORT, 'a pay run is posted with the hash of its content'); END`.execute(db);
  const runs = (await sql<PayRunRow>`SELECT id, period, kind, scheme_version_id, gross_minor, deductions_minor, net_minor, posting_date, journal_entry_id
    FROM remuneration_run WHERE status = 'posted'`.execute(db)).rows;
  if (runs.length === 0) return;
  await sql`DROP TRIGGER remuneration_run_posted_no_update`.execute(db);
  for (const run of runs) {
    const members = (await sql<PayRunMemberRow>`SELECT member_id, member_number, paid_minutes, gross_minor, deductions_minor, net_minor, lines_json, payslip_number
      FROM remuneration_run_member WHERE run_id = ${run.id}`.execute(db)).rows;
    await sql`UPDATE remuneration_run SET content_hash = ${payRunHashV1(run, members)} WHERE id = ${run.id}`.execute(db);
  }
  await sql`CREATE TRIGGER remuneration_run_posted_no_update BEFORE UPDATE ON remuneration_run WHEN OLD.status = 'posted'
    BEGIN SELECT RAISE(ABORT, 'a posted pay run is final'); END`.execute(db);
}
