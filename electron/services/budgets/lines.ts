/**
 * A draft's lines, replaced as a whole: checked first (a known budgetable account, a label, twelve months
 * of amounts never negative, no (account, label) twice), then written in one transaction with its audit
 * row. An approved version's lines are final (refused here; the database refuses them too).
 */
import type { Kysely } from 'kysely';
import { budgetableAccounts, MONTHS, type BudgetLineInput } from '../../../shared/contract/budgets-yearly';
import type { AccountKey } from '../../../shared/domain/ledger/accounts';
import type { DB } from '../../db/schema';
import { inTransaction, type ServiceContext } from '../core';
import { refusal } from './refuse';
import { requireVersion } from './rows';
import { budgetYear, refuseClosedYear } from './year';

export function refuseBadLines(lines: readonly BudgetLineInput[]): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const row = i + 1;
    if (!(budgetableAccounts as readonly string[]).includes(line.account)) throw refusal('BAD_INPUT', 'LINE_ACCOUNT', `Line ${row}: "${line.account}" is not an income or expense account of the chart.`, { line: row, account: String(line.account) });
    if (line.label.trim() === '') throw refusal('BAD_INPUT', 'LINE_LABEL', `Line ${row} needs a label.`, { line: row });
    if (line.months.length !== MONTHS) throw refusal('BAD_INPUT', 'LINE_MONTHS', `Line ${row} has ${line.months.length} months; a budget line has exactly twelve.`, { line: row, count: line.months.length });
    for (const amount of line.months) {
      if (!Number.isSafeInteger(amount)) throw refusal('BAD_INPUT', 'LINE_AMOUNT', `Line ${row} has an amount that is not a whole number of cents.`, { line: row });
      if (amount < 0) throw refusal('BAD_INPUT', 'LINE_NEGATIVE', `Line ${row} has a negative amount; income and costs are both entered as positive amounts.`, { line: row });
    }
    const key = `${line.account}\u0000${line.label.trim()}`;
    if (seen.has(key)) throw refusal('BAD_INPUT', 'DUPLICATE_LINE', `Line ${row} repeats the account and label of an earlier line.`, { line: row, label: line.label.trim() });
    seen.add(key);
  });
}

/** Inside the caller's transaction: the version's lines become `lines` (checked by the caller). */
export async function writeLines(trx: Kysely<DB>, versionId: number, lines: readonly { account: AccountKey; label: string; months: readonly number[] }[]): Promise<void> {
  await trx.deleteFrom('budget_line').where('version_id', '=', versionId).execute();
  const rows = lines.flatMap((line, i) => line.months.map((amount, m) => ({ version_id: versionId, line_no: i + 1, account: line.account, label: line.label.trim(), month: m + 1, amount_minor: amount })));
  // SQLite binds at most 32,766 parameters per statement: six per row.
  for (let start = 0; start < rows.length; start += 1000) await trx.insertInto('budget_line').values(rows.slice(start, start + 1000)).execute();
}

export async function saveLines(ctx: ServiceContext, input: { versionId: number; lines: readonly BudgetLineInput[] }): Promise<void> {
  refuseBadLines(input.lines);
  await inTransaction(ctx, async (trx, audit) => {
    const version = await requireVersion(trx, input.versionId);
    if (version.status !== 'draft') throw refusal('CONFLICT', 'VERSION_FINAL', `Version ${version.number} of ${version.year} is approved: its lines are final. Revise it to make a new draft.`, { year: version.year, number: version.number });
    await refuseClosedYear(trx, await budgetYear({ ...ctx, db: trx }, version.year));
    const before = await trx.selectFrom('budget_line').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.lit(0)).as('total')]).where('version_id', '=', input.versionId).executeTakeFirstOrThrow();
    await writeLines(trx, input.versionId, input.lines);
    const total = input.lines.reduce((sum, l) => sum + l.months.reduce((a, b) => a + b, 0), 0);
    await audit({
      action: 'budgets.saveLines',
      entity: 'budget_version',
      entityId: input.versionId,
      before: { lines: Number(before.n) / MONTHS, totalMinor: Number(before.total) },
      after: { lines: input.lines.length, totalMinor: total },
    });
  });
}
