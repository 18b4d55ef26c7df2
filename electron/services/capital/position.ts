/**
 * A member's capital position from the register: one grouped read over the member's operations (and the
 * transfers they received), served by a covering index, so a statement among 10,000 members stays fast.
 * A reversal carries the reversed kind and the negated amount, so it cancels in the same sums.
 */
import { sql, type Kysely } from 'kysely';
import type { StatementTotals } from '../../../shared/contract/capital';
import type { DB } from '../../db/schema';

interface SumRow {
  class_id: number | null;
  kind: string;
  total: number;
}

export interface Position {
  totals: StatementTotals;
  /** Paid-in capital by share class: what transfers, refunds and losses draw on. */
  paidInByClass: Map<number, number>;
  /** What each class's account holds for the member: paid-in plus what is subscribed and not yet paid. */
  accountByClass: Map<number, number>;
}

const signs: Record<string, { paidIn: number; account: number }> = {
  subscription: { paidIn: 0, account: 1 },
  payment: { paidIn: 1, account: 0 },
  forfeiture: { paidIn: 0, account: -1 },
  capitalised_return: { paidIn: 1, account: 1 },
  loss_charge: { paidIn: -1, account: -1 },
  refund_request: { paidIn: -1, account: -1 },
  refund_instalment: { paidIn: 0, account: 0 },
  revolvement: { paidIn: -1, account: -1 },
  transfer: { paidIn: -1, account: -1 },
  transfer_in: { paidIn: 1, account: 1 },
};

/** The position at the end of `through` (inclusive); null: everything recorded. */
export async function memberPosition(db: Kysely<DB>, memberId: number, through: string | null): Promise<Position> {
  const until = through ?? '9999-12-31';
  const { rows } = await sql<SumRow>`
    SELECT class_id, effect_kind AS kind, sum(amount_minor) AS total FROM capital_operation
      WHERE member_id = ${memberId} AND date <= ${until} GROUP BY class_id, effect_kind
    UNION ALL
    SELECT class_id, 'transfer_in' AS kind, sum(amount_minor) AS total FROM capital_operation
      WHERE counterpart_member_id = ${memberId} AND date <= ${until} GROUP BY class_id`.execute(db);
  return positionOf(rows);
}

export function positionOf(rows: readonly SumRow[]): Position {
  const by = new Map<string, number>();
  const paidInByClass = new Map<number, number>();
  const accountByClass = new Map<number, number>();
  for (const row of rows) {
    const total = Number(row.total);
    by.set(row.kind, (by.get(row.kind) ?? 0) + total);
    const sign = signs[row.kind];
    if (sign && row.class_id !== null) {
      paidInByClass.set(row.class_id, (paidInByClass.get(row.class_id) ?? 0) + sign.paidIn * total);
      accountByClass.set(row.class_id, (accountByClass.get(row.class_id) ?? 0) + sign.account * total);
    }
  }
  const get = (kind: string) => by.get(kind) ?? 0;
  const totals: StatementTotals = {
    subscribedMinor: get('subscription'),
    paidMinor: get('payment'),
    pendingMinor: get('subscription') - get('payment') - get('forfeiture'),
    capitalisedReturnsMinor: get('capitalised_return'),
    lossesChargedMinor: get('loss_charge'),
    refundsMinor: get('refund_request'),
    refundsPaidMinor: get('refund_instalment'),
    revolvedMinor: get('revolvement'),
    transfersInMinor: get('transfer_in'),
    transfersOutMinor: get('transfer'),
    forfeitedMinor: get('forfeiture'),
    balanceMinor: 0,
  };
  totals.balanceMinor =
    totals.paidMinor +
    totals.capitalisedReturnsMinor +
    totals.transfersInMinor -
    totals.transfersOutMinor -
    totals.lossesChargedMinor -
    totals.refundsMinor -
    totals.revolvedMinor;
  return { totals, paidInByClass, accountByClass };
}

/** Paid and forfeited so far on one subscription. */
export async function subscriptionPaid(db: Kysely<DB>, subscriptionId: number): Promise<{ paid: number; forfeited: number }> {
  const rows = await db
    .selectFrom('capital_operation')
    .select(['effect_kind', (eb) => eb.fn.sum<number>('amount_minor').as('total')])
    .where('subscription_id', '=', subscriptionId)
    .where('effect_kind', 'in', ['payment', 'forfeiture'])
    .groupBy('effect_kind')
    .execute();
  const of = (kind: string) => Number(rows.find((r) => r.effect_kind === kind)?.total ?? 0);
  return { paid: of('payment'), forfeited: of('forfeiture') };
}
