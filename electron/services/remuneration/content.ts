/**
 * A posted pay run's content as stored (the run's figures and each member's row with its lines), hashed
 * canonically: posting stores the hash and `check` recomputes it from the rows, so an edit behind the app's
 * back shows even when it keeps every total consistent. The same hash as migrations/support/pay-run-hash-v1.ts
 * (which hashed the runs posted before it); tests/integration/pay-run-hash.test.ts keeps the two equal.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface HashedRun {
  id: number;
  period: string;
  kind: string;
  scheme_version_id: number;
  gross_minor: number;
  deductions_minor: number;
  net_minor: number;
  posting_date: string | null;
  journal_entry_id: number | null;
}

const memberColumns = ['member_id', 'member_number', 'paid_minutes', 'gross_minor', 'deductions_minor', 'net_minor', 'lines_json', 'payslip_number'] as const;

export async function runContentHash(db: Kysely<DB>, run: HashedRun): Promise<string> {
  const members = await db.selectFrom('remuneration_run_member').select(memberColumns).where('run_id', '=', run.id).orderBy('member_id').execute();
  const canonical = [
    [run.id, run.period, run.kind, run.scheme_version_id, run.gross_minor, run.deductions_minor, run.net_minor, run.posting_date, run.journal_entry_id],
    members.map((m) => [m.member_id, m.member_number, m.paid_minutes, m.gross_minor, m.deductions_minor, m.net_minor, m.lines_json, m.payslip_number]),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
