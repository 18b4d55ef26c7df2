/**
 * `budgets.importPreview` / `budgets.importCommit` and `minga budget import`: the dry run lists every
 * problem; the commit re-checks the file and writes only when there is none, as a new draft of the year
 * or, when the year has a draft already, as that draft's whole set of lines.
 */
import type { BudgetImportInput, BudgetImportPreview } from '../../../../shared/contract/budgets';
import { DomainError } from '../../../../shared/contract/errors';
import type { ServiceContext } from '../../core';
import { checkBudgetFile, sideTotals } from './check';
import { writeImportedLines } from './commit';

/** At most this many problems travel to the screen; the count says how many there are in all. */
const LISTED = 1_000;

async function draftOf(ctx: ServiceContext, year: number): Promise<{ id: number; number: number } | null> {
  const draft = await ctx.db.selectFrom('budget_version').select(['id', 'number']).where('year', '=', year).where('status', '=', 'draft').executeTakeFirst();
  return draft ?? null;
}

export async function previewBudgetImport(ctx: ServiceContext, input: BudgetImportInput): Promise<BudgetImportPreview> {
  const check = await checkBudgetFile(ctx, input);
  const draft = check.year === null ? null : await draftOf(ctx, check.year);
  return {
    year: check.year,
    rowCount: check.rowCount,
    lineCount: check.lines.length,
    ...sideTotals(check.lines),
    target: check.year === null ? null : draft ? { kind: 'replaceDraft', versionId: draft.id, number: draft.number } : { kind: 'newDraft' },
    problems: check.problems.slice(0, LISTED),
    problemCount: check.problems.length,
  };
}

export async function commitBudgetImport(ctx: ServiceContext, input: BudgetImportInput): Promise<{ versionId: number; number: number; lines: number; replaced: boolean }> {
  const check = await checkBudgetFile(ctx, input);
  if (check.problems.length > 0 || check.year === null) {
    throw new DomainError('IMPORT_REJECTED', `The file has ${check.problems.length} problems; nothing was imported.`, {
      key: 'budgets:import.rejected',
      params: { count: check.problems.length },
    });
  }
  const draft = await draftOf(ctx, check.year);
  const written = await writeImportedLines(ctx, { year: check.year, draftId: draft?.id ?? null, lines: check.lines });
  return { ...written, lines: check.lines.length, replaced: draft !== null };
}
