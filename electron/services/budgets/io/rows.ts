/**
 * A budget version's lines as the file holds them: the account's key and the accountant's code, the
 * label, the twelve months and the total, in the version's line order.
 */
import type { Locale } from '../../../../shared/contract/coop';
import { DomainError } from '../../../../shared/contract/errors';
import type { AccountKey } from '../../../../shared/domain/ledger/accounts';
import type { ServiceContext } from '../../core';
import { accountCodes } from '../../ledger';
import { budgetYear } from '../year';
import { MONTH_COUNT } from './layout';

export interface BudgetFileRow {
  account: AccountKey;
  code: string;
  label: string;
  months: number[];
  totalMinor: number;
}

export interface BudgetFileBook {
  year: number;
  versionNumber: number;
  locale: Locale;
  minorDigits: number;
  monthStarts: string[];
  rows: BudgetFileRow[];
}

export async function budgetFileBook(ctx: ServiceContext, versionId: number): Promise<BudgetFileBook> {
  const db = ctx.db;
  const version = await db.selectFrom('budget_version').select(['year', 'number']).where('id', '=', versionId).executeTakeFirst();
  if (!version) {
    throw new DomainError('NOT_FOUND', `No budget version has id ${versionId}`, { key: 'budgets:export.errors.noVersion', params: { id: versionId } });
  }
  const coop = await db.selectFrom('coop_profile').select(['locale', 'minor_digits']).executeTakeFirstOrThrow();
  const codes = await accountCodes(db);
  const cells = await db
    .selectFrom('budget_line')
    .select(['line_no', 'account', 'label', 'month', 'amount_minor'])
    .where('version_id', '=', versionId)
    .orderBy('line_no')
    .orderBy('month')
    .execute();
  const byLine = new Map<number, BudgetFileRow>();
  for (const cell of cells) {
    let row = byLine.get(cell.line_no);
    if (!row) {
      row = { account: cell.account, code: codes[cell.account], label: cell.label, months: Array<number>(MONTH_COUNT).fill(0), totalMinor: 0 };
      byLine.set(cell.line_no, row);
    }
    row.months[cell.month - 1] = cell.amount_minor;
    row.totalMinor += cell.amount_minor;
  }
  return {
    year: version.year,
    versionNumber: version.number,
    locale: coop.locale,
    minorDigits: coop.minor_digits,
    monthStarts: (await budgetYear(ctx, version.year)).monthStarts,
    rows: [...byLine.values()],
  };
}
