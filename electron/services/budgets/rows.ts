/**
 * Reading versions as the contract shows them: the stored status ('draft' or 'approved') with 'revised'
 * when a later approval's revision row names it, and the totals of each side.
 */
import type { Kysely } from 'kysely';
import type { BudgetVersion, VersionStatus } from '../../../shared/contract/budgets-yearly';
import { accountKindOf } from '../../../shared/domain/ledger/accounts';
import type { DB } from '../../db/schema';
import { refusal } from './refuse';

export type VersionRow = Awaited<ReturnType<typeof requireVersion>>;

export async function requireVersion(db: Kysely<DB>, id: number) {
  const row = await db
    .selectFrom('budget_version as v')
    .leftJoin('budget_version_revision as r', 'r.version_id', 'v.id')
    .selectAll('v')
    .select(['r.revised_at', 'r.revised_by_id'])
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!row) throw refusal('NOT_FOUND', 'NO_VERSION', `There is no budget version ${id}.`, { id });
  return row;
}

export const statusOf = (row: { status: 'draft' | 'approved'; revised_at: string | null }): VersionStatus =>
  row.status === 'approved' && row.revised_at !== null ? 'revised' : row.status;

/** The year's versions, oldest first, with their income and expense totals. */
export async function versionsOf(db: Kysely<DB>, year: number): Promise<BudgetVersion[]> {
  const rows = await db
    .selectFrom('budget_version as v')
    .leftJoin('budget_version_revision as r', 'r.version_id', 'v.id')
    .selectAll('v')
    .select(['r.revised_at'])
    .where('v.year', '=', year)
    .orderBy('v.number')
    .execute();
  const totals = await db
    .selectFrom('budget_line as l')
    .innerJoin('budget_version as v', 'v.id', 'l.version_id')
    .select((eb) => ['l.version_id', 'l.account', eb.fn.sum<number>('l.amount_minor').as('total')])
    .where('v.year', '=', year)
    .groupBy(['l.version_id', 'l.account'])
    .execute();
  return rows.map((row) => {
    const sides = { income: 0, expense: 0 };
    for (const t of totals) if (t.version_id === row.id) sides[accountKindOf[t.account] === 'income' ? 'income' : 'expense'] += Number(t.total);
    return toVersion(row, sides);
  });
}

export function toVersion(
  row: Omit<VersionRow, 'revised_by_id'>,
  sides: { income: number; expense: number },
): BudgetVersion {
  return {
    id: row.id,
    year: row.year,
    number: row.number,
    status: statusOf(row),
    basedOnId: row.based_on_id,
    resolution: row.resolution_id === null ? null : { id: row.resolution_id, reference: row.resolution_reference ?? '', date: row.resolution_date ?? '' },
    createdAt: row.created_at,
    approvedAt: row.approved_at,
    revisedAt: row.revised_at,
    note: row.note,
    incomeMinor: sides.income,
    expenseMinor: sides.expense,
  };
}

/** The version a year's figures are measured against: the one asked for, else the year's approved (not revised) one. */
export async function comparedVersion(db: Kysely<DB>, year: number, versionId: number | null): Promise<number | null> {
  if (versionId !== null) {
    const row = await requireVersion(db, versionId);
    if (row.year !== year) throw refusal('BAD_INPUT', 'VERSION_OTHER_YEAR', `Version ${row.number} is a budget for ${row.year}, not ${year}.`, { year, versionYear: row.year });
    return row.id;
  }
  const approved = await db
    .selectFrom('budget_version as v')
    .leftJoin('budget_version_revision as r', 'r.version_id', 'v.id')
    .select('v.id')
    .where('v.year', '=', year)
    .where('v.status', '=', 'approved')
    .where('r.version_id', 'is', null)
    .executeTakeFirst();
  return approved?.id ?? null;
}

/** A version's budget per account and month (lines of one account summed). */
export async function budgetByAccount(db: Kysely<DB>, versionId: number | null): Promise<Map<string, number[]>> {
  const byAccount = new Map<string, number[]>();
  if (versionId === null) return byAccount;
  const rows = await db
    .selectFrom('budget_line')
    .select((eb) => ['account', 'month', eb.fn.sum<number>('amount_minor').as('amount')])
    .where('version_id', '=', versionId)
    .groupBy(['account', 'month'])
    .execute();
  for (const r of rows) {
    const months = byAccount.get(r.account) ?? Array<number>(12).fill(0);
    months[r.month - 1] = Number(r.amount);
    byAccount.set(r.account, months);
  }
  return byAccount;
}
