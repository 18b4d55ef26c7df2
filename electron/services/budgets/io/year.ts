/** Whether a fiscal year is closed for its budget, as the budget's own refusal decides, for the import's report. */
import { DomainError } from '../../../../shared/contract/errors';
import type { ServiceContext } from '../../core';
import { budgetYear, refuseClosedYear } from '../year';

export async function yearClosedBecause(ctx: ServiceContext, year: number): Promise<{ lastDay: string } | null> {
  const fiscal = await budgetYear(ctx, year);
  try {
    await refuseClosedYear(ctx.db, fiscal);
    return null;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CONFLICT') return { lastDay: fiscal.to };
    throw error;
  }
}
