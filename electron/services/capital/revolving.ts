/**
 * Revolving capital (US internal capital accounts): each capitalised return is a layer of its allocation
 * year; once the policy's years have passed, layers are paid out oldest first, never more than the
 * member still holds paid in (a departing member's layers leave with the refund instead).
 */
import { sql } from 'kysely';
import { layersDue } from '../../../shared/domain/capital';
import { money } from '../../../shared/domain/money';
import { inTransaction, type ServiceContext } from '../core';
import { requireOpenPeriod } from './guards';
import { capitalAccount } from './journal';
import { memberPosition } from './position';
import { recordOperation } from './record';
import { refusal } from './refuse';
import { readClass, readPolicy } from './rows';

interface LayerRow {
  member_id: number;
  member_number: number;
  class_id: number;
  allocation_year: number;
  remaining: number;
}

export async function revolveLayers(ctx: ServiceContext, input: { year: number; date: string; method: 'cash' | 'bank' }): Promise<{ operations: number; paidMinor: number }> {
  return inTransaction(ctx, async (trx, audit) => {
    const policy = await readPolicy(trx);
    if (policy.revolvingYears === null) throw refusal('CONFLICT', 'NOT_REVOLVING', 'The capital policy sets no revolving period.');
    await requireOpenPeriod(trx, input.date);
    const { rows } = await sql<LayerRow>`
      SELECT o.member_id, m.member_number, o.class_id, o.allocation_year, sum(CASE o.effect_kind WHEN 'capitalised_return' THEN o.amount_minor ELSE -o.amount_minor END) AS remaining
      FROM capital_operation o JOIN member m ON m.id = o.member_id
      WHERE o.effect_kind IN ('capitalised_return', 'revolvement') AND o.allocation_year IS NOT NULL AND o.allocation_year <= ${input.year - policy.revolvingYears}
      GROUP BY o.member_id, o.class_id, o.allocation_year HAVING remaining > 0 ORDER BY m.member_number, o.allocation_year`.execute(trx);
    let operations = 0;
    let paid = 0;
    const byMember = new Map<number, LayerRow[]>();
    for (const row of rows) byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), row]);
    for (const [memberId, layers] of byMember) {
      const held = new Map((await memberPosition(trx, memberId, null)).paidInByClass);
      const due = layersDue(layers.map((l) => ({ allocationYear: l.allocation_year, amount: money(l.remaining) })), input.year, policy.revolvingYears);
      for (const layer of due) {
        const row = layers.find((l) => l.allocation_year === layer.allocationYear)!;
        const amount = Math.min(layer.amount, held.get(row.class_id) ?? 0);
        if (amount <= 0) continue;
        held.set(row.class_id, (held.get(row.class_id) ?? 0) - amount);
        const shareClass = await readClass(trx, row.class_id);
        const n = row.member_number;
        await recordOperation(
          trx,
          ctx,
          audit,
          { date: input.date, kind: 'revolvement', memberId, classId: row.class_id, amountMinor: amount, method: input.method, allocationYear: layer.allocationYear },
          {
            memberNumber: n,
            lines: [
              { account: capitalAccount(shareClass.refundRight), memberNumber: n, debitMinor: amount },
              { account: input.method, memberNumber: null, creditMinor: amount },
            ],
          },
        );
        operations += 1;
        paid += amount;
      }
    }
    return { operations, paidMinor: paid };
  });
}
