/**
 * The one aggregate budget-against-actuals rests on: journal lines of a date range by account and calendar
 * month, income as credits − debits and costs as debits − credits, answered from the entries' date index
 * and the lines' covering index (0012_budgets). Plain SQL both SQLite and PostgreSQL read.
 */
import { sql, type Kysely } from 'kysely';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';
import { accountKindOf } from '../../../shared/domain/ledger/accounts';
import type { DB } from '../../db/schema';

export interface AccountMonth {
  account: AccountKey;
  /** 'YYYY-MM' */
  month: string;
  debitMinor: number;
  creditMinor: number;
}

export async function sumsByAccountAndMonth(db: Kysely<DB>, range: { from: string; to: string }, accounts: readonly AccountKey[]): Promise<AccountMonth[]> {
  if (accounts.length === 0) return [];
  // Read in date order from the entries' index, each entry's lines from the covering index: a CROSS JOIN
  // keeps SQLite from starting at the account index (a random read of every entry), and `account || ''`
  // checks each line's account as read instead of seeking every account in every entry. Grouped by day,
  // not month, so the key needs no expression per line; the few hundred days fold into months below.
  const rows = await db
    .selectFrom('ledger_entry as e')
    .crossJoin('ledger_line as l')
    .select((eb) => ['e.date', 'l.account', eb.fn.sum<number>('l.debit_minor').as('debit'), eb.fn.sum<number>('l.credit_minor').as('credit')])
    .whereRef('l.entry_id', '=', 'e.id')
    .where('e.date', '>=', range.from)
    .where('e.date', '<=', range.to)
    .where(sql<string>`l.account || ''`, 'in', [...accounts])
    .groupBy(['e.date', 'l.account'])
    .execute();
  const months = new Map<string, AccountMonth>();
  for (const r of rows) {
    const month = r.date.slice(0, 7);
    const key = `${r.account} ${month}`;
    const sum = months.get(key) ?? { account: r.account, month, debitMinor: 0, creditMinor: 0 };
    sum.debitMinor += Number(r.debit);
    sum.creditMinor += Number(r.credit);
    months.set(key, sum);
  }
  return [...months.values()];
}

/** What an account's movement means for the budget: income earned (credit side) or cost incurred (debit side). */
export function budgetSide(row: AccountMonth): number {
  return accountKindOf[row.account] === 'income' ? row.creditMinor - row.debitMinor : row.debitMinor - row.creditMinor;
}
