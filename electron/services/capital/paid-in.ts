/**
 * Each member's capital paid in at a date, and when they first paid any: what the surplus module weighs
 * interest on (capital paid in at the close of the prior year, and the days it was held). The same signed
 * sums as a statement, over every member in one grouped read.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { positionOf } from './position';

interface Row {
  member_id: number;
  class_id: number | null;
  kind: string;
  total: number;
}

export async function paidInByMember(db: Kysely<DB>, through: string): Promise<{ memberId: number; paidInMinor: number; firstPaidOn: string | null }[]> {
  const { rows } = await sql<Row>`
    SELECT member_id, class_id, effect_kind AS kind, sum(amount_minor) AS total FROM capital_operation
      WHERE date <= ${through} GROUP BY member_id, class_id, effect_kind
    UNION ALL
    SELECT counterpart_member_id AS member_id, class_id, 'transfer_in' AS kind, sum(amount_minor) AS total FROM capital_operation
      WHERE counterpart_member_id IS NOT NULL AND date <= ${through} GROUP BY counterpart_member_id, class_id`.execute(db);
  const { rows: first } = await sql<{ member_id: number; first: string }>`
    SELECT member_id, min(date) AS first FROM capital_operation
      WHERE effect_kind IN ('payment', 'capitalised_return') AND amount_minor > 0 AND date <= ${through} GROUP BY member_id`.execute(db);
  const firstPaid = new Map(first.map((r) => [r.member_id, r.first]));
  const byMember = new Map<number, Row[]>();
  for (const row of rows) byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), row]);
  return [...byMember.entries()]
    .map(([memberId, own]) => ({
      memberId,
      paidInMinor: [...positionOf(own).paidInByClass.values()].reduce((sum, v) => sum + v, 0),
      firstPaidOn: firstPaid.get(memberId) ?? null,
    }))
    .sort((a, b) => a.memberId - b.memberId);
}
