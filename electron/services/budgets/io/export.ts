/** `budgets.exportFile` and `minga budget export`: a version's lines to the file the person chose. */
import { writeFileSync } from 'node:fs';
import type { BudgetFileFormat } from '../../../../shared/contract/budgets';
import type { ServiceContext } from '../../core';
import { budgetFileBook } from './rows';
import { budgetCsv, budgetXlsx } from './write';

export async function exportBudgetFile(ctx: ServiceContext, input: { versionId: number; format: BudgetFileFormat }, path: string): Promise<{ rows: number }> {
  const book = await budgetFileBook(ctx, input.versionId);
  writeFileSync(path, input.format === 'xlsx' ? await budgetXlsx(book) : budgetCsv(book));
  return { rows: book.rows.length };
}

/** The file name the save dialog proposes. */
export async function budgetFileName(ctx: ServiceContext, input: { versionId: number; format: BudgetFileFormat }): Promise<string> {
  const book = await budgetFileBook(ctx, input.versionId);
  return `budget-${book.year}-v${book.versionNumber}.${input.format}`;
}
