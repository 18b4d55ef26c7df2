/** The coop's paid-in capital at a date, and the refunds paid in a year: what the refund ceiling is measured by. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Paid-in capital of every member at the end of `through` (transfers move it between members, so they cancel). */
export async function coopPaidIn(db: Kysely<DB>, through: string): Promise<number> {
  const { rows } = await sql<{ total: number | null }>`
    SELECT sum(CASE effect_kind
      WHEN 'payment' THEN amount_minor WHEN 'capitalised_return' THEN amount_minor
      WHEN 'loss_charge' THEN -amount_minor WHEN 'refund_request' THEN -amount_minor WHEN 'revolvement' THEN -amount_minor
      ELSE 0 END) AS total
    FROM capital_operation WHERE date <= ${through}`.execute(db);
  return Number(rows[0]?.total ?? 0);
}

export async function refundsPaidIn(db: Kysely<DB>, year: number): Promise<number> {
  const row = await db
    .selectFrom('capital_operation')
    .select((eb) => eb.fn.sum<number>('amount_minor').as('total'))
    .where('effect_kind', '=', 'refund_instalment')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}
