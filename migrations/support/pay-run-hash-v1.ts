import { createHash } from 'node:crypto';

/**
 * A posted pay run's content as stored (the run's figures and every member's row with its lines), hashed
 * canonically, as migration 0015 introduced it. Written out here rather than imported from services:
 * migrations stay what they were when they shipped (electron/services/remuneration/content.ts computes the
 * same hash for runs posted later; a test checks that the two agree).
 */
export interface PayRunRow {
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

export interface PayRunMemberRow {
  member_id: number;
  member_number: number;
  paid_minutes: number;
  gross_minor: number;
  deductions_minor: number;
  net_minor: number;
  lines_json: string;
  payslip_number: number | null;
}

export function payRunHashV1(run: PayRunRow, members: readonly PayRunMemberRow[]): string {
  const canonical = [
    [run.id, run.period, run.kind, run.scheme_version_id, run.gross_minor, run.deductions_minor, run.net_minor, run.posting_date, run.journal_entry_id],
    [...members]
      .sort((a, b) => a.member_id - b.member_id)
      .map((m) => [m.member_id, m.member_number, m.paid_minutes, m.gross_minor, m.deductions_minor, m.net_minor, m.lines_json, m.payslip_number]),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
