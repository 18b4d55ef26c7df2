/**
 * Writing an imported budget in one transaction: a new draft numbered after the year's versions, or the
 * year's draft's lines replaced, through the budget's own line writer, with one audit row. The closed-year
 * rule is checked again inside the transaction, since the preview may be minutes old.
 */
import type { AccountKey } from '../../../../shared/domain/ledger/accounts';
import { inTransaction, nowIso, type ServiceContext } from '../../core';
import { writeLines } from '../lines';
import { budgetYear, refuseClosedYear } from '../year';

export interface ImportedLines {
  year: number;
  /** The year's draft, whose lines are replaced; null: a new draft is created. */
  draftId: number | null;
  lines: readonly { account: AccountKey; label: string; months: readonly number[] }[];
}

export async function writeImportedLines(ctx: ServiceContext, input: ImportedLines): Promise<{ versionId: number; number: number }> {
  const fiscal = await budgetYear(ctx, input.year);
  return inTransaction(ctx, async (trx, audit) => {
    await refuseClosedYear(trx, fiscal);
    let version: { id: number; number: number };
    if (input.draftId !== null) {
      version = await trx.selectFrom('budget_version').select(['id', 'number']).where('id', '=', input.draftId).where('status', '=', 'draft').executeTakeFirstOrThrow();
    } else {
      const last = await trx.selectFrom('budget_version').select((eb) => eb.fn.max('number').as('n')).where('year', '=', input.year).executeTakeFirst();
      const number = (last?.n ?? 0) + 1;
      const row = { year: input.year, number, status: 'draft' as const, based_on_id: null, note: null, created_at: nowIso(ctx) };
      const { id } = await trx.insertInto('budget_version').values(row).returning('id').executeTakeFirstOrThrow();
      version = { id, number };
    }
    await writeLines(trx, version.id, input.lines);
    const totalMinor = input.lines.reduce((sum, line) => sum + line.months.reduce((a, b) => a + b, 0), 0);
    await audit({
      action: 'budgets.importLines',
      entity: 'budget_version',
      entityId: version.id,
      before: input.draftId === null ? null : { draft: version.number },
      after: { year: input.year, number: version.number, lines: input.lines.length, totalMinor },
    });
    return { versionId: version.id, number: version.number };
  });
}
