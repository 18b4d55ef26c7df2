/**
 * What an account holds per member over a period, from the journal's own lines: credits less debits of
 * the lines that name a member (pay posted to members, returns credited). The surplus module reads the
 * pay each member received in the year from here, so every figure it weighs is one the books carry.
 */
import { sql, type Kysely } from 'kysely';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';
import type { DB } from '../../db/schema';

export async function memberCreditsByAccount(
  db: Kysely<DB>,
  input: { account: AccountKey; from: string; to: string; sourceKind?: string },
): Promise<Map<number, number>> {
  const { rows } = await sql<{ member_number: number; net: number }>`
    SELECT l.member_number, sum(l.credit_minor) - sum(l.debit_minor) AS net
      FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id
      WHERE l.account = ${input.account} AND l.member_number IS NOT NULL AND e.date >= ${input.from} AND e.date <= ${input.to}
        AND (${input.sourceKind ?? null} IS NULL OR e.source_kind = ${input.sourceKind ?? null})
      GROUP BY l.member_number`.execute(db);
  return new Map(rows.map((r) => [r.member_number, Number(r.net)]));
}

/** An account's credit balance (credits less debits) at the end of `through`: what a reserve holds. */
export async function creditBalance(db: Kysely<DB>, account: AccountKey, through: string): Promise<number> {
  const { rows } = await sql<{ net: number | null }>`
    SELECT sum(l.credit_minor) - sum(l.debit_minor) AS net FROM ledger_line l JOIN ledger_entry e ON e.id = l.entry_id
      WHERE l.account = ${account} AND e.date <= ${through}`.execute(db);
  return Number(rows[0]?.net ?? 0);
}
