/**
 * Each holder's capital subscribed as the members book prints it: what the member's capital accounts
 * hold today (paid-in plus subscribed and not yet paid), from the same signed sums as a statement.
 */
import { sql } from 'kysely';
import type { ServiceContext } from '../core';
import { positionOf } from './position';

interface Row {
  member_id: number;
  class_id: number | null;
  kind: string;
  total: number;
}

export async function subscribedByMember(ctx: ServiceContext): Promise<{ memberId: number; subscribedMinor: number }[]> {
  const { rows } = await sql<Row>`
    SELECT member_id, class_id, effect_kind AS kind, sum(amount_minor) AS total FROM capital_operation
      GROUP BY member_id, class_id, effect_kind
    UNION ALL
    SELECT counterpart_member_id AS member_id, class_id, 'transfer_in' AS kind, sum(amount_minor) AS total FROM capital_operation
      WHERE counterpart_member_id IS NOT NULL GROUP BY counterpart_member_id, class_id`.execute(ctx.db);
  const byMember = new Map<number, Row[]>();
  for (const row of rows) byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), row]);
  return [...byMember.entries()]
    .map(([memberId, own]) => {
      const { accountByClass } = positionOf(own);
      return { memberId, subscribedMinor: [...accountByClass.values()].reduce((sum, v) => sum + v, 0) };
    })
    .sort((a, b) => a.memberId - b.memberId);
}
